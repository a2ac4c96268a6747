"""Template helpers for the page tree: page metadata, breadcrumbs, languages of shown text, durations."""

import datetime

from django import template
from django.utils import translation

from intranet.pages import models, selectors, seo

register = template.Library()

_LIBRARY_KIND_BY_MODEL = {model_name: key for key, model_name in selectors.LIBRARY_KINDS.items()}


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context, page):
    """Description, canonical address, hreflang alternates and Open Graph tags for `page`'s <head>."""
    request = context["request"]
    urls = seo.language_urls(page, request)
    language = translation.get_language()
    content_language = language if language in urls else models.FALLBACK_LANGUAGE
    image = getattr(page, "image", None) or getattr(page, "poster", None)
    return {
        "request": request,
        "title": page.seo_title or page.title,
        "description": page.search_description or getattr(page, "summary", "") or getattr(page, "introduction", ""),
        "canonical": seo.canonical_url(page, request, urls),
        "alternates": list(urls.items()),
        "x_default": urls.get(models.FALLBACK_LANGUAGE),
        "og_type": "article" if isinstance(page, models.ArticlePage) else "website",
        "og_locale": seo.open_graph_locale(content_language),
        "og_locale_alternates": [seo.open_graph_locale(code) for code in urls if code != content_language],
        "image": image,
        "article": page if isinstance(page, models.ArticlePage) else None,
    }


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    return context["request"].build_absolute_uri(url)


@register.simple_tag
def breadcrumb_pages(page) -> list:
    """The pages above `page` from its network's home page down (the site root is the landing page)."""
    if page.depth <= 3:
        return []
    return list(page.get_ancestors().filter(depth__gte=3))


@register.filter
def text_language(page, field: str) -> str:
    """The language `page`'s `field` is shown in: the reader's, or Danish where it is not translated yet."""
    language = translation.get_language()
    if language not in models.CONTENT_LANGUAGES:
        return models.FALLBACK_LANGUAGE
    own = getattr(page, f"{field}_{language}", None)
    danish = getattr(page, f"{field}_{models.FALLBACK_LANGUAGE}", None)
    if models._is_empty(own) and not models._is_empty(danish):
        return models.FALLBACK_LANGUAGE
    return language


@register.filter
def library_kind(page) -> str:
    """ "toolkit", "lesson" or "guide": the library's own name for the kind of `page` (as in ?kind=)."""
    return _LIBRARY_KIND_BY_MODEL.get(type(page).__name__, "")


@register.filter
def choice_label(bound_block) -> str:
    """The label of a ChoiceBlock's chosen value (`value.bound_blocks.<name>|choice_label`)."""
    labels = dict(bound_block.block.field.choices)
    return labels.get(bound_block.value, bound_block.value)


@register.filter
def iso_duration(value) -> str:
    """A duration as ISO 8601 (PT4M30S), for <time datetime>."""
    if not isinstance(value, datetime.timedelta):
        return ""
    hours, minutes, seconds = _hours_minutes_seconds(value)
    parts = [f"{hours}H" if hours else "", f"{minutes}M" if minutes else "", f"{seconds}S" if seconds else ""]
    return "PT" + ("".join(parts) or "0S")


@register.filter
def clock(value) -> str:
    """A duration as a clock reads: 4:30, or 1:04:30 from an hour up."""
    if not isinstance(value, datetime.timedelta):
        return ""
    hours, minutes, seconds = _hours_minutes_seconds(value)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


def _hours_minutes_seconds(value: datetime.timedelta) -> tuple[int, int, int]:
    hours, rest = divmod(max(int(value.total_seconds()), 0), 3600)
    minutes, seconds = divmod(rest, 60)
    return hours, minutes, seconds


@register.simple_tag(takes_context=True)
def render_section(context, section):
    """A home page section another feature registered (`shabaka_home_sections`), rendered with the request."""
    return section.render(context["request"])


@register.simple_tag(takes_context=True)
def related_toolkits(context, page) -> list:
    """A process guide's related toolkits that are live and that the reader may see, in the editor's order."""
    visibility = selectors.visibility_for(context["request"].user)
    links = page.related_toolkits.select_related("toolkit__topic")
    return [link.toolkit for link in links if link.toolkit.live and visibility.allows(link.toolkit)]
