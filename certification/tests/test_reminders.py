"""Expiry reminders: 60, 30 and 7 days before, once each, to the holder and their leaders, each in their language."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.formats import date_format

from certification import services, tasks
from certification.models import CertificateStatus, ExpiryReminder
from certification.reminders import reminder_due
from courses.tests import factories as course_factories
from intranet.organisations import services as organisation_services
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, member

from . import factories

pytestmark = pytest.mark.django_db


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def quiet_organisation(network):
    """An organisation of the network without leaders, so only holders are e-mailed."""
    organisation = OrganisationFactory()
    network.organisations.add(organisation)
    return organisation


def holder_expiring(programme, organisation, *, days: int | None, language="da", **fields):
    person = member(organisation, Role.VOLUNTEER, preferred_language=language)
    expires_on = in_days(days) if days is not None else None
    return factories.certificate(programme, person, expires_on=expires_on, language=language, **fields)


def recipients() -> list[str]:
    return sorted(address for message in mail.outbox for address in message.to)


@pytest.mark.parametrize(
    ("days", "due"),
    [(90, None), (61, None), (60, 60), (45, 60), (31, 60), (30, 30), (15, 30), (8, 30), (7, 7), (1, 7), (0, 7)]
    + [(-1, None)],
)
def test_which_reminder_is_due(days, due):
    today = datetime.date(2026, 5, 10)
    assert reminder_due(expires_on=today + datetime.timedelta(days=days), today=today) == due


def test_each_threshold_reminds_the_holder_once(programme, quiet_organisation):
    sixty = holder_expiring(programme, quiet_organisation, days=60)
    thirty = holder_expiring(programme, quiet_organisation, days=30)
    seven = holder_expiring(programme, quiet_organisation, days=7)
    holder_expiring(programme, quiet_organisation, days=61)  # not yet
    holder_expiring(programme, quiet_organisation, days=None)  # never expires

    assert tasks.certificate_reminders_send.call() == 3
    assert recipients() == sorted(certificate.holder.email for certificate in (sixty, thirty, seven))
    assert set(ExpiryReminder.objects.values_list("certificate", "days_before")) == {
        (sixty.pk, 60),
        (thirty.pk, 30),
        (thirty.pk, 60),
        (seven.pk, 7),
        (seven.pk, 30),
        (seven.pk, 60),
    }

    assert tasks.certificate_reminders_send.call() == 0  # run again the same day: nothing new
    assert len(mail.outbox) == 3


def test_each_reminder_goes_as_the_days_pass(programme, quiet_organisation):
    certificate = holder_expiring(programme, quiet_organisation, days=50)
    sent = []
    for days in (50, 40, 31, 30, 20, 8, 7, 3, 0, -1):
        certificate.expires_on = in_days(days)
        certificate.save(update_fields=["expires_on"])
        sent.append(tasks.certificate_reminders_send.call())
    assert sent == [1, 0, 0, 1, 0, 0, 1, 0, 0, 0]
    assert len(mail.outbox) == 3
    assert sorted(ExpiryReminder.objects.values_list("days_before", flat=True)) == [7, 30, 60]


def test_a_skipped_day_loses_nothing_and_nothing_goes_late(programme, quiet_organisation):
    certificate = holder_expiring(programme, quiet_organisation, days=29)  # the 60 and 30 day runs were missed
    assert tasks.certificate_reminders_send.call() == 1  # the 30 day reminder, a day late
    certificate.expires_on = in_days(5)  # the 7 day run was missed too
    certificate.save(update_fields=["expires_on"])
    assert tasks.certificate_reminders_send.call() == 1
    assert tasks.certificate_reminders_send.call() == 0
    assert len(mail.outbox) == 2
    assert sorted(ExpiryReminder.objects.values_list("days_before", flat=True)) == [7, 30, 60]


def test_only_the_nearest_due_reminder_goes_out(programme, quiet_organisation):
    holder_expiring(programme, quiet_organisation, days=6)  # issued late, or every earlier run missed
    assert tasks.certificate_reminders_send.call() == 1
    assert len(mail.outbox) == 1
    assert tasks.certificate_reminders_send.call() == 0


def test_revoked_superseded_and_expired_certificates_get_nothing(programme, quiet_organisation, network_coordinator):
    revoked = holder_expiring(programme, quiet_organisation, days=7)
    services.certificate_revoke(certificate=revoked, by=network_coordinator, reason="Copied")
    holder_expiring(programme, quiet_organisation, days=7, status=CertificateStatus.EXPIRED)
    holder_expiring(programme, quiet_organisation, days=-1)  # past its date, not yet marked expired
    old = holder_expiring(programme, quiet_organisation, days=30)
    # A renewal that left the old certificate active would still not remind about the old one.
    factories.certificate(programme, old.holder, status=CertificateStatus.EXPIRED, supersedes=old)
    mail.outbox.clear()

    assert tasks.certificate_reminders_send.call() == 0
    assert mail.outbox == []
    assert not ExpiryReminder.objects.exists()


def test_each_reader_gets_their_own_language(programme, organisation, learner, leader):
    learner.preferred_language = "ar"
    learner.save()
    leader.preferred_language = "fr"
    leader.save()
    danish = member(organisation, Role.VOLUNTEER, preferred_language="da")
    for person in (learner, danish):
        factories.certificate(programme, person, expires_on=in_days(30), language="da")

    assert tasks.certificate_reminders_send.call() == 2
    to_arabic = [message for message in mail.outbox if message.to == [learner.email]]
    to_danish = [message for message in mail.outbox if message.to == [danish.email]]
    to_leader = [message for message in mail.outbox if message.to == [leader.email]]
    assert len(to_arabic) == len(to_danish) == 1
    assert len(to_leader) == 2  # one for each of the two volunteers
    assert "متطوع معتمد" in to_arabic[0].subject
    assert "متطوع معتمد" in to_arabic[0].body
    assert "http://testserver/ar/" in to_arabic[0].body
    assert "Certificeret frivillig" in to_danish[0].body
    assert "http://testserver/da/" in to_danish[0].body
    for message in to_leader:
        assert "Bénévole certifié" in message.body
        assert "http://testserver/fr/" in message.body
    assert learner.full_name in " ".join(message.body for message in to_leader)
    assert danish.full_name in " ".join(message.body for message in to_leader)


def test_the_expiry_date_is_written_the_readers_way(programme, quiet_organisation):
    certificate = holder_expiring(programme, quiet_organisation, days=30, language="fr")
    tasks.certificate_reminders_send.call()
    with translation.override("fr"):
        expected = date_format(certificate.expires_on, "DATE_FORMAT")
    assert expected in mail.outbox[0].body


def test_leaders_of_the_holders_organisations_in_the_network_get_a_copy(
    network, programme, organisation, learner, leader, outsider
):
    second_leader = member(organisation, Role.LEADER)
    member(organisation, Role.VOLUNTEER)  # a fellow volunteer: no copy
    # An organisation of the holder's outside the programme's network: its leader is not told.
    elsewhere = OrganisationFactory()
    NetworkFactory().organisations.add(elsewhere)
    member(elsewhere, Role.LEADER, email="elsewhere-leader@example.org")
    organisation_services.membership_create(user=learner, organisation=elsewhere, role=Role.VOLUNTEER)
    factories.certificate(programme, learner, expires_on=in_days(7))

    assert tasks.certificate_reminders_send.call() == 1
    assert recipients() == sorted([learner.email, leader.email, second_leader.email])


def test_a_leader_who_holds_the_certificate_gets_one_mail(programme, leader):
    factories.certificate(programme, leader, expires_on=in_days(7))
    assert tasks.certificate_reminders_send.call() == 1
    assert recipients() == [leader.email]


def test_the_reminder_points_to_the_renewal_course(programme, quiet_organisation, catalogue):
    renewal = course_factories.course(catalogue, title=("Genopfriskning", "تجديد", "Remise à niveau"))
    programme.renewal_course = renewal
    programme.save()
    holder_expiring(programme, quiet_organisation, days=30, language="fr")
    tasks.certificate_reminders_send.call()
    body = mail.outbox[0].body
    assert "Remise à niveau" in body
    assert "http://testserver/fr/" in body
    assert f"/{renewal.slug}/" in body


def test_without_a_renewal_course_the_reminder_lists_the_programmes_courses(
    programme, quiet_organisation, first_course, second_course
):
    holder_expiring(programme, quiet_organisation, days=30, language="ar")
    tasks.certificate_reminders_send.call()
    body = mail.outbox[0].body
    assert "الإسعافات الأولية" in body
    assert "قيادة المتطوعين" in body
    assert f"/{first_course.slug}/" in body
    assert f"/{second_course.slug}/" in body


def test_the_command_sends_with_a_progress_bar_and_says_how_many(programme, quiet_organisation):
    holder_expiring(programme, quiet_organisation, days=60)
    holder_expiring(programme, quiet_organisation, days=7)
    holder_expiring(programme, quiet_organisation, days=100)
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("send_certificate_reminders", stdout=stdout, stderr=stderr)
    assert "2" in stdout.getvalue()
    assert "2/2" in stderr.getvalue()  # the progress bar went through the two candidates (100 days: not one)
    assert len(mail.outbox) == 2

    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("send_certificate_reminders", stdout=stdout, stderr=stderr, verbosity=0)
    assert stdout.getvalue() == stderr.getvalue() == ""
    assert len(mail.outbox) == 2


def test_the_days_left_are_counted_in_the_holders_time_zone(programme, quiet_organisation, monkeypatch):
    # 22:30 UTC: already 11 May in Copenhagen, still 10 May in Los Angeles.
    moment = datetime.datetime(2026, 5, 10, 22, 30, tzinfo=datetime.UTC)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    copenhagen = holder_expiring(programme, quiet_organisation, days=None)
    los_angeles = holder_expiring(programme, quiet_organisation, days=None)
    los_angeles.holder.time_zone = "America/Los_Angeles"
    los_angeles.holder.save()
    for certificate in (copenhagen, los_angeles):
        certificate.expires_on = datetime.date(2026, 5, 18)
        certificate.save(update_fields=["expires_on"])

    assert tasks.certificate_reminders_send.call() == 2
    assert set(ExpiryReminder.objects.filter(certificate=copenhagen).values_list("days_before", flat=True)) == {
        7,
        30,
        60,
    }
    assert set(ExpiryReminder.objects.filter(certificate=los_angeles).values_list("days_before", flat=True)) == {
        30,
        60,
    }
