"""What search engines and link previews read about a page: its address per language, canonical address, sitemap.

A page has one address per language (`/da/...`, `/ar/...`, `/fr/...`). It is *written* in a language when
none of its translated fields falls back to Danish there (`TranslatedPage.untranslated_in`); only those
addresses are announced as alternates (hreflang, sitemap), so a search engine never indexes the Arabic
address of a page that shows Danish text. Such an address names the Danish one as canonical.

Absolute addresses are built from the request, not from Wagtail's `Site` hostname, which is not configured
per deployment here.
"""

from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .models import CONTENT_LANGUAGES, FALLBACK_LANGUAGE, TranslatedPage

# Open Graph names locales language_TERRITORY; these are the ones link previews recognise.
OPEN_GRAPH_LOCALES = {"da": "da_DK", "ar": "ar_AR", "fr": "fr_FR"}


def languages_written(page: Page) -> list[str]:
    """The languages `page` is fully written in, in settings order. Danish (the fallback) always counts."""
    if not isinstance(page, TranslatedPage):
        return list(CONTENT_LANGUAGES)
    return [
        language
        for language in CONTENT_LANGUAGES
        if language == FALLBACK_LANGUAGE or not page.untranslated_in(language)
    ]


def language_urls(page: Page, request) -> dict[str, str]:
    """{language: absolute address} of `page` for each language it is written in."""
    urls = {}
    for language in languages_written(page):
        with translation.override(language):
            url = page.get_url(request)
        if url:
            urls[language] = request.build_absolute_uri(url)
    return urls


def canonical_url(page: Page, request, urls: dict[str, str] | None = None) -> str | None:
    """The reader's-language address, or the Danish one where the page falls back to Danish."""
    urls = language_urls(page, request) if urls is None else urls
    return urls.get(translation.get_language()) or urls.get(FALLBACK_LANGUAGE)


def open_graph_locale(language: str) -> str:
    return OPEN_GRAPH_LOCALES.get(language, language)


class PageSitemap(Sitemap):
    """Wagtail's sitemap of public live pages, with one entry per written language and hreflang alternates.

    Members-only sections (the toolkit libraries) are left out by Wagtail's `public()`.
    """

    def items(self):
        # Unlike Wagtail's own, stream fields are loaded: whether a page is written in a language depends on them.
        return (
            self.get_wagtail_site()
            .root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            addresses = language_urls(item, self.request)
            if not addresses:
                continue
            alternates = [{"lang_code": language, "location": url} for language, url in addresses.items()]
            if FALLBACK_LANGUAGE in addresses:
                alternates.append({"lang_code": "x-default", "location": addresses[FALLBACK_LANGUAGE]})
            lastmod = item.last_published_at or item.latest_revision_created_at
            last_mods.add(lastmod)
            urls.extend(
                {"item": item, "location": url, "lastmod": lastmod, "alternates": alternates}
                for url in addresses.values()
            )
        # last_mods may be empty when the whole site is private
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


SITEMAPS = {"pages": PageSitemap}
