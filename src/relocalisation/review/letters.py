"""Decision letters and dossier summaries as PDF (fpdf2, core fonts: Latin-1 text)."""
from __future__ import annotations

from decimal import Decimal

from fpdf import FPDF


def _latin1(text: str) -> str:
    replacements = {"\u202f": " ", "\u00a0": " ", "’": "'", "«": '"', "»": '"', "–": "-", "—": "-", "€": "EUR",
                    "œ": "oe", "Œ": "OE", "…": "..."}
    for a, b in replacements.items():
        text = text.replace(a, b)
    return text.encode("latin-1", "replace").decode("latin-1")


def _money(value) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",") + " EUR"


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    return pdf


def _line(pdf: FPDF, text: str, size: int = 11, bold: bool = False) -> None:
    pdf.set_font("Helvetica", "B" if bold else "", size)
    pdf.multi_cell(0, 6, _latin1(text), new_x="LMARGIN", new_y="NEXT")


def decision_letter_pdf(decision) -> bytes:
    app = decision.application
    call = app.call
    pdf = _pdf()
    _line(pdf, call.programme.name, 10)
    _line(pdf, f"Dossier {app.reference}", 10)
    pdf.ln(6)
    _line(pdf, app.organisation.name, 12, True)
    pdf.ln(4)
    _line(pdf, f"Objet : décision relative à votre candidature « {app.title} » — {call.title}", 11, True)
    pdf.ln(4)
    if decision.outcome == "accepte":
        text = (f"Nous avons le plaisir de vous informer que le comité a retenu votre projet. L'aide attribuée "
                f"s'élève à {_money(decision.amount_eur)}")
        if decision.days:
            text += f", soit {decision.days} jours d'accompagnement"
        _line(pdf, text + ".")
        award = decision.award
        parts = list(award.funding_split or []) if award else []
        if parts:
            pdf.ln(2)
            _line(pdf, "Répartition entre financeurs :", 11, True)
            for part in parts:
                days = f", {part['days']} jours" if part.get("days") else ""
                _line(pdf, f"- {part['name']} : {_money(Decimal(part['amount_eur']))}{days} ({part['basis']})")
            _line(pdf, parts[0].get("note", ""), 9)
    else:
        _line(pdf, "Nous avons le regret de vous informer que le comité n'a pas retenu votre projet.")
    if decision.motivation:
        pdf.ln(2)
        _line(pdf, "Motivation : " + decision.motivation)
    pdf.ln(6)
    _line(pdf, f"Décision du {decision.decided_at:%d/%m/%Y}.", 10)
    return bytes(pdf.output())


def application_summary_pdf(app) -> bytes:
    pdf = _pdf()
    _line(pdf, f"Dossier {app.reference} — {app.get_state_display()}", 14, True)
    rows = [("Entreprise", app.organisation.name), ("Appel à projets", app.call.title), ("Vague", str(app.wave)),
            ("Intitulé", app.title), ("Type de projet", app.get_project_type_display()),
            ("Phase", app.get_phase_display()), ("Commune (INSEE)", app.commune_id or ""),
            ("Code NAF", app.naf_id or ""), ("Effectif", app.headcount),
            ("Investissement productif", _money(app.investment_eur) if app.investment_eur is not None else ""),
            ("Aide demandée", _money(app.aid_requested_eur) if app.aid_requested_eur is not None else ""),
            ("Emplois créés / maintenus", f"{app.jobs_created or 0} / {app.jobs_kept or 0}"),
            ("Cofinanceurs", app.cofunders)]
    for label, value in rows:
        _line(pdf, f"{label} : {value if value is not None else ''}")
    pdf.ln(3)
    _line(pdf, "Description", 11, True)
    _line(pdf, app.description or "")
    return bytes(pdf.output())
