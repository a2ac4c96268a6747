"""axe-core on the certification and accreditation pages, in Danish, Arabic and French: the holder's certificates
(with the copy button for the verification link), public verification in every state, the coordinator's programme
page, an accreditation application, its review and the public register. No serious or critical violations."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache
from django.utils import timezone
from playwright.sync_api import Page, expect

from certification import accreditation
from certification.models import AccreditationCriterion, AccreditationStatus, CertificateStatus
from certification.tests import factories as certification_factories
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import PASSWORD, NetworkFactory, OrganisationFactory, coordinator, member

from .steps import DIRECTION, LANGUAGES, sign_in, t
from .test_accessibility import BLOCKING_IMPACTS, describe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

HOLDER = "فاطمة الزهراء الإدريسي"
PROGRAMME = {"name_da": "Certificeret frivillig", "name_ar": "متطوع معتمد", "name_fr": "Bénévole certifié"}
CRITERIA = [
    ("Ledelse", "القيادة", "Gouvernance"),
    ("Økonomi", "المالية", "Finances"),
]


def build(language: str) -> dict:
    """A network with a programme, a coordinator and two accreditation criteria; a holder with an active, an expired
    and a revoked certificate; an organisation accredited until next year and one whose application awaits review."""
    today = timezone.localdate()
    network = NetworkFactory()
    organisation = OrganisationFactory(city="Casablanca")
    network.organisations.add(organisation)
    network_coordinator = coordinator(network, full_name="Karim Coordinator", preferred_language=language)
    programme = certification_factories.programme(network, validity_months=24, **PROGRAMME)
    holder = member(organisation, Role.VOLUNTEER, full_name=HOLDER, preferred_language=language)
    colleague = member(organisation, Role.VOLUNTEER, full_name="Viggo Volunteer")
    certification_factories.certificate(programme, colleague)  # a second row with a revoke form
    certificates = {
        "active": certification_factories.certificate(
            programme, holder, expires_on=today + datetime.timedelta(days=700)
        ),
        "expired": certification_factories.certificate(
            programme,
            holder,
            status=CertificateStatus.EXPIRED,
            issued_at=timezone.now() - datetime.timedelta(days=800),
            expires_on=today - datetime.timedelta(days=30),
        ),
        "revoked": certification_factories.certificate(
            programme,
            holder,
            status=CertificateStatus.REVOKED,
            issued_at=timezone.now() - datetime.timedelta(days=400),
            revoked_at=timezone.now() - datetime.timedelta(days=3),
            revoked_by=network_coordinator,
            revoked_reason="Udstedt ved en fejl / صدرت عن طريق الخطأ",
        ),
    }

    for order, (title_da, title_ar, title_fr) in enumerate(CRITERIA):
        AccreditationCriterion.objects.create(
            network=network,
            title_da=title_da,
            title_ar=title_ar,
            title_fr=title_fr,
            guidance_da="Beskriv det.",
            guidance_ar="صف ذلك.",
            guidance_fr="Décrivez-le.",
            sort_order=order,
        )
    criteria = list(AccreditationCriterion.objects.filter(network=network).order_by("sort_order"))

    accredited = OrganisationFactory(city="Rabat")
    network.organisations.add(accredited)
    accredited_leader = member(accredited, Role.LEADER, preferred_language=language)
    approved = accreditation.accreditation_application_start(
        organisation=accredited, network=network, user=accredited_leader
    )
    approved.status = AccreditationStatus.APPROVED
    approved.valid_until = today + datetime.timedelta(days=365)
    approved.decided_at = timezone.now()
    approved.decided_by = network_coordinator
    approved.save()

    applicant = OrganisationFactory(city="Marrakech")
    network.organisations.add(applicant)
    applicant_leader = member(applicant, Role.LEADER, full_name="Latifa Leader", preferred_language=language)
    submitted = accreditation.accreditation_application_start(
        organisation=applicant, network=network, user=applicant_leader
    )
    for criterion in criteria:
        submitted.refresh_from_db()
        accreditation.criterion_answer_save(
            application=submitted,
            criterion=criterion,
            user=applicant_leader,
            statement=f"Vi opfylder {criterion.title_da}. نحن نستوفي هذا المعيار.",
            based_on_version=submitted.version,
        )
    submitted.refresh_from_db()
    accreditation.accreditation_application_submit(
        application=submitted, user=applicant_leader, based_on_version=submitted.version
    )
    submitted.refresh_from_db()
    return {
        "network": network,
        "programme": programme,
        "coordinator": network_coordinator,
        "holder": holder,
        "certificates": certificates,
        "applicant": applicant,
        "applicant_leader": applicant_leader,
        "submitted": submitted,
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_certification_pages_have_no_serious_accessibility_violations(new_context, language):
    cache.clear()  # verification lookups are rate limited per address
    data = build(language)
    axe = Axe()
    found: list[tuple[str, dict]] = []

    def check(page: Page, page_name: str) -> None:
        page.wait_for_load_state()
        expect(page.locator("html")).to_have_attribute("dir", DIRECTION[language])
        expect(page.locator("html")).to_have_attribute("lang", language)
        found.extend((page_name, violation) for violation in axe.run(page).response["violations"])

    # The holder: their certificates, and the copy button for a verification link.
    holder_context = new_context()
    holder_context.grant_permissions(["clipboard-read", "clipboard-write"])
    holder = holder_context.new_page()
    sign_in(holder, language, data["holder"].email, PASSWORD)
    holder.goto(f"/{language}/certificates/")
    expect(holder.get_by_role("heading", level=1)).to_have_text(t(language, "My certificates"))
    active = data["certificates"]["active"]
    card = holder.locator(f"[data-certificate='{active.pk}']")
    expect(card).to_have_attribute("data-state", "active")
    check(holder, "my certificates")
    copy_button = card.get_by_role("button", name=t(language, "Copy the link"))
    expect(copy_button).to_be_visible()
    copy_button.click()
    expect(card.get_by_role("status")).to_contain_text(t(language, "Link copied"))
    url = card.locator("[data-verification-url]").input_value()
    assert holder.evaluate("navigator.clipboard.readText()") == url
    assert f"/verify/{active.code}/" in url
    check(holder, "my certificates after copying")

    # Anyone: the form, then the verification page in each state.
    visitor = new_context().new_page()
    visitor.goto(f"/{language}/verify/")
    expect(visitor.locator(".certificate-verification")).to_have_attribute("data-state", "form")
    check(visitor, "verification form")
    for state, certificate in data["certificates"].items():
        response = visitor.goto(f"/{language}/verify/{certificate.code}/")
        assert response.status == 200
        expect(visitor.locator(".certificate-verification")).to_have_attribute("data-state", state)
        expect(visitor.locator(f"[data-result={state}]")).to_be_visible()
        check(visitor, f"verification: {state}")
    response = visitor.goto(f"/{language}/verify/no-such-code/")
    assert response.status == 404
    expect(visitor.locator(".certificate-verification")).to_have_attribute("data-state", "not_found")
    check(visitor, "verification: unknown code")
    visitor.goto(f"/{language}/accreditation/register/{data['network'].slug}/")
    expect(visitor.locator("[data-register] tbody tr")).to_have_count(1)
    check(visitor, "public register")

    # The coordinator: the programme's certificates, and the review of the submitted application.
    reviewer = new_context().new_page()
    sign_in(reviewer, language, data["coordinator"].email, PASSWORD)
    reviewer.goto(f"/{language}/certificates/programmes/{data['programme'].pk}/")
    expect(reviewer.locator("tr[data-certificate]")).to_have_count(4)
    ids = reviewer.eval_on_selector_all("[id]", "elements => elements.map(element => element.id)")
    assert len(ids) == len(set(ids)), "every revoke form's field needs its own id"
    check(reviewer, "programme certificates")
    reviewer.goto(f"/{language}/accreditation/networks/{data['network'].slug}/applications/{data['submitted'].pk}/")
    expect(reviewer.locator("[data-approve-form]")).to_be_visible()
    check(reviewer, "accreditation review")

    # The applicant's leader: the application as submitted.
    leader = new_context().new_page()
    sign_in(leader, language, data["applicant_leader"].email, PASSWORD)
    leader.goto(
        f"/{language}/accreditation/organisations/{data['applicant'].slug}/applications/{data['submitted'].pk}/"
    )
    expect(leader.locator("[data-criterion]")).to_have_count(len(CRITERIA))
    check(leader, "accreditation application")

    report = "\n".join(describe(name, violation) for name, violation in found)
    print(f"axe violations in {language}:\n{report or '  none'}")
    blocking = [(name, violation) for name, violation in found if violation["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"serious/critical accessibility violations in {language}:\n" + "\n".join(
        describe(name, violation) for name, violation in blocking
    )
