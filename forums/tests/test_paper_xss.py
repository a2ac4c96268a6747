"""Every payload of the markup tests, written into a paper section and a comment through the pages, is inert in the
paper page's HTML, in the compare page and on the conflict page."""

import re

import pytest
from django.urls import reverse
from django.utils.safestring import mark_safe

from forums import campaign_services as services
from forums.campaign_models import PaperComment, PaperSection
from tests.test_markup import XSS_PAYLOADS, assert_allow_listed

from .campaign_factories import *  # noqa: F403 - the fixtures the campaign and paper tests share
from .campaign_factories import paper_in

pytestmark = pytest.mark.django_db

SECTION_BODIES = re.compile(r'<div class="paper-section__body prose" dir="auto">(.*?)</div>', re.S)
COMMENT_BODIES = re.compile(r'<div class="paper-comment__body prose" dir="auto">(.*?)</div>', re.S)
ON_ATTRIBUTE = re.compile(r"<[^>]*\son\w+\s*=", re.I)
JAVASCRIPT_HREF = re.compile(r"""<[a-z][^>]*\shref\s*=\s*["']?\s*(?:javascript|vbscript|data):""", re.I)


def test_there_are_at_least_50_payloads():
    assert len(XSS_PAYLOADS) >= 50


def _inert(fragment: str) -> None:
    assert_allow_listed(mark_safe(fragment))  # noqa: S308 - only fed to the allow-list assertion
    assert not ON_ATTRIBUTE.search(fragment), fragment
    assert not JAVASCRIPT_HREF.search(fragment), fragment


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_payload_in_a_section_and_a_comment_is_inert(client, campaign, lead_leader, partner_member, payload):
    # The title is set up through the service, which the forms guard: PostgreSQL stores no NUL character.
    title = payload.replace("\x00", "")[:300] or "x"
    paper = paper_in(campaign, lead_leader, title=title, sections=[("Indledning", "Tekst")])
    section = PaperSection.objects.get(paper=paper)
    client.force_login(partner_member)
    edit = reverse("paper_section_edit", args=[section.pk])
    response = client.post(edit, {"heading": payload[:300], "body": payload, "base_revision": 1})
    assert response.status_code in (302, 200)
    client.post(reverse("paper_comment_create", args=[section.pk]), {"body": payload})

    for stored in [*PaperSection.objects.filter(paper=paper), *PaperComment.objects.filter(section=section)]:
        assert_allow_listed(mark_safe(stored.body_html))  # noqa: S308

    content = client.get(reverse("paper_detail", args=[paper.pk])).content.decode()
    assert "<script" not in content.lower()
    for fragment in SECTION_BODIES.findall(content) + COMMENT_BODIES.findall(content):
        _inert(fragment)

    paper.refresh_from_db()
    if paper.revision_number >= 2:
        compare = client.get(reverse("paper_compare", args=[paper.pk]), {"from": 1, "to": 2}).content.decode()
        for fragment in re.findall(r'<div class="paper-diff" dir="auto">(.*?)</div>', compare, re.S):
            assert not re.search(r"<(?!/?(ins|del)>)", fragment), fragment

    # A conflict page shows the raw texts: escaped, never interpreted.
    services.section_save(
        section=section,
        user=lead_leader,
        heading="H",
        body="Lederens tekst " + str(paper.pk),
        base_revision=paper.revision_number,
    )
    conflict = client.post(edit, {"heading": "x", "body": payload, "base_revision": 1})
    if conflict.status_code == 409:
        page = conflict.content.decode()
        for fragment in re.findall(r'<pre class="paper-conflict__text" dir="auto">(.*?)</pre>', page, re.S):
            assert "<" not in fragment, fragment
        for fragment in re.findall(r'<div class="paper-diff" dir="auto" data-conflict-diff>(.*?)</div>', page, re.S):
            assert not re.search(r"<(?!/?(ins|del)>)", fragment), fragment
