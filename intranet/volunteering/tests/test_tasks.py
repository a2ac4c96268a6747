"""E-mails: who gets them, in whose language, with which link; replies to a response go to the volunteer."""

import pytest
from django.urls import reverse
from django.utils import translation

from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member
from intranet.volunteering import services
from intranet.volunteering.models import VolunteerResponse
from intranet.volunteering.tasks import response_decided_send_email, response_received_send_email

from . import factories

pytestmark = pytest.mark.django_db


def url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return "http://testserver" + reverse(name, kwargs=kwargs)


def html_of(message) -> str:
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def test_response_received_goes_to_every_leader_in_their_language(
    organisation, leader, second_leader, open_request, volunteer, sister_leader, mailoutbox
):
    member(organisation, Role.LEADER, is_active=False)  # a leader who left the platform gets nothing
    member(organisation, Role.VOLUNTEER)  # not a leader
    arabic_leader = member(organisation, Role.LEADER, preferred_language="ar")
    response = factories.response(open_request, volunteer)
    response.message = "أستطيع المساعدة يوم السبت"
    response.save()

    response_received_send_email.enqueue(response_id=response.pk)

    by_recipient = {tuple(message.to): message for message in mailoutbox}
    assert set(by_recipient) == {(leader.email,), (second_leader.email,), (arabic_leader.email,)}
    kwargs = {"slug": organisation.slug, "pk": open_request.pk}
    for person, language in ((leader, "da"), (second_leader, "fr"), (arabic_leader, "ar")):
        message = by_recipient[(person.email,)]
        assert message.reply_to == [volunteer.email]
        link = url("volunteer_request_responses", language, **kwargs)
        assert link in message.body and link in html_of(message)
        assert f'lang="{language}"' in html_of(message)
        assert "أستطيع المساعدة يوم السبت" in message.body
        assert open_request.title in message.subject and "\n" not in message.subject
    assert 'dir="rtl"' in html_of(by_recipient[(arabic_leader.email,)])
    assert 'dir="ltr"' in html_of(by_recipient[(leader.email,)])
    assert by_recipient[(arabic_leader.email,)].body != by_recipient[(leader.email,)].body
    # The language of the page that enqueued the e-mail is back as it was.
    assert translation.get_language() == "da"


def test_a_volunteer_who_is_also_a_leader_is_not_told_about_their_own_response(
    organisation, leader, second_leader, open_request, mailoutbox
):
    response = factories.response(open_request, second_leader)
    response_received_send_email.enqueue(response_id=response.pk)
    assert [message.to for message in mailoutbox] == [[leader.email]]
    assert mailoutbox[0].reply_to == [second_leader.email]


def test_responding_emails_the_leaders_once_committed(
    open_request, leader, volunteer, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        services.volunteer_response_create(volunteer_request=open_request, volunteer=volunteer, message="Hej")
    [message] = mailoutbox
    assert message.to == [leader.email] and message.reply_to == [volunteer.email]


@pytest.mark.parametrize("decision", ["accept", "decline"])
def test_response_decided_goes_to_the_volunteer_in_their_language(
    network, open_request, leader, volunteer, mailoutbox, decision
):
    response = factories.response(open_request, volunteer)
    getattr(services, f"volunteer_response_{decision}")(response=response, decided_by=leader, note="Mange tak")

    response_decided_send_email.enqueue(response_id=response.pk)

    [message] = mailoutbox
    assert message.to == [volunteer.email]
    link = url("volunteer_request_detail", "ar", slug=network.slug, pk=open_request.pk)
    assert link in message.body and link in html_of(message)
    assert 'lang="ar"' in html_of(message) and 'dir="rtl"' in html_of(message)
    assert "Mange tak" in message.body
    assert open_request.title in message.subject


def test_accepted_and_declined_emails_differ(open_request, leader, volunteer, sister_organisation, mailoutbox):
    accepted = factories.response(open_request, volunteer)
    declined = factories.response(open_request, member(sister_organisation, Role.VOLUNTEER, preferred_language="ar"))
    services.volunteer_response_accept(response=accepted, decided_by=leader)
    services.volunteer_response_decline(response=declined, decided_by=leader)
    response_decided_send_email.enqueue(response_id=accepted.pk)
    response_decided_send_email.enqueue(response_id=declined.pk)
    first, second = mailoutbox
    assert first.subject != second.subject


def test_an_inactive_volunteer_is_not_emailed(open_request, leader, volunteer, mailoutbox):
    response = factories.response(open_request, volunteer)
    services.volunteer_response_decline(response=response, decided_by=leader)
    volunteer.is_active = False
    volunteer.save()
    response_decided_send_email.enqueue(response_id=response.pk)
    assert mailoutbox == []


def test_a_deleted_response_sends_nothing(open_request, leader, volunteer, mailoutbox):
    response = factories.response(open_request, volunteer)
    pk = response.pk
    VolunteerResponse.objects.filter(pk=pk).delete()
    response_received_send_email.enqueue(response_id=pk)
    response_decided_send_email.enqueue(response_id=pk)
    assert mailoutbox == []


def test_a_title_with_a_line_break_still_makes_a_one_line_subject(
    organisation, leader, volunteer, mailoutbox, open_request
):
    # Titles come from forms as one line, but a line break must never break the e-mail header.
    open_request.title = "Lektiehjælp\r\ni foreningshuset"
    open_request.save()
    response = factories.response(open_request, volunteer)
    response_received_send_email.enqueue(response_id=response.pk)
    [message] = mailoutbox
    assert "\n" not in message.subject and "\r" not in message.subject
    assert "Lektiehjælp" in message.subject and "foreningshuset" in message.subject
    message.message()  # the headers are valid
