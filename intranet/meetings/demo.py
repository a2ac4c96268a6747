"""Demo meetings for both demo networks: a past one with minutes and action items, and an upcoming one.

A meeting's title and texts are written in one language (the meeting's own) and shown with dir="auto":
the Tangier network meets in French and Arabic, Alliancen in Danish. Only what is missing is added.
"""

from dataclasses import dataclass
from datetime import date, time, timedelta

from django.utils import timezone

from intranet.organisations import demo
from intranet.organisations.models import Membership, Network, Role, User

from . import services
from .models import Answer, NetworkMeeting, NetworkMeetingSettings


@dataclass(frozen=True)
class DemoAgendaItem:
    title: str
    minutes: int


@dataclass(frozen=True)
class DemoMeeting:
    title: str
    days_from_today: int
    start: time
    end: time
    address: str
    agenda: tuple[DemoAgendaItem, ...]
    languages: str
    minutes: str = ""
    decisions: str = ""
    actions: tuple[str, ...] = ()
    online_url: str = ""


MEETINGS = {
    "tanger": (
        DemoMeeting(
            title="Réunion du réseau – bilan de la rentrée",
            days_from_today=-30,
            start=time(10, 0),
            end=time(13, 0),
            address="Maison des associations, Boulevard Mohammed V, Tanger",
            languages="fr,ar",
            agenda=(
                DemoAgendaItem("Tour de table des associations", 30),
                DemoAgendaItem("Formation des bénévoles : calendrier de l'année", 45),
                DemoAgendaItem("Plaidoyer commun pour les jeunes migrants", 45),
            ),
            minutes=(
                "Douze associations étaient présentes. Le réseau a fait le bilan de la rentrée et a discuté "
                "du calendrier des formations."
            ),
            decisions="Le réseau organisera deux formations de bénévoles avant la fin de l'année.",
            actions=(
                "Envoyer le calendrier des formations à toutes les associations",
                "Préparer une note de plaidoyer",
            ),
        ),
        DemoMeeting(
            title="اجتماع الشبكة – التخطيط للسنة المقبلة",
            days_from_today=12,
            start=time(15, 0),
            end=time(18, 0),
            address="دار الجمعيات، شارع محمد الخامس، طنجة",
            languages="ar,fr",
            online_url="https://meet.example.org/tanger-reseau",
            agenda=(
                DemoAgendaItem("التخطيط للأنشطة المشتركة", 60),
                DemoAgendaItem("تقييم الدورات التدريبية", 40),
            ),
        ),
    ),
    "alliancen": (
        DemoMeeting(
            title="Netværksmøde – efterårets erfaringer",
            days_from_today=-21,
            start=time(17, 0),
            end=time(20, 0),
            address="Frivillighuset, Nørregade 12, København",
            languages="da",
            agenda=(
                DemoAgendaItem("Nyt fra foreningerne", 30),
                DemoAgendaItem("Fælles rekruttering af frivillige", 45),
            ),
            minutes="Ni foreninger deltog. Vi delte erfaringer med rekruttering og fastholdelse af frivillige.",
            decisions="Alliancen laver en fælles rekrutteringskampagne i foråret.",
            actions=("Udkast til kampagneplan", "Find lokaler til forårets kursusdag"),
        ),
        DemoMeeting(
            title="Netværksmøde – planlægning af foråret",
            days_from_today=9,
            start=time(17, 0),
            end=time(19, 30),
            address="Frivillighuset, Nørregade 12, København",
            languages="da,ar",
            agenda=(
                DemoAgendaItem("Kampagneplanen", 45),
                DemoAgendaItem("Kursusdag for frivillige", 30),
            ),
        ),
    ),
}


def meetings_demo_load(*, created) -> None:
    for network_data in demo.NETWORKS:
        network = Network.objects.filter(slug=network_data.slug).first()
        coordinator = User.objects.filter(email__iexact=demo.coordinator_email(network_data)).first()
        if network is None or coordinator is None:
            continue
        if not NetworkMeetingSettings.objects.filter(network=network).exists():
            services.meeting_settings_update(
                network=network, updated_by=coordinator, dilemma_of_the_day=True, dilemma_minutes=20
            )
        organisations = list(network.organisations.order_by("slug"))
        for number, data in enumerate(MEETINGS.get(network_data.slug, ())):
            if NetworkMeeting.objects.filter(network=network, title=data.title).exists():
                continue
            _meeting_load(network, network_data.time_zone, coordinator, organisations, number, data)
            created["meetings"] += 1


def _meeting_load(network, time_zone, coordinator, organisations, number, data: DemoMeeting) -> None:
    day: date = timezone.localdate() + timedelta(days=data.days_from_today)
    starts_at, ends_at = services.meeting_times(day=day, start=data.start, end=data.end, time_zone=time_zone)
    host = organisations[number % len(organisations)]
    meeting = services.meeting_create(
        network=network,
        created_by=coordinator,
        data={
            "title": data.title,
            "host_organisation": host,
            "address": data.address,
            "online_url": data.online_url,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "time_zone": time_zone,
            "languages": data.languages,
            "international_guests": 2 if network.slug == "tanger" else 0,
            "international_guests_note": "Alliancen" if network.slug == "tanger" else "",
        },
        dilemma_presenter=organisations[(number + 1) % len(organisations)],
    )
    for position, item in enumerate(data.agenda):
        services.agenda_item_add(
            meeting=meeting,
            added_by=coordinator,
            title=item.title,
            duration_minutes=item.minutes,
            presenter=organisations[(number + position + 2) % len(organisations)],
        )
    answers = (Answer.YES, Answer.YES, Answer.MAYBE, Answer.NO)
    leaders = Membership.objects.filter(organisation__in=organisations, role=Role.LEADER).select_related(
        "user", "organisation"
    )
    for position, membership in enumerate(leaders):
        answer = answers[position % len(answers)]
        services.rsvp_answer(meeting=meeting, answered_by=membership.user, answer=answer)
        services.rsvp_answer(
            meeting=meeting,
            answered_by=membership.user,
            organisation=membership.organisation,
            answer=answer,
            people=2 + position % 3,
            dietary_needs="Halal" if position % 2 else "",
        )
    if data.minutes:
        services.minutes_save(meeting=meeting, updated_by=coordinator, text=data.minutes, decisions=data.decisions)
        for position, title in enumerate(data.actions):
            services.action_item_add(
                meeting=meeting,
                added_by=coordinator,
                title=title,
                owner_organisation=organisations[position % len(organisations)],
                due_date=timezone.localdate() + timedelta(days=7 + 7 * position),
            )
