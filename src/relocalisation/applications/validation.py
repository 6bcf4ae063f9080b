"""Attachment checks: type by extension AND by content (magic bytes), size limit."""
from django.conf import settings

# extension -> (content type, magic prefixes)
ALLOWED = {
    "pdf": ("application/pdf", (b"%PDF-",)),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (b"PK\x03\x04",)),
    "png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    "jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
}


def check_upload(upload) -> tuple[str, str]:
    """Return (extension, content type) or raise ApplicationError with a French message."""
    from relocalisation.applications.services import ApplicationError

    name = (upload.name or "").lower()
    ext = name.rsplit(".", 1)[-1] if "." in name else ""
    if ext not in ALLOWED:
        raise ApplicationError("Format refusé : seuls les fichiers PDF, XLSX, PNG et JPEG sont acceptés.", 422)
    limit = settings.ATTACHMENT_MAX_BYTES
    if upload.size > limit:
        raise ApplicationError(f"Fichier trop volumineux ({upload.size // 1024} Ko) : {limit // (1024 * 1024)} Mo au plus.",
                               422)
    if upload.size == 0:
        raise ApplicationError("Le fichier est vide.", 422)
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    content_type, magics = ALLOWED[ext]
    if not any(head.startswith(m) for m in magics):
        raise ApplicationError(f"Le contenu du fichier ne correspond pas à son extension .{ext}.", 422)
    return ("jpg" if ext == "jpeg" else ext), content_type
