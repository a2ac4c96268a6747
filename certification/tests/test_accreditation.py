"""Accreditation services and selectors: applying, evidence checks, review, history, versions, register, reminders."""

import datetime
import io

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from PIL import Image

from certification import accreditation
from certification.models import (
    AccreditationApplication,
    AccreditationCriterion,
    AccreditationEvent,
    AccreditationReminder,
    AccreditationStatus,
    Evidence,
    Verdict,
)
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, coordinator, member

pytestmark = pytest.mark.django_db

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def upload(name: str, content: bytes, content_type: str = "application/pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def criterion(network, title: str, order: int = 0, **fields) -> AccreditationCriterion:
    return AccreditationCriterion.objects.create(
        network=network,
        title_da=title,
        title_ar=f"{title} (ar)",
        title_fr=f"{title} (fr)",
        guidance_da="Beskriv det.",
        sort_order=order,
        **fields,
    )


@pytest.fixture
def criteria(network):
    return [criterion(network, "Ledelse", 1), criterion(network, "Økonomi", 2)]


@pytest.fixture
def org_leader(organisation):
    return member(organisation, Role.LEADER, full_name="Latifa Leader", preferred_language="ar")


@pytest.fixture
def org_volunteer(organisation):
    return member(organisation, Role.VOLUNTEER, full_name="Viggo Volunteer")


@pytest.fixture
def reviewer(network):
    return coordinator(network, full_name="Rania Reviewer")


@pytest.fixture
def sister_organisation(network):
    organisation = OrganisationFactory()
    network.organisations.add(organisation)
    return organisation


@pytest.fixture
def sister_leader(sister_organisation):
    return member(sister_organisation, Role.LEADER, full_name="Sofie Sister")


@pytest.fixture
def foreign_leader(db):
    organisation = OrganisationFactory()
    NetworkFactory().organisations.add(organisation)
    return member(organisation, Role.LEADER, full_name="Omar Outsider")


@pytest.fixture
def application(organisation, network, org_leader, criteria):
    return accreditation.accreditation_application_start(organisation=organisation, network=network, user=org_leader)


def answer_all(application, user, criteria):
    for item in criteria:
        application.refresh_from_db()
        accreditation.criterion_answer_save(
            application=application,
            criterion=item,
            user=user,
            statement=f"Vi opfylder {item.title}.",
            based_on_version=application.version,
        )
    application.refresh_from_db()
    return application


@pytest.fixture
def submitted(application, org_leader, criteria):
    answer_all(application, org_leader, criteria)
    accreditation.accreditation_application_submit(
        application=application, user=org_leader, based_on_version=application.version
    )
    application.refresh_from_db()
    return application


def approved(application, reviewer, valid_until):
    """Approve bypassing the future-date rule, for register and reminder tests."""
    application.status = AccreditationStatus.APPROVED
    application.valid_until = valid_until
    application.decided_at = timezone.now()
    application.decided_by = reviewer
    application.save()
    return application


# --- applying ----------------------------------------------------------------------------------------------------


def test_leader_starts_an_application_and_history_records_it(application, org_leader):
    assert application.status == AccreditationStatus.DRAFT
    assert list(application.events.values_list("action", "actor")) == [
        (AccreditationEvent.Action.STARTED, org_leader.pk)
    ]


def test_only_a_leader_of_the_organisation_may_start(organisation, network, org_volunteer, sister_leader, criteria):
    for person in (org_volunteer, sister_leader):
        with pytest.raises(PermissionDenied):
            accreditation.accreditation_application_start(organisation=organisation, network=network, user=person)
    assert not AccreditationApplication.objects.exists()


def test_organisation_must_belong_to_the_network(organisation, org_leader):
    with pytest.raises(ValidationError):
        accreditation.accreditation_application_start(
            organisation=organisation, network=NetworkFactory(), user=org_leader
        )


def test_one_open_application_per_network(application, organisation, network, org_leader):
    with pytest.raises(ValidationError):
        accreditation.accreditation_application_start(organisation=organisation, network=network, user=org_leader)


# --- evidence ----------------------------------------------------------------------------------------------------


def test_real_pdf_and_png_are_accepted_and_stored_under_random_names(application, org_leader, criteria):
    answer = accreditation.criterion_answer_save(
        application=application,
        criterion=criteria[0],
        user=org_leader,
        statement="Vedtægter vedlagt.",
        based_on_version=application.version,
        files=[upload("vedtaegter.pdf", PDF_BYTES), upload("bestyrelse.png", png_bytes(), "image/png")],
    )
    stored = {evidence.original_name: evidence for evidence in answer.evidence.all()}
    assert set(stored) == {"vedtaegter.pdf", "bestyrelse.png"}
    assert stored["vedtaegter.pdf"].content_type == "application/pdf"
    assert stored["bestyrelse.png"].content_type == "image/png"
    assert stored["bestyrelse.png"].file.name.startswith("accreditation/")
    assert "bestyrelse" not in stored["bestyrelse.png"].file.name
    actions = list(application.events.values_list("action", flat=True))
    assert actions.count(AccreditationEvent.Action.EVIDENCE_ADDED) == 2


@pytest.mark.parametrize(
    "name, content",
    [
        ("budget.pdf", b"This is only text pretending to be a PDF."),
        ("side.html", b"<html><script>alert(1)</script></html>"),
        ("billede.png", b"\x89PNG\r\n\x1a\n" + b"broken"),
    ],
)
def test_files_that_are_not_what_they_claim_are_refused_and_nothing_is_saved(
    application, org_leader, criteria, name, content
):
    version = application.version
    with pytest.raises(ValidationError) as raised:
        accreditation.criterion_answer_save(
            application=application,
            criterion=criteria[0],
            user=org_leader,
            statement="Tekst",
            based_on_version=version,
            files=[upload("ok.pdf", PDF_BYTES), upload(name, content)],
        )
    assert raised.value.error_dict["files"][0].code == "invalid_type"
    assert not Evidence.objects.exists()
    assert not application.answers.exists()
    application.refresh_from_db()
    assert application.version == version


def test_oversized_file_is_refused(application, org_leader, criteria):
    big = upload("stor.pdf", PDF_BYTES + b"0" * accreditation.MAX_EVIDENCE_BYTES)
    with pytest.raises(ValidationError) as raised:
        accreditation.criterion_answer_save(
            application=application,
            criterion=criteria[0],
            user=org_leader,
            statement="Tekst",
            based_on_version=application.version,
            files=[big],
        )
    assert raised.value.error_dict["files"][0].code == "too_large"
    assert not Evidence.objects.exists()


# --- versions ----------------------------------------------------------------------------------------------------


def test_a_stale_save_is_refused_and_the_newer_one_kept(application, org_leader, criteria):
    loaded = application.version
    accreditation.criterion_answer_save(
        application=application, criterion=criteria[0], user=org_leader, statement="Først", based_on_version=loaded
    )
    with pytest.raises(accreditation.StaleVersion):
        accreditation.criterion_answer_save(
            application=application, criterion=criteria[0], user=org_leader, statement="Senere", based_on_version=loaded
        )
    assert application.answers.get().statement == "Først"


# --- submit and review -------------------------------------------------------------------------------------------


def test_submit_requires_every_active_criterion(application, org_leader, criteria, network):
    criterion(network, "Gammelt", 9, active=False)
    accreditation.criterion_answer_save(
        application=application,
        criterion=criteria[0],
        user=org_leader,
        statement="Svar",
        based_on_version=application.version,
    )
    application.refresh_from_db()
    with pytest.raises(ValidationError) as raised:
        accreditation.accreditation_application_submit(
            application=application, user=org_leader, based_on_version=application.version
        )
    assert raised.value.code == "incomplete"
    application.refresh_from_db()
    assert application.status == AccreditationStatus.DRAFT
    answer_all(application, org_leader, criteria)
    accreditation.accreditation_application_submit(
        application=application, user=org_leader, based_on_version=application.version
    )
    application.refresh_from_db()
    assert application.status == AccreditationStatus.SUBMITTED and application.submitted_at is not None


def test_review_then_approve_until_a_future_date(submitted, reviewer):
    for answer in submitted.answers.all():
        submitted.refresh_from_db()
        accreditation.criterion_answer_review(
            answer=answer, user=reviewer, verdict=Verdict.MET, comment="Fint", based_on_version=submitted.version
        )
    submitted.refresh_from_db()
    with pytest.raises(ValidationError):
        accreditation.accreditation_application_approve(
            application=submitted,
            user=reviewer,
            valid_until=timezone.localdate(),
            based_on_version=submitted.version,
        )
    until = timezone.localdate() + datetime.timedelta(days=730)
    accreditation.accreditation_application_approve(
        application=submitted, user=reviewer, valid_until=until, based_on_version=submitted.version
    )
    submitted.refresh_from_db()
    assert submitted.status == AccreditationStatus.APPROVED
    assert submitted.valid_until == until and submitted.decided_by == reviewer
    assert accreditation.organisation_accredited(
        organisation=submitted.organisation, network=submitted.network, today=timezone.localdate()
    )
    actions = list(submitted.events.values_list("action", flat=True))
    assert actions[0] == AccreditationEvent.Action.STARTED
    assert actions.count(AccreditationEvent.Action.REVIEWED) == 2
    assert actions[-1] == AccreditationEvent.Action.APPROVED


def test_not_met_cannot_be_approved_and_return_needs_a_comment(submitted, reviewer, org_leader, criteria):
    answer = submitted.answers.first()
    accreditation.criterion_answer_review(
        answer=answer, user=reviewer, verdict=Verdict.NOT_MET, comment="Mangler", based_on_version=submitted.version
    )
    submitted.refresh_from_db()
    with pytest.raises(ValidationError):
        accreditation.accreditation_application_approve(
            application=submitted,
            user=reviewer,
            valid_until=timezone.localdate() + datetime.timedelta(days=30),
            based_on_version=submitted.version,
        )
    with pytest.raises(ValidationError):
        accreditation.accreditation_application_return(
            application=submitted, user=reviewer, comment="  ", based_on_version=submitted.version
        )
    accreditation.accreditation_application_return(
        application=submitted, user=reviewer, comment="Ret økonomien", based_on_version=submitted.version
    )
    submitted.refresh_from_db()
    assert submitted.status == AccreditationStatus.RETURNED
    assert submitted.events.last().comment == "Ret økonomien"
    # The leader can answer again and resubmit.
    answer_all(submitted, org_leader, criteria)
    accreditation.accreditation_application_submit(
        application=submitted, user=org_leader, based_on_version=submitted.version
    )
    submitted.refresh_from_db()
    assert submitted.status == AccreditationStatus.SUBMITTED


def test_a_leader_who_coordinates_the_network_cannot_review_their_own_organisation(submitted, org_leader, network):
    from intranet.organisations import services as organisation_services

    organisation_services.network_coordinator_add(network=network, user=org_leader)
    with pytest.raises(PermissionDenied):
        accreditation.accreditation_application_approve(
            application=submitted,
            user=org_leader,
            valid_until=timezone.localdate() + datetime.timedelta(days=365),
            based_on_version=submitted.version,
        )
    with pytest.raises(PermissionDenied):
        accreditation.criterion_answer_review(
            answer=submitted.answers.first(),
            user=org_leader,
            verdict=Verdict.MET,
            comment="",
            based_on_version=submitted.version,
        )
    submitted.refresh_from_db()
    assert submitted.status == AccreditationStatus.SUBMITTED


def test_coordinator_of_another_network_cannot_review(submitted):
    stranger = coordinator(NetworkFactory())
    with pytest.raises(PermissionDenied):
        accreditation.accreditation_application_return(
            application=submitted, user=stranger, comment="Nej", based_on_version=submitted.version
        )


def test_leader_cannot_edit_a_submitted_application(submitted, org_leader, criteria):
    with pytest.raises(ValidationError):
        accreditation.criterion_answer_save(
            application=submitted,
            criterion=criteria[0],
            user=org_leader,
            statement="Ændret",
            based_on_version=submitted.version,
        )


# --- register ----------------------------------------------------------------------------------------------------


def test_register_lists_valid_and_recently_expired_not_drafts(network, reviewer, sister_organisation, organisation):
    today = timezone.localdate()
    valid = approved(
        AccreditationApplication.objects.create(organisation=organisation, network=network),
        reviewer,
        today + datetime.timedelta(days=100),
    )
    expired = approved(
        AccreditationApplication.objects.create(organisation=sister_organisation, network=network),
        reviewer,
        today - datetime.timedelta(days=10),
    )
    draft_org = OrganisationFactory()
    network.organisations.add(draft_org)
    AccreditationApplication.objects.create(organisation=draft_org, network=network)
    entries = {
        application.pk: application.accredited_on(today)
        for application in accreditation.accreditation_register(network=network, today=today)
    }
    assert entries == {valid.pk: True, expired.pk: False}


def test_register_shows_only_the_latest_approval(network, reviewer, organisation):
    today = timezone.localdate()
    approved(
        AccreditationApplication.objects.create(organisation=organisation, network=network),
        reviewer,
        today + datetime.timedelta(days=5),
    )
    latest = approved(
        AccreditationApplication.objects.create(organisation=organisation, network=network),
        reviewer,
        today + datetime.timedelta(days=400),
    )
    assert list(accreditation.accreditation_register(network=network, today=today)) == [latest]


# --- reminders ---------------------------------------------------------------------------------------------------


def test_reminders_go_out_60_and_30_days_before_once_each_in_the_leaders_language(
    network, organisation, org_leader, reviewer
):
    today = timezone.localdate()
    application = approved(
        AccreditationApplication.objects.create(organisation=organisation, network=network),
        reviewer,
        today + datetime.timedelta(days=60),
    )
    assert accreditation.accreditation_reminders_send(today=today) == 1
    assert accreditation.accreditation_reminders_send(today=today) == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [org_leader.email]
    assert "/ar/accreditation/organisations/" in mail.outbox[0].body  # the leader reads Arabic
    assert accreditation.accreditation_reminders_send(today=today + datetime.timedelta(days=20)) == 0
    assert accreditation.accreditation_reminders_send(today=today + datetime.timedelta(days=30)) == 1
    assert accreditation.accreditation_reminders_send(today=today + datetime.timedelta(days=31)) == 0
    assert sorted(application.reminders.values_list("days_before", flat=True)) == [30, 60]
    assert len(mail.outbox) == 2


def test_reminder_command_shows_progress_and_sends_once(network, organisation, org_leader, reviewer):
    approved(
        AccreditationApplication.objects.create(organisation=organisation, network=network),
        reviewer,
        timezone.localdate() + datetime.timedelta(days=30),
    )
    out, err = io.StringIO(), io.StringIO()
    call_command("send_accreditation_reminders", stdout=out, stderr=err)
    call_command("send_accreditation_reminders", stdout=io.StringIO(), stderr=io.StringIO())
    assert "1/1" in err.getvalue()
    assert len(mail.outbox) == 1
    assert AccreditationReminder.objects.get().days_before == 30


def test_reminder_task(network, organisation, org_leader, reviewer):
    from certification import tasks

    approved(
        AccreditationApplication.objects.create(organisation=organisation, network=network),
        reviewer,
        timezone.localdate() + datetime.timedelta(days=59),
    )
    result = tasks.accreditation_reminders_send.enqueue()
    assert result.return_value == 1
