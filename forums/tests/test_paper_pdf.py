"""The paper PDF: its text, the signing organisations (with their logos) and the date, in each language version,
read back with pypdf; the Arabic version reads right to left."""

import io

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from forums import campaign_services as services
from forums.campaign_models import PaperStatus
from forums.paper_pdf import paper_render

from .campaign_factories import *  # noqa: F403 - the fixtures the campaign and paper tests share
from .campaign_factories import open_for_signatures, paper_in

pytestmark = pytest.mark.django_db

ARABIC_TITLE = "رسالة مشتركة حول المساعدة القانونية"
ARABIC_BODY = "نطالب بتوفير المساعدة القانونية المجانية للجميع"
FRENCH_TITLE = "Lettre commune sur l'aide juridique"
FRENCH_BODY = "Nous demandons une aide juridique gratuite pour toutes et tous"


def _text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _logo() -> ContentFile:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "#1f5f7a").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="logo.png")


@pytest.fixture
def signed_letter(campaign, organisation, lead_leader, partner, partner_leader):
    organisation.name_ar = "جمعية الحق"
    organisation.logo.save("logo.png", _logo())
    organisation.save()
    partner.name_ar = "الشريك"
    partner.save()
    arabic = paper_in(
        campaign, lead_leader, language="ar", title=ARABIC_TITLE, kind="joint_letter", sections=[("مقدمة", ARABIC_BODY)]
    )
    french = paper_in(
        campaign,
        partner_leader,
        language="fr",
        title=FRENCH_TITLE,
        translation_of=arabic,
        sections=[("Introduction", FRENCH_BODY)],
    )
    open_for_signatures(arabic, lead_leader)
    services.paper_sign(paper=arabic, user=lead_leader, organisation=organisation)
    services.paper_sign(paper=french, user=partner_leader, organisation=partner)
    services.paper_transition(paper=arabic, user=lead_leader, status=PaperStatus.PUBLISHED)
    arabic.refresh_from_db()
    french.refresh_from_db()
    return arabic, french


def test_each_language_version_has_its_text_signatories_and_date(
    signed_letter, organisation, partner, partner_leader, lead_leader
):
    arabic, french = signed_letter
    arabic_pdf, french_pdf = paper_render(paper=arabic), paper_render(paper=french)
    assert arabic_pdf.startswith(b"%PDF-") and french_pdf.startswith(b"%PDF-")
    arabic_text, french_text = _text(arabic_pdf), _text(french_pdf)
    assert ARABIC_TITLE in arabic_text and ARABIC_BODY in arabic_text
    assert FRENCH_TITLE in french_text and FRENCH_BODY in french_text
    assert FRENCH_BODY not in arabic_text and ARABIC_BODY not in french_text
    for text in (arabic_text, french_text):
        assert partner_leader.full_name in text and lead_leader.full_name in text
        assert str(arabic.published_at.year) in text
    assert organisation.name_ar in arabic_text and "الشريك" in arabic_text
    assert organisation.name_fr in french_text and partner.name_fr in french_text


def test_the_logos_of_signing_organisations_are_in_the_pdf(signed_letter):
    arabic, _french = signed_letter
    reader = PdfReader(io.BytesIO(paper_render(paper=arabic)))
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1


def test_the_arabic_version_is_right_to_left(signed_letter, settings):
    arabic, french = signed_letter
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override(arabic.language):
        html = render_to_string("forums/campaigns/paper_pdf.html", {"paper": arabic, "sections": [], "signatures": []})
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override(french.language):
        html = render_to_string("forums/campaigns/paper_pdf.html", {"paper": french, "sections": [], "signatures": []})
    assert '<html lang="fr" dir="ltr">' in html


def test_pdf_download_per_version_for_participants_only(client, signed_letter, partner_member):
    arabic, french = signed_letter
    client.force_login(partner_member)
    for paper in (arabic, french):
        response = client.get(reverse("paper_pdf", args=[paper.pk]))
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
        assert f"-{paper.language}.pdf" in response["Content-Disposition"]
