"""An Arabic-reading volunteer finishes the last lesson's quiz, the certificate is issued, they download the Arabic
PDF with their name exactly as written, and an anonymous visitor opens the link the PDF's QR code holds and sees the
certificate valid, with the holder's name."""

import io
import shutil
import subprocess
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from playwright.sync_api import expect
from pypdf import PdfReader

from certification.models import Certificate, CertificateStatus
from certification.tests import factories as certification_factories
from courses import services as course_services
from courses.models import QuestionKind, QuizChoice, QuizQuestion
from courses.tests import factories as course_factories
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import PASSWORD, NetworkFactory, OrganisationFactory, member
from intranet.pages.tests import factories as page_factories

from .steps import sign_in, t

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

HOLDER = "فاطمة الزهراء الإدريسي"
PROGRAMME = ("Certificeret frivillig", "متطوع معتمد", "Bénévole certifié")
COURSE_TITLE = ("Førstehjælp for frivillige", "الإسعافات الأولية للمتطوعين", "Premiers secours pour bénévoles")
FIRST_LESSON = ("Sikr stedet", "تأمين المكان", "Sécuriser les lieux")
QUIZ_LESSON = ("Ring efter hjælp", "طلب المساعدة", "Appeler les secours")
QUESTION = ("Hvilket nummer ringer man i Marokko?", "ما هو رقم الإسعاف في المغرب؟", "Quel numéro au Maroc ?")
RIGHT, WRONG = ("خمسة عشر", True), ("تسعمائة وأحد عشر", False)


def build():
    """A network's programme requiring one course of two lessons, the last with a one-question quiz; an Arabic
    volunteer of a member organisation who has done the first lesson."""
    network = NetworkFactory()
    organisation = OrganisationFactory()
    network.organisations.add(organisation)
    catalogue = course_factories.catalogue(page_factories.home_page(network))
    course = course_factories.course(catalogue, title=COURSE_TITLE)
    first_lesson = course_factories.lesson(course, title=FIRST_LESSON)
    quiz_lesson = course_factories.lesson(course, title=QUIZ_LESSON, pass_mark=100)
    question = QuizQuestion.objects.create(
        lesson=quiz_lesson,
        sort_order=0,
        kind=QuestionKind.SINGLE,
        text=QUESTION[0],
        text_da=QUESTION[0],
        text_ar=QUESTION[1],
        text_fr=QUESTION[2],
    )
    for order, (text, correct) in enumerate([RIGHT, WRONG]):
        QuizChoice.objects.create(
            question=question, sort_order=order, text=text, text_da=text, text_ar=text, is_correct=correct
        )
    programme = certification_factories.programme(
        network, courses=[course], name_da=PROGRAMME[0], name_ar=PROGRAMME[1], name_fr=PROGRAMME[2]
    )
    volunteer = member(organisation, Role.VOLUNTEER, preferred_language="ar", full_name=HOLDER)
    course_services.enrolment_create(user=volunteer, course=course)
    course_services.lesson_mark_done(user=volunteer, lesson=first_lesson)
    return programme, quiz_lesson, volunteer


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def qr_code_of(path) -> str:
    """What the QR code on the first page of the PDF at `path` says (rendered at 150 dpi, read by zbarimg)."""
    subprocess.run(  # noqa: S603 - fixed programs and arguments, our own temporary file
        [shutil.which("pdftoppm"), "-png", "-r", "150", "-f", "1", "-l", "1", path.name, "page"],
        cwd=path.parent,
        check=True,
    )
    [image] = path.parent.glob("page*.png")
    decoded = subprocess.run(  # noqa: S603 - as above
        [shutil.which("zbarimg"), "--raw", "-q", str(image)], capture_output=True, text=True, check=True
    )
    return decoded.stdout.strip()


def test_an_arabic_volunteer_earns_downloads_and_shares_a_verifiable_certificate(
    page, new_context, live_server, tmp_path
):
    programme, quiz_lesson, volunteer = build()
    assert not Certificate.objects.filter(holder=volunteer).exists()

    sign_in(page, "ar", volunteer.email, PASSWORD)
    with translation.override("ar"):
        page.goto(quiz_lesson.url)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text(QUIZ_LESSON[1])
    page.locator("[data-action=quiz-start]").click()
    expect(page.get_by_text(QUESTION[1])).to_be_visible()
    page.get_by_label(RIGHT[0], exact=True).check()
    page.locator("[data-action=quiz-submit]").click()
    expect(page.locator("[data-passed]")).to_have_attribute("data-passed", "true")

    # Passing the last lesson completed the course; the task issued the certificate and stored its Arabic PDF.
    certificate = Certificate.objects.get(holder=volunteer, programme=programme)
    assert (certificate.status, certificate.language) == (CertificateStatus.ACTIVE, "ar")

    page.goto("/ar/certificates/")
    expect(page.get_by_role("heading", level=1)).to_have_text(t("ar", "My certificates"))
    card = page.locator(f"[data-certificate='{certificate.pk}']")
    expect(card).to_have_attribute("data-state", "active")
    expect(card.get_by_role("heading", level=2)).to_have_text(PROGRAMME[1])
    with page.expect_download() as download_info:
        card.locator("a[data-language=ar]").click()
    download = download_info.value
    path = tmp_path / "certificate.pdf"
    download.save_as(path)
    content = path.read_bytes()
    assert content.startswith(b"%PDF-")
    text = pdf_text(content)
    assert HOLDER in text
    assert PROGRAMME[1] in text

    verification_url = qr_code_of(path)
    assert urlsplit(verification_url).path == f"/ar/verify/{certificate.code}/"

    visitor = new_context().new_page()  # no cookies: an employer who scanned the code
    visitor.goto(urlsplit(verification_url).path)
    expect(visitor.locator("html")).to_have_attribute("dir", "rtl")
    expect(visitor.locator(".certificate-verification")).to_have_attribute("data-state", "active")
    expect(visitor.locator("[data-result=active]")).to_have_text(t("ar", "This certificate is valid."))
    expect(visitor.locator("[data-field=holder]")).to_have_text(HOLDER)
    expect(visitor.locator("[data-field=programme]")).to_have_text(PROGRAMME[1])
    expect(visitor.locator("[data-field=short_code]")).to_have_text(certificate.short_code_display)
