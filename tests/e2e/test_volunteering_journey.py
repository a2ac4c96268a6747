"""An Arabic-reading volunteer is refused a first-aid duty without the certificate, and shown the course that leads
to it; with the certificate they respond, a Danish leader of the organisation accepts them, they log two hours, the
leader confirms them, and the volunteer's profile counts them. axe-core finds no serious or critical violations on
the request list, a request and its responses page, in each language."""

import datetime
import re
from decimal import Decimal

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect

from certification.tests import factories as certification_factories
from courses.tests import factories as course_factories
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import PASSWORD, NetworkFactory, OrganisationFactory, member
from intranet.pages.tests import factories as page_factories
from intranet.volunteering.models import HoursEntry, HoursStatus, ResponseStatus, VolunteerResponse
from intranet.volunteering.tests import factories

from .steps import DIRECTION, LANGUAGES, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

BLOCKING_IMPACTS = {"serious", "critical"}
VOLUNTEER = "خديجة بناني"
PROGRAMME = ("Førstehjælp", "الإسعافات الأولية", "Premiers secours")
COURSE_TITLE = ("Førstehjælp for frivillige", "الإسعافات الأولية للمتطوعين", "Premiers secours pour bénévoles")
TASK = "Førstehjælpsvagt ved loppemarkedet"
# A decimal as the page writes it: "2", "2.0" or "2.00" are all two hours.
NO_HOURS = re.compile(r"^0(\.0+)?$")
TWO_HOURS = re.compile(r"^2(\.0+)?$")


def build(*, volunteer_language: str = "ar", leader_language: str = "da"):
    """A network whose first-aid programme requires one course; an organisation asking for a first-aid duty that
    requires it (started a week ago, so hours can be logged); a volunteer of a sister organisation."""
    network = NetworkFactory()
    organisation = OrganisationFactory(city="Vejle")
    sister = OrganisationFactory(city="Tanger")
    network.organisations.add(organisation, sister)
    catalogue = course_factories.catalogue(page_factories.home_page(network))
    course = course_factories.course(catalogue, title=COURSE_TITLE, lessons=1)
    programme = certification_factories.programme(
        network, courses=[course], name_da=PROGRAMME[0], name_ar=PROGRAMME[1], name_fr=PROGRAMME[2]
    )
    leader = member(organisation, Role.LEADER, preferred_language=leader_language, full_name="Henrik Laursen")
    volunteer = member(sister, Role.VOLUNTEER, preferred_language=volunteer_language, full_name=VOLUNTEER)
    gated = factories.volunteer_request(
        organisation,
        leader=leader,
        programmes=[programme],
        title=TASK,
        kind="first_aid",
        starts_on=timezone.localdate() - datetime.timedelta(days=7),
    )
    return network, organisation, leader, volunteer, programme, course, gated


def test_arabic_volunteer_is_refused_without_the_certificate_and_accepted_with_it(page, new_context, live_server):
    network, organisation, leader, volunteer, programme, course, gated = build()

    sign_in(page, "ar", volunteer.email, PASSWORD)
    page.goto(f"/ar/volunteering/networks/{network.slug}/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    card = page.locator(f"[data-request='{gated.pk}']")
    expect(card).to_have_attribute("data-status", "open")
    card.get_by_role("link", name=TASK).click()
    expect(page).to_have_url(f"{live_server.url}/ar/volunteering/networks/{network.slug}/requests/{gated.pk}/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")

    # Refused: the certificate is missing, the page says which one and links the course that leads to it.
    eligibility = page.locator("#eligibility")
    expect(eligibility).to_have_attribute("data-eligibility", "certificates")
    expect(page.locator("#respond-form")).to_have_count(0)
    missing = eligibility.locator(f"[data-missing-programme='{programme.pk}']")
    expect(missing).to_contain_text(PROGRAMME[1])
    course_link = missing.get_by_role("link", name=COURSE_TITLE[1])
    expect(course_link).to_be_visible()
    course_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE_TITLE[1])
    page.go_back()

    # The course done, the certificate is issued; the same page now takes the response.
    certification_factories.certificate(
        programme, volunteer, expires_on=timezone.localdate() + datetime.timedelta(days=365)
    )
    page.reload()
    expect(page.locator("#eligibility")).to_have_attribute("data-eligibility", "ok")
    respond_form = page.locator("#respond-form")
    respond_form.locator("textarea[name=message]").fill("أستطيع الحضور يوم السبت ومعي حقيبة الإسعاف.")
    respond_form.locator("button[type=submit]").click()
    expect(page.locator("#eligibility")).to_have_attribute("data-eligibility", "responded")
    expect(page.locator("#eligibility [data-response]")).to_have_attribute("data-status", ResponseStatus.PENDING)
    response = VolunteerResponse.objects.get(request=gated, volunteer=volunteer)
    assert response.status == ResponseStatus.PENDING and response.message.startswith("أستطيع")
    assert any(leader.email in message.to for message in mail.outbox)

    # The Danish leader accepts the response.
    leader_page = new_context().new_page()
    sign_in(leader_page, "da", leader.email, PASSWORD)
    responses_url = f"/da/volunteering/organisations/{organisation.slug}/requests/{gated.pk}/responses/"
    leader_page.goto(responses_url)
    expect(leader_page.locator("html")).to_have_attribute("dir", "ltr")
    row = leader_page.locator(f"[data-response='{response.pk}']")
    expect(row).to_have_attribute("data-status", ResponseStatus.PENDING)
    expect(row.locator(f"[data-programme='{programme.pk}']")).to_have_attribute("data-held", "yes")
    row.locator("button[name=decision][value=accept]").click()
    expect(leader_page.locator(f"[data-response='{response.pk}']")).to_have_attribute(
        "data-status", ResponseStatus.ACCEPTED
    )
    response.refresh_from_db()
    assert response.status == ResponseStatus.ACCEPTED and response.decided_by == leader
    assert any(volunteer.email in message.to for message in mail.outbox)

    # The volunteer sees the acceptance and logs two hours given yesterday.
    page.reload()
    expect(page.locator("#eligibility [data-response]")).to_have_attribute("data-status", ResponseStatus.ACCEPTED)
    hours_form = page.locator("#hours-form")
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    hours_form.locator("input[name=date]").fill(yesterday.isoformat())
    hours_form.locator("input[name=hours]").fill("2")
    hours_form.locator("input[name=note]").fill("مناوبة الإسعاف في السوق")
    hours_form.locator("button[type=submit]").click()
    entry = HoursEntry.objects.get(response=response)
    assert (entry.date, entry.hours, entry.status) == (yesterday, Decimal("2.0"), HoursStatus.PENDING)
    expect(page.locator(f"#eligibility [data-hours='{entry.pk}']")).to_have_attribute(
        "data-status", HoursStatus.PENDING
    )
    page.goto("/ar/volunteering/me/")
    expect(page.locator("#confirmed-hours")).to_have_attribute("data-hours", NO_HOURS)
    expect(page.locator("#pending-hours")).to_have_attribute("data-hours", TWO_HOURS)

    # The leader confirms them.
    leader_page.goto(responses_url)
    hours_row = leader_page.locator(f"[data-response='{response.pk}'] [data-hours='{entry.pk}']")
    expect(hours_row).to_have_attribute("data-status", HoursStatus.PENDING)
    hours_row.locator("button[name=decision][value=confirm]").click()
    expect(leader_page.locator(f"[data-hours='{entry.pk}']")).to_have_attribute("data-status", HoursStatus.CONFIRMED)
    entry.refresh_from_db()
    assert entry.status == HoursStatus.CONFIRMED and entry.reviewed_by == leader

    # The volunteer's profile counts the confirmed hours and shows the certificate.
    page.reload()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("#confirmed-hours")).to_have_attribute("data-hours", TWO_HOURS)
    expect(page.locator("#pending-hours")).to_have_attribute("data-hours", NO_HOURS)
    expect(page.locator(f"[data-organisation='{organisation.slug}']")).to_be_visible()
    expect(page.locator(f"[data-certificate='{programme.pk}']")).to_contain_text(PROGRAMME[1])
    expect(page.locator(f"[data-response='{response.pk}']")).to_have_attribute("data-status", ResponseStatus.ACCEPTED)


def describe(page_name: str, violation: dict) -> str:
    nodes = "\n".join(
        f"      {', '.join(map(str, node['target']))}: {node.get('failureSummary', '').replace(chr(10), ' ')}"
        for node in violation["nodes"]
    )
    return f"  [{page_name}] {violation['id']} ({violation['impact']}): {violation['help']}\n{nodes}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_volunteering_pages_have_no_serious_accessibility_violations(new_context, language):
    """The list, a gated request refused for want of a certificate, a request with its hours form and table, and a
    leader's responses page with a waiting response and hours to confirm."""
    axe = Axe()
    network, organisation, leader, volunteer, programme, _course, gated = build(
        volunteer_language=language, leader_language=language
    )
    helper = member(volunteer.memberships.get().organisation, Role.VOLUNTEER, preferred_language=language)
    certification_factories.certificate(programme, helper)
    accepted = factories.response(gated, helper, accepted=True, leader=leader)
    factories.hours(accepted, hours=Decimal("3.0"))
    factories.volunteer_request(organisation, leader=leader, title="Lektiehjælp", mode="both", online_details="Zoom")
    waiting = member(volunteer.memberships.get().organisation, Role.VOLUNTEER, preferred_language=language)
    certification_factories.certificate(programme, waiting)
    factories.response(gated, waiting)
    found: list[tuple[str, dict]] = []

    def check(page: Page, page_name: str) -> None:
        page.wait_for_load_state()
        expect(page.locator("html")).to_have_attribute("dir", DIRECTION[language])
        found.extend((page_name, violation) for violation in axe.run(page).response["violations"])

    page = new_context().new_page()
    sign_in(page, language, volunteer.email, PASSWORD)
    page.goto(f"/{language}/volunteering/networks/{network.slug}/")
    check(page, "request list")
    page.goto(f"/{language}/volunteering/networks/{network.slug}/?eligible=on&q=zzz")
    check(page, "request list, nothing found")
    page.goto(f"/{language}/volunteering/networks/{network.slug}/requests/{gated.pk}/")
    expect(page.locator("#eligibility")).to_have_attribute("data-eligibility", "certificates")
    check(page, "request, certificate missing")

    helper_page = new_context().new_page()
    sign_in(helper_page, language, helper.email, PASSWORD)
    helper_page.goto(f"/{language}/volunteering/networks/{network.slug}/requests/{gated.pk}/")
    expect(helper_page.locator("#hours-form")).to_be_visible()
    check(helper_page, "request, accepted with hours")

    leader_page = new_context().new_page()
    sign_in(leader_page, language, leader.email, PASSWORD)
    leader_page.goto(f"/{language}/volunteering/organisations/{organisation.slug}/requests/{gated.pk}/responses/")
    expect(leader_page.locator("[data-response]")).to_have_count(2)
    check(leader_page, "responses")

    report = "\n".join(describe(name, violation) for name, violation in found)
    print(f"axe violations in {language}:\n{report or '  none'}")
    blocking = [(name, violation) for name, violation in found if violation["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"serious/critical accessibility violations in {language}:\n" + "\n".join(
        describe(name, violation) for name, violation in blocking
    )
