"""The CSP forbids inline scripts, event-handler attributes and inline styles: catch them in every
template of the project before a browser silently blocks them."""
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "relocalisation"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)
HANDLER = re.compile(r"\son[a-z]+\s*=\s*[\"']", re.I)
STYLE_ATTR = re.compile(r"\sstyle\s*=\s*[\"']", re.I)
STYLE_TAG = re.compile(r"<style[\s>]", re.I)
# Pages rendered without our CSP-friendly base on purpose (none today).
ALLOWED: set[str] = set()


def test_templates_have_no_inline_script_handler_or_style():
    problems = []
    for template in sorted(SRC.rglob("templates/**/*.html")):
        relative = str(template.relative_to(SRC))
        if relative in ALLOWED:
            continue
        text = template.read_text(encoding="utf-8")
        for name, pattern in (("script en ligne", INLINE_SCRIPT), ("gestionnaire on…", HANDLER),
                              ("attribut style", STYLE_ATTR), ("balise <style>", STYLE_TAG)):
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{relative}:{line}: {name}")
    assert problems == [], "\n".join(problems)
