"""What search engines and link previews read: hreflang alternates, canonical address, Open Graph, the sitemap."""

import datetime
import io
import re
from xml.etree import ElementTree

import pytest
from django.core.files.images import ImageFile
from django.test import RequestFactory
from django.utils import translation
from PIL import Image
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.images import get_image_model

from intranet.pages import seo
from intranet.pages.tests import factories

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def absolute(page, language: str) -> str:
    with translation.override(language):
        return f"http://testserver{page.url}"


def head_of(response) -> str:
    assert response.status_code == 200
    html = response.content.decode()
    return html[: html.index("</head>")]


def links(head: str) -> dict[str, str]:
    """{hreflang: href} of the <link rel="alternate"> tags."""
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head))


def meta(head: str, name: str) -> list[str]:
    return re.findall(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', head)


def image():
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 900), "teal").save(buffer, format="PNG")
    return get_image_model().objects.create(title="Frivillige i Tanger", file=ImageFile(buffer, name="tangier.png"))


# --- hreflang and canonical -----------------------------------------------------------------------------------------


def test_a_page_announces_the_languages_it_is_written_in(client, magazine):
    article = factories.article(magazine, title=("Hygiejne", "النظافة"), summary=("Vask hænder", "اغسل يديك"))

    head = head_of(client.get(absolute(article, "ar")))

    assert links(head) == {
        "da": absolute(article, "da"),
        "ar": absolute(article, "ar"),
        "x-default": absolute(article, "da"),
    }
    assert f'<link rel="canonical" href="{absolute(article, "ar")}">' in head


def test_a_page_read_where_it_is_not_translated_names_the_danish_address_as_canonical(client, magazine):
    article = factories.article(magazine, title=("Hygiejne", "النظافة"), summary=("Vask hænder", "اغسل يديك"))

    head = head_of(client.get(absolute(article, "fr")))

    assert f'<link rel="canonical" href="{absolute(article, "da")}">' in head
    assert "fr" not in links(head)
    assert meta(head, "og:url") == [absolute(article, "da")]
    assert meta(head, "og:locale") == ["da_DK"]


def test_a_page_with_danish_text_left_in_one_field_is_not_written_in_that_language(magazine):
    complete = factories.article(magazine, title=("Titel", "عنوان", "Titre"), summary=("Resumé", "ملخص", "Résumé"))
    half = factories.article(magazine, title=("Titel", "عنوان", "Titre"), summary=("Resumé", "ملخص"))

    assert seo.languages_written(complete) == ["da", "ar", "fr"]
    assert seo.languages_written(half) == ["da", "ar"]


def test_filters_and_pages_of_a_listing_share_one_canonical_address(client, magazine):
    head = head_of(client.get(absolute(magazine, "da"), {"kind": "story", "page": "2"}))
    assert f'<link rel="canonical" href="{absolute(magazine, "da")}">' in head


# --- Open Graph -----------------------------------------------------------------------------------------------------


def test_an_article_has_open_graph_tags_for_link_previews(client, magazine):
    article = factories.article(
        magazine,
        title=("Hygiejne i køkkenet", "النظافة في المطبخ", "L'hygiène en cuisine"),
        summary=("Vask hænder før maden", "اغسل يديك قبل الطعام", "Lavez-vous les mains"),
        date=datetime.date(2025, 4, 2),
        image=image(),
        tags=["hygiejne"],
    )

    head = head_of(client.get(absolute(article, "fr")))

    assert meta(head, "og:type") == ["article"]
    assert meta(head, "og:title") == ["L&#x27;hygiène en cuisine"]
    assert meta(head, "og:description") == ["Lavez-vous les mains"]
    assert meta(head, "description") == ["Lavez-vous les mains"]
    assert meta(head, "og:url") == [absolute(article, "fr")]
    assert meta(head, "og:locale") == ["fr_FR"]
    assert sorted(meta(head, "og:locale:alternate")) == ["ar_AR", "da_DK"]
    assert meta(head, "og:site_name") == ["Shabaka"]
    [image_url] = meta(head, "og:image")
    assert image_url.startswith("http://testserver/")
    assert meta(head, "og:image:width") == ["1200"]
    assert meta(head, "og:image:height") == ["630"]
    assert meta(head, "og:image:alt") == ["Frivillige i Tanger"]
    assert meta(head, "twitter:card") == ["summary_large_image"]
    assert meta(head, "article:published_time") == ["2025-04-02"]
    assert meta(head, "article:tag") == ["hygiejne"]


def test_the_search_description_set_in_the_cms_comes_before_the_summary(client, magazine):
    article = factories.article(magazine, title=("Titel",), summary=("Resumé",), search_description="Til søgemaskiner")
    head = head_of(client.get(absolute(article, "da")))
    assert meta(head, "og:description") == ["Til søgemaskiner"]


def test_a_network_home_page_without_an_image_has_a_small_preview(client):
    home = factories.home_page(introduction_da="Netværket af foreninger i Tanger")

    head = head_of(client.get(absolute(home, "da")))

    assert meta(head, "og:type") == ["website"]
    assert meta(head, "og:description") == ["Netværket af foreninger i Tanger"]
    assert meta(head, "og:image") == []
    assert meta(head, "twitter:card") == ["summary"]


# --- sitemap --------------------------------------------------------------------------------------------------------


def sitemap_entries(content: bytes) -> dict[str, dict[str, str]]:
    """{location: {hreflang: href}} of a sitemap."""
    root = ElementTree.fromstring(content)  # noqa: S314 - our own sitemap, not untrusted input
    entries = {}
    for url in root.findall("s:url", SITEMAP_NS):
        location = url.find("s:loc", SITEMAP_NS).text
        entries[location] = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP_NS)}
    return entries


def public_and_private_pages(home, magazine):
    article = factories.article(magazine, title=("Hygiejne", "النظافة", "Hygiène"), summary=("a", "b", "c"))
    danish_only = factories.article(magazine, title=("Kun dansk",), summary=("Resumé",))
    library = factories.library(home)
    toolkit = factories.toolkit(library, title=("Medlemmernes værktøjskasse",))
    return article, danish_only, library, toolkit


def test_sitemap_lists_public_pages_once_per_written_language_with_alternates(home, magazine):
    article, danish_only, library, toolkit = public_and_private_pages(home, magazine)
    request = RequestFactory().get("/sitemap.xml")

    response = sitemap(request, sitemaps=seo.SITEMAPS)
    response.render()
    entries = sitemap_entries(response.content)

    alternates = {
        "da": absolute(article, "da"),
        "ar": absolute(article, "ar"),
        "fr": absolute(article, "fr"),
        "x-default": absolute(article, "da"),
    }
    for language in ("da", "ar", "fr"):
        assert entries[absolute(article, language)] == alternates
    assert entries[absolute(danish_only, "da")] == {
        "da": absolute(danish_only, "da"),
        "x-default": absolute(danish_only, "da"),
    }
    assert absolute(danish_only, "ar") not in entries
    assert absolute(magazine, "da") in entries
    assert absolute(home, "ar") in entries
    # The members-only library and what is in it stay out.
    for private in (library, toolkit):
        assert not any(location.startswith(absolute(private, "da").rstrip("/")) for location in entries)
        assert absolute(private, "ar") not in entries


def test_the_site_serves_the_translated_sitemap(client, home, magazine):
    article, _danish_only, library, _toolkit = public_and_private_pages(home, magazine)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    entries = sitemap_entries(response.content)
    assert entries[absolute(article, "ar")]["fr"] == absolute(article, "fr")
    assert absolute(library, "da") not in entries
