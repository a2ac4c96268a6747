"""Two organisations co-draft a joint letter, one leader reading Arabic and one French: the Arabic leader opens the
letter, the French leader adds the French version and edits the Arabic text while the Arabic leader is editing the
same section; the Arabic leader's save is refused with both texts side by side, merged by hand and saved; then the
letter goes to signatures, both leaders sign, and the French PDF names both organisations."""

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from forums.campaign_models import PaperSignature, PositionPaper
from forums.tests.campaign_factories import campaign_for, organisation_in
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import PASSWORD, NetworkFactory, member

from .steps import sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE_AR = "رسالة مشتركة حول المساعدة القانونية"
BODY_AR = "نطالب بالمساعدة القانونية المجانية"
ADDED_BY_FRENCH = "للجميع"
ADDED_BY_ARABIC = "في كل المدن"
TITLE_FR = "Lettre commune sur l'aide juridique"
BODY_FR = "Nous demandons une aide juridique gratuite."


def build():
    network = NetworkFactory()
    tangier = organisation_in(network, name_ar="جمعية الحق", name_fr="Association Al Haqq")
    passerelle = organisation_in(network, name_ar="جسر الشباب", name_fr="Passerelle Jeunesse")
    arabic = member(tangier, Role.LEADER, full_name="فاطمة الإدريسي", preferred_language="ar")
    french = member(passerelle, Role.LEADER, full_name="Claire Dubois", preferred_language="fr")
    campaign = campaign_for(network, tangier, arabic, participants=[passerelle])
    return campaign, tangier, passerelle, arabic, french


def test_two_leaders_co_draft_and_sign_a_letter_in_arabic_and_french(new_context, live_server, tmp_path):
    campaign, tangier, passerelle, arabic, french = build()
    fatima = new_context().new_page()
    claire = new_context().new_page()

    # The Arabic leader opens the letter from the campaign page.
    sign_in(fatima, "ar", arabic.email, PASSWORD)
    fatima.goto(f"/ar/campaigns/{campaign.slug}/")
    expect(fatima.locator("html")).to_have_attribute("dir", "rtl")
    fatima.locator("details:has([data-paper-form]) > summary").click()
    form = fatima.locator("form[data-paper-form]")
    form.locator("[name=kind]").select_option("joint_letter")
    form.locator("[name=language]").select_option("ar")
    form.locator("[name=title]").fill(TITLE_AR)
    form.locator("[name=heading]").fill("مقدمة")
    form.locator("[name=body]").fill(BODY_AR)
    form.locator("button[type=submit]").click()
    expect(fatima.get_by_role("heading", level=1)).to_have_text(TITLE_AR)
    letter = PositionPaper.objects.get(title=TITLE_AR)
    section = letter.sections.get()

    # The French leader adds the French version.
    sign_in(claire, "fr", french.email, PASSWORD)
    claire.goto(f"/fr/papers/{letter.pk}/")
    expect(claire.locator("html")).to_have_attribute("dir", "ltr")
    claire.locator("[data-add-version=fr]").click()
    form = claire.locator("form[data-paper-form]")
    form.locator("[name=language]").select_option("fr")
    form.locator("[name=title]").fill(TITLE_FR)
    form.locator("[name=body]").fill(BODY_FR)
    form.locator("button[type=submit]").click()
    expect(claire.get_by_role("heading", level=1)).to_have_text(TITLE_FR)
    french_version = PositionPaper.objects.get(translation_of=letter, language="fr")

    # Both open the Arabic section; the French leader saves first.
    fatima.goto(f"/ar/papers/sections/{section.pk}/edit/")
    claire.goto(f"/fr/papers/sections/{section.pk}/edit/")
    claire.locator("form[data-section-form] [name=body]").fill(f"{BODY_AR} {ADDED_BY_FRENCH}")
    claire.locator("[data-save-section]").click()
    expect(claire.locator(f"[data-section='{section.pk}']")).to_contain_text(ADDED_BY_FRENCH)

    # The Arabic leader's save is refused: nothing lost, both texts side by side, merged by hand.
    fatima.locator("form[data-section-form] [name=body]").fill(f"{BODY_AR} {ADDED_BY_ARABIC}")
    fatima.locator("[data-save-section]").click()
    expect(fatima.locator("[data-conflict]")).to_be_visible()
    expect(fatima.locator("[data-conflict-theirs]")).to_contain_text(ADDED_BY_FRENCH)
    expect(fatima.locator("[data-conflict-mine]")).to_contain_text(ADDED_BY_ARABIC)
    expect(fatima.locator("form[data-section-form] [name=body]")).to_have_value(f"{BODY_AR} {ADDED_BY_ARABIC}")
    fatima.locator("form[data-section-form] [name=body]").fill(f"{BODY_AR} {ADDED_BY_FRENCH} {ADDED_BY_ARABIC}")
    fatima.locator("[data-save-section]").click()
    expect(fatima.locator(f"[data-section='{section.pk}']")).to_contain_text(f"{ADDED_BY_FRENCH} {ADDED_BY_ARABIC}")
    letter.refresh_from_db()
    assert letter.revision_number == 3

    # The lead's leader opens the letter for signatures; both leaders sign.
    fatima.locator("[data-transition=review]").click()
    fatima.locator("[data-transition=signatures]").click()
    expect(fatima.locator("h1[data-status]")).to_have_attribute("data-status", "signatures")
    fatima.locator("[data-sign]").click()
    expect(fatima.locator(f"[data-signature='{tangier.slug}']")).to_be_visible()
    claire.goto(f"/fr/papers/{french_version.pk}/")
    claire.locator("[data-sign]").click()
    expect(claire.locator(f"[data-signature='{passerelle.slug}']")).to_be_visible()
    expect(claire.locator(f"[data-signature='{tangier.slug}']")).to_be_visible()
    assert set(PaperSignature.objects.filter(paper=letter).values_list("organisation", "signed_by")) == {
        (tangier.pk, arabic.pk),
        (passerelle.pk, french.pk),
    }

    with claire.expect_download() as download_info:
        claire.locator("[data-pdf=fr]").click()
    path = tmp_path / "letter-fr.pdf"
    download_info.value.save_as(path)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert TITLE_FR in text and BODY_FR in text
    assert "Association Al Haqq" in text and "Passerelle Jeunesse" in text
