import datetime
import threading
from io import StringIO

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone

from certification import services, tasks
from certification.models import Certificate, CertificateStatus
from courses import services as course_services
from courses.tests import factories as course_factories

from . import factories

pytestmark = pytest.mark.django_db


class Recorder:
    """Stands in for a task: records what was enqueued, and runs the real task if given one."""

    def __init__(self, task=None):
        self.task = task
        self.enqueued = []

    def enqueue(self, **kwargs):
        self.enqueued.append(kwargs)
        if self.task is not None:
            return self.task.enqueue(**kwargs)
        return None


def test_no_certificate_before_every_course_is_complete(programme, learner, first_course, second_course):
    factories.complete(learner, first_course)
    factories.complete(learner, second_course, completed=False)
    with pytest.raises(ValidationError):
        services.certificate_issue(holder=learner, programme=programme)
    assert not Certificate.objects.exists()


def test_a_programme_without_courses_is_never_issued_automatically(network, learner):
    with pytest.raises(ValidationError):
        services.certificate_issue(holder=learner, programme=factories.programme(network))


def test_automatic_issue_after_all_courses(programme, learner, first_course, second_course):
    learner.preferred_language = "fr"
    learner.save()
    factories.complete(learner, first_course)
    factories.complete(learner, second_course)
    certificate = services.certificate_issue(holder=learner, programme=programme)
    assert certificate.status == CertificateStatus.ACTIVE
    assert certificate.issued_by is None
    assert certificate.language == "fr"
    assert certificate.expires_on == programme.expiry_for(timezone.localdate())
    assert len(certificate.short_code) == 10


def test_issuing_again_returns_the_active_certificate(programme, learner, first_course, second_course):
    factories.complete(learner, first_course)
    factories.complete(learner, second_course)
    first = services.certificate_issue(holder=learner, programme=programme)
    again = services.certificate_issue(holder=learner, programme=programme)
    assert again.pk == first.pk
    assert Certificate.objects.count() == 1


def test_an_expired_certificate_is_superseded_by_a_new_one(programme, learner, first_course, second_course):
    factories.complete(learner, first_course)
    factories.complete(learner, second_course)
    old = factories.certificate(programme, learner, expires_on=timezone.localdate() - datetime.timedelta(days=1))
    new = services.certificate_issue(holder=learner, programme=programme)
    old.refresh_from_db()
    assert new.pk != old.pk
    assert old.status == CertificateStatus.EXPIRED
    assert new.supersedes == old
    assert old.superseded_by == new


def test_the_last_completed_course_issues_the_certificate_through_the_hook_and_task(
    network, catalogue, learner, django_capture_on_commit_callbacks, monkeypatch
):
    first = course_factories.course(catalogue, lessons=1)
    last = course_factories.course(catalogue)
    lesson = course_factories.lesson(last)
    programme = factories.programme(network, courses=[first, last])
    factories.complete(learner, first)
    course_services.enrolment_create(user=learner, course=last)
    issue_task = Recorder(tasks.certificates_issue_after_course)
    monkeypatch.setattr(tasks, "certificates_issue_after_course", issue_task)
    pdf_task = Recorder()
    monkeypatch.setattr(tasks, "certificate_pdf_store", pdf_task)

    with django_capture_on_commit_callbacks(execute=True):
        course_services.lesson_mark_done(user=learner, lesson=lesson)

    assert issue_task.enqueued == [{"user_id": learner.pk, "course_id": last.pk}]
    certificate = Certificate.objects.get(holder=learner, programme=programme)
    assert certificate.status == CertificateStatus.ACTIVE
    assert pdf_task.enqueued == [{"certificate_id": certificate.pk}]


def test_completing_a_course_of_an_unfinished_programme_issues_nothing(programme, learner, first_course):
    enrolment = factories.complete(learner, first_course)
    assert services.certificates_for_completed_course(enrolment=enrolment) == []
    assert tasks.certificates_issue_after_course.call(user_id=learner.pk, course_id=first_course.pk) == []
    assert not Certificate.objects.exists()


def test_the_pdf_task_stores_the_rendered_certificate_and_mails_it(programme, learner, mailoutbox):
    learner.preferred_language = "fr"
    learner.save()
    certificate = factories.certificate(programme, learner, language="fr")
    assert tasks.certificate_pdf_store.call(certificate_id=certificate.pk) is True
    certificate.refresh_from_db()
    assert certificate.pdf.name.endswith(".pdf")
    with certificate.pdf.open("rb") as file:
        assert file.read(5) == b"%PDF-"
    [message] = mailoutbox
    assert message.to == [learner.email]
    assert programme.name_fr in message.subject
    assert f"http://testserver/fr/verify/{certificate.code}/" in message.body
    assert certificate.short_code_display in message.body
    [(filename, content, mimetype)] = message.attachments
    assert mimetype == "application/pdf" and content.startswith(b"%PDF-")


def test_re_rendering_does_not_mail_again(programme, learner, mailoutbox):
    certificate = factories.certificate(programme, learner)
    tasks.certificate_pdf_store.call(certificate_id=certificate.pk, notify=False)
    assert mailoutbox == []


def test_a_coordinator_issues_by_hand_with_a_reason(programme, learner, network_coordinator):
    certificate = services.certificate_issue(
        holder=learner, programme=programme, issued_by=network_coordinator, reason="Merit from earlier training"
    )
    assert certificate.issued_by == network_coordinator
    assert certificate.reason == "Merit from earlier training"


def test_manual_issue_needs_a_reason(programme, learner, network_coordinator):
    with pytest.raises(ValidationError) as error:
        services.certificate_issue(holder=learner, programme=programme, issued_by=network_coordinator, reason="  ")
    assert "reason" in error.value.message_dict
    assert not Certificate.objects.exists()


@pytest.mark.parametrize("who", ["leader", "outsider", "learner"])
def test_only_a_coordinator_of_the_network_issues_by_hand(request, programme, learner, who):
    with pytest.raises(PermissionDenied):
        services.certificate_issue(
            holder=learner, programme=programme, issued_by=request.getfixturevalue(who), reason="Because"
        )
    assert not Certificate.objects.exists()


def test_a_coordinator_revokes_with_a_reason(programme, learner, network_coordinator):
    certificate = factories.certificate(programme, learner)
    services.certificate_revoke(certificate=certificate, by=network_coordinator, reason="Fraudulent quiz")
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.revoked_reason == "Fraudulent quiz"
    assert certificate.revoked_by == network_coordinator
    assert certificate.revoked_at is not None


def test_revoking_needs_a_reason(programme, learner, network_coordinator):
    certificate = factories.certificate(programme, learner)
    with pytest.raises(ValidationError):
        services.certificate_revoke(certificate=certificate, by=network_coordinator, reason="")
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.ACTIVE


@pytest.mark.parametrize("who", ["leader", "outsider", "learner"])
def test_only_a_coordinator_of_the_network_revokes(request, programme, learner, who):
    certificate = factories.certificate(programme, learner)
    with pytest.raises(PermissionDenied):
        services.certificate_revoke(certificate=certificate, by=request.getfixturevalue(who), reason="No")
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.ACTIVE


def test_after_revoking_the_person_can_be_certified_again(programme, learner, network_coordinator):
    certificate = factories.certificate(programme, learner)
    services.certificate_revoke(certificate=certificate, by=network_coordinator, reason="Mistake")
    new = services.certificate_issue(holder=learner, programme=programme, issued_by=network_coordinator, reason="Fixed")
    assert new.pk != certificate.pk
    assert new.status == CertificateStatus.ACTIVE


def test_the_nightly_task_marks_certificates_past_their_date_expired(programme, network, learner, leader):
    past = factories.certificate(programme, learner, expires_on=timezone.localdate() - datetime.timedelta(days=1))
    today = factories.certificate(programme, leader, expires_on=timezone.localdate())
    assert tasks.certificates_expire.call() == 1
    past.refresh_from_db()
    today.refresh_from_db()
    assert past.status == CertificateStatus.EXPIRED
    assert today.status == CertificateStatus.ACTIVE


# serialized_rollback: like the browser journeys, so the migrated data (content types, groups) is restored the same
# way after it; a plain transactional test would recreate it with other keys and break the journeys that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_simultaneous_issues_give_one_certificate(programme, learner, first_course, second_course, monkeypatch):
    """On PostgreSQL the 50 threads really run at once, each on its own connection; SQLite serialises writers
    anyway, so there they run one after another (same threads, same assertion)."""
    factories.complete(learner, first_course)
    factories.complete(learner, second_course)
    monkeypatch.setattr(tasks, "certificate_pdf_store", Recorder())
    concurrent = connection.vendor == "postgresql"
    barrier = threading.Barrier(50 if concurrent else 1)
    results, errors = [], []

    def issue():
        try:
            barrier.wait(timeout=30)
            results.append(services.certificate_issue(holder=learner, programme=programme).pk)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=issue) for _index in range(50)]
    for thread in threads:
        thread.start()
        if not concurrent:
            thread.join()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(results) == 50
    assert Certificate.objects.filter(holder=learner, programme=programme).count() == 1
    assert set(results) == {Certificate.objects.get().pk}


def test_manual_issue_is_for_members_of_the_network(programme, outsider, network_coordinator):
    with pytest.raises(ValidationError):
        services.certificate_issue(holder=outsider, programme=programme, issued_by=network_coordinator, reason="Yes")
    assert not Certificate.objects.exists()


@pytest.fixture
def renewal_course(catalogue, programme):
    course = course_factories.course(catalogue, title=("Genopfriskning", "تجديد", "Remise à niveau"))
    programme.renewal_course = course
    programme.save()
    return course


@pytest.mark.parametrize("days_left", [10, -10])
def test_the_renewal_course_renews_an_active_or_expired_certificate(programme, learner, renewal_course, days_left):
    old = factories.certificate(programme, learner, expires_on=timezone.localdate() + datetime.timedelta(days_left))
    enrolment = factories.complete(learner, renewal_course)
    [new] = services.certificates_for_completed_course(enrolment=enrolment)
    old.refresh_from_db()
    assert new.supersedes == old
    assert old.status == CertificateStatus.EXPIRED
    assert new.status == CertificateStatus.ACTIVE
    assert new.expires_on == programme.expiry_for(timezone.localdate())


def test_the_renewal_course_neither_certifies_nor_restores_a_revoked_certificate(
    programme, learner, leader, renewal_course, network_coordinator
):
    revoked = factories.certificate(programme, learner)
    services.certificate_revoke(certificate=revoked, by=network_coordinator, reason="Copied")
    assert services.certificates_for_completed_course(enrolment=factories.complete(learner, renewal_course)) == []
    assert services.certificates_for_completed_course(enrolment=factories.complete(leader, renewal_course)) == []
    assert Certificate.objects.filter(status=CertificateStatus.ACTIVE).count() == 0


def test_the_expire_command_marks_certificates_past_their_date(programme, learner):
    past = factories.certificate(programme, learner, expires_on=timezone.localdate() - datetime.timedelta(days=3))
    out = StringIO()
    call_command("expire_certificates", stdout=out)
    past.refresh_from_db()
    assert past.status == CertificateStatus.EXPIRED
    assert "1" in out.getvalue()
