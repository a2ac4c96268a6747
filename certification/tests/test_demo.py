"""The certification demo (`certification.demo`): programmes on the demo courses in three languages, certificates
with stored PDFs for the people who completed them (one revoked, one expiring soon), accreditation at every stage;
loading it again adds nothing."""

import datetime
import html
import io
import re
from collections import Counter

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks

from certification import demo
from certification.models import (
    AccreditationApplication,
    AccreditationCriterion,
    AccreditationEvent,
    AccreditationStatus,
    Certificate,
    CertificateStatus,
    CriterionAnswer,
    Evidence,
    Programme,
    Verdict,
)
from certification.wagtail_hooks import certification_demo_load
from courses import demo as courses_demo
from intranet.pages.models import HomePage

pytestmark = pytest.mark.django_db

LANGUAGES = ("da", "ar", "fr")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
DOMAIN = "demo.shabaka.org"
HOLDERS = {
    # (network, programme's Danish name): holders' e-mails
    ("tanger", demo.FIRST_AID_NAME.da): {f"volunteer1.secouristes-marshan@{DOMAIN}"},
    ("tanger", "Frivilligleder"): {f"leader.dar-yasmine@{DOMAIN}"},
    ("alliancen", demo.FIRST_AID_NAME.da): {
        f"volunteer1.foerstehjaelpsvagten-vejle@{DOMAIN}",
        f"leader.foerstehjaelpsvagten-vejle@{DOMAIN}",
    },
    ("alliancen", "Fundraising og ledelse"): set(),
}


def load() -> None:
    """The whole demo, as `make demo` loads it: networks, people, library, courses and this demo (by the hook)."""
    call_command("demo_data", force=True, quiet=True, stdout=io.StringIO(), stderr=io.StringIO())


def stored_counts() -> list[int]:
    models = (
        Programme,
        Certificate,
        AccreditationCriterion,
        AccreditationApplication,
        CriterionAnswer,
        Evidence,
        AccreditationEvent,
    )
    return [model.objects.count() for model in models]


def test_demo_certification_and_a_second_load_adds_nothing(client):
    assert certification_demo_load in hooks.get_hooks("shabaka_demo_data")
    load()
    counts = stored_counts()

    check_programmes()
    check_certificates()
    check_accreditation(client)

    created = Counter()
    demo.certification_demo_load(created=created)
    courses_demo.courses_demo_load(created=created)
    demo.certification_demo_load(created=created)
    assert +created == Counter()
    assert stored_counts() == counts


def check_programmes():
    assert Programme.objects.count() == 4
    for (network, name), _holders in HOLDERS.items():
        programme = Programme.objects.get(network__slug=network, name_da=name)
        for field in ("name", "description", "signatory_title"):
            values = [getattr(programme, f"{field}_{language}") for language in LANGUAGES]
            assert all(values) and ARABIC_LETTER.search(values[1]), (name, field)
        assert programme.signatory_name == programme.network.coordinator_links.get().user.full_name
        courses = [link.course for link in programme.programme_courses.all()]
        home = HomePage.objects.get(network=programme.network)
        assert courses and all(course.is_descendant_of(home) for course in courses)
        if name == demo.FIRST_AID_NAME.da:
            assert [course.slug for course in courses] == ["first-aid-basics"]
            assert programme.validity_months == 24 and programme.renewal_course == courses[0]
    assert Programme.objects.get(name_da="Frivilligleder").validity_months is None
    assert Programme.objects.get(name_da="Fundraising og ledelse").validity_months == 36


def check_certificates():
    today = timezone.localdate()
    for (network, name), holders in HOLDERS.items():
        certificates = Certificate.objects.filter(programme__network__slug=network, programme__name_da=name)
        assert {certificate.holder.email for certificate in certificates} == holders, name
        for certificate in certificates:
            assert certificate.pdf and certificate.pdf.size > 1000, certificate
            with certificate.pdf.open("rb") as file:
                assert file.read(5) == b"%PDF-"

    revoked = Certificate.objects.get(status=CertificateStatus.REVOKED)
    assert revoked.programme.network.slug == "alliancen" and revoked.revoked_reason
    assert revoked.revoked_by.email == f"coordinator.alliancen@{DOMAIN}" and revoked.revoked_at is not None

    soon = Certificate.objects.get(holder__email=f"volunteer1.secouristes-marshan@{DOMAIN}")
    assert soon.status == CertificateStatus.ACTIVE and soon.expires_on == today + datetime.timedelta(days=20)
    leader = Certificate.objects.get(programme__name_da="Frivilligleder")
    assert leader.expires_on is None and leader.status == CertificateStatus.ACTIVE


def check_accreditation(client):
    today = timezone.localdate()
    for network in ("tanger", "alliancen"):
        criteria = AccreditationCriterion.objects.filter(network__slug=network)
        assert criteria.count() == 5
        for criterion in criteria:
            for field in ("title", "guidance"):
                values = [getattr(criterion, f"{field}_{language}") for language in LANGUAGES]
                assert all(values) and ARABIC_LETTER.search(values[1]), (criterion.title, field)

    approved = AccreditationApplication.objects.filter(status=AccreditationStatus.APPROVED)
    assert {application.organisation.slug for application in approved} == {"dar-yasmine", "kvindernes-stue-norrebro"}
    for application in approved:
        assert application.valid_until.year == today.year + 2 and application.accredited_on(today)
        assert application.answers.count() == 5
        assert set(application.answers.values_list("verdict", flat=True)) == {Verdict.MET}
        actions = list(application.events.values_list("action", flat=True))
        assert actions[0] == "started" and actions[-1] == "approved" and "submitted" in actions
        assert Evidence.objects.filter(answer__application=application).exists()

    waiting = AccreditationApplication.objects.get(status=AccreditationStatus.SUBMITTED)
    assert (waiting.network.slug, waiting.organisation.slug) == ("tanger", "passerelle-jeunesse")
    assert set(waiting.answers.values_list("verdict", flat=True)) == {Verdict.PENDING}
    returned = AccreditationApplication.objects.get(status=AccreditationStatus.RETURNED)
    assert (returned.network.slug, returned.organisation.slug) == ("alliancen", "lektiecafeen-vollsmose")
    assert returned.answers.filter(verdict=Verdict.NOT_MET).count() == 1
    assert returned.events.last().action == "returned" and returned.events.last().comment

    for network in ("tanger", "alliancen"):
        response = client.get(reverse("accreditation_register", kwargs={"network_slug": network}))
        assert response.status_code == 200
        content = html.unescape(response.content.decode())
        accredited = approved.get(network__slug=network).organisation
        assert any(getattr(accredited, f"name_{language}") in content for language in LANGUAGES), network
        assert "passerelle" not in content.lower() and "lektiecaf" not in content.lower()
