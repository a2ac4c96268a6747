"""Scale data for benchmarks: networks, organisations and members in bulk, permissions as the services grant them;
pages, a course with many learners, and a network's volunteer requests with responses and hours."""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from guardian.shortcuts import assign_perm
from wagtail.models import Page, PageViewRestriction

from certification.models import Certificate, Programme, ProgrammeCourse
from courses.models import (
    CompletionVia,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuestionKind,
    QuizChoice,
    QuizQuestion,
)
from intranet.organisations import services
from intranet.organisations.models import Membership, Network, Organisation, Role, User
from intranet.organisations.permissions import ORGANISATION_PERMISSIONS
from intranet.pages.models import ArticlePage, HomePage, MagazineIndexPage, ToolkitIndexPage, ToolkitPage, Topic
from intranet.textsearch import normalise
from intranet.volunteering.models import (
    HoursEntry,
    HoursStatus,
    InReturn,
    Mode,
    RequestKind,
    RequestStatus,
    ResponseStatus,
    VolunteerRequest,
    VolunteerResponse,
)


@transaction.atomic
def build(*, organisations: int, members_per_organisation: int) -> dict:
    """One network of `organisations`, each with a leader and `members_per_organisation - 1` volunteers."""
    network = Network.objects.create(name_da="Bench-netværket", slug="bench")
    coordinator = services.user_create(email="coordinator@bench.invalid", full_name="Bench Coordinator", password=None)
    services.network_coordinator_add(network=network, user=coordinator)
    orgs = Organisation.objects.bulk_create(
        Organisation(name_da=f"Forening {i:05d}", slug=f"bench-{i}", country="DK", city="Aarhus")
        for i in range(organisations)
    )
    network.organisations.add(*orgs)
    users = User.objects.bulk_create(
        User(email=f"p{o}-{m}@bench.invalid", full_name=f"Person {o}-{m}", password="!")  # noqa: S106 - an unusable password
        for o in range(organisations)
        for m in range(members_per_organisation)
    )
    memberships = []
    for o, organisation in enumerate(orgs):
        for m in range(members_per_organisation):
            role = Role.LEADER if m == 0 else Role.VOLUNTEER
            memberships.append(
                Membership(user=users[o * members_per_organisation + m], organisation=organisation, role=role)
            )
    Membership.objects.bulk_create(memberships)
    # Grant what membership_create would grant, in bulk; coordinator view permissions likewise.
    for membership in memberships:
        for codename in ORGANISATION_PERMISSIONS[Role(membership.role)]:
            assign_perm(f"organisations.{codename}", membership.user, membership.organisation)
    for organisation in orgs:
        assign_perm("organisations.view_organisation", coordinator, organisation)
    return {
        "network": network,
        "coordinator": coordinator,
        "leader": users[0],
        "volunteer": users[1],
        "organisation": orgs[0],
        # The course learners join this one, so the first organisation's pages keep their size.
        "course_organisation": orgs[1] if organisations > 1 else orgs[0],
        "course_leader": users[members_per_organisation] if organisations > 1 else users[0],
    }


TOOLKIT_WORDS = [
    ("Førstehjælp", "الإسعافات الأولية", "Premiers secours"),
    ("Fundraising", "جمع التبرعات", "Collecte de fonds"),
    ("Ledelse af frivillige", "قيادة المتطوعين", "Diriger des bénévoles"),
    ("Hygiejne i køkkenet", "النظافة في المطبخ", "Hygiène en cuisine"),
]


def build_pages(*, network: Network, toolkits: int, articles: int) -> dict:
    """The network's home page, a members-only library of `toolkits` and a magazine of `articles`."""

    def publish(parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    topics = list(Topic.objects.all())
    home = publish(
        Page.objects.get(depth=2), HomePage(network=network, slug=network.slug, title="Bench", title_da="Bench")
    )
    library = publish(home, ToolkitIndexPage(slug="library", title="Værktøjskasser", title_da="Værktøjskasser"))
    PageViewRestriction.objects.get_or_create(page=library, restriction_type=PageViewRestriction.LOGIN)
    magazine = publish(home, MagazineIndexPage(slug="magazine", title="Magasin", title_da="Magasin"))
    toolkit = None
    for i in range(toolkits):
        da, ar, fr = TOOLKIT_WORDS[i % len(TOOLKIT_WORDS)]
        toolkit = publish(
            library,
            ToolkitPage(
                slug=f"toolkit-{i}",
                topic=topics[i % len(topics)],
                title=f"{da} {i}",
                title_da=f"{da} {i}",
                title_ar=f"{ar} {i}",
                title_fr=f"{fr} {i}",
                summary_da=f"Sådan gør I: {da.lower()}.",
                summary_ar=f"دليل عملي: {ar}.",
                summary_fr=f"Mode d'emploi : {fr.lower()}.",
                body_da=[("text", f"<p>{da} – trin for trin.</p>")],
            ),
        )
    for i in range(articles):
        publish(
            magazine,
            ArticlePage(
                slug=f"article-{i}", title=f"Nyhed {i}", title_da=f"Nyhed {i}", author="Bench", summary_da="Kort."
            ),
        )
    return {"home": home, "library": library, "magazine": magazine, "toolkit": toolkit}


def build_courses(*, home: HomePage, organisation: Organisation, learners: int, lessons: int) -> dict:
    """A members-only catalogue with one course of `lessons` lessons (the first with a quiz), and `learners` new
    volunteers of `organisation` enrolled on it at every stage: not started, part-way, overdue, completed."""

    def publish(parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    catalogue = publish(home, CourseIndexPage(slug="courses", title="Kurser", title_da="Kurser"))
    PageViewRestriction.objects.get_or_create(page=catalogue, restriction_type=PageViewRestriction.LOGIN)
    course = publish(
        catalogue,
        CoursePage(
            slug="first-aid",
            topic=Topic.objects.first(),
            title="Førstehjælp",
            title_da="Førstehjælp",
            title_ar="الإسعافات الأولية",
            title_fr="Premiers secours",
            summary="Grundkursus.",
            summary_da="Grundkursus.",
        ),
    )
    lesson_pages = []
    for i in range(lessons):
        lesson = LessonPage(slug=f"lesson-{i}", title=f"Lektion {i + 1}", title_da=f"Lektion {i + 1}")
        if i == 0:
            question = QuizQuestion(sort_order=0, kind=QuestionKind.SINGLE, text="Hvad først?", text_da="Hvad først?")
            question.choices = [
                QuizChoice(sort_order=0, text="Sikr stedet", text_da="Sikr stedet", is_correct=True),
                QuizChoice(sort_order=1, text="Løb", text_da="Løb", is_correct=False),
            ]
            lesson.questions.add(question)
        lesson_pages.append(publish(course, lesson))

    with transaction.atomic():
        users = User.objects.bulk_create(
            User(email=f"learner-{i}@bench.invalid", full_name=f"Learner {i:04d}", password="!")  # noqa: S106
            for i in range(learners)
        )
        Membership.objects.bulk_create(
            Membership(user=user, organisation=organisation, role=Role.VOLUNTEER) for user in users
        )
        now = timezone.now()
        today = timezone.localdate()
        enrolments, completions = [], []
        for i, user in enumerate(users):
            done = i % (lessons + 1)  # 0 … all lessons
            enrolments.append(
                Enrolment(
                    user=user,
                    course=course,
                    last_activity_at=now - datetime.timedelta(hours=i) if done else None,
                    completed_at=now if done == lessons else None,
                    due_date=today + datetime.timedelta(days=(i % 60) - 20) if i % 2 else None,  # some overdue
                )
            )
            completions += [
                LessonCompletion(user=user, lesson=lesson, course=course, via=CompletionVia.MARKED)
                for lesson in lesson_pages[:done]
            ]
        Enrolment.objects.bulk_create(enrolments)
        LessonCompletion.objects.bulk_create(completions, batch_size=2000)
    return {"course": course, "catalogue": catalogue}


VOLUNTEER_TASKS = [
    ("Lektiehjælp i matematik", RequestKind.HOMEWORK, Mode.IN_PERSON, "Aarhus"),
    ("Mentor for en ledig", RequestKind.MENTORING, Mode.BOTH, "Odense"),
    ("Førstehjælpsvagt ved loppemarked", RequestKind.FIRST_AID, Mode.IN_PERSON, "Vejle"),
    ("Samtalepartner i sprogcaféen", RequestKind.HOMEWORK, Mode.ONLINE, ""),
    ("Hjælpere til sommerfest", RequestKind.EVENT, Mode.IN_PERSON, "København"),
]


@transaction.atomic
def build_volunteering(*, network: Network, course: CoursePage, requests: int, responses_per_request: int = 3) -> dict:
    """`requests` volunteer requests of the network's organisations (every fifth requiring a certificate programme
    built on `course`, one in ten closed), each with responses of volunteers of other organisations (the first
    accepted, with confirmed and waiting hours). The first organisation's first volunteer, who browses the list,
    holds a valid certificate of one of the two programmes and has responded to some requests."""
    today = timezone.localdate()
    organisations = list(network.organisations.order_by("pk"))
    viewer = Membership.objects.filter(organisation=organisations[0], role=Role.VOLUNTEER).order_by("pk").first().user
    leaders = dict(
        Membership.objects.filter(organisation__in=organisations, role=Role.LEADER).values_list(
            "organisation_id", "user_id"
        )
    )
    volunteers = list(
        Membership.objects.filter(organisation__in=organisations[1:], role=Role.VOLUNTEER)
        .order_by("pk")
        .values_list("user_id", "organisation_id")[: requests * responses_per_request]
    )
    programmes = [
        Programme.objects.create(
            network=network, name=name, name_da=name, name_ar=name_ar, name_fr=name_fr, validity_months=24
        )
        for name, name_ar, name_fr in (
            ("Førstehjælp", "الإسعافات الأولية", "Premiers secours"),
            ("Børneattest og trivsel", "حماية الأطفال", "Protection de l'enfance"),
        )
    ]
    for programme in programmes:
        ProgrammeCourse.objects.create(programme=programme, course=course, sort_order=0)
    Certificate.objects.create(
        programme=programmes[0], holder=viewer, language="da", expires_on=today + datetime.timedelta(days=365)
    )

    built = []
    for i in range(requests):
        title, kind, mode, city = VOLUNTEER_TASKS[i % len(VOLUNTEER_TASKS)]
        organisation = organisations[1 + i % (len(organisations) - 1)] if len(organisations) > 1 else organisations[0]
        description = f"{title}: vi søger frivillige til opgave nummer {i}. Kaffe og et godt fællesskab."
        built.append(
            VolunteerRequest(
                organisation=organisation,
                network=network,
                title=f"{title} {i}",
                description=description,
                kind=kind,
                starts_on=today + datetime.timedelta(days=(i % 90) - 30),
                schedule="Tirsdage 17-19",
                mode=mode,
                address="Foreningshuset" if mode != Mode.ONLINE else "",
                city=city,
                online_details="Link sendes dagen før." if mode != Mode.IN_PERSON else "",
                hours=Decimal("4.0"),
                volunteers_needed=3,
                languages=" da ar " if i % 2 else " da ",
                in_return=f" {InReturn.TRAINING} {InReturn.REFERENCE} " if i % 3 else f" {InReturn.SKILL} ",
                in_return_details="Kursus og en anbefaling.",
                status=RequestStatus.CANCELLED if i % 10 == 9 else RequestStatus.OPEN,
                search_text=normalise(f"{title} {i} {description} {city} {organisation.name_da}"),
                created_by_id=leaders.get(organisation.pk),
            )
        )
    built = VolunteerRequest.objects.bulk_create(built, batch_size=500)
    through = VolunteerRequest.required_programmes.through
    through.objects.bulk_create(
        through(volunteerrequest_id=request.pk, programme_id=programmes[(i // 5) % 2].pk)
        for i, request in enumerate(built)
        if i % 5 == 2
    )

    responses = []
    for i, request in enumerate(built):
        chosen = [
            user_id
            for user_id, organisation_id in volunteers[i * responses_per_request : (i + 1) * responses_per_request]
            if organisation_id != request.organisation_id
        ]
        for number, user_id in enumerate(chosen):
            accepted = number == 0
            responses.append(
                VolunteerResponse(
                    request=request,
                    volunteer_id=user_id,
                    message="Jeg vil gerne hjælpe.",
                    status=ResponseStatus.ACCEPTED if accepted else ResponseStatus.PENDING,
                    decided_at=timezone.now() if accepted else None,
                    decided_by_id=leaders.get(request.organisation_id) if accepted else None,
                )
            )
        if i % 4 == 0 and request.status == RequestStatus.OPEN:
            responses.append(VolunteerResponse(request=request, volunteer=viewer, message="Gerne."))
    responses = VolunteerResponse.objects.bulk_create(responses, batch_size=1000)
    entries = []
    for response in responses:
        if response.status == ResponseStatus.ACCEPTED and response.request.starts_on < today:
            reviewer = leaders.get(response.request.organisation_id)
            entries += [
                HoursEntry(
                    response=response,
                    date=response.request.starts_on,
                    hours=Decimal("2.0"),
                    status=HoursStatus.CONFIRMED,
                    reviewed_at=timezone.now(),
                    reviewed_by_id=reviewer,
                ),
                HoursEntry(response=response, date=today, hours=Decimal("1.5")),
            ]
    HoursEntry.objects.bulk_create(entries, batch_size=1000)
    return {"viewer": viewer, "requests": len(built), "responses": len(responses), "hours": len(entries)}
