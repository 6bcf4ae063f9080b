"""Files → plain text: .txt (UTF-8, else Windows-1252), .html (scripts and styles dropped, tables as
« a | b » rows, list items as « - »), .pdf (pdfminer.six), .docx (python-docx, tables included).

Bad input never raises anything but :class:`DocumentError`, whose message is in French."""
from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024  # a press release is a few kB; 20 MB is far beyond any real one
MAX_CHARS = 1_000_000
SUPPORTED = (".txt", ".text", ".md", ".html", ".htm", ".pdf", ".docx")


class DocumentError(ValueError):
    """A file that cannot be read as a text (French message)."""


def read_document(path: str | Path) -> str:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"Fichier introuvable ou illisible : {path.name}.") from exc
    if size > MAX_BYTES:
        raise DocumentError(f"Fichier trop volumineux ({size / 1e6:.1f} Mo) : la limite est de "
                            f"{MAX_BYTES // (1024 * 1024)} Mo pour un communiqué.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"Fichier illisible : {path.name}.") from exc
    return read_bytes(data, path.name)


def read_bytes(data: bytes, name: str = "") -> str:
    """Text of an uploaded or read file, by extension (and content for HTML)."""
    if len(data) > MAX_BYTES:
        raise DocumentError(f"Fichier trop volumineux ({len(data) / 1e6:.1f} Mo) : la limite est de "
                            f"{MAX_BYTES // (1024 * 1024)} Mo pour un communiqué.")
    suffix = Path(name).suffix.lower()
    if not data.strip():
        raise DocumentError("Le fichier est vide.")
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        text = _pdf(data)
    elif suffix == ".docx" or (data[:2] == b"PK" and suffix not in (".txt", ".html", ".htm")):
        text = _docx(data)
    else:
        text = decode(data)
        if suffix in (".html", ".htm") or re.match(r"\s*(?:<!doctype html|<html|<\?xml)", text[:200], re.I):
            text = html_to_text(text)
    return check_text(text)


def check_text(text: str) -> str:
    if len(text) > MAX_CHARS:
        raise DocumentError(f"Texte trop long ({len(text):,} caractères) : la limite est de {MAX_CHARS:,} caractères."
                            .replace(",", " "))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise DocumentError("Aucun texte n'a pu être lu dans ce fichier.")
    return text


def decode(data: bytes) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("Fichier binaire : ce n'est pas un texte (formats acceptés : .txt, .html, .pdf, .docx).")
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            text = None
    else:
        text = None
    if text is None:
        text = data.decode("cp1252", errors="replace")
    # Binary garbage decodes to many control or replacement characters.
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    if sample and bad / len(sample) > 0.05:
        raise DocumentError("Fichier binaire ou encodage inconnu : ce n'est pas un texte lisible.")
    return text


class _HtmlText(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "math", "select"}
    BLOCK = {"p", "div", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
             "table", "blockquote", "pre", "figure", "figcaption", "main", "aside", "nav", "dl", "dt", "dd", "form"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.cells = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "tr":
            self.parts.append("\n")
            self.cells = 0
        elif tag in ("td", "th"):
            if self.cells:
                self.parts.append(" | ")
            self.cells += 1

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK or tag in ("li", "tr"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # noqa: BLE001 - malformed markup
        raise DocumentError("HTML illisible.") from exc
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n[ \t]+(?=[^-\s])", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _pdf(data: bytes) -> str:
    try:
        from pdfminer.high_level import extract_text

        return extract_text(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds of errors on bad files
        raise DocumentError("PDF illisible (fichier endommagé, chiffré ou sans texte).") from exc


def _docx(data: bytes) -> str:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001
        raise DocumentError("Document Word (.docx) illisible.") from exc
    parts = []
    for para in document.paragraphs:
        style = (para.style.name or "").lower() if para.style is not None else ""
        prefix = "- " if "list" in style or "liste" in style else ""
        parts.append(prefix + para.text)
    for table in document.tables:
        parts.append("")
        for row in table.rows:
            parts.append(" | ".join(cell.text.strip().replace("\n", " ") for cell in row.cells))
    return "\n".join(parts)
