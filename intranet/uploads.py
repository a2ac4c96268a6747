"""Checks of uploaded files by their content, never by their name: used by accreditation evidence and forum attachments.

A file named "photo.png" that is really an HTML page or a program is refused; a PDF named "scan.jpg" is accepted as
the PDF it is, and stored with the extension that matches its content.
"""

import os

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image

PDF = "pdf"
PNG = "png"
JPEG = "jpeg"
WEBP = "webp"
# What each kind is stored as: (content type, extension).
KIND_TYPES = {
    PDF: ("application/pdf", ".pdf"),
    PNG: ("image/png", ".png"),
    JPEG: ("image/jpeg", ".jpg"),
    WEBP: ("image/webp", ".webp"),
}
DOCUMENTS_AND_IMAGES = frozenset(KIND_TYPES)
# Pillow's format names for the image kinds.
_IMAGE_FORMATS = {"PNG": PNG, "JPEG": JPEG, "WEBP": WEBP}
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def upload_check(file, *, max_bytes: int = DEFAULT_MAX_BYTES, kinds=DOCUMENTS_AND_IMAGES) -> tuple[str, str]:
    """(content type, extension) of an uploaded file, read from its content, not its name.

    Raises ValidationError with code "too_large" when the file is larger than `max_bytes`, and "invalid_type" when its
    content is none of `kinds` (a subset of `KIND_TYPES`). The file is left at position 0.
    """
    name = os.path.basename(getattr(file, "name", "") or "")
    if file.size > max_bytes:
        raise ValidationError(
            _("%(name)s is %(size)s; the limit is %(limit)s."),
            code="too_large",
            params={"name": name, "size": filesizeformat(file.size), "limit": filesizeformat(max_bytes)},
        )
    kind = _kind_of(file)
    if kind in kinds:
        return KIND_TYPES[kind]
    if set(kinds) == DOCUMENTS_AND_IMAGES:
        message = _("%(name)s is not a PDF, PNG, JPEG or WebP file.")
    else:
        message = _("%(name)s is not a file of an accepted type.")
    raise ValidationError(message, code="invalid_type", params={"name": name})


def _kind_of(file) -> str | None:
    file.seek(0)
    head = file.read(5)
    file.seek(0)
    if head == b"%PDF-":
        return PDF
    try:
        with Image.open(file) as image:
            image.verify()
            return _IMAGE_FORMATS.get(image.format)
    except Exception:  # noqa: BLE001 - anything Pillow cannot read is simply not an accepted image
        return None
    finally:
        file.seek(0)
