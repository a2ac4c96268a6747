"""Moving and deleting paper sections: each is a revision (author, time, summary), nothing is lost (a deleted
section's text stays in the earlier revisions), a stale base revision changes nothing, and only participants may,
only while the paper may be edited."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from forums import campaign_services as services
from forums.campaign_models import PaperComment, PaperRevision, PaperSection

from .campaign_factories import *  # noqa: F403 - the fixtures the campaign and paper tests share
from .campaign_factories import open_for_signatures, paper_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def paper(campaign, lead_leader):
    return paper_in(
        campaign,
        lead_leader,
        sections=[("Indledning", "Første afsnit."), ("Krav", "Vi kræver retshjælp."), ("Afslutning", "Tak.")],
    )


def _headings(paper):
    return list(paper.sections.order_by("order", "pk").values_list("heading", flat=True))


def _section(paper, heading):
    return PaperSection.objects.get(paper=paper, heading=heading)


def _unchanged(paper):
    paper.refresh_from_db()
    assert paper.revision_number == 2
    assert _headings(paper) == ["Indledning", "Krav", "Afslutning"]
    assert PaperRevision.objects.filter(paper=paper).count() == 2


# --- services -----------------------------------------------------------------------------------------------------


def test_moving_a_section_up_is_a_revision(paper, partner_member):
    moved = services.section_move(section=_section(paper, "Krav"), user=partner_member, direction="up", base_revision=1)
    assert moved.order == 1
    paper.refresh_from_db()
    assert paper.revision_number == 2
    assert _headings(paper) == ["Krav", "Indledning", "Afslutning"]
    assert list(paper.sections.order_by("order").values_list("order", flat=True)) == [1, 2, 3]
    revision = paper.revisions.get(number=2)
    assert revision.author == partner_member and revision.created_at is not None
    assert "Krav" in revision.summary
    assert [item["heading"] for item in revision.snapshot] == ["Krav", "Indledning", "Afslutning"]
    rows = services.revisions_compare(older=paper.revisions.get(number=1), newer=revision)
    assert [row["state"] for row in rows] == ["same", "same", "same"]
    assert [row["moved"] for row in rows] == [True, True, False]


def test_moving_down_and_at_the_edges(paper, partner_member):
    services.section_move(section=_section(paper, "Krav"), user=partner_member, direction="down", base_revision=1)
    assert _headings(paper) == ["Indledning", "Afslutning", "Krav"]
    for heading, direction in (("Krav", "down"), ("Indledning", "up")):
        with pytest.raises(ValidationError) as error:
            services.section_move(
                section=_section(paper, heading), user=partner_member, direction=direction, base_revision=2
            )
        assert error.value.code == "cannot_move"
    paper.refresh_from_db()
    assert paper.revision_number == 2


def test_deleting_a_section_keeps_its_text_in_the_earlier_revisions(paper, lead_leader, partner_member):
    section = _section(paper, "Krav")
    services.comment_create(section=section, user=partner_member, body="Skarpere?")
    revision = services.section_delete(section=section, user=partner_member, base_revision=1)
    paper.refresh_from_db()
    assert _headings(paper) == ["Indledning", "Afslutning"]
    assert list(paper.sections.order_by("order").values_list("order", flat=True)) == [1, 2]
    assert not PaperComment.objects.exists()
    assert (revision.number, revision.author, paper.revision_number) == (2, partner_member, 2)
    assert "Krav" in revision.summary
    before = paper.revisions.get(number=1)
    assert [item["body"] for item in before.snapshot] == ["Første afsnit.", "Vi kræver retshjælp.", "Tak."]
    rows = services.revisions_compare(older=before, newer=revision)
    removed = [row for row in rows if row["state"] == "removed"]
    assert [row["id"] for row in removed] == [section.pk]
    assert removed[0]["body_diff"] == "<del>Vi kræver retshjælp.</del>"
    assert removed[0]["heading_diff"] == "<del>Krav</del>"
    back = services.revisions_compare(older=revision, newer=before)
    assert [row["state"] for row in back] == ["same", "added", "same"]


@pytest.mark.parametrize("operation", ["up", "down", "delete"])
def test_a_stale_base_revision_is_refused_and_changes_nothing(paper, lead_leader, partner_member, operation):
    loaded = paper.revision_number
    services.section_save(
        section=_section(paper, "Indledning"), user=lead_leader, heading="Indledning", body="Ny", base_revision=loaded
    )
    with pytest.raises(ValidationError) as error:
        if operation == "delete":
            services.section_delete(section=_section(paper, "Krav"), user=partner_member, base_revision=loaded)
        else:
            services.section_move(
                section=_section(paper, "Krav"), user=partner_member, direction=operation, base_revision=loaded
            )
    assert error.value.code == "conflict"
    _unchanged(paper)


def test_a_move_does_not_make_an_open_edit_conflict(paper, lead_leader, partner_member):
    """Someone opened a section at revision 1; another person moves it; the first save still goes through."""
    section = _section(paper, "Krav")
    services.section_move(section=section, user=lead_leader, direction="up", base_revision=1)
    services.section_save(section=section, user=partner_member, heading="Krav", body="Vi kræver mere.", base_revision=1)
    assert _headings(paper) == ["Krav", "Indledning", "Afslutning"]
    assert _section(paper, "Krav").body == "Vi kræver mere."


def test_people_outside_the_campaign_may_not(paper, bystander, outsider):
    for person in (bystander, outsider):
        with pytest.raises(PermissionDenied):
            services.section_move(section=_section(paper, "Krav"), user=person, direction="up", base_revision=1)
        with pytest.raises(PermissionDenied):
            services.section_delete(section=_section(paper, "Krav"), user=person, base_revision=1)
    paper.refresh_from_db()
    assert paper.revision_number == 1 and len(_headings(paper)) == 3


def test_not_once_the_paper_is_past_review(paper, lead_leader, partner_member):
    open_for_signatures(paper, lead_leader)
    with pytest.raises(ValidationError) as error:
        services.section_move(section=_section(paper, "Krav"), user=partner_member, direction="up", base_revision=1)
    assert error.value.code == "not_editable"
    with pytest.raises(ValidationError) as error:
        services.section_delete(section=_section(paper, "Krav"), user=partner_member, base_revision=1)
    assert error.value.code == "not_editable"
    paper.refresh_from_db()
    assert paper.revision_number == 1 and len(_headings(paper)) == 3


# --- views --------------------------------------------------------------------------------------------------------


def _move(section):
    return reverse("paper_section_move", args=[section.pk])


def _delete(section):
    return reverse("paper_section_delete", args=[section.pk])


def test_a_participant_moves_a_section_from_the_paper_page(client, paper, partner_member):
    client.force_login(partner_member)
    content = client.get(reverse("paper_detail", args=[paper.pk])).content.decode()
    assert content.count('data-move-section="up"') == 2 and content.count('data-move-section="down"') == 2
    assert f'data-delete-section="{_section(paper, "Krav").pk}"' in content
    section = _section(paper, "Afslutning")
    response = client.post(_move(section), {"direction": "up", "base_revision": 1})
    assert response.status_code == 302 and response.url.endswith(f"#section-{section.pk}")
    assert _headings(paper) == ["Indledning", "Afslutning", "Krav"]
    revision = paper.revisions.get(number=2)
    assert revision.author == partner_member and "Afslutning" in revision.summary
    content = client.get(reverse("paper_detail", args=[paper.pk])).content.decode()
    assert revision.summary.replace("“", "").replace("”", "").split()[-2] in content.replace("“", "").replace("”", "")


def test_a_stale_move_on_the_page_changes_nothing(client, paper, lead_leader, partner_member):
    client.force_login(partner_member)
    services.section_save(
        section=_section(paper, "Indledning"), user=lead_leader, heading="Indledning", body="Ny", base_revision=1
    )
    response = client.post(_move(_section(paper, "Krav")), {"direction": "up", "base_revision": 1}, follow=True)
    assert response.status_code == 200
    assert any(message.level_tag == "error" for message in response.context["messages"])
    _unchanged(paper)


def test_delete_asks_first_then_the_compare_page_shows_the_removed_text(client, paper, partner_member):
    client.force_login(partner_member)
    section = _section(paper, "Krav")
    services.comment_create(section=section, user=partner_member, body="Skarpere?")
    response = client.get(_delete(section), {"base_revision": 1})
    assert response.status_code == 200
    content = response.content.decode()
    assert "data-confirm-delete" in content and "Vi kræver retshjælp." in content
    assert 'data-comment-count="1"' in content
    assert response.context["form"].initial["base_revision"] == 1
    assert PaperSection.objects.filter(pk=section.pk).exists()  # asking deletes nothing

    response = client.post(_delete(section), {"base_revision": 1})
    assert response.status_code == 302 and response.url == reverse("paper_detail", args=[paper.pk])
    assert not PaperSection.objects.filter(pk=section.pk).exists()
    content = client.get(reverse("paper_compare", args=[paper.pk]), {"from": 1, "to": 2}).content.decode()
    assert 'data-state="removed"' in content and "<del>Vi kræver retshjælp.</del>" in content


def test_a_stale_delete_is_refused_and_asks_again_on_the_latest_revision(client, paper, lead_leader, partner_member):
    client.force_login(partner_member)
    section = _section(paper, "Krav")
    services.section_save(
        section=section, user=lead_leader, heading="Krav", body="Vi kræver mere retshjælp.", base_revision=1
    )
    response = client.post(_delete(section), {"base_revision": 1})
    assert response.status_code == 409
    content = response.content.decode()
    assert "data-conflict" in content and "Vi kræver mere retshjælp." in content
    assert response.context["form"].initial["base_revision"] == 2
    paper.refresh_from_db()
    assert paper.revision_number == 2 and PaperSection.objects.filter(pk=section.pk).exists()
    assert client.post(_delete(section), {"base_revision": 2}).status_code == 302
    assert not PaperSection.objects.filter(pk=section.pk).exists()


def test_no_moving_or_deleting_once_the_paper_is_past_review(client, paper, lead_leader, partner_member):
    open_for_signatures(paper, lead_leader)
    client.force_login(partner_member)
    content = client.get(reverse("paper_detail", args=[paper.pk])).content.decode()
    assert "data-move-section" not in content and "data-delete-section" not in content
    section = _section(paper, "Krav")
    assert client.get(_delete(section)).status_code == 302
    client.post(_move(section), {"direction": "up", "base_revision": 1})
    client.post(_delete(section), {"base_revision": 1})
    paper.refresh_from_db()
    assert paper.revision_number == 1 and _headings(paper) == ["Indledning", "Krav", "Afslutning"]


@pytest.mark.parametrize("who", ["bystander", "outsider"])
def test_people_outside_the_campaign_get_404(client, paper, who, request):
    client.force_login(request.getfixturevalue(who))
    section = _section(paper, "Krav")
    assert client.get(_delete(section)).status_code == 404
    assert client.post(_delete(section), {"base_revision": 1}).status_code == 404
    assert client.post(_move(section), {"direction": "up", "base_revision": 1}).status_code == 404
    paper.refresh_from_db()
    assert paper.revision_number == 1 and _headings(paper) == ["Indledning", "Krav", "Afslutning"]


def test_anonymous_visitors_are_sent_to_sign_in(client, paper):
    section = _section(paper, "Krav")
    assert client.get(_delete(section)).status_code == 302
    assert client.post(_delete(section), {"base_revision": 1}).status_code == 302
    assert client.post(_move(section), {"direction": "up", "base_revision": 1}).status_code == 302
    assert client.get(_move(section)).status_code in (302, 405)
    paper.refresh_from_db()
    assert paper.revision_number == 1 and len(_headings(paper)) == 3
