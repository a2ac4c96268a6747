"""Scale data for benchmarks: networks, organisations and members in bulk, permissions as the services grant them;
pages, and a course with many learners."""

import datetime

from django.db import transaction
from django.utils import timezone
from guardian.shortcuts import assign_perm
from wagtail.models import Page, PageViewRestriction

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
