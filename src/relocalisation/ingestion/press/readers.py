"""Files → plain text: .txt (UTF-8, else Windows-1252), .html (scripts and styles dropped, tables as
« a | b » rows, list items as « - »), .pdf (pdfminer.six), .docx (python-docx, tables included). A text file that
holds an open-data export in JSON, XML or CSV is laid out the same way: its records as a table « a | b » under a
heading row of their keys, its other values as « Clé : valeur » lines.

Bad input never raises anything but :class:`DocumentError`, whose message is in French."""
from __future__ import annotations

import csv
from collections import Counter
import io
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from relocalisation.ingestion.press.places import fold

MAX_BYTES = 20 * 1024 * 1024  # a press release is a few kB; 20 MB is far beyond any real one
MAX_CHARS = 1_000_000
SUPPORTED = (".txt", ".text", ".md", ".csv", ".tsv", ".html", ".htm", ".pdf", ".docx")


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
        structured = data_to_text(text)
        if structured is not None:
            text = structured
        elif suffix in (".html", ".htm") or re.match(r"\s*(?:<!doctype html|<html|<\?xml)", text[:200], re.I):
            text = html_to_text(text)
    return check_text(rows_to_table(columns_to_table(unpaginate(text))))


# ---------------------------------------------------------------------------------------------------------------
# A document copied from a PDF: each page ends with a rule or a « Page 2/3 » footer and the next one starts with the
# same running head, often in the middle of a sentence (« L'investissement atteint 7,4 M€, » … « soutenu par une
# subvention de 1,9 M€ »), and long words are cut at the end of a line (« d'in- / vestissements »).
_PAGE_NUMBER = re.compile(r"[ \t]*(?:\f.*|.*\bpage\s+\d+\s*(?:/|sur)\s*\d+|-\s*\d+\s*-)[ \t]*", re.IGNORECASE)
_PAGE_RULE = re.compile(r"[ \t]*(?:[_=]{5,}|-{8,})[ \t]*")
_LINE_HYPHEN = re.compile(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ]{2})")
_NAME_HYPHEN = re.compile(r"(?<=[A-Za-zÀ-ÿ])-\n(?=[A-ZÀ-Ý][a-zà-ÿ])")


def unpaginate(text: str) -> str:
    """``text`` without its page furniture (footers, rules, running heads repeated at each page break), the sentence
    a page break cut joined again, and words cut at a line's end made whole (« straté- / giques » → « stratégiques »;
    « Sablé-sur- / Sarthe » keeps its hyphen). A text without page marks is only de-hyphenated where two such cuts or
    more show it was laid out by a PDF."""
    lines = text.split("\n")
    numbers = [i for i, ln in enumerate(lines) if _PAGE_NUMBER.fullmatch(ln)]
    # a rule is a page's edge only next to a page number (elsewhere it underlines a title or frames a table)
    marks = sorted(set(numbers) | {i for i, ln in enumerate(lines) if _PAGE_RULE.fullmatch(ln)
                                   and any(abs(i - n) <= 3 for n in numbers)})
    if marks:
        norm = [re.sub(r"\s+", " ", ln).strip() for ln in lines]
        seen = Counter(n for n in norm if n)
        # the letterhead: a page's running head often starts with the document's first line
        head = next((n for n in norm if n), "")

        def furniture_line(j):
            return not norm[j] or seen[norm[j]] >= 2 or j in marks or (len(head) >= 6 and norm[j].startswith(head))

        # running heads and footers: lines met at two page breaks or more, or the letterhead, next to a page mark
        furniture = set()
        for i in marks:
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(lines) and abs(j - i) <= 8 and j > 0 and furniture_line(j):
                    furniture.add(j)
                    j += step
        furniture.update(marks)
        out, i = [], 0
        while i < len(lines):
            if i not in furniture:
                out.append(lines[i])
                i += 1
                continue
            j = i
            while j < len(lines) and j in furniture:
                j += 1
            before = next((ln for ln in reversed(out) if ln.strip()), "")
            after = lines[j] if j < len(lines) else ""
            if re.search(r"[\w,;:\-–]$", before.rstrip()) and re.match(r"\s*[a-zà-ÿ0-9(«]", after) and out:
                while out and not out[-1].strip():
                    out.pop()  # the sentence goes on: no paragraph break
            else:
                out.append("")
            i = j
        text = "\n".join(out)
    if marks or len(_LINE_HYPHEN.findall(text)) + len(_NAME_HYPHEN.findall(text)) >= 2:
        def mend(m, glue):
            # not inside a table aligned with spaces: its cell's next line is a row of its own
            ls, le = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
            if re.search(r"\S[ \t]{3,}\S|\t|\|", text[ls:le if le >= 0 else len(text)]):
                return m.group(0)
            return glue
        text = _LINE_HYPHEN.sub(lambda m: mend(m, ""), text)
        text = _NAME_HYPHEN.sub(lambda m: mend(m, "-"), text)  # « Sablé-sur- / Sarthe »
    return text


# ---------------------------------------------------------------------------------------------------------------
# A table copied from a PDF column by column: each heading (« Entreprise », « Commune », « Aide (€) ») is followed by
# its cells, one per line, then the next heading. Three or more such columns of the same length, the first one the
# organisations', become a table « a | b | c » again.
_COLUMN_HEADING = re.compile(
    r"(?:entreprises?|soci[ée]t[ée]s?|b[ée]n[ée]ficiaires?|laur[ée]ats?|raison sociale|porteurs?(?: de projets?)?|nom|"
    r"communes?|villes?|sites?|localisation|implantation|d[ée]partements?|d[ée]p\.?|r[ée]gion|"
    r"montants?|aides?|subventions?|investissements?|co[uû]ts?|emplois?|cr[ée]ations? d.emplois|projets?|secteurs?|"
    r"fili[èe]res?|objet|activit[ée])(?:\s+[^\n]{0,30})?", re.IGNORECASE)
_ORG_HEADING = re.compile(r"(?:entreprises?|soci[ée]t[ée]s?|b[ée]n[ée]ficiaires?|laur[ée]ats?|raison sociale|"
                          r"porteurs?(?: de projets?)?|nom)\b", re.IGNORECASE)


def columns_to_table(text: str) -> str:
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        groups, j = [], i
        while j < len(lines) and _COLUMN_HEADING.fullmatch(lines[j].strip()) and len(lines[j].strip()) <= 40:
            k = j + 1
            cells = []
            while k < len(lines) and not (_COLUMN_HEADING.fullmatch(lines[k].strip()) and len(lines[k].strip()) <= 40):
                if lines[k].strip():
                    if len(lines[k].strip()) > 80 or len(cells) >= 60:
                        break
                    cells.append(lines[k].strip())
                elif cells and ((k + 1 < len(lines) and not lines[k + 1].strip())
                                or (groups and len(cells) == len(groups[0][1]))):
                    break  # two blank lines, or a blank line after a full column: the table ends
                k += 1
            if len(cells) < 2 or (groups and len(cells) != len(groups[0][1])):
                break
            groups.append((lines[j].strip(), cells))
            j = k
        if len(groups) >= 3 and _ORG_HEADING.match(groups[0][0]):
            out.append(" | ".join(h for h, _ in groups))
            out += [" | ".join(g[1][r].replace("|", "/") for g in groups) for r in range(len(groups[0][1]))]
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
_OTHER_HEADING = re.compile(r"(?:territoires?|dispositifs?|programmes?|volets?|statuts?|appels?|fonds|dates?|types?|nature)"
                            r"(?:\s+[^\n\d]{0,30})?", re.IGNORECASE)
_MONEY_HEADING = re.compile(r"(?:montants?|aides?|subventions?|investissements?|co[uû]ts?)\b", re.IGNORECASE)


def rows_to_table(text: str) -> str:
    """A table whose cells come one per line, row after row (slides extracted from a PDF): « Entreprise » / « Commune » /
    … / « Emplois créés » then, for each row, its cells in the same order; rewritten as rows « a | b | … » under their
    headings. A row is kept while each money column's cell holds a figure."""
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        first = lines[i].strip()
        if not (_ORG_HEADING.match(first) and len(first) <= 40):
            out.append(lines[i])
            i += 1
            continue
        n = 0
        while i + n < len(lines) and n < 12 and (
                (h := lines[i + n].strip()) and len(h) <= 40 and (_COLUMN_HEADING.fullmatch(h) or _OTHER_HEADING.fullmatch(h))):
            n += 1
        heads = [x.strip() for x in lines[i:i + n]]
        money = [k for k, h in enumerate(heads) if _MONEY_HEADING.match(h)]
        rows, j = [], i + n
        while n >= 3 and money and j + n <= len(lines):
            cells = [x.strip() for x in lines[j:j + n]]
            if not all(cells) or any(len(c) > 120 for c in cells) or re.match(r"total\b", cells[0], re.I) \
                    or not all(re.search(r"\d", cells[k]) for k in money):
                break
            rows.append(cells)
            j += n
        if len(rows) >= 2:
            out.append(" | ".join(heads))
            out += [" | ".join(c.replace("|", "/") for c in row) for row in rows]
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


# Open-data exports (JSON, XML) in a text file: the extractor reads tables and « Clé : valeur » lines, not
# braces, so each list of records becomes a table under the words of its keys (« raisonSociale », « emplois_crees »
# → « raison sociale », « emplois crees »), as a web page's table would.
_MAX_DEPTH = 12


def data_to_text(text: str) -> str | None:
    """The text of a JSON or XML data document, or None when ``text`` is not one (prose, HTML, broken data)."""
    head = text.lstrip()[:1]
    if head in ("{", "["):
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            return None
        if not isinstance(value, (dict, list)):
            return None
    elif head == "<":
        if re.match(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|p)\b",
                    text[:2000], re.I | re.S):
            return None  # a web page (XHTML too): the HTML reader lays it out
        try:
            root = ET.fromstring(text.lstrip())
        except (ET.ParseError, ValueError, RecursionError):
            return None
        feed = _feed_to_text(root)
        if feed is not None:
            return feed
        value = {_tag(root.tag): _xml_value(root, 0)}
    else:
        return _csv_to_text(text) or _embedded_json(text)
    return _laid_out(value) or None


def _laid_out(value) -> str:
    """A JSON or XML value as the lines of a page (tables of records, « Clé : valeur » lines)."""
    lines: list[str] = []
    _lay_out(value, "", lines, 0)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines).strip())


def _embedded_json(text: str) -> str | None:
    """An export pasted under a few lines of note (« Export extrait de l'outil de suivi … » then « { … } »): the
    note as text, the JSON laid out as an export, and any words after it as text."""
    m = re.search(r"^[ \t]*[{\[][ \t]*$", text[:3000], re.MULTILINE)
    if not m or not text[:m.start()].strip():
        return None
    try:
        value, end = json.JSONDecoder().raw_decode(text, m.start() + len(m.group(0)) - len(m.group(0).lstrip()))
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, (dict, list)):
        return None
    return "\n\n".join(p for p in (text[:m.start()].strip(), _laid_out(value), text[end:].strip()) if p)


def _feed_to_text(root) -> str | None:
    """An RSS or Atom feed: each item as a short article (its title, its date, its description as text), not as a
    table whose cells would hold whole paragraphs."""
    if _tag(root.tag).lower() not in ("rss", "feed", "rdf"):
        return None

    def child(el, *names):
        for c in el:
            if _tag(c.tag).lower() in names and (c.text or "").strip():
                return c.text.strip()
        return ""

    items = [el for el in root.iter() if _tag(el.tag).lower() in ("item", "entry")]
    if not items:
        return None
    channel = next((el for el in root.iter() if _tag(el.tag).lower() == "channel"), root)
    parts = [child(channel, "title")]
    for it in items:
        body = child(it, "encoded", "content", "description", "summary")
        if "<" in body:
            body = html_to_text(body)
        # (the date first: the title stays the heading just above its text, as on a page)
        parts += [child(it, "pubdate", "published", "updated", "date"), child(it, "title"), body]
    return "\n\n".join(p for p in parts if p).strip() or None


def _csv_to_text(text: str) -> str | None:
    """A CSV or tab-separated export (« raison_sociale;commune_site;montant_aide_eur »): its rows as a table under the
    words of its heading. Only a block whose every row has the heading's number of cells is taken for one, so prose
    with semicolons or commas stays prose. Exports often frame that block with comment lines (« # Source : … »,
    « # Total des aides : … ») or open it with a title line or two (« "Plan de relance : qui a été aidé ?" »): these
    are kept as lines of text around the table."""
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) < 2:
        return None
    comments = [i for i, ln in enumerate(lines) if ln.lstrip().startswith("#")]
    body = [i for i in range(len(lines)) if i not in set(comments)]
    # the comment lines must frame one block of data: before it and after it, not inside it
    if comments and (len(body) < 3 or body != list(range(body[0], body[-1] + 1))):
        return None
    for lead in range(min(3, len(body) - 2) + 1):
        table = _csv_block([lines[i] for i in body[lead:]])
        if table:
            before = [lines[i].lstrip().lstrip("#").strip() for i in comments if i < body[0]]
            before += [lines[i].strip().strip('"').strip() for i in body[:lead]]
            after = [lines[i].lstrip().lstrip("#").strip() for i in comments if i > body[-1]]
            return "\n\n".join(p for p in ("\n".join(before), table, "\n".join(after)) if p)
    return None


def _csv_block(lines: list[str]) -> str | None:
    """Lines of one CSV block as a pipe table, or None when they are no table."""
    for sep in (";", "\t", ","):
        try:
            rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=sep))
        except csv.Error:
            continue
        width = len(rows[0])
        if width >= 3 and re.search(r"comment|observation|remarque|description|objet|note|libell", rows[0][-1], re.I) \
                and all(len(r) >= width for r in rows[1:]):
            # « …;Blé dur français ; prêt Bpifrance de 1 M€ » unquoted in the last, free-text column: its own
            # separators split it; the extra cells are the rest of that text
            rows = [r[:width - 1] + ["; ".join(c.strip() for c in r[width - 1:])] for r in rows]
        # a comma is also French prose's separator: a comma export needs more columns to be believed
        if width < (5 if sep == "," else 3) or any(len(r) != width for r in rows):
            continue
        keys = [fold(c).strip().lower() for c in rows[0]]
        body = next((i for i, k in enumerate(keys) if re.fullmatch(r"texte|contenu|corps|article|chapo|texte\s+integral", k)), None)
        if body is not None and len(rows) >= 2 and all(len(r) == width for r in rows) \
                and sum(len(r[body]) for r in rows[1:]) >= 150 * (len(rows) - 1):
            # « id;date;commune;titre;texte »: an export of articles, each row a story; its commune as a dateline,
            # its title, then its text (a column of briefs, not a table)
            title = next((i for i, k in enumerate(keys) if re.fullmatch(r"titre|title|intitule", k)), None)
            place = next((i for i, k in enumerate(keys) if re.fullmatch(r"commune|ville|localite|lieu", k)), None)
            out = []
            for r in rows[1:]:
                parts = [r[place].strip().upper()] if place is not None and r[place].strip() else []
                if title is not None and r[title].strip():
                    parts.append(r[title].strip())
                parts.append(r[body].strip())
                out.append("\n".join(parts))
            return "\n\n".join(out)
        lab = next((i for i, k in enumerate(keys) if re.fullmatch(r"libelle|label|champ|variable|indicateur|cle|attribut|rubrique", k)), None)
        val = next((i for i, k in enumerate(keys) if re.fullmatch(r"valeur|value|donnee", k)), None)
        if lab is not None and val is not None and len(rows) >= 3:
            # « bloc;libelle;valeur;unite;note » (a record in long form, one field a row): its rows as the lines of a
            # fiche, « Nom : Radiales Trégor », « Investissement total : 3,1 M€ (bâtiment, …) »
            unit = next((i for i, k in enumerate(keys) if re.fullmatch(r"unite|unit", k)), None)
            note = next((i for i, k in enumerate(keys) if re.fullmatch(r"note|notes|commentaire|precision|source", k)), None)
            out = []
            bloc = next((i for i, k in enumerate(keys) if re.fullmatch(r"bloc|section|categorie|groupe|partie", k)), None)
            for r in rows[1:]:
                label = r[lab].strip()
                if bloc is not None and fold(label).lower() == "nom" and re.match(r"(?:entreprise|societe|laureat)", fold(r[bloc]).lower().strip()):
                    label = "Nom de l'entreprise"  # « entreprise;Nom;Radiales Trégor »: the block says whose name it is
                line = f"{label} : {r[val].strip()}"
                if unit is not None and r[unit].strip():
                    line += " " + r[unit].strip()
                if note is not None and r[note].strip():
                    line += f" ({r[note].strip()})"
                out.append(line)
            return "\n".join(out)
        heading = [_capital(_words(c.strip())) for c in rows[0]]
        if not all(heading) or any(re.fullmatch(r"[\d\s,./-]+(?:\s*(?:€|%|k€|M€|EUR))?", h) for h in heading):
            continue  # a first row of values, not of headings (« Emplois créés au 31/12/2022 » is a heading)
        out = [" | ".join(heading)]
        out += [" | ".join(c.strip().replace("|", "/") for c in r) for r in rows[1:]]
        return "\n".join(out)
    return None


def _words(key: str) -> str:
    """« raisonSociale », « montant_aide_eur », « code-postal » → « raison sociale », « montant aide eur », … ."""
    key = re.sub(r"(?<=[a-zà-ÿ0-9])(?=[A-ZÀ-Ý])", " ", str(key))
    return re.sub(r"[_\-.]+", " ", key).strip()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _tag(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]  # « {namespace}laureat » → « laureat »


def _xml_value(el, depth: int):
    """An element as JSON would hold it: its text alone, or a dict of its attributes and children (a child tag
    repeated → a list)."""
    children = list(el)
    text = (el.text or "").strip()
    if not children and not el.attrib:
        return text
    if depth > _MAX_DEPTH:
        return text
    out: dict = {}
    if text and not children:
        out[""] = text  # « <commune insee="22278">Saint-Brieuc</commune> » → « commune » then « commune insee »
    out.update({_tag(k): v for k, v in el.attrib.items()})
    for child in children:
        key, val = _tag(child.tag), _xml_value(child, depth + 1)
        if key in out:
            if not isinstance(out[key], list) or not out.get("\0" + key):
                out[key] = [out[key]]
                out["\0" + key] = True  # marks a list made of repeated tags
            out[key].append(val)
        else:
            out[key] = val
    if text and children:
        out["valeur"] = text
    return {k: v for k, v in out.items() if not k.startswith("\0")}


def _scalar(value) -> str:
    if value is None:
        return ""
    if value is True:
        return "oui"
    if value is False:
        return "non"
    return re.sub(r"\s+", " ", str(value)).strip()


def _is_scalar(value) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _leaf(value) -> str | None:
    """The text of a scalar or of a list of scalars; None for an object or a list of objects."""
    if _is_scalar(value):
        return _scalar(value)
    if isinstance(value, list) and all(_is_scalar(x) for x in value):
        return ", ".join(_scalar(x) for x in value)
    return None


def _flat(record: dict, prefix: str = "", depth: int = 0) -> dict:
    """A record's scalar values, one level of nested objects joined to their key (« commune » → « commune nom »)."""
    out = {}
    for k, v in record.items():
        key = f"{prefix} {_words(k)}".strip() or "valeur"
        leaf = _leaf(v)
        if leaf is not None:
            out[key] = leaf
        elif isinstance(v, dict) and depth < 2:
            # (an Opendatasoft or GeoJSON record wraps its values in « fields », « properties »: no part of their names)
            out.update(_flat(v, prefix if k.lower() in _WRAPPER_KEYS else key, depth + 1))
    return out


_WRAPPER_KEYS = {"fields", "properties", "attributes", "record", "values"}


def _lay_out(value, title: str, lines: list[str], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, dict):
        if title:
            lines += ["", _capital(title), ""]
        for k, v in value.items():
            if _leaf(v):
                lines.append(f"{_capital(_words(k))} : {_leaf(v)}")
        for k, v in value.items():
            if _leaf(v) is None:
                _lay_out(v, _words(k), lines, depth + 1)
    elif isinstance(value, list):
        records = [x for x in value if isinstance(x, dict)]
        if records and len(records) == len(value):
            flats = [_flat(r) for r in records]
            keys: list[str] = []
            for f in flats:
                keys += [k for k in f if k not in keys]
            if title:
                lines += ["", _capital(title), ""]
            lines.append(" | ".join(_capital(k) for k in keys))
            for f in flats:
                lines.append(" | ".join(f.get(k, "").replace("|", "/") for k in keys))
            lines.append("")
            for r in records:  # lists inside records (a laureate's sites) keep their words
                for k, v in r.items():
                    if isinstance(v, list) and _leaf(v) is None:
                        _lay_out(v, _words(k), lines, depth + 1)
        else:
            if title:
                lines += ["", _capital(title), ""]
            for x in value:
                if _is_scalar(x):
                    lines.append("- " + _scalar(x))
                else:
                    _lay_out(x, "", lines, depth + 1)


def read_pasted(text: str) -> str:
    """A text pasted in the form, laid out as the same text uploaded in a .txt file would be (an export pasted
    from a spreadsheet or a PDF table is read as a table)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return check_text(rows_to_table(columns_to_table(unpaginate(data_to_text(text) or text))))


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
        raise DocumentError("Fichier binaire : ce n'est pas un texte (formats acceptés : .txt, .csv, .html, .pdf, .docx).")
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
        # Tables are laid out once closed: spans resolved, so that every row has its cells in its columns.
        self.tables: list[dict] = []  # stack (a table inside a cell is laid out inside that cell)
        self.cell: list[str] | None = None
        self.pre = 0  # inside « <pre> »: the lines and their alignment are the text's layout, kept as written

    def _out(self, text: str):
        if self.tables and self.tables[-1]["cell"] is not None:
            self.tables[-1]["cell"]["text"].append(text)
        elif self.tables and self.tables[-1]["caption"] is not None:
            self.tables[-1]["caption"].append(text)
        else:
            self.parts.append(text)

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
            return
        if tag == "pre":
            self.pre += 1
        table = self.tables[-1] if self.tables else None
        if tag == "table":
            self.tables.append({"rows": [], "cell": None, "caption": None, "head": False})
        elif table is not None and tag == "caption":
            table["caption"] = []
        elif table is not None and tag == "thead":
            table["head"] = True
        elif table is not None and tag in ("tbody", "tfoot"):
            table["head"] = False
        elif table is not None and tag == "tr":
            self._close_cell(table)
            table["rows"].append({"cells": [], "head": table["head"]})
        elif table is not None and tag in ("td", "th"):
            self._close_cell(table)
            if not table["rows"]:
                table["rows"].append({"cells": [], "head": table["head"]})
            a = dict(attrs)
            table["cell"] = {"text": [], "th": tag == "th", "rowspan": _span(a.get("rowspan")),
                             "colspan": _span(a.get("colspan"))}
        elif table is not None and table["cell"] is not None:
            if tag in ("br", "li") or tag in self.BLOCK:
                table["cell"]["text"].append("\n")  # a line inside a cell: joined by the layout below
        elif tag in ("dt", "dd"):
            # « <dt>Commune</dt><dd>Decazeville</dd> »: a labelled line « Commune : Decazeville »
            self.parts.append("\n" if tag == "dt" else " : ")
        elif tag == "dl":
            # « <h3>Optiloire</h3><dl>… »: a card's name, then its labelled lines right under it (a fiche)
            while self.parts and not self.parts[-1].strip():
                self.parts.pop()
            if self.parts:
                self.parts[-1] = self.parts[-1].rstrip()
        elif tag in self.BLOCK:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self._out("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        table = self.tables[-1] if self.tables else None
        if table is not None and tag in ("td", "th", "tr"):
            self._close_cell(table)
        elif table is not None and tag == "caption":
            caption = " ".join("".join(table["caption"]).split())
            table["caption"] = None
            if caption:
                table["rows"].append({"caption": caption})
        elif table is not None and tag == "table":
            self._close_cell(table)
            self.tables.pop()
            if all(len(r.get("cells", ())) <= 1 for r in table["rows"]):
                # a layout table (an e-mail's frame, one cell per row): its cells are blocks of text, not columns
                self._out("\n\n" + "\n\n".join(r["cells"][0]["raw"] if "cells" in r else r["caption"]
                                                  for r in table["rows"] if r.get("cells") or "caption" in r) + "\n\n")
            else:
                self._out("\n\n" + _layout(table["rows"]) + "\n\n")
        elif table is not None and table["cell"] is not None:
            if tag in self.BLOCK or tag == "li":
                table["cell"]["text"].append("\n")
        elif tag in ("dt", "dd"):
            pass  # (the next « dt » starts its line: the labelled lines of a list follow one another)
        elif tag in self.BLOCK or tag == "li":
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self._out(data.replace("\r", "") if self.pre else re.sub(r"[ \t\r\n]+", " ", data))

    @staticmethod
    def _close_cell(table):
        cell = table["cell"]
        if cell is None:
            return
        table["cell"] = None
        # (the lines of a layout table's cell, kept as they are)
        raw = "\n".join(" ".join(ln.split()) for ln in "".join(cell["text"]).split("\n"))
        cell["raw"] = re.sub(r"\n{3,}", "\n\n", raw).strip()
        # « Villefranche-<br>de-Rouergue »: a word cut at its hyphen is glued back; other lines join with a space
        text = re.sub(r"-[ \t]*\n[ \t]*", "-", "".join(cell["text"]))
        # after an amount or a count, a new line is a new item (« 1,85 M€<br>12 emplois »); else the same words
        text = re.sub(r"(?<=[\d€%])[ \t]*\n\s*(?=\S)", " ; ", text)
        # « <strong>Durance Arômes</strong><br><em>Manosque (04)</em> »: a name, then on its last line its commune and
        # département, apart from it
        text = re.sub(r"(?<=\S)[ \t]*\n\s*(?=[A-ZÀ-Ý][^\n()]{1,40}\((?:\d{2,3}|2[AB]|[A-ZÀ-Ý][^()\n]{2,30})\)\s*$)", " – ", text)
        cell["text"] = " ".join(text.split())
        table["rows"][-1]["cells"].append(cell)


def _span(value) -> int:
    try:
        return max(1, min(int(value), 50))
    except (TypeError, ValueError):
        return 1


_MONEY_CELL = re.compile(r"€|\beuros?\b|\bk€|\bM€", re.IGNORECASE)


# A lowest heading that names its column by itself (« Investissement », « Aide État », « Commune »).
_SELF_SPEAKING_HEAD = re.compile(r"(?i)invest|aide|subvention|soutien|montant|co[uû]t|budget|emploi|poste|commune|ville|"
                                 r"entreprise|soci[ée]t[ée]|b[ée]n[ée]ficiaire|lauréat|projet|secteur|d[ée]partement|objet|intitul|description|"
                                 r"activit|statut|siret|siren|naf|observ|taux|d[ée]pense|assiette")


def _layout(rows: list[dict]) -> str:
    """A table as lines « a | b | c »: row and column spans resolved, so every cell sits in its column; several
    heading rows (« Projet » spanning « Investissement », « Aide ») become one row of the lowest headings."""
    lines: list[str] = []
    grid: list[list[str | None]] = []
    heads: list[bool] = []
    pending: dict[int, tuple[int, str]] = {}  # column → (rows left, text) of a cell spanning rows
    seen_data = False
    for row in rows:
        if "caption" in row:
            lines.append(row["caption"])
            continue
        out: list[str] = []
        col = 0
        cells = list(row["cells"])
        heading_row = bool(cells) and (row["head"] or (not seen_data and all(c["th"] for c in cells)))
        seen_data = seen_data or not heading_row
        while cells or any(c >= col for c in pending):
            if col in pending:
                left, text = pending[col]
                out.append(text)
                if left > 1:
                    pending[col] = (left - 1, text)
                else:
                    del pending[col]
                col += 1
                continue
            if not cells:
                out.append("")
                col += 1
                continue
            cell = cells.pop(0)
            is_head = heading_row
            for k in range(cell["colspan"]):
                # a heading is repeated over its columns; a value fills its first column only
                text = cell["text"] if (k == 0 or is_head) else ""
                out.append(text)
                if cell["rowspan"] > 1:
                    # a spanned value (« 46 / 12 » for two rows) is repeated, an amount is not counted twice
                    repeat = text if (is_head or not _MONEY_CELL.search(text)) else ""
                    pending[col] = (cell["rowspan"] - 1, repeat)
                col += 1
        if not any(c.strip() for c in out):
            continue
        grid.append(out)
        heads.append(heading_row)
    # Leading heading rows merged: the lowest non-empty heading of each column.
    n_head = 0
    while n_head < len(grid) and heads[n_head] and n_head < len(grid) - 1:
        n_head += 1
    if n_head > 1:
        width = max(len(r) for r in grid[:n_head])
        merged = []
        for c in range(width):
            texts = [r[c] for r in grid[:n_head] if c < len(r) and r[c].strip()]
            text = texts[-1] if texts else ""
            if len(texts) >= 2 and texts[-2] != text and not _SELF_SPEAKING_HEAD.search(text):
                text = f"{texts[-2]} {text}"  # « Emplois » over « créés » / « maintenus »: the lowest alone says too little
            merged.append(text)
        grid = [merged] + grid[n_head:]
    for r in grid:
        while r and not r[-1].strip():
            r.pop()
        lines.append(" | ".join(r))
    return "\n\n".join(lines)


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
