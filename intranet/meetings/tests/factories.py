"""Factories for meetings; people and organisations come from the organisations factories."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone

from intranet.meetings.models import AgendaItem, NetworkMeeting
from intranet.organisations.tests.factories import NetworkFactory


class NetworkMeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NetworkMeeting

    network = factory.SubFactory(NetworkFactory)
    title = factory.Sequence(lambda n: f"Netværksmøde {n}")
    address = "Nørregade 12, København"
    time_zone = "Europe/Copenhagen"
    starts_at = factory.LazyFunction(lambda: (timezone.now() + timedelta(days=10)).replace(microsecond=0))
    ends_at = factory.LazyAttribute(lambda meeting: meeting.starts_at + timedelta(hours=3))


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(NetworkMeetingFactory)
    title = factory.Sequence(lambda n: f"Punkt {n}")
    duration_minutes = 30
    order = factory.Sequence(lambda n: n)


def local(zone: str, *args) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone))
