"""Page privacy: a network's library is for its members, its coordinators and CMS staff; the magazine is public.

Served through the real page addresses with the test client, and the selector underneath (`visibility_for`).
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from intranet.organisations.tests.factories import OrganisationFactory, UserFactory, member
from intranet.pages import models, selectors

from . import factories as f


@pytest.fixture
def toolkit(library):
    return f.toolkit(library, slug="first-aid", title=("Førstehjælp", "إسعافات أولية", "Premiers secours"))


@pytest.fixture
def section(library, toolkit):
    """Every kind of page in the members-only library, the library itself first."""
    return {
        "library": library,
        "toolkit": toolkit,
        "lesson": f.video_lesson(library, slug="cpr", title=("Hjertemassage", "الإنعاش", "Réanimation")),
        "guide": f.process_guide(library, slug="ethics", title=("Etiske regler", "قواعد", "Éthique")),
    }


@pytest.fixture
def article(magazine):
    return f.article(
        magazine, slug="volunteer-day", title=("Frivillighedens dag", "يوم التطوع", "Journée du bénévolat")
    )


def url_in(page, language: str) -> str:
    with translation.override(language):
        return page.get_url()


# --- serving members-only pages ---------------------------------------------------------------------------------


def test_the_library_is_members_only(library):
    assert [r.restriction_type for r in PageViewRestriction.objects.filter(page=library)] == ["login"]


@pytest.mark.parametrize("kind", ["library", "toolkit", "lesson", "guide"])
@pytest.mark.parametrize("language", ["da", "ar", "fr"])
def test_anonymous_visitors_are_sent_to_sign_in_and_back(client, section, kind, language):
    url = url_in(section[kind], language)
    assert url.startswith(f"/{language}/")

    response = client.get(url)

    assert response.status_code == 302
    location = urlsplit(response["Location"])
    with translation.override(language):
        assert location.path == reverse("login")
    assert parse_qs(location.query)["next"] == [url]


@pytest.mark.parametrize("kind", ["library", "toolkit", "lesson", "guide"])
def test_members_of_the_network_read_the_library(client, section, network_member, kind):
    client.force_login(network_member)
    response = client.get(section[kind].url)
    assert response.status_code == 200
    assert section[kind].title_da in response.content.decode()


def test_members_read_the_toolkit_in_arabic(client, toolkit, network_member):
    client.force_login(network_member)
    response = client.get(url_in(toolkit, "ar"))
    assert response.status_code == 200
    assert "إسعافات أولية" in response.content.decode()


@pytest.mark.parametrize("kind", ["library", "toolkit", "lesson", "guide"])
def test_members_of_another_network_get_not_found(client, section, outsider, kind):
    client.force_login(outsider)
    assert client.get(section[kind].url).status_code == 404


def test_members_of_this_network_get_not_found_on_another_networks_library(client, other_network, network_member):
    other_toolkit = f.toolkit(f.library(f.home_page(other_network)), title=("Andres værktøj",))
    client.force_login(network_member)
    assert client.get(other_toolkit.url).status_code == 404


def test_a_signed_in_person_without_any_network_gets_not_found(client, toolkit):
    client.force_login(UserFactory())
    assert client.get(toolkit.url).status_code == 404


def test_the_networks_coordinator_reads_the_library(client, toolkit, network_coordinator):
    client.force_login(network_coordinator)
    assert client.get(toolkit.url).status_code == 200


def test_a_coordinator_reads_only_their_own_networks_library(client, toolkit, network_coordinator, other_network):
    """Coordinators are in the CMS "Coordinators" group, but that does not open other networks' libraries."""
    assert network_coordinator.groups.filter(name="Coordinators").exists()
    other_toolkit = f.toolkit(f.library(f.home_page(other_network)), title=("Andres værktøj",))
    client.force_login(network_coordinator)
    assert client.get(toolkit.url).status_code == 200
    assert client.get(other_toolkit.url).status_code == 404


def test_cms_editors_read_every_library(client, toolkit, editor):
    client.force_login(editor)
    assert client.get(toolkit.url).status_code == 200


def test_a_cms_coordinator_of_no_network_is_refused_a_members_only_library(client, toolkit, cms_coordinator):
    client.force_login(cms_coordinator)
    assert client.get(toolkit.url).status_code == 404


def test_superusers_read_every_library(client, toolkit):
    client.force_login(UserFactory(is_superuser=True))
    assert client.get(toolkit.url).status_code == 200


# --- the public magazine ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["da", "ar", "fr"])
def test_the_magazine_and_its_articles_are_public(client, magazine, article, language):
    assert not PageViewRestriction.objects.filter(page__in=article.get_ancestors(inclusive=True)).exists()
    assert client.get(url_in(magazine, language)).status_code == 200
    response = client.get(url_in(article, language))
    assert response.status_code == 200
    assert {"da": "Frivillighedens dag", "ar": "يوم التطوع", "fr": "Journée du bénévolat"}[language] in (
        response.content.decode()
    )


def test_members_of_another_network_read_the_magazine(client, article, outsider):
    client.force_login(outsider)
    assert client.get(article.url).status_code == 200


# --- a new library made in the CMS -------------------------------------------------------------------------------


def library_form(action: str) -> dict:
    fields = ("title", "introduction", "seo_title", "search_description")
    data = {f"{name}_{language}": "" for name in fields for language in ("da", "ar", "fr")}
    return {
        **data,
        "title_da": "Værktøjskasser",
        "title_ar": "حقائب الأدوات",
        "introduction_da": "Netværkets værktøjer",
        "slug": "library",
        "go_live_at": "",
        "expire_at": "",
        f"action-{action}": "action",
    }


@pytest.mark.parametrize(("user_fixture", "action"), [("cms_coordinator", "publish"), ("editor", "submit")])
def test_a_library_added_in_the_cms_becomes_members_only(client, home, request, user_fixture, action):
    client.force_login(request.getfixturevalue(user_fixture))
    url = reverse("wagtailadmin_pages:add", args=("pages", "toolkitindexpage", home.pk))

    response = client.post(url, library_form(action))

    assert response.status_code == 302
    library = models.ToolkitIndexPage.objects.child_of(home).get()
    restrictions = PageViewRestriction.objects.filter(page=library)
    assert [restriction.restriction_type for restriction in restrictions] == [PageViewRestriction.LOGIN]


def test_a_library_added_and_published_in_the_cms_sends_anonymous_visitors_to_sign_in(
    client, home, cms_coordinator, network_member
):
    client.force_login(cms_coordinator)
    client.post(reverse("wagtailadmin_pages:add", args=("pages", "toolkitindexpage", home.pk)), library_form("publish"))
    library = models.ToolkitIndexPage.objects.child_of(home).get()
    assert library.live
    client.logout()

    assert client.get(library.url).status_code == 302
    client.force_login(network_member)
    assert client.get(library.url).status_code == 200


def test_a_library_added_under_a_private_home_gets_no_second_restriction(client, home, cms_coordinator):
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(cms_coordinator)
    client.post(reverse("wagtailadmin_pages:add", args=("pages", "toolkitindexpage", home.pk)), library_form("publish"))
    library = models.ToolkitIndexPage.objects.child_of(home).get()
    assert not PageViewRestriction.objects.filter(page=library).exists()


def test_a_magazine_added_in_the_cms_stays_public(client, home, cms_coordinator):
    client.force_login(cms_coordinator)
    data = {**library_form("publish"), "title_da": "Magasin", "slug": "magazine"}
    response = client.post(reverse("wagtailadmin_pages:add", args=("pages", "magazineindexpage", home.pk)), data)
    assert response.status_code == 302
    magazine = models.MagazineIndexPage.objects.child_of(home).get()
    assert not PageViewRestriction.objects.filter(page=magazine).exists()


# --- visibility_for ---------------------------------------------------------------------------------------------


@pytest.fixture
def sections(network, other_network, library):
    """One section of each kind: this network's library, another network's library, a group-only page, a
    password-protected page, and a members-only page outside every network."""
    other_library = f.library(f.home_page(other_network))
    magazine = f.magazine(library.get_parent().specific)
    group_only = f.article(magazine, title=("Kun for redaktører",))
    restriction = PageViewRestriction.objects.create(page=group_only, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name="Editors"))
    password = f.article(magazine, title=("Med adgangskode",))
    PageViewRestriction.objects.create(page=password, restriction_type=PageViewRestriction.PASSWORD, password="x")
    outside = f.site_root().add_child(instance=Page(title="Intern", slug="intern"))
    PageViewRestriction.objects.create(page=outside, restriction_type=PageViewRestriction.LOGIN)
    return {
        "library": library.path,
        "other_library": other_library.path,
        "group_only": group_only.path,
        "password": password.path,
        "outside": outside.path,
    }


def hidden(visibility, sections) -> set:
    return {name for name, path in sections.items() if path in visibility.hidden_paths}


def denied(visibility, sections) -> set:
    return {name for name, path in sections.items() if path in visibility.denied_paths}


def test_nothing_is_hidden_when_nothing_is_restricted(db, network_member):
    visibility = selectors.visibility_for(network_member)
    assert visibility.hidden_paths == () and visibility.denied_paths == ()


def test_anonymous_sees_no_restricted_section(sections):
    visibility = selectors.visibility_for(AnonymousUser())
    assert hidden(visibility, sections) == set(sections)
    assert denied(visibility, sections) == set()


def test_a_member_sees_their_networks_library_and_members_only_pages_outside_networks(sections, network_member):
    visibility = selectors.visibility_for(network_member)
    assert hidden(visibility, sections) == {"other_library", "group_only", "password"}
    assert denied(visibility, sections) == {"other_library"}


def test_a_coordinator_outside_the_cms_groups_sees_their_own_networks_library(sections, network_coordinator):
    network_coordinator.groups.clear()
    visibility = selectors.visibility_for(type(network_coordinator).objects.get(pk=network_coordinator.pk))
    assert hidden(visibility, sections) == {"other_library", "group_only", "password"}


def test_an_editor_sees_every_library_and_the_editors_page(sections, editor):
    visibility = selectors.visibility_for(editor)
    assert hidden(visibility, sections) == {"password"}
    assert denied(visibility, sections) == set()


def test_a_superuser_sees_everything_but_password_sections(sections):
    visibility = selectors.visibility_for(UserFactory(is_superuser=True))
    assert hidden(visibility, sections) == {"password"}


def test_a_signed_in_person_of_no_network_sees_only_sections_outside_networks(sections):
    visibility = selectors.visibility_for(UserFactory())
    assert hidden(visibility, sections) == {"library", "other_library", "group_only", "password"}
    assert denied(visibility, sections) == {"library", "other_library"}


def test_visibility_allows_and_filters_whole_subtrees(sections, toolkit, outsider, network_member):
    visibility = selectors.visibility_for(outsider)
    assert not visibility.allows(toolkit)
    assert not visibility.filter(Page.objects.filter(pk=toolkit.pk)).exists()
    assert visibility.allows(toolkit.get_parent().get_parent())  # the home page itself is not restricted

    mine = selectors.visibility_for(network_member)
    assert mine.allows(toolkit)
    assert mine.filter(Page.objects.filter(pk=toolkit.pk)).exists()


def test_page_denied_to_member(sections, toolkit, network_member, outsider):
    assert selectors.page_denied_to_member(user=outsider, page=toolkit) is True
    assert selectors.page_denied_to_member(user=network_member, page=toolkit) is False
    assert selectors.page_denied_to_member(user=AnonymousUser(), page=toolkit) is False  # sent to sign in instead


def _restricted_sections(count: int):
    """`count` more networks, each with a members-only library, a password-protected magazine and an
    editors-only article: every kind of restriction, many times over."""
    editors = Group.objects.get(name="Editors")
    for _number in range(count):
        home = f.home_page()
        f.library(home)
        magazine = f.magazine(home)
        PageViewRestriction.objects.create(page=magazine, restriction_type=PageViewRestriction.PASSWORD, password="x")
        article = f.article(magazine, title=("Kun for redaktører",))
        PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.GROUPS).groups.add(
            editors
        )


@pytest.mark.parametrize("user_fixture", ["network_member", "editor", "outsider"])
def test_visibility_costs_the_same_however_many_sections_are_restricted(
    sections, request, django_assert_max_num_queries, user_fixture
):
    user_model = type(request.getfixturevalue(user_fixture))
    user_id = request.getfixturevalue(user_fixture).pk

    def queries() -> int:
        user = user_model.objects.get(pk=user_id)  # as in a request: no permission or visibility cache yet
        with CaptureQueriesContext(connection) as captured:
            selectors.visibility_for(user)
        return len(captured)

    few = queries()
    _restricted_sections(6)
    many = queries()
    assert few == many

    # Restrictions, the person's permissions (two), networks, network home pages, group restrictions.
    user = user_model.objects.get(pk=user_id)
    with django_assert_max_num_queries(6):
        visibility = selectors.visibility_for(user)
    assert len(visibility.hidden_paths) >= 6  # the password-protected magazines at least


def test_visibility_is_computed_once_per_user_object(sections, network_member, django_assert_num_queries):
    first = selectors.visibility_for(network_member)
    with django_assert_num_queries(0):
        assert selectors.visibility_for(network_member) == first


# --- organisation-restricted pages ----------------------------------------------------------------------------------


@pytest.fixture
def second_organisation(network):
    """Another organisation of the same network."""
    organisation = OrganisationFactory()
    network.organisations.add(organisation)
    return organisation


@pytest.fixture
def board_toolkit(library, organisation):
    """A toolkit only for `organisation`'s people (say, its board's own procedures)."""
    toolkit = f.toolkit(library, slug="board-procedures", title=("Bestyrelsens procedurer", "إجراءات المجلس"))
    toolkit.restricted_to.set([organisation])
    toolkit.save_revision().publish()
    return toolkit


def test_an_organisation_restricted_page_is_read_by_that_organisations_members(client, board_toolkit, network_member):
    client.force_login(network_member)
    assert client.get(board_toolkit.url).status_code == 200


def test_members_of_other_organisations_of_the_network_get_not_found(client, board_toolkit, second_organisation):
    client.force_login(member(second_organisation))
    assert client.get(board_toolkit.url).status_code == 404


@pytest.mark.parametrize("user_fixture", ["network_coordinator", "editor"])
def test_the_networks_coordinators_and_cms_editors_read_organisation_restricted_pages(
    client, board_toolkit, request, user_fixture
):
    client.force_login(request.getfixturevalue(user_fixture))
    assert client.get(board_toolkit.url).status_code == 200


def test_anonymous_visitors_of_an_organisation_restricted_page_in_a_public_library_are_sent_to_sign_in(
    client, organisation
):
    public_library = f.library(f.home_page(), members_only=False)
    toolkit = f.toolkit(public_library, title=("Kun for os",))
    toolkit.restricted_to.set([organisation])
    toolkit.save_revision().publish()

    response = client.get(toolkit.url)

    assert response.status_code == 302
    assert parse_qs(urlsplit(response["Location"]).query)["next"] == [toolkit.url]


def test_organisation_restricted_pages_are_left_out_of_the_library_and_search_for_others(
    client, board_toolkit, library, network_member, second_organisation
):
    other = member(second_organisation)
    open_toolkit = f.toolkit(library, title=("Procedurer for alle",))

    for person, sees_board_toolkit in ((network_member, True), (other, False)):
        client.force_login(person)
        listing = client.get(library.url).content.decode()
        assert open_toolkit.title in listing
        assert ("Bestyrelsens procedurer" in listing) is sees_board_toolkit
        found = [page.pk for page in selectors.search_pages(user=person, query="procedurer", language="da")]
        assert (board_toolkit.pk in found) is sees_board_toolkit
        assert open_toolkit.pk in found


def test_the_cms_offers_the_organisations_a_page_is_restricted_to(client, board_toolkit, editor, organisation):
    client.force_login(editor)

    content = client.get(reverse("wagtailadmin_pages:edit", args=(board_toolkit.pk,))).content.decode()

    assert 'name="restricted_to"' in content
    checkbox = re.search(rf'<input[^>]*name="restricted_to"[^>]*value="{organisation.pk}"[^>]*>', content).group(0)
    assert "checked" in checkbox


def test_the_cms_offers_only_the_pages_own_networks_organisations(client, library, editor, organisation, other_network):
    elsewhere = OrganisationFactory()
    other_network.organisations.add(elsewhere)
    client.force_login(editor)

    add_form = client.get(reverse("wagtailadmin_pages:add", args=("pages", "toolkitpage", library.pk)))

    offered = add_form.context["form"].fields["restricted_to"].queryset
    assert organisation in offered
    assert elsewhere not in offered
