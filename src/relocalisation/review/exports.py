"""Bulk exports of a wave's dossiers: XLSX (xlsxwriter) and a ZIP of one PDF per dossier."""
from __future__ import annotations

import io
import zipfile

import xlsxwriter

from relocalisation.review.letters import application_summary_pdf

COLUMNS = [("Numéro", "reference"), ("Entreprise", "organisation.name"), ("SIREN", "organisation.siren"),
           ("Projet", "title"), ("État", "get_state_display"), ("Commune (INSEE)", "commune_id"), ("NAF", "naf_id"),
           ("Effectif", "headcount"), ("Investissement (€)", "investment_eur"), ("Aide demandée (€)", "aid_requested_eur"),
           ("Emplois créés", "jobs_created"), ("Emplois maintenus", "jobs_kept"), ("Déposé le", "submitted_at")]


def _value(app, path):
    value = app
    for part in path.split("."):
        value = getattr(value, part, None)
        if callable(value):
            value = value()
    if hasattr(value, "tzinfo") and value is not None and getattr(value, "tzinfo", None):
        value = value.replace(tzinfo=None)
    if value is not None and value.__class__.__name__ == "Decimal":
        value = float(value)
    return value


def wave_xlsx(apps) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "remove_timezone": True})
    sheet = book.add_worksheet("Dossiers")
    bold = book.add_format({"bold": True})
    date_fmt = book.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    for col, (label, _) in enumerate(COLUMNS):
        sheet.write(0, col, label, bold)
    for row, app in enumerate(apps, start=1):
        for col, (_, path) in enumerate(COLUMNS):
            value = _value(app, path)
            if path == "submitted_at" and value is not None:
                sheet.write_datetime(row, col, value, date_fmt)
            else:
                sheet.write(row, col, value)
    book.close()
    return buffer.getvalue()


def wave_zip(apps) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for app in apps:
            archive.writestr(f"{app.reference}.pdf", application_summary_pdf(app))
    return buffer.getvalue()
