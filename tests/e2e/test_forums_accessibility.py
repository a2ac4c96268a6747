"""axe-core on the forum, campaign and paper pages, in Danish, Arabic and French: a network's forums, a forum, a
thread with Arabic and French posts and a hidden one, the moderation queue with an open report, the forum manage
page, the campaigns, a campaign, a paper with a comment and a signature, and the comparison of two revisions. No
serious or critical violations."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from forums import campaign_services, services
from forums.tests.campaign_factories import campaign_for, open_for_signatures, organisation_in, paper_in
from forums.tests.factories import forum_for, thread_in
from intranet.organisations import services as organisation_services
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import PASSWORD, NetworkFactory, member

from .steps import DIRECTION, LANGUAGES, sign_in
from .test_accessibility import BLOCKING_IMPACTS, describe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

POST_AR = "شكرا على المبادرة، سنشارك في الاجتماع القادم."
POST_FR = "Merci pour l'initiative, nous serons à la prochaine réunion."
HIDDEN = "Et indlæg der skjules af moderatoren."


def build(language: str) -> dict:
    """A network whose coordinator also leads the campaign's lead organisation (one signed-in person sees every
    page); a forum with a thread of Arabic, French and hidden posts and an open report; a campaign with a partner
    and a paper open for signatures (two sections, two revisions, a comment, the partner's signature) and a draft."""
    network = NetworkFactory()
    lead = organisation_in(network, name_ar="جمعية الحق", name_fr="Association Al Haqq")
    partner = organisation_in(network, name_ar="جسر الشباب", name_fr="Passerelle Jeunesse")
    person = member(lead, Role.LEADER, full_name="Leila Bennani", preferred_language=language)
    organisation_services.network_coordinator_add(network=network, user=person)
    volunteer = member(lead, Role.VOLUNTEER, full_name="Søren Ørsted")
    partner_leader = member(partner, Role.LEADER, full_name="Claire Dubois", preferred_language="fr")

    forum = forum_for(network, description_da="Til alt", description_ar="لكل شيء", description_fr="Pour tout")
    forum_for(network)
    thread = thread_in(forum, volunteer, title="Næste møde / الاجتماع القادم", body="Hvem kommer?", replies=1)
    services.post_create(thread=thread, author=person, body=POST_AR)
    reported = services.post_create(thread=thread, author=volunteer, body=POST_FR)
    hidden = services.post_create(thread=thread, author=volunteer, body=HIDDEN)
    services.post_hide(post=hidden, moderator=person, reason="Uden for emnet")
    services.report_create(post=reported, reporter=member(partner, Role.VOLUNTEER), reason="Spam? / سبام؟")

    campaign = campaign_for(network, lead, person, participants=[partner], goal_ar="هدف مشترك")
    paper = paper_in(campaign, person)
    first, _second = paper.sections.order_by("order")
    campaign_services.section_save(
        section=first, user=person, heading="Indledning", body="Første afsnit, rettet.", base_revision=1
    )
    campaign_services.comment_create(section=first, user=person, body="Godt / جيد / Bien")
    paper = open_for_signatures(paper, person)
    # The partner has signed; the lead has not yet, so its leader still sees the form to sign.
    campaign_services.paper_sign(paper=paper, user=partner_leader, organisation=partner)
    # A draft in Arabic: its sections can still be edited, moved and deleted.
    draft = paper_in(
        campaign, partner_leader, language="ar", title="رسالة مشتركة", sections=[("مقدمة", "نطالب"), ("", "بالمساعدة")]
    )
    return {
        "network": network,
        "person": person,
        "partner": partner,
        "forum": forum,
        "thread": thread,
        "hidden": hidden,
        "campaign": campaign,
        "paper": paper,
        "draft": draft,
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_forum_and_campaign_pages_have_no_serious_accessibility_violations(new_context, language):
    data = build(language)
    axe = Axe()
    found: list[tuple[str, dict]] = []

    def visit(page: Page, path: str, page_name: str) -> None:
        response = page.goto(f"/{language}{path}")
        assert response.status == 200, f"{page_name}: {path} answered {response.status}"
        page.wait_for_load_state()
        expect(page.locator("html")).to_have_attribute("dir", DIRECTION[language])
        expect(page.locator("html")).to_have_attribute("lang", language)
        found.extend((page_name, violation) for violation in axe.run(page).response["violations"])

    network, forum, paper = data["network"], data["forum"], data["paper"]
    page = new_context().new_page()
    sign_in(page, language, data["person"].email, PASSWORD)
    visit(page, f"/forums/networks/{network.slug}/", "network forums")
    expect(page.locator("[data-forum]")).to_have_count(2)
    expect(page.locator("[data-moderation-link]")).to_be_visible()
    visit(page, f"/forums/networks/{network.slug}/forums/{forum.slug}/", "forum")
    expect(page.locator(f"[data-thread='{data['thread'].pk}']")).to_be_visible()
    visit(page, f"/forums/threads/{data['thread'].pk}/", "thread")
    expect(page.locator("[data-post]")).to_have_count(5)
    expect(page.get_by_text(POST_AR)).to_be_visible()
    expect(page.get_by_text(POST_FR)).to_be_visible()
    hidden = page.locator(f"[data-post='{data['hidden'].pk}']")
    expect(hidden).to_have_attribute("data-hidden", "true")
    expect(hidden.locator("[data-hidden-reason]")).to_be_visible()
    visit(page, f"/forums/networks/{network.slug}/moderation/", "moderation queue")
    expect(page.locator("[data-report]")).to_have_count(1)
    visit(page, f"/forums/networks/{network.slug}/manage/", "manage forums")
    expect(page.locator("tr[data-forum]")).to_have_count(2)
    visit(page, "/campaigns/", "campaigns")
    expect(page.locator(f"[data-campaign='{data['campaign'].slug}']")).to_be_visible()
    visit(page, f"/campaigns/{data['campaign'].slug}/", "campaign")
    expect(page.locator("[data-paper]")).to_have_count(2)
    visit(page, f"/papers/{paper.pk}/", "paper open for signatures")
    expect(page.locator("[data-section]")).to_have_count(2)
    expect(page.locator("[data-comment]")).to_have_count(1)
    expect(page.locator(f"[data-signature='{data['partner'].slug}']")).to_be_visible()
    expect(page.locator("[data-sign-form]")).to_be_visible()
    visit(page, f"/papers/{data['draft'].pk}/", "paper in draft")
    expect(page.locator("[data-edit-section]")).to_have_count(2)
    visit(page, f"/papers/{paper.pk}/compare/?from=1&to=2", "revision comparison")
    expect(page.locator("[data-state]")).to_have_count(2)

    report = "\n".join(describe(name, violation) for name, violation in found)
    print(f"axe violations in {language}:\n{report or '  none'}")
    blocking = [(name, violation) for name, violation in found if violation["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"serious/critical accessibility violations in {language}:\n" + "\n".join(
        describe(name, violation) for name, violation in blocking
    )
