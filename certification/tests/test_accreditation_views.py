# ruff: noqa: F811 - the fixtures are imported from test_accreditation
"""Accreditation pages: who may see and do what, uploads through the form, conflicts, review, the public register."""

import datetime

import pytest
from django.utils import timezone

from certification import accreditation
from certification.models import AccreditationApplication, AccreditationEvent, AccreditationStatus, Evidence, Verdict
from intranet.organisations import services as organisation_services
from intranet.organisations.tests.factories import UserFactory, coordinator

from .test_accreditation import (  # noqa: F401 - fixtures
    PDF_BYTES,
    application,
    approved,
    criteria,
    foreign_leader,
    org_leader,
    org_volunteer,
    png_bytes,
    reviewer,
    sister_leader,
    sister_organisation,
    submitted,
    upload,
)

pytestmark = pytest.mark.django_db


def org_base(organisation):
    return f"/da/accreditation/organisations/{organisation.slug}/"


@pytest.fixture
def evidence(application, org_leader, criteria):
    answer = accreditation.criterion_answer_save(
        application=application,
        criterion=criteria[0],
        user=org_leader,
        statement="Se vedtægterne.",
        based_on_version=application.version,
        files=[upload("vedtaegter.pdf", PDF_BYTES)],
    )
    return answer.evidence.get()


def organisation_pages(organisation, application, criteria):
    base = org_base(organisation)
    return [
        base,
        f"{base}applications/{application.pk}/",
        f"{base}applications/{application.pk}/criteria/{criteria[0].pk}/",
    ]


def organisation_posts(organisation, network, application):
    base = org_base(organisation)
    return [
        f"{base}start/{network.slug}/",
        f"{base}applications/{application.pk}/submit/",
        f"{base}applications/{application.pk}/withdraw/",
    ]


# --- permissions -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["sister_leader", "foreign_leader", "nobody"])
def test_outsiders_get_404_everywhere_not_public(
    client, request, who, organisation, network, application, criteria, evidence
):
    person = UserFactory() if who == "nobody" else request.getfixturevalue(who)
    client.force_login(person)
    for url in organisation_pages(organisation, application, criteria):
        assert client.get(url).status_code == 404, url
    for url in organisation_posts(organisation, network, application):
        assert client.post(url, {"version": application.version}).status_code == 404, url
    assert client.get(f"/da/accreditation/evidence/{evidence.pk}/").status_code == 404
    application.refresh_from_db()
    assert application.status == AccreditationStatus.DRAFT


@pytest.mark.parametrize("who", ["foreign_leader", "nobody"])
def test_outsiders_of_the_network_get_404_on_the_queue(client, request, who, network, submitted):
    client.force_login(UserFactory() if who == "nobody" else request.getfixturevalue(who))
    assert client.get(f"/da/accreditation/networks/{network.slug}/").status_code == 404
    assert client.get(f"/da/accreditation/networks/{network.slug}/applications/{submitted.pk}/").status_code == 404


def test_members_of_the_network_who_do_not_coordinate_get_403_on_the_queue(client, network, submitted, sister_leader):
    client.force_login(sister_leader)
    assert client.get(f"/da/accreditation/networks/{network.slug}/").status_code == 403
    response = client.post(
        f"/da/accreditation/networks/{network.slug}/applications/{submitted.pk}/",
        {"action": "return", "return-comment": "Nej", "return-version": submitted.version},
    )
    assert response.status_code == 403
    submitted.refresh_from_db()
    assert submitted.status == AccreditationStatus.SUBMITTED


def test_coordinator_of_another_network_gets_404(client, network, evidence, submitted):
    client.force_login(coordinator(network.__class__.objects.create(name="Andet", slug="andet")))
    assert client.get(f"/da/accreditation/networks/{network.slug}/applications/{submitted.pk}/").status_code == 404
    assert client.get(f"/da/accreditation/evidence/{evidence.pk}/").status_code == 404


def test_anonymous_is_sent_to_sign_in(client, organisation, network, evidence):
    for url in (
        org_base(organisation),
        f"/da/accreditation/networks/{network.slug}/",
        f"/da/accreditation/evidence/{evidence.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url


def test_volunteer_reads_but_gets_403_on_writes(
    client, organisation, network, application, criteria, org_volunteer, evidence
):
    client.force_login(org_volunteer)
    base = org_base(organisation)
    assert client.get(base).status_code == 200
    assert client.get(f"{base}applications/{application.pk}/").status_code == 200
    assert client.get(f"{base}applications/{application.pk}/criteria/{criteria[0].pk}/").status_code == 403
    response = client.post(
        f"{base}applications/{application.pk}/criteria/{criteria[0].pk}/",
        {"statement": "Ændret", "version": application.version},
    )
    assert response.status_code == 403
    for url in organisation_posts(organisation, network, application):
        assert client.post(url, {"version": application.version}).status_code == 403, url
    assert client.get(f"/da/accreditation/evidence/{evidence.pk}/").status_code == 200  # members may read evidence
    assert application.answers.get().statement == "Se vedtægterne."


def test_evidence_is_streamed_to_members_and_coordinators(client, evidence, org_leader, reviewer):
    for person in (org_leader, reviewer):
        client.force_login(person)
        response = client.get(f"/da/accreditation/evidence/{evidence.pk}/")
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PDF_BYTES
        assert response["Content-Type"] == "application/pdf"
        assert "attachment" in response["Content-Disposition"]


# --- the leader's pages ------------------------------------------------------------------------------------------


def test_leader_starts_answers_with_evidence_and_submits(client, organisation, network, org_leader, criteria):
    client.force_login(org_leader)
    page = client.get(org_base(organisation))
    assert f'data-start="{network.slug}"'.encode() in page.content
    response = client.post(f"{org_base(organisation)}start/{network.slug}/")
    application = AccreditationApplication.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/applications/{application.pk}/")
    for item in criteria:
        application.refresh_from_db()
        response = client.post(
            f"{org_base(organisation)}applications/{application.pk}/criteria/{item.pk}/",
            {
                "statement": f"Svar om {item.title}",
                "version": application.version,
                "files": [upload("a.pdf", PDF_BYTES), upload("b.png", png_bytes(), "image/png")],
            },
        )
        assert response.status_code == 302
    assert Evidence.objects.count() == 4
    application.refresh_from_db()
    response = client.post(
        f"{org_base(organisation)}applications/{application.pk}/submit/", {"version": application.version}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == AccreditationStatus.SUBMITTED
    page = client.get(f"{org_base(organisation)}applications/{application.pk}/")
    assert b'data-status="submitted"' in page.content
    assert b'data-event="submitted"' in page.content


def test_submit_with_missing_answers_is_refused(client, organisation, application, org_leader):
    client.force_login(org_leader)
    client.post(f"{org_base(organisation)}applications/{application.pk}/submit/", {"version": application.version})
    application.refresh_from_db()
    assert application.status == AccreditationStatus.DRAFT


def test_a_refused_upload_keeps_what_was_typed(client, organisation, application, org_leader, criteria):
    client.force_login(org_leader)
    url = f"{org_base(organisation)}applications/{application.pk}/criteria/{criteria[0].pk}/"
    typed = "Vores bestyrelse mødes hver måned."
    response = client.post(
        url, {"statement": typed, "version": application.version, "files": [upload("fake.pdf", b"just text")]}
    )
    assert response.status_code == 400
    assert typed.encode() in response.content
    assert b"field--error" in response.content
    assert not Evidence.objects.exists() and not application.answers.exists()


def test_an_oversized_upload_is_refused_by_the_form(client, organisation, application, org_leader, criteria):
    client.force_login(org_leader)
    url = f"{org_base(organisation)}applications/{application.pk}/criteria/{criteria[0].pk}/"
    big = upload("big.pdf", PDF_BYTES + b"0" * accreditation.MAX_EVIDENCE_BYTES)
    response = client.post(url, {"statement": "Tekst", "version": application.version, "files": [big]})
    assert response.status_code == 400
    assert not Evidence.objects.exists()


def test_a_stale_save_is_refused_and_the_text_kept(client, organisation, application, org_leader, criteria):
    client.force_login(org_leader)
    url = f"{org_base(organisation)}applications/{application.pk}/criteria/{criteria[0].pk}/"
    loaded = application.version
    assert client.post(url, {"statement": "Den første", "version": loaded}).status_code == 302
    response = client.post(url, {"statement": "Den anden", "version": loaded})
    assert response.status_code == 400
    assert b"Den anden" in response.content
    assert application.answers.get().statement == "Den første"
    application.refresh_from_db()
    # The form now carries the current version, so saving again deliberately works.
    assert f'value="{application.version}"'.encode() in response.content
    assert client.post(url, {"statement": "Den anden", "version": application.version}).status_code == 302
    assert application.answers.get().statement == "Den anden"


# --- the coordinator's pages -------------------------------------------------------------------------------------


def test_coordinator_reviews_and_approves(client, network, submitted, reviewer):
    client.force_login(reviewer)
    queue = client.get(f"/da/accreditation/networks/{network.slug}/")
    assert f'data-application="{submitted.pk}"'.encode() in queue.content
    url = f"/da/accreditation/networks/{network.slug}/applications/{submitted.pk}/"
    page = client.get(url)
    assert page.status_code == 200 and b"data-approve-form" in page.content
    for answer in submitted.answers.all():
        submitted.refresh_from_db()
        response = client.post(
            url,
            {
                "action": "review",
                "answer": answer.pk,
                f"review-{answer.pk}-verdict": Verdict.MET,
                f"review-{answer.pk}-comment": "Godt",
                f"review-{answer.pk}-version": submitted.version,
            },
        )
        assert response.status_code == 302
    assert set(submitted.answers.values_list("verdict", flat=True)) == {Verdict.MET}
    submitted.refresh_from_db()
    past = {"action": "approve", "approve-valid_until": "2000-01-01", "approve-version": submitted.version}
    assert client.post(url, past).status_code == 400
    until = timezone.localdate() + datetime.timedelta(days=365)
    response = client.post(
        url, {"action": "approve", "approve-valid_until": until.isoformat(), "approve-version": submitted.version}
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == AccreditationStatus.APPROVED and submitted.valid_until == until
    page = client.get(url)
    assert b'data-event="approved"' in page.content and b"data-approve-form" not in page.content


def test_coordinator_returns_for_changes(client, network, submitted, reviewer):
    client.force_login(reviewer)
    url = f"/da/accreditation/networks/{network.slug}/applications/{submitted.pk}/"
    assert (
        client.post(url, {"action": "return", "return-comment": "", "return-version": submitted.version}).status_code
        == 400
    )
    response = client.post(
        url, {"action": "return", "return-comment": "Mangler regnskab", "return-version": submitted.version}
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == AccreditationStatus.RETURNED
    assert submitted.events.filter(action=AccreditationEvent.Action.RETURNED, comment="Mangler regnskab").exists()


def test_leader_who_coordinates_cannot_approve_own_organisation(client, network, submitted, org_leader):
    organisation_services.network_coordinator_add(network=network, user=org_leader)
    client.force_login(org_leader)
    url = f"/da/accreditation/networks/{network.slug}/applications/{submitted.pk}/"
    page = client.get(url)
    assert page.status_code == 200 and b"data-own-organisation" in page.content
    assert b"data-approve-form" not in page.content
    until = (timezone.localdate() + datetime.timedelta(days=365)).isoformat()
    response = client.post(
        url, {"action": "approve", "approve-valid_until": until, "approve-version": submitted.version}
    )
    assert response.status_code == 403
    submitted.refresh_from_db()
    assert submitted.status == AccreditationStatus.SUBMITTED


def test_stale_decision_is_refused(client, network, submitted, reviewer):
    client.force_login(reviewer)
    url = f"/da/accreditation/networks/{network.slug}/applications/{submitted.pk}/"
    stale = submitted.version
    answer = submitted.answers.first()
    accreditation.criterion_answer_review(
        answer=answer, user=reviewer, verdict=Verdict.MET, comment="", based_on_version=stale
    )
    response = client.post(url, {"action": "return", "return-comment": "Skriv mere", "return-version": stale})
    assert response.status_code == 400
    assert b"Skriv mere" in response.content
    submitted.refresh_from_db()
    assert submitted.status == AccreditationStatus.SUBMITTED


# --- public register ---------------------------------------------------------------------------------------------


def test_public_register_needs_no_sign_in(client, network, organisation, sister_organisation, reviewer, application):
    today = timezone.localdate()
    approved(
        AccreditationApplication.objects.create(organisation=sister_organisation, network=network),
        reviewer,
        today - datetime.timedelta(days=3),
    )
    other = AccreditationApplication.objects.create(organisation=organisation, network=network)
    approved(other, reviewer, today + datetime.timedelta(days=200))
    response = client.get(f"/da/accreditation/register/{network.slug}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert f'data-organisation="{organisation.slug}" data-state="accredited"' in content
    assert f'data-organisation="{sister_organisation.slug}" data-state="expired"' in content
    assert content.count("data-organisation=") == 2  # the draft is not listed


def test_register_of_unknown_network_is_404(client):
    assert client.get("/da/accreditation/register/no-such-network/").status_code == 404


def test_register_does_not_list_drafts_or_submitted(client, network, submitted):
    response = client.get(f"/ar/accreditation/register/{network.slug}/")
    assert response.status_code == 200
    assert b"data-organisation=" not in response.content


def test_review_page_query_count(client, network, submitted, reviewer, django_assert_max_num_queries):
    client.force_login(reviewer)
    with django_assert_max_num_queries(30):
        assert client.get(f"/da/accreditation/networks/{network.slug}/applications/{submitted.pk}/").status_code == 200


def test_queue_register_and_organisation_pages_query_counts(
    client, network, organisation, submitted, reviewer, org_leader, django_assert_max_num_queries
):
    approved(
        AccreditationApplication.objects.create(organisation=organisation, network=network),
        reviewer,
        timezone.localdate() + datetime.timedelta(days=90),
    )
    client.force_login(reviewer)
    with django_assert_max_num_queries(20):
        assert client.get(f"/da/accreditation/networks/{network.slug}/").status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get(f"/fr/accreditation/register/{network.slug}/").status_code == 200
    client.force_login(org_leader)
    with django_assert_max_num_queries(25):
        response = client.get(org_base(organisation))
    assert response.status_code == 200 and b"data-accredited" in response.content
