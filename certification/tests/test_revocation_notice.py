"""When a certificate is revoked, the holder is told by e-mail, in their language, with the reason and the date."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import timezone, translation
from django.utils.formats import date_format

from certification import services, tasks
from certification.models import CertificateStatus

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(programme, learner):
    learner.preferred_language = "ar"
    learner.time_zone = "Africa/Casablanca"
    learner.save()
    return factories.certificate(programme, learner, language="da")


def test_the_holder_is_told_after_the_revocation_commits(
    certificate, learner, network_coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.certificate_revoke(certificate=certificate, by=network_coordinator, reason="نسخ الإجابات")
    assert mail.outbox == []  # nothing before the commit
    assert len(callbacks) == 1
    callbacks[0]()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [learner.email]
    assert "متطوع معتمد" in message.subject  # the holder's language, not the certificate's
    assert "متطوع معتمد" in message.body
    assert "نسخ الإجابات" in message.body
    certificate.refresh_from_db()
    with translation.override("ar"), timezone.override("Africa/Casablanca"):
        revoked_on = date_format(timezone.localtime(certificate.revoked_at), "DATE_FORMAT")
    assert revoked_on in message.body
    assert f"http://testserver/ar/verify/{certificate.code}/" in message.body


def test_the_notice_goes_through_the_task(
    certificate, learner, network_coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_revoke(certificate=certificate, by=network_coordinator, reason="Copied answers")
    assert [message.to for message in mail.outbox] == [[learner.email]]
    assert "Copied answers" in mail.outbox[0].body


def test_revoking_twice_tells_the_holder_once(certificate, network_coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_revoke(certificate=certificate, by=network_coordinator, reason="Copied")
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_revoke(certificate=certificate, by=network_coordinator, reason="Copied again")
    assert len(mail.outbox) == 1


def test_a_refused_revocation_tells_nobody(certificate, leader, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(PermissionDenied):
        services.certificate_revoke(certificate=certificate, by=leader, reason="No")
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.ACTIVE
    assert mail.outbox == []


def test_the_task_for_a_certificate_that_is_gone_does_nothing():
    assert tasks.certificate_revoked_notify.call(certificate_id=987654) is False
    assert mail.outbox == []


def test_revoking_from_the_coordinators_page_tells_the_holder(
    client, certificate, learner, network_coordinator, django_capture_on_commit_callbacks
):
    client.force_login(network_coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/da/certificates/{certificate.pk}/revoke/", {"reason": "Forfalsket"})
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[learner.email]]
    assert "Forfalsket" in mail.outbox[0].body
