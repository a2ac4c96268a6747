"""Build programmes and certificates for tests; courses come from the courses app's factories."""

import itertools

from django.utils import timezone

from certification.models import Certificate, Programme, ProgrammeCourse
from courses.models import Enrolment

_counter = itertools.count(1)


def programme(network, *, courses=(), **fields) -> Programme:
    number = next(_counter)
    fields.setdefault("name_da", f"Certificering {number}")
    fields.setdefault("name_ar", f"برنامج الشهادة {number}")
    fields.setdefault("name_fr", f"Parcours {number}")
    fields.setdefault("signatory_name", "Hanne Hansen")
    fields.setdefault("signatory_title_da", "Koordinator")
    fields.setdefault("signatory_title_ar", "منسقة")
    fields.setdefault("signatory_title_fr", "Coordinatrice")
    programme = Programme.objects.create(network=network, **fields)
    for order, course in enumerate(courses):
        ProgrammeCourse.objects.create(programme=programme, course=course, sort_order=order)
    return programme


def complete(user, course, *, completed=True) -> Enrolment:
    """`user`'s enrolment on `course`, completed now (or just started)."""
    enrolment, _created = Enrolment.objects.update_or_create(
        user=user, course=course, defaults={"completed_at": timezone.now() if completed else None}
    )
    return enrolment


def certificate(programme, holder, **fields) -> Certificate:
    fields.setdefault("language", holder.preferred_language or "da")
    return Certificate.objects.create(programme=programme, holder=holder, **fields)
