"""Bad and varied inputs: empty, binary, huge, HTML with scripts, PDF, DOCX. Never a crash."""
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.readers import DocumentError, MAX_BYTES, html_to_text, read_bytes
from relocalisation.ingestion.press.service import run_file

ARTICLE = ("Le Gouvernement annonce 3 nouveaux lauréats de l'appel à projets « Résilience ».\n\n"
           "- Dupont Industries (Lannion, 22) : cette PME investit 4 millions d'euros dans les composants "
           "électroniques et créera 15 emplois.\n")


def test_empty_file_gives_a_french_error(tmp_path):
    path = tmp_path / "vide.txt"
    path.write_bytes(b"")
    result = run_file(path)
    assert result["laureates"] == [] and result["error"] == "Le fichier est vide."


def test_whitespace_only(tmp_path):
    path = tmp_path / "blanc.txt"
    path.write_text("   \n\n\t  ")
    assert "vide" in run_file(path)["error"]


def test_binary_garbage(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(256)) * 50)
    result = run_file(path)
    assert result["laureates"] == [] and "binaire" in result["error"]


def test_random_bytes_never_crash():
    import random

    rng = random.Random(6)
    for _ in range(30):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000)))
        for name in ("x.txt", "x.html", "x.pdf", "x.docx", "x"):
            try:
                text = read_bytes(data, name)
            except DocumentError as exc:
                assert str(exc)
                continue
            extract(text)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "enorme.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB (sparse)
    result = run_file(path)
    assert result["laureates"] == [] and "trop volumineux" in result["error"]
    assert MAX_BYTES < 50 * 1024 * 1024


def test_long_text_is_processed(tmp_path):
    # A 200 kB text (the article repeated) stays within the limits and is processed.
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE * 1000, encoding="utf-8")
    result = run_file(path)
    assert result["laureates"] and "error" not in result


def test_html_scripts_and_styles_are_dropped(tmp_path):
    html = ("<html><head><style>.x{}</style><script>var a = '- Faux (Rouen, 76) : 9 M€';</script></head>"
            "<body><h1>Titre</h1><p>Le Gouvernement annonce 3 nouveaux lauréats.</p><ul>"
            "<li>Dupont Industries (Lannion, 22) : cette PME investit 4 M&euro; dans l'électronique.</li>"
            "<li><script>alert('x')</script>Alpha (Caen, 14) : une PME qui fabrique des masques.</li></ul>"
            "<noscript>Fake (Paris, 75) : une PME</noscript></body></html>")
    text = html_to_text(html)
    assert "alert" not in text and "Faux" not in text and "Fake" not in text and ".x{}" not in text
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    names = [lau["organisation"] for lau in run_file(path)["laureates"]]
    assert names == ["Dupont Industries", "Alpha"]


def test_latin1_text(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(ARTICLE.replace("€", "euros").encode("cp1252"))
    result = run_file(path)
    assert result["laureates"][0]["commune_insee"] == "22113"


def test_pdf(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in ARTICLE.replace("€", "euros").replace("« ", '"').replace(" »", '"').replace("’", "'").split("\n"):
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "communique.pdf"
    pdf.output(str(path))
    result = run_file(path)
    assert [lau["organisation"] for lau in result["laureates"]] == ["Dupont Industries"]
    assert result["laureates"][0]["investment_eur"] == 4_000_000


def test_broken_pdf(tmp_path):
    path = tmp_path / "casse.pdf"
    path.write_bytes(b"%PDF-1.4\n garbage garbage")
    result = run_file(path)
    assert result["laureates"] == [] and "error" in result


def test_docx_with_list_and_table(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Le Gouvernement annonce 2 nouveaux lauréats de l'appel à projets « Résilience ».")
    table = document.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, [("Entreprise", "Commune", "Investissement", "Aide"),
                                       ("Dupont Industries", "Lannion (22)", "4 000 000 €", "800 000 €"),
                                       ("Alpha Pharma", "Caen (14)", "2 000 000 €", "500 000 €")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "communique.docx"
    path.write_bytes(buffer.getvalue())
    laureates = run_file(path)["laureates"]
    assert [(lau["organisation"], lau["commune_insee"], lau["investment_eur"], lau["aid_eur"]) for lau in laureates] == [
        ("Dupont Industries", "22113", 4_000_000, 800_000), ("Alpha Pharma", "14118", 2_000_000, 500_000)]


def test_broken_docx(tmp_path):
    path = tmp_path / "casse.docx"
    path.write_bytes(b"PK\x03\x04 not a zip")
    assert "illisible" in run_file(path)["error"]


@pytest.mark.parametrize("text", ["", " ", "\x00\x01", "€€€", "- :", "« »", "(22)", "- A : b", "1,2,3,4,5" * 100])
def test_degenerate_texts(text):
    result = extract(text).to_dict()
    assert isinstance(result["laureates"], list)


def test_too_long_text_gives_a_french_error(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("mot " * 300_000, encoding="utf-8")  # 1.2 M characters, 1.2 MB
    result = run_file(path)
    assert result["laureates"] == [] and "Texte trop long" in result["error"]


_WORDS = ["- ", "• ", "1. ", "\n", "\n\n", " : ", " – ", ", ", ". ", "(", ")", "« ", " »", "Le projet", "porté par",
          "la société", "Dupont", "Industries", "Lannion", "(22)", "22", "Isère", "à", "de", "lauréats", "retenue",
          "a été retenue", "aide", "subvention", "de 4 M€", "1,2 milliard", "300 000 €", "emplois", "une vingtaine",
          "près de", "Entreprise", "|", "Commune", "Investissement", "€€", "&", "'", "’", "SAS", "chez", "À", "Paris",
          "Saint-Étienne", "Roussillon", "secteur de la santé", "appel à projets", "s'ajoutent aux", "405", "projets",
          "<b>", "\x00", "\u202f", "Y", "Plan"]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_WORDS), max_size=80))
def test_extract_never_crashes_on_odd_texts(words):
    text = " ".join(words)
    result = extract(text, use_spacy=False).to_dict()
    for lau in result["laureates"]:
        for start, end in lau["evidence"].values():
            assert 0 <= start <= end <= len(text)
