"""The demo campaign "Retshjælp for alle" of three Alliancen organisations: its forum with threads, a timeline, and
a joint letter with revisions, a comment, an Arabic version and two signatures, open for more.

Loaded through the services by the `shabaka_demo_data` hook (register `campaigns_load`); nothing is added twice.
"""

import datetime

from django.utils import timezone

from intranet.organisations.demo import EMAIL_DOMAIN
from intranet.organisations.models import Network, Organisation, User

from . import campaign_services as services
from . import services as forum_services
from .campaign_models import Campaign, PaperKind, PaperStatus

NETWORK = "alliancen"
LEAD = "vejviseren-aalborg"
PARTNERS = ("kvindernes-stue-norrebro", "lektiecafeen-vollsmose")
SLUG = "retshjaelp-for-alle"

TITLE = {
    "title_da": "Retshjælp for alle",
    "title_ar": "المساعدة القانونية للجميع",
    "title_fr": "L'aide juridique pour tous",
}
GOAL = {
    "goal_da": "Gratis retshjælp skal være tilgængelig for alle nytilkomne, uanset sprog og bopæl.",
    "goal_ar": "يجب أن تكون المساعدة القانونية المجانية متاحة لجميع الوافدين الجدد، بغض النظر عن اللغة ومكان السكن.",
    "goal_fr": "L'aide juridique gratuite doit être accessible à toutes les personnes nouvellement arrivées.",
}

THREADS = (
    (
        "Hvem skal vi skrive til?",
        (
            (LEAD, "Jeg foreslår, at vi skriver til justitsministeren og til kommunernes integrationsudvalg."),
            (PARTNERS[0], "Enig. Lad os også sende brevet til Folketingets retsudvalg."),
        ),
    ),
    (
        "Eksempler fra vores rådgivning",
        ((PARTNERS[1], "Vi har samlet ti anonyme eksempler fra lektiecaféen. De ligger i kampagnens dokumenter."),),
    ),
)

SECTIONS = (
    ("Indledning", "Vi er tre foreninger, der hver uge møder nytilkomne, som ikke kan få hjælp til deres sager."),
    ("Vores krav", "1. Gratis retshjælp i hele landet\n2. Tolkning ved alle samtaler"),
)


def _leader(slug: str) -> User | None:
    return User.objects.filter(email=f"leader.{slug}@{EMAIL_DOMAIN}").first()


def campaigns_load(*, created) -> None:
    network = Network.objects.filter(slug=NETWORK).first()
    if network is None or Campaign.objects.filter(slug=SLUG).exists():
        return
    organisations = {o.slug: o for o in Organisation.objects.filter(slug__in=(LEAD, *PARTNERS))}
    leaders = {slug: _leader(slug) for slug in (LEAD, *PARTNERS)}
    if len(organisations) < 3 or not all(leaders.values()):
        return
    lead, lead_leader = organisations[LEAD], leaders[LEAD]
    campaign = services.campaign_create(
        network=network, lead_organisation=lead, created_by=lead_leader, data={**TITLE, **GOAL, "status": "active"}
    )
    campaign.slug = SLUG
    campaign.save(update_fields=["slug"])
    for slug in PARTNERS:
        participant = services.campaign_invite(
            campaign=campaign, organisation=organisations[slug], invited_by=lead_leader
        )
        services.participation_accept(participant=participant, user=leaders[slug])
    created["campaigns"] += 1

    for title, posts in THREADS:
        (first_slug, first_body), *replies = posts
        thread = forum_services.thread_create(
            forum=campaign.forum, author=leaders[first_slug], title=title, body=first_body
        )
        for slug, body in replies:
            forum_services.post_create(thread=thread, author=leaders[slug], body=body)

    today = timezone.localdate()
    services.action_create(
        campaign=campaign,
        user=lead_leader,
        title="Brevet sendes til ministeriet",
        owner_organisation=lead,
        person=lead_leader,
        deadline=today + datetime.timedelta(days=21),
    )
    services.action_create(
        campaign=campaign,
        user=leaders[PARTNERS[1]],
        title="Ti eksempler samles og anonymiseres",
        owner_organisation=organisations[PARTNERS[1]],
        person=leaders[PARTNERS[1]],
        deadline=today + datetime.timedelta(days=7),
    )

    paper = services.paper_create(
        campaign=campaign,
        user=lead_leader,
        kind=PaperKind.JOINT_LETTER,
        language="da",
        title="Fælles henvendelse om retshjælp til nytilkomne",
        sections=SECTIONS,
    )
    first = paper.sections.get(order=1)
    services.section_save(
        section=first,
        user=leaders[PARTNERS[0]],
        heading="Indledning",
        body=SECTIONS[0][1] + " Særligt kvinder står ofte alene med deres sag.",
        base_revision=paper.revision_number,
        summary="Kvindernes situation tilføjet",
    )
    paper.refresh_from_db()
    services.section_add(
        paper=paper,
        user=leaders[PARTNERS[1]],
        heading="Eksempler",
        body="Vi har ti konkrete eksempler fra vores rådgivning, som vi gerne fremlægger.",
        summary="Eksempler",
    )
    services.comment_create(section=first, user=lead_leader, body="Kan vi nævne tallet fra sidste års rapport?")
    services.paper_create(
        campaign=campaign,
        user=leaders[PARTNERS[0]],
        kind=PaperKind.JOINT_LETTER,
        language="ar",
        title="رسالة مشتركة حول المساعدة القانونية للوافدين الجدد",
        sections=(("مقدمة", "نحن ثلاث جمعيات نلتقي كل أسبوع بوافدين جدد لا يحصلون على المساعدة في قضاياهم."),),
        translation_of=paper,
    )
    services.paper_transition(paper=paper, user=lead_leader, status=PaperStatus.REVIEW)
    services.paper_transition(paper=paper, user=lead_leader, status=PaperStatus.SIGNATURES)
    services.paper_sign(paper=paper, user=lead_leader, organisation=lead)
    services.paper_sign(paper=paper, user=leaders[PARTNERS[0]], organisation=organisations[PARTNERS[0]])
    created["papers"] += 1
