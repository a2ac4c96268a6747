"""The demo's competence directory: 30 offers of the demo organisations and two requests for help.

Descriptions are in the language the organisation works in: Tangier organisations in Arabic or French,
Danish ones in Danish. Loaded through the services by the `shabaka_demo_data` hook; only what is missing is added.
"""

from collections import Counter

from intranet.organisations.demo import EMAIL_DOMAIN
from intranet.organisations.models import Organisation, User

from . import services
from .models import Competence, CompetenceOffer, HelpRequest, Mode

# (organisation slug, competence slug, languages, mode, description)
OFFERS = (
    # --- the Tangier network ---
    (
        "dar-yasmine",
        "literacy",
        ("ar", "ary"),
        Mode.IN_PERSON,
        "دروس محو الأمية للنساء ثلاث مرات في الأسبوع، مع منهجية مجربة ومواد نقدمها للجمعيات الشريكة.",
    ),
    (
        "dar-yasmine",
        "psychosocial-support",
        ("ar", "ary", "fr"),
        Mode.IN_PERSON,
        "تكوين المتطوعات على الإنصات للنساء ضحايا العنف وتوجيههن نحو المساعدة المناسبة.",
    ),
    (
        "dar-yasmine",
        "fundraising",
        ("ar", "fr"),
        Mode.BOTH,
        "Nous partageons notre expérience des activités génératrices de revenus : couture, cuisine, ventes solidaires.",
    ),
    (
        "passerelle-jeunesse",
        "digital-skills",
        ("fr", "ar"),
        Mode.BOTH,
        "Ateliers numériques pour les jeunes et les bénévoles : bureautique, réseaux sociaux, sécurité en ligne.",
    ),
    (
        "passerelle-jeunesse",
        "volunteer-management",
        ("fr", "ary"),
        Mode.IN_PERSON,
        "Comment recruter, accueillir et fidéliser de jeunes bénévoles : nos outils de clubs de quartier.",
    ),
    (
        "espace-escale",
        "language-teaching",
        ("ary", "fr", "ar"),
        Mode.IN_PERSON,
        "Cours de darija et de français pour les personnes migrantes, avec des supports que nous pouvons prêter.",
    ),
    (
        "espace-escale",
        "legal-aid",
        ("fr", "ar", "en"),
        Mode.IN_PERSON,
        "Accompagnement administratif des personnes migrantes : titres de séjour, état civil, accès aux soins.",
    ),
    (
        "cercle-aines-kasbah",
        "older-people-minorities",
        ("ar", "ary", "zgh"),
        Mode.IN_PERSON,
        "خبرتنا في الوصول إلى المسنين المعزولين وإشراكهم في الوجبات الجماعية والزيارات المنزلية.",
    ),
    (
        "fondation-haqq",
        "legal-aid",
        ("fr", "ar"),
        Mode.BOTH,
        "Permanences juridiques gratuites : droit de la famille, droit du travail et droit au séjour.",
    ),
    (
        "fondation-haqq",
        "board-work",
        ("fr", "ar"),
        Mode.ONLINE,
        "Statuts, assemblée générale, rôle du bureau : nous aidons les associations à se mettre en règle.",
    ),
    (
        "secouristes-marshan",
        "first-aid",
        ("ar", "ary", "fr"),
        Mode.IN_PERSON,
        "دورات تدريبية في الإسعافات الأولية للمتطوعين والمدارس، مع شهادة مشاركة.",
    ),
    (
        "secouristes-marshan",
        "citizenship-courses",
        ("ar", "fr"),
        Mode.IN_PERSON,
        "ورشات حول المواطنة والمشاركة في الحي لفائدة الشباب والمتطوعين.",
    ),
    # --- Alliancen ---
    (
        "kvindernes-stue-norrebro",
        "older-people-minorities",
        ("da", "ar"),
        Mode.IN_PERSON,
        "Vi har erfaring med at invitere ældre kvinder med minoritetsbaggrund ind i fællesskabet "
        "via tolke og hjemmebesøg.",
    ),
    (
        "kvindernes-stue-norrebro",
        "fundraising",
        ("da",),
        Mode.BOTH,
        "Vi hjælper med ansøgninger til puljer og fonde, budget og afrapportering.",
    ),
    (
        "lektiecafeen-vollsmose",
        "volunteer-management",
        ("da", "en"),
        Mode.BOTH,
        "Sådan rekrutterer og fastholder vi 40 frivillige lektiehjælpere: introforløb, vagtplaner og anerkendelse.",
    ),
    (
        "lektiecafeen-vollsmose",
        "literacy",
        ("da", "ar"),
        Mode.IN_PERSON,
        "Læsestøtte for børn og forældre, der lærer dansk: materialer og metoder, vi gerne deler.",
    ),
    (
        "ungekraft-gellerup",
        "digital-skills",
        ("da", "en"),
        Mode.ONLINE,
        "Kurser i sociale medier, videoredigering og netsikkerhed for unge og frivillige.",
    ),
    (
        "ungekraft-gellerup",
        "communication",
        ("da",),
        Mode.BOTH,
        "Vi hjælper foreninger med at fortælle deres historie: pressemeddelelser, billeder og korte videoer.",
    ),
    (
        "vejviseren-aalborg",
        "citizenship-courses",
        ("da", "ar", "en"),
        Mode.IN_PERSON,
        "Medborgerskabskurser om demokrati, foreningsliv og rettigheder for nye borgere.",
    ),
    (
        "aeldrevennerne-esbjerg",
        "older-people-minorities",
        ("da",),
        Mode.IN_PERSON,
        "Besøgsvenner til ensomme ældre, også ældre med anden etnisk baggrund end dansk.",
    ),
    (
        "paragrafhjoernet-kolding",
        "legal-aid",
        ("da", "en"),
        Mode.BOTH,
        "Gratis juridisk rådgivning ved frivillige jurister: familieret, boligret og opholdstilladelser.",
    ),
    (
        "paragrafhjoernet-kolding",
        "board-work",
        ("da",),
        Mode.ONLINE,
        "Vedtægter, generalforsamling og bestyrelsens ansvar: vi gennemgår jeres papirer.",
    ),
    (
        "foerstehjaelpsvagten-vejle",
        "first-aid",
        ("da", "en"),
        Mode.IN_PERSON,
        "Førstehjælpskurser for frivillige og foreninger, også med hjertestarter.",
    ),
    (
        "moedrenetvaerket-ishoej",
        "psychosocial-support",
        ("da", "ar"),
        Mode.IN_PERSON,
        "Samtalegrupper for mødre og erfaring med at tale om trivsel i familien på flere sprog.",
    ),
    (
        "sprogcafeen-roskilde",
        "language-teaching",
        ("da", "en", "fr"),
        Mode.BOTH,
        "Sprogcafé hver uge: frivillige taler dansk med nye borgere. Vi deler vores samtalekort.",
    ),
    (
        "sundhedsguiderne-naestved",
        "first-aid",
        ("da", "ar"),
        Mode.IN_PERSON,
        "Sundhedsguider, der også underviser i grundlæggende førstehjælp på dansk og arabisk.",
    ),
    (
        "faelles-bord-fonden",
        "fundraising",
        ("da",),
        Mode.BOTH,
        "Fonden rådgiver små foreninger om fundraising og lokale sponsorater.",
    ),
    (
        "medborgerhuset-havnevang",
        "board-work",
        ("da",),
        Mode.IN_PERSON,
        "Kursus for nye bestyrelsesmedlemmer: roller, økonomi og gode møder.",
    ),
    (
        "pengeskolen-silkeborg",
        "digital-skills",
        ("da",),
        Mode.BOTH,
        "Hjælp til MitID, e-Boks og netbank for frivillige og borgere.",
    ),
    (
        "samtalerummet-slagelse",
        "psychosocial-support",
        ("da", "ar", "en"),
        Mode.BOTH,
        "Supervision af frivillige, der taler med flygtninge om svære oplevelser.",
    ),
)

# (asker e-mail, asker organisation, offering organisation, competence, message, how to reach them)
HELP_REQUESTS = (
    (
        f"leader.passerelle-jeunesse@{EMAIL_DOMAIN}",
        "passerelle-jeunesse",
        "secouristes-marshan",
        "first-aid",
        "Bonjour, nous aimerions une formation aux premiers secours pour douze animateurs de nos clubs en mai.",
        "+212 539 94 28 06, le matin",
    ),
    (
        f"leader.lektiecafeen-vollsmose@{EMAIL_DOMAIN}",
        "lektiecafeen-vollsmose",
        "kvindernes-stue-norrebro",
        "fundraising",
        "Hej! Vi skal søge en pulje til sommerlejr og vil gerne høre, hvordan I skriver budgettet.",
        "Ring efter kl. 16",
    ),
)


def offers_load(*, created: Counter) -> None:
    organisations = {organisation.slug: organisation for organisation in Organisation.objects.all()}
    competences = {competence.slug: competence for competence in Competence.objects.all()}
    for slug, competence_slug, languages, mode, description in OFFERS:
        organisation, competence = organisations.get(slug), competences.get(competence_slug)
        if organisation is None or competence is None:
            continue  # renamed or removed in the CMS: leave it out rather than fail the demo
        if CompetenceOffer.objects.active().filter(organisation=organisation, competence=competence).exists():
            continue
        leader = User.objects.filter(email=f"leader.{slug}@{EMAIL_DOMAIN}").first()
        services.competence_offer_create(
            organisation=organisation,
            competence=competence,
            description=description,
            contact=leader,
            languages=list(languages),
            mode=mode,
            created_by=leader,
        )
        created["competence offers"] += 1
    for email, asker_slug, slug, competence_slug, message, reach_me in HELP_REQUESTS:
        offer = (
            CompetenceOffer.objects.active().filter(organisation__slug=slug, competence__slug=competence_slug).first()
        )
        asker = User.objects.filter(email=email).first()
        if offer is None or asker is None or HelpRequest.objects.filter(offer=offer, asked_by=asker).exists():
            continue
        services.help_request_create(
            offer=offer,
            asked_by=asker,
            asker_organisation=organisations.get(asker_slug),
            message=message,
            reach_me=reach_me,
        )
        created["requests for help"] += 1
