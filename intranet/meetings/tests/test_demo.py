"""The meetings part of `demo_data`: past and upcoming meetings of both networks, loaded once."""

import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from intranet.meetings.models import RSVP, ActionItem, AgendaItem, Minutes, NetworkMeeting
from intranet.organisations import demo
from intranet.organisations.models import User

pytestmark = pytest.mark.django_db

ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


def load() -> str:
    stdout = io.StringIO()
    call_command("demo_data", force=True, quiet=True, stdout=stdout, stderr=io.StringIO())
    return stdout.getvalue()


def test_demo_meetings_for_both_networks_once(client):
    load()
    counts = [model.objects.count() for model in (NetworkMeeting, AgendaItem, RSVP, Minutes, ActionItem)]
    now = timezone.now()
    for network in demo.NETWORKS:
        meetings = NetworkMeeting.objects.filter(network__slug=network.slug)
        assert meetings.filter(starts_at__lt=now).exists() and meetings.filter(starts_at__gt=now).exists()
        for meeting in meetings:
            dilemma = meeting.agenda_items.get(is_dilemma=True)
            assert dilemma.presenter is not None and meeting.agenda_items.count() >= 3
            assert meeting.rsvps.filter(organisation__isnull=False).exists()
            assert meeting.time_zone == network.time_zone
        past = meetings.filter(starts_at__lt=now).get()
        assert past.minutes.text and past.action_items.count() == 2
    titles = list(NetworkMeeting.objects.values_list("title", flat=True))
    assert any(ARABIC_LETTER.search(title) for title in titles)
    assert any("Réunion" in title for title in titles) and any("Netværksmøde" in title for title in titles)

    load()
    assert [model.objects.count() for model in (NetworkMeeting, AgendaItem, RSVP, Minutes, ActionItem)] == counts

    # The upcoming Tangier meeting shows the open actions of the past one, to the network's leaders.
    leader = next(demo.organisation_people(demo.TANGER.organisations[0]))[0]
    client.force_login(User.objects.get(email=leader))
    upcoming = NetworkMeeting.objects.filter(network__slug="tanger", starts_at__gt=now).get()
    html = client.get(f"/fr/meetings/{upcoming.pk}/").content.decode()
    assert "Envoyer le calendrier des formations" in html
