"""HTML → PDF with WeasyPrint, for certificates and paper exports: fonts for Danish, Arabic and French, PDF/A.

Images and stylesheets are read from our own storage and static files, never fetched over the network: a
template can say `/media/...` or `/static/...` (or the site's full address) and it works the same on a laptop,
in tests (in-memory storage) and in production (S3). `data:` URIs (the QR code) work as usual.
"""

from __future__ import annotations

import mimetypes
import threading

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.template.loader import render_to_string

# The fonts scripts/install-system-deps.sh installs. Arabic first where the document is Arabic; elsewhere Arabic
# glyphs (an Arabic name on a French certificate) fall back to the Arabic fonts named after the Latin ones.
BASE_CSS = """
html { font-family: "Noto Sans", "DejaVu Sans", "Noto Naskh Arabic", "Amiri", sans-serif; }
html[dir="rtl"], :lang(ar) { font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans", "DejaVu Sans", serif; }
"""

CERTIFICATE_PAGE_CSS = """
@page { size: A4 landscape; margin: 12mm; }
"""

PDF_VARIANT = "pdf/a-3b"

# WeasyPrint builds a fontconfig configuration for every document and never frees it (about 0.3 MB a PDF, so a
# batch of 1,000 certificates would reach 500 MB). One configuration per thread, reused, keeps memory flat and
# saves loading the fonts again for each PDF.
_fonts = threading.local()


def _font_configuration():
    from weasyprint.text.fonts import FontConfiguration

    configuration = getattr(_fonts, "configuration", None)
    if configuration is None:
        configuration = _fonts.configuration = FontConfiguration()
    return configuration


def _site_path(url: str) -> str | None:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    if url.startswith(base + "/"):
        return url.removeprefix(base)
    return None


def _content_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _storage_url_fetcher():
    """A WeasyPrint fetcher that serves the site's /media/ and /static/ addresses from storage and refuses
    everything else but data: URIs (no network requests from inside a PDF)."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StorageURLFetcher(URLFetcher):
        def __init__(self, **kwargs):
            super().__init__(allowed_protocols=("data", "http", "https"), **kwargs)

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = _site_path(url)
            if path is not None and path.startswith(settings.MEDIA_URL):
                name = path.removeprefix(settings.MEDIA_URL)
                with default_storage.open(name, "rb") as file:
                    body = file.read()
                return URLFetcherResponse(url, body, {"Content-Type": _content_type(name)})
            if path is not None and path.startswith(settings.STATIC_URL):
                found = finders.find(path.removeprefix(settings.STATIC_URL))
                if found:
                    with open(found, "rb") as file:
                        body = file.read()
                    return URLFetcherResponse(url, body, {"Content-Type": _content_type(found)})
            raise ValueError(f"Not one of the site's own files: {url}")

    return StorageURLFetcher()


def html_to_pdf(html: str, *, stylesheets=(), pdf_variant: str = PDF_VARIANT) -> bytes:
    """A PDF (PDF/A-3b by default) of `html`; `stylesheets` are CSS strings added after the base fonts."""
    # Imported here, not at the top: WeasyPrint is slow to import and parses its own stylesheets when it is, and
    # every process loads this module (through the certification hooks) while few of them render a PDF.
    import weasyprint

    fonts = _font_configuration()
    css = [weasyprint.CSS(string=sheet, font_config=fonts) for sheet in (BASE_CSS, *stylesheets)]
    document = weasyprint.HTML(
        string=html, base_url=settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", url_fetcher=_storage_url_fetcher()
    )
    return document.write_pdf(stylesheets=css, pdf_variant=pdf_variant, font_config=fonts)


def render_to_pdf(template_name: str, context: dict, *, stylesheets=(), pdf_variant: str = PDF_VARIANT) -> bytes:
    return html_to_pdf(render_to_string(template_name, context), stylesheets=stylesheets, pdf_variant=pdf_variant)


def qr_code_data_uri(text: str) -> str:
    """A QR code of `text` as an SVG data URI (sharp at any print size), with the quiet zone scanners need."""
    return segno.make(text, error="m").svg_data_uri(border=4, dark="#000", light="#fff")
