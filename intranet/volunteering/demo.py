"""Demo volunteer requests for both networks (loaded by `manage.py demo_data` through the `shabaka_demo_data`
hook): ten requests with responses and hours, so the lists, the give-and-get page and the volunteers' profiles
show real numbers.

A request is written in one language by its organisation: Tangier organisations in French or Arabic, Alliancen's in
Danish. First-aid duties require the network's first-aid certificate (from the certification demo, which runs
before this one), and only demo people who hold it valid respond to them. Everything goes through the services, so
every rule holds; dates are relative to the day of loading. Requests are found by organisation and title, and only
what is missing is added.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from certification import demo as certification_demo
from certification.models import Programme
from intranet.organisations import demo as organisations_demo
from intranet.organisations.models import Network, Organisation, User

from . import selectors, services
from .models import InReturn, Mode, RequestKind, RequestStatus, ResponseStatus, VolunteerRequest, VolunteerResponse

TANGER = organisations_demo.TANGER.slug
ALLIANCEN = organisations_demo.ALLIANCEN.slug


def _email(prefix: str, organisation: str) -> str:
    return f"{prefix}.{organisation}@{organisations_demo.EMAIL_DOMAIN}"


@dataclass(frozen=True)
class DemoHours:
    days_ago: int
    hours: str
    note: str
    confirmed: bool


@dataclass(frozen=True)
class DemoResponse:
    email: str
    message: str
    outcome: str  # a `ResponseStatus`: pending, accepted or declined
    note: str = ""  # the leader's note to the volunteer
    hours: tuple[DemoHours, ...] = ()


@dataclass(frozen=True)
class DemoRequest:
    network: str
    organisation: str
    title: str
    description: str
    kind: str
    starts_in_days: int  # negative: started that many days ago
    ends_in_days: int | None
    schedule: str
    mode: str
    hours: str
    volunteers_needed: int
    languages: tuple[str, ...]
    in_return: tuple[str, ...]
    in_return_details: str
    address: str = ""
    online_details: str = ""
    first_aid_required: bool = False
    cancelled: bool = False
    responses: tuple[DemoResponse, ...] = ()


REQUESTS = (
    # --- the Tangier network (French and Arabic) ---
    DemoRequest(
        TANGER,
        "passerelle-jeunesse",
        "Parrainer de jeunes chercheurs d'emploi",
        "Nous cherchons des bénévoles pour accompagner des jeunes de 18 à 25 ans dans leur recherche d'emploi : "
        "CV, lettre de motivation, préparation aux entretiens et visites d'entreprises. Un rendez-vous par semaine "
        "pendant trois mois.",
        RequestKind.MENTORING,
        -30,
        60,
        "Une heure par semaine, le soir ou le samedi",
        Mode.BOTH,
        "20",
        3,
        ("fr", "ar", "ary"),
        (InReturn.TRAINING, InReturn.REFERENCE),
        "Une formation de deux jours au coaching et une attestation de bénévolat signée par l'association.",
        address="Maison de jeunes, Avenue Moulay Ismail, Tanger",
        online_details="Rendez-vous par visio ; le lien est envoyé par le jeune ou le coordinateur.",
        responses=(
            DemoResponse(
                _email("volunteer1", "fondation-haqq"),
                "Je suis juriste et j'ai déjà aidé des jeunes à préparer leurs entretiens. Disponible le samedi.",
                ResponseStatus.ACCEPTED,
                "Merci ! Première rencontre samedi à 10 h à la maison de jeunes.",
                hours=(
                    DemoHours(21, "4", "Atelier CV avec trois jeunes", confirmed=True),
                    DemoHours(14, "3", "Simulation d'entretiens", confirmed=True),
                    DemoHours(2, "2", "Visite d'une entreprise de la zone franche", confirmed=False),
                ),
            ),
            DemoResponse(
                _email("volunteer2", "dar-yasmine"),
                "J'aimerais accompagner des jeunes femmes, je parle français et darija.",
                ResponseStatus.PENDING,
            ),
        ),
    ),
    DemoRequest(
        TANGER,
        "dar-yasmine",
        "دعم مدرسي لأطفال الحي",
        "نبحث عن متطوعات ومتطوعين لمساعدة أطفال النساء المستفيدات من الجمعية في إنجاز واجباتهم المدرسية في "
        "العربية والفرنسية والرياضيات، مرتين في الأسبوع بمقر الجمعية.",
        RequestKind.HOMEWORK,
        -20,
        120,
        "الثلاثاء والخميس من الخامسة إلى السابعة مساءً",
        Mode.IN_PERSON,
        "4",
        2,
        ("ar", "ary", "fr"),
        (InReturn.TRAINING, InReturn.SKILL),
        "تكوين في الدعم التربوي وتقنيات التنشيط مع الأطفال.",
        address="مقر الجمعية، حي بني مكادة، طنجة",
        responses=(
            DemoResponse(
                _email("volunteer1", "cercle-aines-kasbah"),
                "أنا أستاذة متقاعدة وأستطيع المساعدة في العربية والرياضيات.",
                ResponseStatus.ACCEPTED,
                "مرحبا بك، ننتظرك يوم الثلاثاء.",
                hours=(
                    DemoHours(13, "2", "حصة الرياضيات مع تلاميذ الابتدائي", confirmed=True),
                    DemoHours(6, "2", "حصة القراءة بالعربية", confirmed=True),
                    DemoHours(1, "2", "مراجعة الفروض", confirmed=False),
                ),
            ),
            DemoResponse(
                _email("volunteer2", "passerelle-jeunesse"),
                "أستطيع المساعدة يوم السبت فقط.",
                ResponseStatus.DECLINED,
                "شكرا لك، نحتاج متطوعين يومي الثلاثاء والخميس. سنخبرك إن فتحنا حصة يوم السبت.",
            ),
        ),
    ),
    DemoRequest(
        TANGER,
        "passerelle-jeunesse",
        "Poste de secours au tournoi de football des quartiers",
        "Le tournoi réunit 200 jeunes sur deux jours. Nous cherchons deux secouristes bénévoles pour tenir le "
        "poste de premiers secours au bord du terrain. Le certificat de premiers secours du réseau est exigé.",
        RequestKind.FIRST_AID,
        12,
        13,
        "Samedi et dimanche, 9 h – 18 h",
        Mode.IN_PERSON,
        "16",
        2,
        ("fr", "ar"),
        (InReturn.EXPENSES, InReturn.REFERENCE),
        "Repas et transport pris en charge, attestation de participation.",
        address="Terrain municipal de Beni Makada, Tanger",
        first_aid_required=True,
        responses=(
            DemoResponse(
                _email("volunteer1", "secouristes-marshan"),
                "Je peux tenir le poste les deux jours avec ma trousse.",
                ResponseStatus.PENDING,
            ),
        ),
    ),
    DemoRequest(
        TANGER,
        "espace-escale",
        "Permanence d'accueil en ligne pour les personnes migrantes",
        "Répondre aux messages des personnes migrantes sur notre ligne WhatsApp : orienter vers les services de "
        "santé, l'aide juridique et les cours de langue du réseau. Une formation à l'écoute est donnée au départ.",
        RequestKind.ADVICE,
        -10,
        None,
        "Deux heures par semaine, au choix",
        Mode.ONLINE,
        "8",
        4,
        ("fr", "ar", "en"),
        (InReturn.TRAINING, InReturn.NETWORK),
        "Formation à l'écoute active et rencontres avec les associations partenaires.",
        online_details="Depuis chez vous, sur le téléphone de la permanence et un groupe de coordination.",
        responses=(
            DemoResponse(
                _email("volunteer2", "fondation-haqq"),
                "أتكلم العربية والإنجليزية ويمكنني المساعدة مساء الأربعاء.",
                ResponseStatus.PENDING,
            ),
        ),
    ),
    DemoRequest(
        TANGER,
        "cercle-aines-kasbah",
        "مسعف متطوع لنزهة المسنين إلى الرميلات",
        "ننظم نزهة لثلاثين مسنا إلى حديقة الرميلات، ونحتاج متطوعا حاصلا على شهادة الإسعافات الأولية للشبكة "
        "لمرافقة المجموعة طوال اليوم.",
        RequestKind.FIRST_AID,
        -14,
        -14,
        "يوم السبت من التاسعة صباحا إلى الرابعة بعد الزوال",
        Mode.IN_PERSON,
        "6",
        1,
        ("ar", "ary"),
        (InReturn.EXPENSES,),
        "النقل والغداء على حساب الجمعية.",
        address="حديقة الرميلات، طنجة",
        first_aid_required=True,
        responses=(
            DemoResponse(
                _email("volunteer1", "secouristes-marshan"),
                "Je suis disponible et j'apporte la trousse de l'association.",
                ResponseStatus.ACCEPTED,
                "شكرا جزيلا، الموعد في الثامنة والنصف أمام المقر.",
                hours=(DemoHours(14, "6", "Accompagnement de la sortie, deux petits soins", confirmed=True),),
            ),
        ),
    ),
    # --- Alliancen (Danish) ---
    DemoRequest(
        ALLIANCEN,
        "vejviseren-aalborg",
        "Mentorer for ledige med flygtningebaggrund",
        "Vi søger mentorer, der vil følge en ledig i et halvt år: hjælp med CV og ansøgninger, forberedelse til "
        "samtaler og en hånd i kontakten med jobcentret. I mødes et par timer hver anden uge.",
        RequestKind.MENTORING,
        -45,
        140,
        "Hver anden uge efter aftale",
        Mode.BOTH,
        "24",
        4,
        ("da", "en", "ar"),
        (InReturn.REFERENCE, InReturn.NETWORK, InReturn.TRAINING),
        "Mentorkursus på en aften, anbefaling efter et halvt år og netværksmøder med lokale virksomheder.",
        address="Vesterbro 48, Aalborg",
        online_details="Møder på video, hvis I ikke bor i nærheden af hinanden.",
        responses=(
            DemoResponse(
                _email("volunteer1", "sprogcafeen-roskilde"),
                "Jeg har været HR-konsulent i 20 år og vil gerne være mentor online.",
                ResponseStatus.ACCEPTED,
                "Velkommen! Vi kobler dig på Abdi, der søger job i logistik.",
                hours=(
                    DemoHours(30, "2", "Første møde og gennemgang af CV", confirmed=True),
                    DemoHours(16, "2", "Ansøgning til lagerjob", confirmed=True),
                    DemoHours(3, "1.5", "Forberedelse til jobsamtale", confirmed=False),
                ),
            ),
            DemoResponse(
                _email("volunteer1", "pengeskolen-silkeborg"),
                "Jeg kan hjælpe med budget og økonomi i overgangen til job.",
                ResponseStatus.ACCEPTED,
                "Tak, det er der brug for.",
                hours=(DemoHours(20, "3", "Budgetvejledning for to mentees", confirmed=True),),
            ),
            DemoResponse(
                _email("volunteer1", "faelles-bord-fonden"),
                "Jeg taler dansk og arabisk og har selv fået hjælp af en mentor.",
                ResponseStatus.PENDING,
            ),
        ),
    ),
    DemoRequest(
        ALLIANCEN,
        "lektiecafeen-vollsmose",
        "Lektiehjælpere til matematik og dansk",
        "Lektiecaféen har fået flere elever fra 7.-9. klasse, og vi mangler frivillige, der er gode til matematik "
        "og dansk. Der er kaffe, kage og et godt fællesskab.",
        RequestKind.HOMEWORK,
        -30,
        None,
        "Mandage og onsdage kl. 15-17",
        Mode.IN_PERSON,
        "4",
        3,
        ("da", "ar"),
        (InReturn.TRAINING, InReturn.SKILL),
        "Kursus i læsevejledning og erfaring med undervisning af tosprogede elever.",
        address="Vollsmose Allé 16, Odense",
        responses=(
            DemoResponse(
                _email("volunteer1", "ungekraft-gellerup"),
                "Jeg læser til ingeniør og kan tage matematik om onsdagen.",
                ResponseStatus.ACCEPTED,
                "Dejligt, vi ses onsdag kl. 15.",
                hours=(
                    DemoHours(23, "2", "Matematik med 8. klasse", confirmed=True),
                    DemoHours(9, "2", "Brøker og ligninger", confirmed=True),
                ),
            ),
            DemoResponse(
                _email("volunteer2", "kvindernes-stue-norrebro"),
                "Jeg er uddannet dansklærer og kan komme om mandagen.",
                ResponseStatus.PENDING,
            ),
        ),
    ),
    DemoRequest(
        ALLIANCEN,
        "ungekraft-gellerup",
        "Førstehjælpsvagt ved Gellerup Sommerfest",
        "Til sommerfesten kommer 1.500 gæster. Vi søger en frivillig med netværkets førstehjælpsbevis, der vil "
        "passe førstehjælpsteltet sammen med vores egne folk.",
        RequestKind.FIRST_AID,
        21,
        21,
        "Lørdag kl. 12-20",
        Mode.IN_PERSON,
        "8",
        1,
        ("da", "en"),
        (InReturn.EXPENSES, InReturn.NETWORK),
        "Kørsel betales, og der er mad og festivalbillet til hele familien.",
        address="Dortheavej, Aarhus V",
        first_aid_required=True,
        responses=(
            DemoResponse(
                _email("leader", "foerstehjaelpsvagten-vejle"),
                "Jeg tager gerne vagten og kan tage vores AED med.",
                ResponseStatus.ACCEPTED,
                "Fantastisk, tak! Vi sender en plan for dagen.",
            ),
        ),
    ),
    DemoRequest(
        ALLIANCEN,
        "sprogcafeen-roskilde",
        "Samtalepartnere til online sprogcafé",
        "Nye danskere øver dansk i små grupper på video. Du behøver ikke være lærer, bare lyst til at snakke og "
        "lytte. Vi sender emner til hver gang.",
        RequestKind.HOMEWORK,
        -7,
        None,
        "Torsdage kl. 19-20",
        Mode.ONLINE,
        "10",
        5,
        ("da",),
        (InReturn.SKILL,),
        "Du lærer at facilitere samtaler i grupper, og vi holder to fællesaftener om året.",
        online_details="Link til videomødet sendes hver torsdag kl. 18.",
    ),
    DemoRequest(
        ALLIANCEN,
        "aeldrevennerne-esbjerg",
        "Hjælpere til sommerudflugt for ældre",
        "Vi tager 40 ældre med bus til Ribe og har brug for hjælpere til at skubbe kørestole og hjælpe ved frokosten.",
        RequestKind.EVENT,
        40,
        40,
        "En hel lørdag",
        Mode.IN_PERSON,
        "9",
        6,
        ("da",),
        (InReturn.EXPENSES,),
        "Frokost og kaffe undervejs.",
        address="Afgang fra Kirkegade 10, Esbjerg",
        cancelled=True,
    ),
)


# --- loading ------------------------------------------------------------------------------------------------------


def requests_load(*, created: Counter) -> None:
    """Idempotent: 10 volunteer requests with responses and hours; only what is missing is added."""
    today = timezone.localdate()
    with transaction.atomic():
        networks = {network.slug: network for network in Network.objects.filter(slug__in=(TANGER, ALLIANCEN))}
        for data in REQUESTS:
            network = networks.get(data.network)
            organisation = Organisation.objects.filter(slug=data.organisation, networks=network).first()
            leader = User.objects.filter(email__iexact=_email("leader", data.organisation)).first()
            if network is None or organisation is None or leader is None:
                continue  # renamed or removed in the UI: leave it out rather than fail the demo
            volunteer_request = VolunteerRequest.objects.filter(organisation=organisation, title=data.title).first()
            if volunteer_request is None:
                volunteer_request = _request_load(data, network, organisation, leader, today)
                created["volunteer requests"] += 1
            for response_data in data.responses:
                _response_load(volunteer_request, response_data, leader, today, created)
            if data.cancelled and volunteer_request.status == RequestStatus.OPEN:
                services.volunteer_request_set_status(
                    volunteer_request=volunteer_request, status=RequestStatus.CANCELLED, changed_by=leader
                )


def _first_aid(network: Network) -> Programme | None:
    """The network's first-aid programme of the certification demo; None when its courses were not loaded."""
    return Programme.objects.filter(network=network, name_da=certification_demo.FIRST_AID_NAME.da).first()


def _request_load(
    data: DemoRequest, network: Network, organisation: Organisation, leader: User, today: datetime.date
) -> VolunteerRequest:
    programme = _first_aid(network) if data.first_aid_required else None
    return services.volunteer_request_create(
        organisation=organisation,
        network=network,
        created_by=leader,
        data={
            "title": data.title,
            "description": data.description,
            "kind": data.kind,
            "starts_on": today + datetime.timedelta(days=data.starts_in_days),
            "ends_on": today + datetime.timedelta(days=data.ends_in_days) if data.ends_in_days is not None else None,
            "schedule": data.schedule,
            "mode": data.mode,
            "address": data.address if data.mode != Mode.ONLINE else "",
            "city": organisation.city if data.mode != Mode.ONLINE else "",
            "online_details": data.online_details,
            "hours": Decimal(data.hours),
            "volunteers_needed": data.volunteers_needed,
            "languages": list(data.languages),
            "in_return": list(data.in_return),
            "in_return_details": data.in_return_details,
        },
        required_programmes=[programme] if programme is not None else [],
    )


def _response_load(
    volunteer_request: VolunteerRequest, data: DemoResponse, leader: User, today: datetime.date, created: Counter
) -> None:
    volunteer = User.objects.filter(email__iexact=data.email).first()
    if volunteer is None or VolunteerResponse.objects.filter(request=volunteer_request, volunteer=volunteer).exists():
        return
    volunteer_request.refresh_from_db(fields=["status"])
    required = set(volunteer_request.required_programmes.values_list("pk", flat=True))
    if volunteer_request.status != RequestStatus.OPEN or not required <= selectors.valid_programme_ids(
        user=volunteer, on=today
    ):
        # Someone changed the request, or the volunteer's certificate is gone: leave the response out.
        return
    # A request that has already ended was answered while it still ran.
    answered_on = min(today, volunteer_request.ends_on or today)
    response = services.volunteer_response_create(
        volunteer_request=volunteer_request, volunteer=volunteer, message=data.message, today=answered_on
    )
    created["volunteer responses"] += 1
    if data.outcome == ResponseStatus.DECLINED:
        services.volunteer_response_decline(response=response, decided_by=leader, note=data.note)
    elif data.outcome == ResponseStatus.ACCEPTED:
        response = services.volunteer_response_accept(response=response, decided_by=leader, note=data.note, today=today)
        for hours in data.hours:
            entry = services.hours_log(
                response=response,
                logged_by=volunteer,
                date=today - datetime.timedelta(days=hours.days_ago),
                hours=Decimal(hours.hours),
                note=hours.note,
                today=today,
            )
            created["volunteer hours"] += 1
            if hours.confirmed:
                services.hours_confirm(entry=entry, reviewed_by=leader)
