"""The certificate PDF: the names read back exactly (Arabic, French, a Latin name on an Arabic certificate), the QR
code opens the verification page, and the file is PDF/A."""

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from certification import services
from intranet import pdf

from . import factories

pytestmark = pytest.mark.django_db


def _text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@pytest.mark.parametrize(
    ("name", "language", "programme_field"),
    [
        ("فاطمة الزهراء الإدريسي", "ar", "name_ar"),
        ("Françoise Lefèvre-Benali", "fr", "name_fr"),
        ("Mette Kjærgaard", "ar", "name_ar"),
    ],
)
def test_the_holders_name_and_the_programme_read_back_exactly(programme, learner, name, language, programme_field):
    learner.full_name = name
    learner.save()
    certificate = factories.certificate(programme, learner, language=language)
    content = services.certificate_render(certificate=certificate)
    text = _text(content)
    assert content.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(content)).pages) == 1
    assert name in text
    assert getattr(programme, programme_field) in text
    assert certificate.short_code_display in text


def test_the_pdf_is_rendered_in_the_language_asked_for(programme, learner):
    learner.full_name = "Lina Learner"
    learner.save()
    certificate = factories.certificate(programme, learner, language="da")
    text = _text(services.certificate_render(certificate=certificate, language="fr"))
    assert programme.name_fr in text
    assert "/fr/verify/" in text


def test_the_qr_code_opens_the_verification_page_and_the_pdf_is_pdf_a(programme, learner, tmp_path):
    certificate = factories.certificate(programme, learner, language="ar")
    content = services.certificate_render(certificate=certificate)
    url = services.certificate_verification_url(certificate)
    assert url == f"http://testserver/ar/verify/{certificate.code}/"

    (tmp_path / "certificate.pdf").write_bytes(content)
    subprocess.run(  # noqa: S603 - fixed programs and arguments, our own temporary file
        [shutil.which("pdftoppm"), "-png", "-r", "150", "-f", "1", "-l", "1", "certificate.pdf", "page"],
        cwd=tmp_path,
        check=True,
    )
    [image] = tmp_path.glob("page*.png")
    decoded = subprocess.run(  # noqa: S603 - as above
        [shutil.which("zbarimg"), "--raw", "-q", str(image)], capture_output=True, text=True, check=True
    )
    assert decoded.stdout.strip() == url

    reader = PdfReader(io.BytesIO(content))
    metadata = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert re.search(r'pdfaid:part(="|>)3', metadata)
    assert re.search(r'pdfaid:conformance(="|>)B', metadata)
    assert "/OutputIntents" in reader.trailer["/Root"]


def test_only_the_sites_own_files_are_fetched():
    """A template cannot make the PDF renderer fetch from the network (or read local files)."""
    fetcher = pdf._storage_url_fetcher()
    for url in ("http://example.org/logo.png", "file:///etc/passwd", "http://testserver/secret/x.png"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert b"<svg" in fetcher.fetch(pdf.qr_code_data_uri("x")).read()


def test_the_logo_and_signature_come_from_media_storage(programme, learner):
    programme.logo = Image.objects.create(title="Logo", file=get_test_image_file(filename="logo.png"))
    programme.signature = Image.objects.create(title="Signature", file=get_test_image_file(filename="signature.png"))
    programme.save()
    certificate = factories.certificate(programme, learner, language="da")
    reader = PdfReader(io.BytesIO(services.certificate_render(certificate=certificate)))
    assert len(reader.pages[0].images) == 2


@pytest.mark.parametrize("language", ["da", "ar", "fr"])
def test_every_glyph_comes_from_the_fonts_the_stylesheet_names(programme, learner, language):
    """No fallback to some other installed font (or to boxes): only Noto, Amiri and DejaVu are embedded."""
    learner.full_name = "فاطمة الزهراء الإدريسي" if language == "ar" else "Mette Kjærgaard-Benali"
    learner.save()
    certificate = factories.certificate(programme, learner, language=language)
    page = PdfReader(io.BytesIO(services.certificate_render(certificate=certificate))).pages[0]
    fonts = {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert fonts
    assert all(re.search(r"Noto|Amiri|DejaVu", font) for font in fonts), fonts
    if language == "ar":
        assert any(re.search(r"NotoNaskhArabic|Amiri", font) for font in fonts), fonts
