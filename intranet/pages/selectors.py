"""Reads for the page tree: who may see which section, listings, the network home page and search.

Privacy: Wagtail's own page privacy marks a section. "Private, for signed-in people" (a login restriction)
means here: for members of the network the section belongs to (its `HomePage`'s network), for that network's
coordinators (not other networks' coordinators), CMS editors (the "Editors" group, who write for every network)
and superusers. Group restrictions are Wagtail's; password-protected sections never appear in
listings or search (a listing cannot know the password).
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.utils.translation import get_language
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from intranet import textsearch
from intranet.organisations.models import Organisation
from intranet.organisations.selectors import networks_visible_to

from . import models

EDITORS_GROUP = "Editors"
# The card image's renditions: a phone takes the small one. Must match the filters in the card templates.
LISTING_IMAGE_FILTERS = ("fill-320x180|format-webp", "fill-480x270|format-webp")
LIBRARY_PAGE_SIZE = 24
MAGAZINE_PAGE_SIZE = 12
SEARCH_PAGE_SIZE = 20
SEARCH_MAX_RESULTS = 200
NEWEST_LESSONS = 4
NEWEST_ARTICLES = 3
LIBRARY_KINDS = {
    "toolkit": "ToolkitPage",
    "lesson": "VideoLessonPage",
    "guide": "ProcessGuidePage",
}


# --- privacy --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Visibility:
    """The sections (page subtrees) and organisation-restricted pages a person may not see, once per request."""

    hidden_paths: tuple[str, ...]
    # Sections with a login restriction this person is signed in for but not a member of the network of.
    denied_paths: tuple[str, ...]
    # Pages restricted to organisations this person is neither a member nor a coordinator of.
    hidden_page_ids: frozenset[int] = frozenset()

    def allows(self, page: Page) -> bool:
        if page.pk in self.hidden_page_ids:
            return False
        return not page.path.startswith(self.hidden_paths) if self.hidden_paths else True

    def filter(self, queryset):
        if self.hidden_page_ids:
            queryset = queryset.exclude(pk__in=self.hidden_page_ids)
        if not self.hidden_paths:
            return queryset
        condition = Q()
        for path in self.hidden_paths:
            condition |= Q(path__startswith=path)
        return queryset.exclude(condition)


def visibility_for(user) -> Visibility:
    """Which restricted sections `user` may not see.

    At most five queries however many sections there are, and computed once per request: the result is kept
    on the user object, which Django builds afresh for every request.
    """
    cached = getattr(user, "_shabaka_visibility", None)
    if cached is not None:
        return cached
    visibility = _visibility_compute(user)
    if user.is_authenticated:
        user._shabaka_visibility = visibility
    return visibility


def _visibility_compute(user) -> Visibility:
    signed_in = user.is_authenticated
    group_names = set(user.groups.values_list("name", flat=True)) if signed_in and not user.is_superuser else set()
    # CMS editors write for every network and check their pages on the site; coordinators see their own networks.
    staff = signed_in and (user.is_superuser or EDITORS_GROUP in group_names)
    hidden_page_ids = frozenset() if staff else _organisation_restricted_page_ids(user)
    restrictions = list(PageViewRestriction.objects.select_related("page").only("restriction_type", "page__path"))
    if not restrictions:
        return Visibility(hidden_paths=(), denied_paths=(), hidden_page_ids=hidden_page_ids)
    kinds = {restriction.restriction_type for restriction in restrictions}
    check_networks = signed_in and not staff and PageViewRestriction.LOGIN in kinds
    network_ids = set(networks_visible_to(user).values_list("id", flat=True)) if check_networks else set()
    homes = list(models.HomePage.objects.values_list("path", "network_id")) if check_networks else []
    allowed_by_group = set()
    if signed_in and not user.is_superuser and PageViewRestriction.GROUPS in kinds:
        allowed_by_group = set(
            PageViewRestriction.groups.through.objects.filter(group__user=user).values_list(
                "pageviewrestriction_id", flat=True
            )
        )

    hidden, denied = [], []
    for restriction in restrictions:
        path = restriction.page.path
        if restriction.restriction_type == PageViewRestriction.LOGIN:
            if not signed_in:
                hidden.append(path)
            elif not staff and not _network_allows(path, homes, network_ids):
                hidden.append(path)
                denied.append(path)
        elif restriction.restriction_type == PageViewRestriction.GROUPS:
            if not (signed_in and (user.is_superuser or restriction.pk in allowed_by_group)):
                hidden.append(path)
        elif restriction.restriction_type == PageViewRestriction.PASSWORD:
            hidden.append(path)
    return Visibility(hidden_paths=tuple(hidden), denied_paths=tuple(denied), hidden_page_ids=hidden_page_ids)


def _organisation_restricted_page_ids(user) -> frozenset[int]:
    """Pages restricted to organisations `user` neither belongs to nor coordinates the network of. One query."""
    restricted = [
        model.objects.filter(restricted_to__isnull=False).order_by()
        for model in (models.ToolkitPage, models.VideoLessonPage, models.ProcessGuidePage)
    ]
    if user.is_authenticated:
        readers = Organisation.objects.filter(Q(memberships__user=user) | Q(networks__coordinators=user))
        restricted = [queryset.exclude(restricted_to__in=readers) for queryset in restricted]
    first, *others = (queryset.values_list("pk", flat=True) for queryset in restricted)
    return frozenset(first.union(*others))


def _network_allows(path: str, homes: list[tuple[str, int]], network_ids: set[int]) -> bool:
    """A section outside every network is open to anyone signed in; inside one, to that network's members."""
    for home_path, network_id in homes:
        if path.startswith(home_path):
            return network_id in network_ids
    return True


def page_denied_to_member(*, user, page: Page) -> bool:
    """True when a signed-in `user` opens a members-only page of a network they do not belong to, or a page
    restricted to organisations they are not in."""
    if not user.is_authenticated:
        return False
    visibility = visibility_for(user)
    if page.pk in visibility.hidden_page_ids:
        return True
    return bool(visibility.denied_paths) and page.path.startswith(visibility.denied_paths)


def page_needs_sign_in(*, user, page: Page) -> bool:
    """True when an anonymous visitor opens an organisation-restricted page (in a section open to everyone)."""
    return not user.is_authenticated and page.pk in visibility_for(user).hidden_page_ids


# --- listings -------------------------------------------------------------------------------------------------------


def _with_listing_images(queryset, *fields: str):
    """Prefetch the listing rendition of each image field, so a list of 50 costs what a list of 5 does."""
    images = get_image_model().objects.prefetch_renditions(*LISTING_IMAGE_FILTERS)
    return queryset.prefetch_related(*(Prefetch(field, queryset=images) for field in fields))


def library_listing(*, index_page: "models.ToolkitIndexPage", params, user) -> dict:
    """The toolkit library: toolkits, video lessons and guides, newest first, filtered by topic, audience and kind.

    The database filters, orders and pages across the three page types; only the shown page's items are then
    loaded, one query per type (stream fields left unloaded), so a library of 3,000 costs what one of 30 does.
    """
    topic_slug = params.get("topic", "")
    audience = params.get("audience", "")
    kind = params.get("kind", "")
    kinds = [name for key, name in LIBRARY_KINDS.items() if not kind or kind not in LIBRARY_KINDS or key == kind]

    queryset = Page.objects.child_of(index_page).live().type(*(getattr(models, name) for name in kinds))
    if topic_slug:
        queryset = queryset.filter(_any_kind(kinds, "topic__slug", topic_slug))
    if audience in models.Audience.values:
        queryset = queryset.filter(_any_kind(kinds, "audience", audience))
    queryset = visibility_for(user).filter(queryset).order_by("-first_published_at", "-pk")
    page_obj = Paginator(queryset.values_list("pk", flat=True), LIBRARY_PAGE_SIZE).get_page(params.get("page"))
    ids = list(page_obj.object_list)

    loaded = {}
    for name in kinds:
        model = getattr(models, name)
        image_fields = ("image", "poster") if model is models.VideoLessonPage else ("image",)
        specific = model.objects.filter(pk__in=ids).select_related("topic").defer_streamfields()
        loaded.update((page.pk, page) for page in _with_listing_images(specific, *image_fields))
    return {
        "items": [loaded[pk] for pk in ids if pk in loaded],
        "page_obj": page_obj,
        "topics": models.Topic.objects.all(),
        "audiences": models.Audience.choices,
        "kinds": [(key, getattr(models, name)._meta.verbose_name_plural) for key, name in LIBRARY_KINDS.items()],
        "filters": {"topic": topic_slug, "audience": audience, "kind": kind},
    }


def _any_kind(kinds: list[str], lookup: str, value) -> Q:
    """`lookup` = `value` on whichever of the library's page types a page is (multi-table inheritance joins)."""
    condition = Q()
    for name in kinds:
        condition |= Q(**{f"{name.lower()}__{lookup}": value})
    return condition


def magazine_listing(*, index_page: "models.MagazineIndexPage", params, user) -> dict:
    """The magazine's articles, newest first, filterable by tag and kind."""
    tag = params.get("tag", "")
    kind = params.get("kind", "")
    queryset = (
        models.ArticlePage.objects.child_of(index_page)
        .live()
        .defer_streamfields()
        .prefetch_related("tags")
        .order_by("-date", "-pk")
    )
    if tag:
        queryset = queryset.filter(tags__slug=tag)
    if kind in models.ArticleKind.values:
        queryset = queryset.filter(kind=kind)
    queryset = visibility_for(user).filter(_with_listing_images(queryset, "image"))
    page_obj = Paginator(queryset, MAGAZINE_PAGE_SIZE).get_page(params.get("page"))
    return {
        "articles": page_obj.object_list,
        "page_obj": page_obj,
        "kinds": models.ArticleKind.choices,
        "filters": {"tag": tag, "kind": kind},
    }


def home_page_content(*, page: "models.HomePage", user) -> dict:
    """A network home page's featured toolkits, newest lessons and articles, as far as `user` may see them."""
    visibility = visibility_for(user)
    featured = [
        link.toolkit
        for link in page.featured_toolkits.select_related("toolkit__topic").prefetch_related(
            Prefetch("toolkit__image", queryset=get_image_model().objects.prefetch_renditions(*LISTING_IMAGE_FILTERS))
        )
        if link.toolkit.live and visibility.allows(link.toolkit)
    ]
    lessons = visibility.filter(
        _with_listing_images(
            models.VideoLessonPage.objects.descendant_of(page).live().defer_streamfields().select_related("topic"),
            "image",
            "poster",
        )
    ).order_by("-first_published_at")[:NEWEST_LESSONS]
    articles = visibility.filter(
        _with_listing_images(models.ArticlePage.objects.descendant_of(page).live().defer_streamfields(), "image")
    ).order_by("-date", "-pk")[:NEWEST_ARTICLES]
    return {
        "featured_toolkits": featured,
        "newest_lessons": list(lessons),
        "newest_articles": list(articles),
        "library": models.ToolkitIndexPage.objects.child_of(page).live().first(),
        "magazine": models.MagazineIndexPage.objects.child_of(page).live().first(),
    }


# --- search ---------------------------------------------------------------------------------------------------------

SEARCHABLE_MODELS = ("ToolkitPage", "VideoLessonPage", "ProcessGuidePage", "ArticlePage")


def search_page_ids(*, user, query: str, language: str | None = None) -> list[int]:
    """The ids of toolkits, lessons, guides and articles matching `query` in the reader's language, best first.

    Both the query and the index are normalised by `intranet.textsearch`, so Arabic spelling variants and
    Danish/French accents meet. Sections `user` may not see never appear. Only ids, so a results page loads
    just the pages it shows (`pages_in_order`).
    """
    language = language or get_language()
    terms = textsearch.language_terms(query, language)
    if not terms:
        return []
    queryset = Page.objects.live().type(*(getattr(models, name) for name in SEARCHABLE_MODELS))
    queryset = visibility_for(user).filter(queryset)
    return [page.pk for page in queryset.search(terms, operator="and")[:SEARCH_MAX_RESULTS]]


def pages_in_order(ids: list[int]) -> list[Page]:
    """The specific pages with `ids`, in that order (one query per page type)."""
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [pages[pk] for pk in ids if pk in pages]


def search_pages(*, user, query: str, language: str | None = None) -> list[Page]:
    """All matching pages, best first (`search_page_ids`, loaded)."""
    return pages_in_order(search_page_ids(user=user, query=query, language=language))


def home_pages_for(user):
    """The live home pages of the networks `user` belongs to or coordinates, for the dashboard."""
    return (
        models.HomePage.objects.live()
        .filter(network__in=networks_visible_to(user))
        .select_related("network")
        .order_by("path")
    )
