"""Site search: a relevance test set in Danish, Arabic and French, privacy, the active language, and the view.

The corpus is a small network library and magazine written the way coordinators write: some pages in three
languages, some only in Danish (so the Danish text is what an Arabic or French reader sees and finds). It is
built once per module inside a transaction that is rolled back at the end; each test runs in a savepoint.
"""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from intranet.organisations.tests.factories import (
    NetworkFactory,
    OrganisationFactory,
    UserFactory,
    coordinator,
    member,
)
from intranet.pages import models, selectors

from . import factories as f


def _checklist(*items):
    return ("checklist", {"title": "", "items": list(items)})


def _text(html):
    return ("text", html)


def _build_corpus():
    tangier, aarhus = NetworkFactory(), NetworkFactory()
    home = f.home_page(tangier)
    library = f.library(home)
    magazine = f.magazine(home)

    f.toolkit(
        library,
        slug="first-aid",
        topic=f.topic("first-aid"),
        title=("Førstehjælp for frivillige", "اسعافات أولية للمتطوعين", "Premiers Secours pour les bénévoles"),
        summary=(
            "Sådan hjælper du en tilskadekommen, indtil ambulancen kommer.",
            "كيف تساعد شخصا مصابا حتى وصول سيارة الإسعاف.",
            "Comment aider une personne blessée en attendant l'ambulance.",
        ),
        body=[
            _text("<p>Ring 112. Læg personen i stabilt sideleje og hold øje med vejrtrækningen.</p>"),
            _checklist("Handsker", "Forbinding", "Termotæppe"),
        ],
        body_ar=[
            _text("<p>اتصل بالرقم 15 وانقل المصاب إلى المستشفى. ضع الشخص في وضعية الإفاقة وراقب تنفسه.</p>"),
            _checklist("قفازات", "ضمادات", "بطانية حرارية"),
        ],
        body_fr=[
            _text("<p>Appelez le 15. Placez la personne en position latérale de sécurité.</p>"),
            _checklist("Gants", "Pansements", "Couverture de survie"),
        ],
    )
    f.toolkit(
        library,
        slug="kitchen-hygiene",
        topic=f.topic("hygiene"),
        title=("Hygiejne i fælleskøkkenet", "النظافة في المطبخ المشترك", "Hygiène dans la cuisine partagée"),
        summary=(
            "Håndvask, rengøring og opbevaring af madvarer ved madudlevering.",
            "غسل اليدين والتنظيف وحفظ الأغذية عند توزيع الوجبات.",
            "Lavage des mains, nettoyage et conservation des aliments lors des distributions de repas.",
        ),
    )
    f.toolkit(
        library,
        slug="fundraising",
        topic=f.topic("fundraising"),
        title=(
            "Fundraising for små foreninger",
            "جمع التبرعات للجمعيات الصغيرة",
            "Collecte de fonds pour les petites associations",
        ),
        summary=(
            "Ansøg fonde, skriv et budget og tak jeres donorer.",
            "كيف تكتب ميزانية وتشكر المانحين.",
            "Demander une subvention, rédiger un budget et remercier les donateurs.",
        ),
    )
    # Not translated into Arabic: an Arabic reader sees, and finds, the Danish text.
    f.toolkit(
        library,
        slug="leading-volunteers",
        topic=f.topic("leadership"),
        title=("Ledelse af frivillige", None, "Diriger une équipe de bénévoles"),
        summary=(
            "Motivation, møder og uddelegering i en frivillig forening.",
            None,
            "Motivation, réunions et délégation dans une association.",
        ),
    )
    # Danish only.
    f.toolkit(
        library,
        slug="welcome-new-volunteers",
        topic=f.topic("organising"),
        title=("Velkomst af nye frivillige",),
        summary=("Tjekliste til den første dag: rundvisning, kontaktperson og tavshedspligt.",),
    )
    f.video_lesson(
        library,
        slug="cpr-lesson",
        topic=f.topic("first-aid"),
        title=(
            "Hjerte-lunge-redning trin for trin",
            "الإنعاش القلبي الرئوي خطوة بخطوة",
            "Réanimation cardio-pulmonaire",
        ),
        summary=(
            "Se hvordan du giver hjertemassage og bruger en hjertestarter.",
            "شاهد كيف تقوم بتدليك القلب وتستعمل جهاز الصدمات.",
            "Voyez comment faire un massage cardiaque et utiliser un défibrillateur.",
        ),
        transcript_da="<p>Tryk hårdt og hurtigt midt på brystet: 30 tryk, derefter 2 indblæsninger.</p>",
    )
    f.video_lesson(
        library,
        slug="handwashing-lesson",
        topic=f.topic("hygiene"),
        # The Arabic title is written with its vowels; readers search without them.
        title=("Korrekt håndvask", "غَسْلُ اليَدَيْنِ بِالطَّرِيقَةِ الصَّحِيحَةِ", "Se laver les mains correctement"),
        summary=(
            "Tyve sekunder med sæbe og vand, også mellem fingrene.",
            "عشرون ثانية بالماء والصابون.",
            "Vingt secondes avec de l'eau et du savon.",
        ),
    )
    f.video_lesson(
        library,
        slug="grant-application-lesson",
        topic=f.topic("fundraising"),
        title=("Sådan skriver du en fondsansøgning", "كيف تكتب طلب تمويل", "Rédiger une demande de subvention"),
        summary=(
            "En erfaren frivillig viser en ansøgning fra start til slut.",
            "متطوعة ذات خبرة تشرح الطلب من البداية إلى النهاية.",
            "Une bénévole expérimentée montre une demande du début à la fin.",
        ),
    )
    f.process_guide(
        library,
        slug="ethics-rules",
        topic=f.topic("ethics"),
        area=models.ProcessArea.ETHICS,
        title=("Etiske regler for frivillige", "القواعد الأخلاقية للمتطوعين", "Règles d'éthique pour les bénévoles"),
        summary=(
            "Tavshedspligt, gaver og interessekonflikter.",
            "السرية والهدايا وتضارب المصالح.",
            "Confidentialité, cadeaux et conflits d'intérêts.",
        ),
    )
    f.process_guide(
        library,
        slug="legal-aid",
        topic=f.topic("legal-processes"),
        area=models.ProcessArea.LEGAL,
        title=("Retshjælp til migranter", "المساعدة القانونية للمهاجرين", "Aide juridique aux migrants"),
        summary=(
            "Trin for trin: fra første samtale til advokat.",
            "خطوة بخطوة: من المقابلة الأولى إلى المحامي.",
            "Étape par étape : du premier entretien à l'avocat.",
        ),
        introduction_da="<p>Vi henviser til <b>gratis</b> retshjælp hos en frivillig jurist.</p>",
        introduction_ar="<p>نوجه الشخص إلى <b>مساعدة مجانية</b> عند محام متطوع.</p>",
        introduction_fr="<p>Nous orientons vers une aide <b>gratuite</b> auprès d'un juriste bénévole.</p>",
    )
    f.process_guide(
        library,
        slug="school-enrolment",
        topic=f.topic("social-processes"),
        title=("Indskrivning af børn i skolen", "تسجيل الأطفال في المدرسة", "Inscription des enfants à l'école"),
        summary=(
            "Hvilke papirer forældre skal have med.",
            "الوثائق التي يحتاجها الآباء.",
            "Les papiers que les parents doivent apporter.",
        ),
    )
    f.article(
        magazine,
        slug="volunteer-day",
        title=("Frivillighedens dag i Tanger", "يوم التطوع في طنجة", "Journée du bénévolat à Tanger"),
        summary=(
            "Over hundrede frivillige ryddede stranden for plastik.",
            "أكثر من مائة متطوع نظفوا الشاطئ من البلاستيك.",
            "Plus de cent bénévoles ont nettoyé la plage.",
        ),
    )
    f.article(
        magazine,
        slug="interview-fatima",
        kind=models.ArticleKind.INTERVIEW,
        title=(
            "Interview: Fatima om at lede en forening",
            "مقابلة: فاطمة تتحدث عن قيادة جمعية",
            "Entretien : Fatima sur la direction d'une association",
        ),
        summary=(
            "Hun fortæller om frivillige, fundraising og tillid.",
            "تتحدث عن المتطوعين وجمع التبرعات والثقة.",
            "Elle parle de bénévoles, de collecte de fonds et de confiance.",
        ),
    )
    f.article(
        magazine,
        slug="flea-market",
        title=("Loppemarked til sommerlejren",),
        summary=("Loppemarkedet gav 12.000 kroner til børnenes sommerlejr.",),
    )
    # A draft is indexed when saved, but only published pages are found.
    library.add_child(
        instance=models.ToolkitPage(
            slug="hygiene-plan-draft",
            live=False,
            topic=f.topic("hygiene"),
            title="Hygiejneplan for sommerlejren",
            title_da="Hygiejneplan for sommerlejren",
            summary_da="Kladde.",
        )
    ).save_revision()

    # Another network: its library is for its own members, its magazine for everyone.
    other_home = f.home_page(aarhus)
    f.toolkit(
        f.library(other_home),
        slug="workplace-first-aid",
        title=("Førstehjælp på arbejdspladsen", "الإسعافات في مكان العمل", "Premiers secours au travail"),
        summary=("Arbejdspladsens førstehjælpskasse.", "صندوق الإسعافات.", "La trousse de secours."),
    )
    f.article(
        f.magazine(other_home),
        slug="aarhus-summer",
        title=("Sommerfest med frivillige i Aarhus", "حفل صيفي مع المتطوعين في آرهوس", "Fête d'été avec les bénévoles"),
        summary=("Musik og mad for alle.", "موسيقى وطعام للجميع.", "Musique et repas pour tous."),
    )

    tangier_organisation, aarhus_organisation = OrganisationFactory(), OrganisationFactory()
    tangier.organisations.add(tangier_organisation)
    aarhus.organisations.add(aarhus_organisation)
    return {
        "member": member(tangier_organisation),
        "outsider": member(aarhus_organisation),
        "coordinator": coordinator(tangier),
        "superuser": UserFactory(is_superuser=True),
    }


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """The corpus and its readers, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        people = _build_corpus()
        yield people
        transaction.set_rollback(True)


@pytest.fixture
def people(corpus, db):
    """The corpus's readers, fresh from the database for the test's savepoint."""
    return {role: type(user).objects.get(pk=user.pk) for role, user in corpus.items()}


def slugs(user, query, language):
    return [page.slug for page in selectors.search_pages(user=user, query=query, language=language)]


# --- the relevance test set ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """A query and what a member of the corpus's network must get: `found` in the results, `first` on top,
    `absent` not at all. With nothing `found`, the results must be empty."""

    query: str
    found: frozenset = frozenset()
    first: str | None = None
    absent: frozenset = frozenset()

    def __str__(self):
        return self.query


def case(query, found=(), first=None, absent=()):
    return Case(query, frozenset(found), first, frozenset(absent))


# Found by nobody in the corpus's network: a draft and the other network's members-only toolkit.
NEVER = {"hygiene-plan-draft", "workplace-first-aid"}

DANISH = [
    case("førstehjælp", {"first-aid"}, first="first-aid"),
    case("forstehjaelp", {"first-aid"}, first="first-aid"),
    case("FØRSTEHJÆLP", {"first-aid"}),
    case("Førstehjælp frivillige", {"first-aid"}, first="first-aid"),
    case("hygiejne", {"kitchen-hygiene"}),
    case("håndvask", {"handwashing-lesson", "kitchen-hygiene"}, first="handwashing-lesson"),
    case("handvask", {"handwashing-lesson", "kitchen-hygiene"}, first="handwashing-lesson"),
    case(
        "frivillige",
        {"first-aid", "leading-volunteers", "welcome-new-volunteers", "ethics-rules", "volunteer-day"}
        | {"interview-fatima", "aarhus-summer"},
    ),
    case("etiske regler", {"ethics-rules"}, first="ethics-rules"),
    case("tavshedspligt", {"ethics-rules", "welcome-new-volunteers"}),
    case("fundraising", {"fundraising", "interview-fatima"}, first="fundraising"),
    case("fondsansøgning", {"grant-application-lesson"}),
    case("fondsansogning", {"grant-application-lesson"}),
    case("hjertestarter", {"cpr-lesson"}),
    case("indblæsninger", {"cpr-lesson"}),  # in the transcript
    case("retshjælp migranter", {"legal-aid"}, first="legal-aid"),
    case("jurist", {"legal-aid"}),  # in the introduction
    case("advokat", {"legal-aid"}),
    case("tanger", {"volunteer-day"}),
    case("loppemarked", {"flea-market"}),
    case("ledelse", {"leading-volunteers"}),
    case("skolen", {"school-enrolment"}),
    case("termotæppe", {"first-aid"}),  # a checklist item in the body
    case("stabilt sideleje", {"first-aid"}),  # rich text in the body
    case("sommerfest", {"aarhus-summer"}),  # another network's public magazine
    case("arbejdspladsen"),  # another network's members-only library
    case("hygiejneplan"),  # a draft
    case("secours"),  # French only
    case("bénévoles"),
    case("الإسعافات"),  # Arabic only
    case("førstehjælp loppemarked"),  # every word must match
]

ARABIC = [
    case("الإسعافات", {"first-aid"}, first="first-aid"),  # the page says "اسعافات"
    case("اسعافات", {"first-aid"}),
    case("إسعافات", {"first-aid"}),  # alef with hamza below
    case("أسعافات", {"first-aid"}),  # alef with hamza above
    case("الْإِسْعَافَاتُ", {"first-aid"}),  # tashkeel
    case("إسعـــافات", {"first-aid"}),  # tatweel
    case("والإسعافات", {"first-aid"}),  # و
    case("بالإسعافات", {"first-aid"}),  # ب + ال
    case("فالإسعافات", {"first-aid"}),  # ف + ال
    case("الإسعافات الأولية", {"first-aid"}, first="first-aid"),
    case("المتطوعين", {"first-aid", "ethics-rules", "interview-fatima", "aarhus-summer"}),
    case("للمتطوعين", {"first-aid", "ethics-rules", "interview-fatima", "aarhus-summer"}),  # ل + ال
    case("النظافه", {"kitchen-hygiene"}),  # ta marbuta written as ha
    case("نظافة", {"kitchen-hygiene"}),
    case("المستشفي", {"first-aid"}),  # alef maqsura written as ya
    case("مستشفى", {"first-aid"}),
    case("محامى", {"legal-aid"}),  # ya written as alef maqsura
    case("غسل اليدين", {"handwashing-lesson", "kitchen-hygiene"}, first="handwashing-lesson"),  # vowelled title
    case("بالطريقة الصحيحة", {"handwashing-lesson"}),
    case("التبرعات", {"fundraising", "interview-fatima"}, first="fundraising"),
    case("تمويل", {"grant-application-lesson"}),
    case("التمويل", {"grant-application-lesson"}),
    case("القواعد الاخلاقيه", {"ethics-rules"}, first="ethics-rules"),  # bare alef, ha
    case("المدرسة", {"school-enrolment"}),
    case("لمدرسة", {"school-enrolment"}),  # ل without the article
    case("طنجه", {"volunteer-day"}),
    case("الإنعاش القلبي", {"cpr-lesson"}),
    case("وجبات", {"kitchen-hygiene"}),  # the page says "الوجبات"
    case("بلاستيك", {"volunteer-day"}),  # the page says "البلاستيك"
    case("شاطئ", {"volunteer-day"}),
    case("ارهوس", {"aarhus-summer"}),  # the page says "آرهوس"
    case("مجانية", {"legal-aid"}),  # in the introduction
    case("ledelse", {"leading-volunteers"}),  # not translated: the Danish text is found
    case("loppemarked", {"flea-market"}),
    case("مكان العمل"),  # another network's members-only library
    case("secours"),  # French only
    case("førstehjælp"),  # translated into Arabic: the Danish is not what an Arabic reader sees
    case("حقيبة أدوات"),
]

FRENCH = [
    case("premiers secours", {"first-aid"}, first="first-aid"),
    case("Premiers Secours", {"first-aid"}),
    case("PREMIERS SECOURS", {"first-aid"}),
    case("hygiene", {"kitchen-hygiene"}),  # the page says "Hygiène"
    case("hygiène", {"kitchen-hygiene"}),
    case("mains", {"handwashing-lesson", "kitchen-hygiene"}, first="handwashing-lesson"),
    case("lavage des mains", {"kitchen-hygiene"}),
    case(
        "benevoles",
        {"first-aid", "leading-volunteers", "ethics-rules", "volunteer-day", "interview-fatima", "aarhus-summer"},
    ),
    case("éthique", {"ethics-rules"}),
    case("ethique", {"ethics-rules"}),
    case("regles d'ethique", {"ethics-rules"}, first="ethics-rules"),
    case("réanimation", {"cpr-lesson"}),
    case("reanimation cardio pulmonaire", {"cpr-lesson"}),
    case("defibrillateur", {"cpr-lesson"}),
    case("collecte de fonds", {"fundraising", "interview-fatima"}, first="fundraising"),
    case("subvention", {"grant-application-lesson", "fundraising"}, first="grant-application-lesson"),
    case("aide juridique", {"legal-aid"}),
    case("juriste", {"legal-aid"}),  # in the introduction
    case("avocat", {"legal-aid"}),
    case("ecole", {"school-enrolment"}),
    case("tanger", {"volunteer-day"}),
    case("couverture de survie", {"first-aid"}),  # a checklist item in the body
    case("position laterale de securite", {"first-aid"}),  # rich text in the body
    case("diriger", {"leading-volunteers"}),
    case("fete d'ete", {"aarhus-summer"}),
    case("velkomst", {"welcome-new-volunteers"}),  # Danish only: the Danish text is found
    case("loppemarked", {"flea-market"}),
    case("ledelse"),  # translated into French
    case("førstehjælp"),
    case("travail"),  # another network's members-only library
    case("الإسعافات"),
    case("accueil"),
]


def _check(case_, results):
    assert NEVER.isdisjoint(results), results
    if not case_.found:
        assert results == [], results
        return
    assert case_.found <= set(results), results
    assert case_.absent.isdisjoint(results), results
    if case_.first:
        assert results[0] == case_.first, results


@pytest.mark.parametrize("case_", DANISH, ids=str)
def test_danish_relevance(people, case_):
    _check(case_, slugs(people["member"], case_.query, "da"))


@pytest.mark.parametrize("case_", ARABIC, ids=str)
def test_arabic_relevance(people, case_):
    _check(case_, slugs(people["member"], case_.query, "ar"))


@pytest.mark.parametrize("case_", FRENCH, ids=str)
def test_french_relevance(people, case_):
    _check(case_, slugs(people["member"], case_.query, "fr"))


def test_each_language_has_a_full_test_set():
    for cases in (DANISH, ARABIC, FRENCH):
        assert len(cases) >= 20
        assert sum(1 for c in cases if not c.found) >= 3
        assert sum(1 for c in cases if c.first) >= 3


# --- privacy ------------------------------------------------------------------------------------------------------


def test_anonymous_finds_public_articles_but_no_members_only_pages(people):
    anonymous = AnonymousUser()
    assert slugs(anonymous, "førstehjælp", "da") == []
    assert slugs(anonymous, "الإسعافات", "ar") == []
    assert slugs(anonymous, "premiers secours", "fr") == []
    assert slugs(anonymous, "tanger", "da") == ["volunteer-day"]
    assert set(slugs(anonymous, "frivillige", "da")) == {"volunteer-day", "interview-fatima", "aarhus-summer"}


def test_member_of_another_network_finds_only_their_own_networks_library(people):
    outsider = people["outsider"]
    assert slugs(outsider, "førstehjælp", "da") == ["workplace-first-aid"]
    assert slugs(outsider, "hjertestarter", "da") == []
    assert slugs(outsider, "etiske regler", "da") == []
    assert slugs(outsider, "tanger", "da") == ["volunteer-day"]  # public magazine of the other network


def test_member_of_the_network_finds_its_library_not_the_other_networks(people):
    assert slugs(people["member"], "førstehjælp", "da") == ["first-aid"]


def test_coordinator_of_the_network_finds_its_library(people):
    # Network coordinators are also CMS coordinators (they edit the page tree), so they are not limited to
    # their own network's library; what matters here is that they find their own.
    assert "first-aid" in slugs(people["coordinator"], "førstehjælp", "da")
    assert slugs(people["coordinator"], "hjertestarter", "da") == ["cpr-lesson"]


def test_superuser_finds_every_library(people):
    assert set(slugs(people["superuser"], "førstehjælp", "da")) == {"first-aid", "workplace-first-aid"}


def test_drafts_are_found_by_nobody(people):
    assert slugs(people["superuser"], "hygiejneplan", "da") == []


# --- the active language ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "language", "expected"),
    [
        ("secours", "fr", ["first-aid"]),
        ("secours", "da", []),
        ("secours", "ar", []),
        ("forstehjaelp", "da", ["first-aid"]),
        ("forstehjaelp", "fr", []),
        ("forstehjaelp", "ar", []),
        ("اسعافات", "ar", ["first-aid"]),
        ("اسعافات", "da", []),
        ("اسعافات", "fr", []),
    ],
)
def test_a_search_matches_the_active_language_only(people, query, language, expected):
    with translation.override(language):
        found = [page.slug for page in selectors.search_pages(user=people["member"], query=query)]
    assert found == expected


def test_results_are_the_specific_pages(people):
    results = selectors.search_pages(user=people["member"], query="frivillige", language="da")
    kinds = {type(page) for page in results}
    assert {models.ToolkitPage, models.ProcessGuidePage, models.ArticlePage} <= kinds
    assert all(page.live for page in results)


@pytest.mark.parametrize("query", ["", "   ", "!?", "ـــ"])
def test_a_query_without_words_finds_nothing(people, query):
    assert selectors.search_pages(user=people["member"], query=query, language="ar") == []


# --- the search view --------------------------------------------------------------------------------------------


def test_search_view_in_danish_shows_the_results(client, people):
    client.force_login(people["member"])
    response = client.get("/da/search/", {"q": "forstehjaelp"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Førstehjælp for frivillige" in content
    assert "Førstehjælp på arbejdspladsen" not in content


def test_search_view_in_arabic_shows_arabic_titles(client, people):
    client.force_login(people["member"])
    response = client.get("/ar/search/", {"q": "الإسعافات"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "اسعافات أولية للمتطوعين" in content
    assert "الإسعافات في مكان العمل" not in content


def test_search_view_in_french_finds_without_accents(client, people):
    client.force_login(people["member"])
    response = client.get("/fr/search/", {"q": "ethique"})
    assert response.status_code == 200
    assert "Règles d&#x27;éthique pour les bénévoles" in response.content.decode()


def test_search_view_for_anonymous_shows_public_articles_only(client, people):
    response = client.get("/da/search/", {"q": "frivillige"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Frivillighedens dag i Tanger" in content
    assert "Førstehjælp for frivillige" not in content
    assert "Etiske regler for frivillige" not in content


@pytest.mark.parametrize("path", ["/da/search/", "/da/search/?q=", "/ar/search/?q=+", "/fr/search/?q=%20%20"])
def test_search_view_without_a_query_answers(client, people, path):
    client.force_login(people["member"])
    response = client.get(path)
    assert response.status_code == 200
    assert response.context["results"] == []


def test_search_view_keeps_the_query_in_the_page(client, people):
    response = client.get("/fr/search/", {"q": "premiers secours"})
    assert response.status_code == 200
    assert response.context["query"] == "premiers secours"
    assert 'value="premiers secours"' in response.content.decode()


def _pages_about_a_word(count):
    home = f.home_page()
    magazine = f.magazine(home)
    for number in range(count):
        f.article(
            magazine,
            title=(f"Zebrakursus {number}", f"دورة الحمار الوحشي {number}", f"Cours zèbre {number}"),
            summary=("Zebraer og frivillige.", "الحمار الوحشي.", "Zèbres."),
        )


def _search_queries(client, language, query):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return len(captured), response


@pytest.mark.parametrize(("language", "query"), [("da", "zebrakursus"), ("ar", "الوحشي")])
def test_search_view_query_count_does_not_grow_with_results(
    client, people, django_assert_max_num_queries, language, query
):
    client.force_login(people["member"])
    _pages_about_a_word(5)
    client.get(f"/{language}/search/", {"q": query})  # warm the site root and session caches

    few, response = _search_queries(client, language, query)
    assert len(response.context["results"]) == 5

    _pages_about_a_word(20)
    many, response = _search_queries(client, language, query)
    assert response.context["count"] == 25
    assert len(response.context["results"]) == selectors.SEARCH_PAGE_SIZE

    assert few == many
    # Session, user, privacy (restrictions, permissions, networks, homes, groups), the search, the specific
    # pages (one query per page type), the site: the same for 5 results as for 25.
    with django_assert_max_num_queries(15):
        client.get(f"/{language}/search/", {"q": query})
