"""Load the certification demo: per network two programmes built on the demo courses, certificates for the demo
people who completed them (one revoked, one expiring soon), five accreditation criteria and organisations'
applications at every stage (accredited, waiting for review, returned for changes).

Idempotent and robust to the order of the demo loaders: courses are found by slug in the network's catalogue (a
network without one gets nothing that needs courses); programmes and criteria are found by their Danish name,
certificates and applications by person or organisation, and only what is missing is created. Everything goes
through the services (issuing, revoking, applying, reviewing), so the history and states are the real ones.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from courses import demo as courses_demo
from courses.demo_content import CATALOGUE_SLUG
from courses.models import CourseIndexPage, CoursePage, Enrolment
from intranet.organisations import demo as organisations_demo
from intranet.organisations.demo import Text
from intranet.organisations.models import Network, Organisation, User
from intranet.pages.models import Audience, HomePage

from . import accreditation, selectors, services
from .models import (
    AccreditationApplication,
    AccreditationCriterion,
    AccreditationStatus,
    Certificate,
    CertificateStatus,
    Programme,
    ProgrammeCourse,
    Verdict,
)

TANGER = organisations_demo.TANGER.slug
ALLIANCEN = organisations_demo.ALLIANCEN.slug
LANGUAGES = ("da", "ar", "fr")

FIRST_AID = "first-aid-basics"
LEADING = "leading-volunteers"
ETHICS = "ethics-and-confidentiality"
FUNDRAISING = "fundraising-for-small-associations"


def _email(prefix: str, organisation: str) -> str:
    return f"{prefix}.{organisation}@{organisations_demo.EMAIL_DOMAIN}"


# --- programmes -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoProgramme:
    network: str
    name: Text
    description: Text
    courses: tuple[str, ...]  # course slugs in the network's catalogue
    audience: str
    validity_months: int | None
    renewal_course: str | None = None


FIRST_AID_NAME = Text(
    da="Certificeret førstehjælpsfrivillig",
    ar="متطوع معتمد في الإسعافات الأولية",
    fr="Bénévole certifié en premiers secours",
)
FIRST_AID_DESCRIPTION = Text(
    da="For frivillige, der har gennemført kurset i grundlæggende førstehjælp. Fornyes med samme kursus.",
    ar="للمتطوعين الذين أتمّوا دورة أساسيات الإسعافات الأولية. يُجدَّد بإعادة الدورة نفسها.",
    fr="Pour les bénévoles ayant suivi le cours « Premiers secours : les bases ». Se renouvelle avec le même cours.",
)

PROGRAMMES = (
    DemoProgramme(
        TANGER,
        FIRST_AID_NAME,
        FIRST_AID_DESCRIPTION,
        (FIRST_AID,),
        Audience.VOLUNTEERS,
        24,
        renewal_course=FIRST_AID,
    ),
    DemoProgramme(
        TANGER,
        Text(da="Frivilligleder", ar="قائد المتطوعين", fr="Responsable de bénévoles"),
        Text(
            da="For ledere, der har gennemført kurserne i frivilligledelse og i etik og tavshedspligt.",
            ar="للقادة الذين أتمّوا دورتي قيادة المتطوعين والأخلاقيات والسرية.",
            fr="Pour les responsables ayant suivi les cours « Encadrer des bénévoles » et « Éthique et "
            "confidentialité ».",
        ),
        (LEADING, ETHICS),
        Audience.LEADERS,
        None,
    ),
    DemoProgramme(
        ALLIANCEN,
        FIRST_AID_NAME,
        FIRST_AID_DESCRIPTION,
        (FIRST_AID,),
        Audience.VOLUNTEERS,
        24,
        renewal_course=FIRST_AID,
    ),
    DemoProgramme(
        ALLIANCEN,
        Text(da="Fundraising og ledelse", ar="جمع التبرعات والقيادة", fr="Collecte de fonds et leadership"),
        Text(
            da="For ledere, der har gennemført frivilligledelse og fundraising for små foreninger.",
            ar="للقادة الذين أتمّوا دورتي قيادة المتطوعين وجمع التبرعات للجمعيات الصغيرة.",
            fr="Pour les responsables ayant suivi « Encadrer des bénévoles » et « Collecter des fonds pour les "
            "petites associations ».",
        ),
        (LEADING, FUNDRAISING),
        Audience.LEADERS,
        36,
    ),
)

SIGNATORY_TITLE = Text(da="Netværkskoordinator", ar="منسقة الشبكة", fr="Coordinatrice du réseau")

# Demo people who complete one more course here, so each network has more than one certificate to show.
EXTRA_LEARNERS = (
    courses_demo.Learner(TANGER, _email("leader", "dar-yasmine"), ETHICS, None),
    courses_demo.Learner(ALLIANCEN, _email("leader", "foerstehjaelpsvagten-vejle"), FIRST_AID, None),
)

# The states worth seeing: a Tangier first-aid certificate about to expire, an Alliancen one revoked.
EXPIRING_SOON = (TANGER, _email("volunteer1", "secouristes-marshan"), 20)
REVOKED = (
    ALLIANCEN,
    _email("volunteer1", "foerstehjaelpsvagten-vejle"),
    "Udstedt ved en fejl: kursets praktiske prøve blev ikke gennemført. Tag prøven igen for et nyt bevis.",
)


# --- accreditation ------------------------------------------------------------------------------------------------

CRITERIA = (
    (
        Text(da="Ledelse og vedtægter", ar="الحوكمة والنظام الأساسي", fr="Gouvernance et statuts"),
        Text(
            da="Beskriv bestyrelsen, hvordan den vælges, og hvordan beslutninger træffes. Vedlæg vedtægterne.",
            ar="صِف مجلس الإدارة وطريقة انتخابه وكيفية اتخاذ القرارات. أرفق النظام الأساسي.",
            fr="Décrivez le conseil d'administration, son élection et la prise de décision. Joignez les statuts.",
        ),
    ),
    (
        Text(da="Økonomi", ar="الشؤون المالية", fr="Finances"),
        Text(
            da="Hvordan føres regnskabet, hvem godkender udgifter, og bliver det revideret? Vedlæg seneste regnskab.",
            ar="كيف تُمسك الحسابات، ومن يوافق على النفقات، وهل تُدقَّق؟ أرفق آخر تقرير مالي.",
            fr="Comment la comptabilité est-elle tenue, qui approuve les dépenses, est-elle vérifiée ? "
            "Joignez les derniers comptes.",
        ),
    ),
    (
        Text(da="Etik og tavshedspligt", ar="الأخلاقيات والسرية", fr="Éthique et confidentialité"),
        Text(
            da="Hvordan beskytter I oplysninger om de mennesker, I hjælper, og hvordan lærer frivillige reglerne?",
            ar="كيف تحمون معلومات الأشخاص الذين تساعدونهم، وكيف يتعلّم المتطوعون القواعد؟",
            fr="Comment protégez-vous les informations des personnes aidées et comment les bénévoles "
            "apprennent-ils les règles ?",
        ),
    ),
    (
        Text(da="Beskyttelse af børn og sårbare", ar="حماية الأطفال والفئات الهشة", fr="Protection des personnes"),
        Text(
            da="Hvordan forebygger og håndterer I krænkelser? Hvem kontaktes, og tjekkes frivillige før start?",
            ar="كيف تمنعون الإساءة وتتعاملون معها؟ بمن يُتّصل، وهل يُتحقَّق من المتطوعين قبل البدء؟",
            fr="Comment prévenez-vous et traitez-vous les abus ? Qui contacter, et les bénévoles sont-ils "
            "vérifiés avant de commencer ?",
        ),
    ),
    (
        Text(da="Frivilligledelse", ar="إدارة المتطوعين", fr="Gestion des bénévoles"),
        Text(
            da="Hvordan tager I imod, oplærer og støtter nye frivillige, og hvordan siger I tak?",
            ar="كيف تستقبلون المتطوعين الجدد وتدرّبونهم وتدعمونهم، وكيف تشكرونهم؟",
            fr="Comment accueillez-vous, formez-vous et soutenez-vous les nouveaux bénévoles, et comment "
            "les remerciez-vous ?",
        ),
    ),
)

# The organisation's statement for each criterion (the demo writes them in the network's working language).
STATEMENTS = {
    TANGER: (
        "Notre conseil de sept membres est élu chaque année par l'assemblée générale ; les procès-verbaux sont "
        "publics.",
        "La trésorière tient les comptes ; deux signatures pour toute dépense de plus de 2 000 dirhams ; audit annuel.",
        "Les dossiers sont gardés sous clé et chaque bénévole signe la charte de confidentialité.",
        "Une référente protection est désignée ; les bénévoles suivent une formation avant leur première activité.",
        "Chaque nouveau bénévole a un parrain pendant trois mois et un entretien de suivi.",
    ),
    ALLIANCEN: (
        "Bestyrelsen på fem vælges på generalforsamlingen hvert forår; referater ligger på hjemmesiden.",
        "Kassereren fører regnskab i et bogføringsprogram; to i bestyrelsen godkender udgifter; revisor hvert år.",
        "Vi gemmer kun det nødvendige, og alle frivillige skriver under på tavshedspligt.",
        "Vi indhenter børneattest for alle frivillige og har en beredskabsplan mod krænkelser.",
        "Nye frivillige får en introaften og en fast kontaktperson; vi holder frivilligfest hvert år.",
    ),
}


@dataclass(frozen=True)
class DemoApplication:
    network: str
    organisation: str
    outcome: str  # an `AccreditationStatus`: approved, submitted or returned
    comment: str = ""


APPLICATIONS = (
    DemoApplication(TANGER, "dar-yasmine", AccreditationStatus.APPROVED, "Dossier complet et exemplaire."),
    DemoApplication(TANGER, "passerelle-jeunesse", AccreditationStatus.SUBMITTED),
    DemoApplication(ALLIANCEN, "kvindernes-stue-norrebro", AccreditationStatus.APPROVED, "Flot og grundigt arbejde."),
    DemoApplication(
        ALLIANCEN,
        "lektiecafeen-vollsmose",
        AccreditationStatus.RETURNED,
        "Beskriv jeres procedure for børneattester, og vedlæg det seneste reviderede regnskab.",
    ),
)
# The criterion (by index) the returned application's reviewer judges not met.
NOT_MET_CRITERION = 3

EVIDENCE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n%%EOF\n"
)


# --- loading ------------------------------------------------------------------------------------------------------


def certification_demo_load(*, created: Counter) -> None:
    """Idempotent: finds what exists and adds only what is missing."""
    with transaction.atomic():
        for network in Network.objects.filter(slug__in=(TANGER, ALLIANCEN)).order_by("pk"):
            coordinator = _coordinator(network)
            courses = _network_courses(network)
            if courses:
                _extra_learners_load(network, courses, created)
                programmes = [
                    programme
                    for data in PROGRAMMES
                    if data.network == network.slug
                    and (programme := _programme_load(network, data, courses, coordinator, created)) is not None
                ]
                for programme in programmes:
                    _certificates_load(programme, coordinator, created)
            if coordinator is not None:
                criteria = _criteria_load(network, created)
                for data in APPLICATIONS:
                    if data.network == network.slug:
                        _application_load(network, data, criteria, coordinator, created)


def _coordinator(network: Network) -> User | None:
    """The network's demo coordinator, or else its first coordinator."""
    coordinators = User.objects.filter(coordinator_links__network=network)
    email = f"coordinator.{network.slug}@{organisations_demo.EMAIL_DOMAIN}"
    return coordinators.filter(email__iexact=email).first() or coordinators.order_by("pk").first()


def _network_courses(network: Network) -> dict[str, CoursePage]:
    """The network's demo courses by slug; empty when its catalogue is not loaded (yet)."""
    home = HomePage.objects.filter(network=network).first()
    if home is None:
        return {}
    catalogue = CourseIndexPage.objects.child_of(home).filter(slug=CATALOGUE_SLUG).first()
    if catalogue is None:
        return {}
    return {page.slug: page for page in CoursePage.objects.child_of(catalogue)}


def _extra_learners_load(network: Network, courses: dict[str, CoursePage], created: Counter) -> None:
    for learner in EXTRA_LEARNERS:
        course = courses.get(learner.course)
        user = User.objects.filter(email__iexact=learner.email).first()
        if learner.network != network.slug or course is None or user is None:
            continue
        if not Enrolment.objects.filter(user=user, course=course).exists():
            courses_demo._enrol(user, course, learner.due_in_days)
            created["enrolments"] += 1
        courses_demo._progress(user, course, learner, created)


def _programme_load(
    network: Network, data: DemoProgramme, courses: dict[str, CoursePage], coordinator: User | None, created: Counter
) -> Programme | None:
    programme = Programme.objects.filter(network=network, name_da=data.name.da).first()
    if programme is not None:
        return programme
    required = [courses.get(slug) for slug in data.courses]
    if not all(required):
        return None
    programme = Programme(
        network=network,
        audience=data.audience,
        validity_months=data.validity_months,
        renewal_course=courses.get(data.renewal_course) if data.renewal_course else None,
        signatory_name=coordinator.full_name if coordinator is not None else "",
        **_translated("name", data.name),
        **_translated("description", data.description),
        **_translated("signatory_title", SIGNATORY_TITLE),
    )
    programme.save()
    for order, course in enumerate(required):
        ProgrammeCourse.objects.create(programme=programme, course=course, sort_order=order)
    created["programmes"] += 1
    return programme


def _certificates_load(programme: Programme, coordinator: User | None, created: Counter) -> None:
    """Issue the programme to every demo person who completed all its courses and has never held it."""
    course_ids = list(selectors.programme_course_ids(programme))
    candidates = (
        User.objects.filter(
            enrolments__course_id__in=course_ids,
            enrolments__completed_at__isnull=False,
            email__iendswith=f"@{organisations_demo.EMAIL_DOMAIN}",
        )
        .distinct()
        .order_by("pk")
    )
    for holder in candidates:
        certificate = Certificate.objects.filter(holder=holder, programme=programme).order_by("-issued_at").first()
        is_new = False
        if certificate is None:
            if not selectors.programme_completed_by(holder=holder, programme=programme):
                continue
            certificate = services.certificate_issue(holder=holder, programme=programme)
            is_new = True
        # Issued just now by the course-completion task (an immediate task backend) counts as this demo's too.
        is_new = is_new or not certificate.pdf
        if not certificate.pdf:
            # Outside tests the PDF is rendered by a task worker; store it now so the demo has it without one.
            services.certificate_pdf_store(certificate=certificate)
        if not is_new:
            continue
        created["certificates"] += 1
        _special_states(programme, certificate, coordinator)


def _special_states(programme: Programme, certificate: Certificate, coordinator: User | None) -> None:
    network, email, days = EXPIRING_SOON
    if (
        programme.network.slug == network
        and certificate.holder.email.lower() == email
        and programme.validity_months is not None
    ):
        certificate.expires_on = timezone.localdate() + datetime.timedelta(days=days)
        certificate.save(update_fields=["expires_on"])
    network, email, reason = REVOKED
    if (
        programme.network.slug == network
        and certificate.holder.email.lower() == email
        and programme.renewal_course_id is not None
        and coordinator is not None
        and certificate.status == CertificateStatus.ACTIVE
    ):
        services.certificate_revoke(certificate=certificate, by=coordinator, reason=reason)


def _criteria_load(network: Network, created: Counter) -> list[AccreditationCriterion]:
    criteria = []
    for order, (title, guidance) in enumerate(CRITERIA):
        criterion = AccreditationCriterion.objects.filter(network=network, title_da=title.da).first()
        if criterion is None:
            criterion = AccreditationCriterion(
                network=network,
                sort_order=order,
                **_translated("title", title),
                **_translated("guidance", guidance),
            )
            criterion.save()
            created["accreditation criteria"] += 1
        criteria.append(criterion)
    return criteria


def _application_load(
    network: Network,
    data: DemoApplication,
    criteria: list[AccreditationCriterion],
    coordinator: User,
    created: Counter,
) -> None:
    organisation = Organisation.objects.filter(slug=data.organisation, networks=network).first()
    leader = User.objects.filter(email__iexact=_email("leader", data.organisation)).first()
    if organisation is None or leader is None:
        return
    if AccreditationApplication.objects.filter(organisation=organisation, network=network).exists():
        return
    application = accreditation.accreditation_application_start(organisation=organisation, network=network, user=leader)
    for index, criterion in enumerate(criteria):
        files = ()
        if index < 2:  # statutes and accounts come with a document
            files = (ContentFile(EVIDENCE_PDF, name=f"{criterion.title_da.split()[0].lower()}.pdf"),)
        accreditation.criterion_answer_save(
            application=application,
            criterion=criterion,
            user=leader,
            statement=STATEMENTS[network.slug][index],
            based_on_version=application.version,
            files=files,
        )
        application.refresh_from_db(fields=["version"])
    application = accreditation.accreditation_application_submit(
        application=application, user=leader, based_on_version=application.version
    )
    if data.outcome != AccreditationStatus.SUBMITTED:
        for index, answer in enumerate(
            application.answers.select_related("criterion").order_by("criterion__sort_order")
        ):
            not_met = data.outcome == AccreditationStatus.RETURNED and index == NOT_MET_CRITERION
            accreditation.criterion_answer_review(
                answer=answer,
                user=coordinator,
                verdict=Verdict.NOT_MET if not_met else Verdict.MET,
                comment=data.comment if not_met else "",
                based_on_version=application.version,
            )
            application.refresh_from_db(fields=["version"])
        if data.outcome == AccreditationStatus.APPROVED:
            accreditation.accreditation_application_approve(
                application=application,
                user=coordinator,
                valid_until=_years_later(timezone.localdate(), 2),
                comment=data.comment,
                based_on_version=application.version,
            )
        else:
            accreditation.accreditation_application_return(
                application=application, user=coordinator, comment=data.comment, based_on_version=application.version
            )
    created["accreditation applications"] += 1


def _years_later(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _translated(field: str, text: Text) -> dict[str, str]:
    return {field: text.da} | {f"{field}_{language}": getattr(text, language) for language in LANGUAGES}
