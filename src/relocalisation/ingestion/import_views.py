"""Pages of the laureate imports (issue 5): upload, column mapping, per-row preview, confirmation,
progress (polled with htmx). Thin: forms and services do the work."""
from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from relocalisation.ingestion import imports, services
from relocalisation.ingestion.models import ImportBatch, ImportPreset
from relocalisation.ingestion.permissions import can_import, visible_batches


def _preset_choices():
    builtin = [(name, spec["label"]) for name, spec in imports.BUILTIN_PRESETS.items()]
    saved = list(ImportPreset.objects.values_list("name", "label"))
    return [("", "Détection automatique")] + builtin + saved


class UploadForm(forms.Form):
    file = forms.FileField(label="Fichier CSV (UTF-8) ou XLSX",
                           help_text="Taille maximale : 50 Mo. Première ligne : les noms des colonnes.")
    preset = forms.ChoiceField(label="Modèle de colonnes", required=False)
    default_programme = forms.ModelChoiceField(label="Dispositif des lignes qui n'en indiquent pas", required=False,
                                               queryset=None, empty_label="Aucun")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from relocalisation.programmes.models import Programme

        self.fields["preset"].choices = _preset_choices()
        self.fields["default_programme"].queryset = Programme.objects.order_by("name")
        self.fields["file"].widget.attrs.update({"class": "fr-upload", "accept": ".csv,.xlsx,text/csv"})
        for name in ("preset", "default_programme"):
            self.fields[name].widget.attrs["class"] = "fr-select"


def _require_importer(request):
    if not can_import(request.user):
        raise PermissionDenied("Réservé aux gestionnaires de dispositif.")


@login_required
@require_http_methods(["GET", "POST"])
def upload(request):
    _require_importer(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data["file"]
        from django.conf import settings

        if upload_file.size > settings.IMPORT_MAX_BYTES:
            form.add_error("file", f"Le fichier dépasse la taille maximale ({imports.human_size(settings.IMPORT_MAX_BYTES)}).")
        else:
            batch = services.prepare_batch(data=upload_file.read(), filename=upload_file.name, user=request.user,
                                           preset=form.cleaned_data["preset"],
                                           default_programme=form.cleaned_data["default_programme"])
            return redirect("ingestion:import_detail", pk=batch.pk)
    batches = visible_batches(request.user).order_by("-created_at")[:20]
    return render(request, "ingestion/import_upload.html", {"form": form, "batches": batches},
                  status=400 if form.errors else 200)


def _batch(request, pk) -> ImportBatch:
    _require_importer(request)
    return get_object_or_404(visible_batches(request.user), pk=pk)


@login_required
def detail(request, pk):
    batch = _batch(request, pk)
    header = services.file_header(batch) if batch.status in (ImportBatch.Status.VALIDATED,
                                                             ImportBatch.Status.REJECTED) else []
    fields = [{"name": name, "label": label, "column": batch.mapping.get(name, "")}
              for name, label in imports.FIELDS.items()]
    return render(request, "ingestion/import_detail.html", {
        "batch": batch, "header": header, "fields": fields, "presets": _preset_choices(),
        "errors_report": [r for r in batch.report if r["action"] == "error"][:200],
        "preview": [r for r in batch.report if r["action"] != "error"][:200]})


@login_required
@require_POST
def remap(request, pk):
    batch = _batch(request, pk)
    mapping = {name: request.POST.get(f"col_{name}", "") for name in imports.FIELDS}
    preset = request.POST.get("preset", "")
    if request.POST.get("use_preset"):
        batch = services.remap_batch(batch, preset=preset)
    else:
        batch = services.remap_batch(batch, mapping={k: v for k, v in mapping.items() if v})
        name = request.POST.get("save_as", "").strip()
        if name:
            from django.utils.text import slugify

            try:
                services.save_preset(name=slugify(name)[:80], label=name, mapping=batch.mapping, user=request.user)
            except imports.ImportRejected as exc:
                batch.file_errors = batch.file_errors + exc.messages
    return redirect("ingestion:import_detail", pk=batch.pk)


@login_required
@require_POST
def confirm(request, pk):
    batch = _batch(request, pk)
    services.confirm_batch(batch)
    return redirect("ingestion:import_detail", pk=batch.pk)


@login_required
def progress(request, pk):
    batch = _batch(request, pk)
    response = render(request, "ingestion/_import_progress.html", {"batch": batch})
    if getattr(request, "htmx", False) and batch.status in (ImportBatch.Status.VALIDATED, ImportBatch.Status.REJECTED):
        response["HX-Refresh"] = "true"  # the check is over: reload the page to show the per-row report
    return response
