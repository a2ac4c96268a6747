"""Writes: permissions (with an outsider), posting, mentions, editing with conflicts, moderation and reports."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command

from forums import services
from forums.models import ModerationAction, Post, PostReport, Thread
from intranet.organisations import services as organisation_services
from intranet.organisations.models import Role, User
from intranet.organisations.tests.factories import NetworkFactory, UserFactory, coordinator, member

from .factories import forum_for, thread_in

pytestmark = pytest.mark.django_db


def test_forum_create_lets_the_coordinators_moderate(network, forum, moderator, author):
    assert services.is_moderator(user=moderator, forum=forum)
    assert not services.is_moderator(user=author, forum=forum)
    assert forum.slug and forum.network == network


def test_moderators_follow_the_coordinators_and_members_of_the_network(network, forum, moderator, author):
    """The organisations app tells the forums through the `shabaka_network_changed` hook; no sync by hand."""
    newcomer = UserFactory()
    organisation_services.network_coordinator_add(network=network, user=newcomer)
    assert services.is_moderator(user=User.objects.get(pk=newcomer.pk), forum=forum)
    organisation_services.network_coordinator_remove(network=network, user=newcomer)
    assert not services.is_moderator(user=User.objects.get(pk=newcomer.pk), forum=forum)

    services.forum_moderator_add(forum=forum, user=author)
    membership = author.memberships.get()
    organisation_services.membership_remove(membership=membership, removed_by=moderator)
    assert not services.is_moderator(user=User.objects.get(pk=author.pk), forum=forum)


def test_moderators_sync_repairs_grants_made_outside_the_services(network, forum, author):
    newcomer = UserFactory()
    network.coordinators.add(newcomer)  # behind the services' back, e.g. a data fix in the shell
    assert not services.is_moderator(user=newcomer, forum=forum)
    services.forum_moderators_sync(network=network)
    assert services.is_moderator(user=User.objects.get(pk=newcomer.pk), forum=forum)


def test_only_people_of_the_network_can_be_made_moderators(forum, outsider):
    with pytest.raises(ValidationError):
        services.forum_moderator_add(forum=forum, user=outsider)


def test_outsider_can_neither_open_a_thread_nor_post_nor_report(forum, author, outsider):
    thread = thread_in(forum, author)
    with pytest.raises(PermissionDenied):
        services.thread_create(forum=forum, author=outsider, title="x", body="y")
    with pytest.raises(PermissionDenied):
        services.post_create(thread=thread, author=outsider, body="y")
    with pytest.raises(PermissionDenied):
        services.report_create(post=thread.posts.get(), reporter=outsider, reason="spam")
    with pytest.raises(PermissionDenied):
        services.subscription_set(user=outsider, thread=thread, mode="immediate")
    assert Post.objects.count() == 1


def test_post_is_rendered_sanitised_and_counted(forum, author, reader):
    thread = thread_in(forum, author)
    post = services.post_create(thread=thread, author=reader, body="**Hej** <script>alert(1)</script>")
    assert "<strong>Hej</strong>" in post.body_html
    assert "<script" not in post.body_html
    thread.refresh_from_db()
    assert thread.post_count == 2 and thread.last_post_at == post.created_at


def test_empty_title_or_body_is_refused(forum, author):
    with pytest.raises(ValidationError) as error:
        services.thread_create(forum=forum, author=author, title=" ", body=" ")
    assert set(error.value.message_dict) == {"title", "body"}
    assert not Thread.objects.exists()


def test_locked_thread_refuses_members_but_not_moderators(forum, author, moderator):
    thread = thread_in(forum, author)
    services.thread_lock(thread=thread, moderator=moderator)
    with pytest.raises(ValidationError) as error:
        services.post_create(thread=thread, author=author, body="Må jeg?")
    assert error.value.code == "locked"
    services.post_create(thread=thread, author=moderator, body="Ja, moderatoren må.")
    assert thread.posts.count() == 2


def test_edit_saves_and_bumps_the_version(forum, author):
    post = thread_in(forum, author).posts.get()
    services.post_edit(post=post, editor=author, body="Ny tekst", version=1)
    post.refresh_from_db()
    assert post.body == "Ny tekst" and post.version == 2 and post.edited_at is not None
    assert "Ny tekst" in post.body_html


def test_edit_conflict_writes_nothing(forum, author):
    post = thread_in(forum, author).posts.get()
    services.post_edit(post=Post.objects.get(pk=post.pk), editor=author, body="Første gem", version=1)
    with pytest.raises(ValidationError) as error:
        services.post_edit(post=post, editor=author, body="Andet gem", version=1)
    assert error.value.code == "conflict"
    post.refresh_from_db()
    assert post.body == "Første gem" and post.version == 2


def test_only_the_author_edits(forum, author, reader, moderator):
    post = thread_in(forum, author).posts.get()
    for other in (reader, moderator):
        with pytest.raises(PermissionDenied):
            services.post_edit(post=post, editor=other, body="Mit nu", version=1)


def test_mentions_link_and_notify_people_of_the_network_only(
    forum, author, reader, outsider, django_capture_on_commit_callbacks
):
    namesake = member(outsider.memberships.get().organisation, Role.MEMBER, full_name="Søren Ørsted")
    thread = thread_in(forum, author)
    with django_capture_on_commit_callbacks(execute=True):
        post = services.post_create(thread=thread, author=author, body="Hej @sørenørsted og @NobodyHere")
    assert 'class="mention"' in post.body_html and f"author={reader.pk}" in post.body_html
    assert "@NobodyHere" in post.body_html and post.body_html.count('class="mention"') == 1
    assert [message.to for message in mail.outbox] == [[reader.email]]
    assert namesake.email not in str([message.to for message in mail.outbox])
    assert '<html lang="da"' in mail.outbox[0].alternatives[0][0]


def test_edit_notifies_only_newly_mentioned(forum, author, reader, moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        thread = services.thread_create(forum=forum, author=author, title="Hej", body="Til @SørenØrsted")
    assert len(mail.outbox) == 1
    post = thread.posts.get()
    with django_capture_on_commit_callbacks(execute=True):
        services.post_edit(post=post, editor=author, body="Til @SørenØrsted og @HoudaCoordinator", version=1)
    assert [message.to for message in mail.outbox] == [[reader.email], [moderator.email]]
    assert '<html lang="fr"' in mail.outbox[1].alternatives[0][0]


def test_moderation_needs_the_permission(forum, author, reader):
    thread = thread_in(forum, author)
    post = thread.posts.get()
    for action in (
        lambda: services.thread_pin(thread=thread, moderator=reader),
        lambda: services.thread_lock(thread=thread, moderator=reader),
        lambda: services.thread_hide(thread=thread, moderator=reader, reason="x"),
        lambda: services.post_hide(post=post, moderator=reader, reason="x"),
        lambda: services.post_unhide(post=post, moderator=reader),
    ):
        with pytest.raises(PermissionDenied):
            action()
    assert not ModerationAction.objects.exists()


def test_pin_lock_hide_are_logged_with_reasons(forum, author, moderator):
    thread = thread_in(forum, author)
    post = thread.posts.get()
    services.thread_pin(thread=thread, moderator=moderator)
    services.thread_lock(thread=thread, moderator=moderator, reason="Afsluttet")
    with pytest.raises(ValidationError):
        services.post_hide(post=post, moderator=moderator, reason=" ")
    services.post_hide(post=post, moderator=moderator, reason="Personlige oplysninger")
    services.post_unhide(post=post, moderator=moderator)
    services.thread_hide(thread=thread, moderator=moderator, reason="Spam")
    thread.refresh_from_db()
    assert thread.is_pinned and thread.is_locked and thread.is_hidden and thread.hidden_by == moderator
    assert list(ModerationAction.objects.order_by("pk").values_list("action", "reason")) == [
        ("pin", ""),
        ("lock", "Afsluttet"),
        ("hide", "Personlige oplysninger"),
        ("unhide", ""),
        ("hide", "Spam"),
    ]


def test_move_within_the_network_only(network, forum, author, moderator):
    thread = thread_in(forum, author)
    other = forum_for(network)
    foreign = forum_for(NetworkFactory())
    with pytest.raises(ValidationError):
        services.thread_move(thread=thread, moderator=moderator, to_forum=foreign)
    services.thread_move(thread=thread, moderator=moderator, to_forum=other)
    thread.refresh_from_db()
    assert thread.forum == other
    action = ModerationAction.objects.get()
    assert (action.action, action.forum, action.target_forum) == ("move", forum, other)


def test_report_once_then_resolve(forum, author, reader, moderator):
    post = thread_in(forum, author).posts.get()
    report = services.report_create(post=post, reporter=reader, reason="Uhøfligt")
    with pytest.raises(ValidationError) as error:
        services.report_create(post=post, reporter=reader, reason="Igen")
    assert error.value.code == "duplicate"
    with pytest.raises(PermissionDenied):
        services.report_resolve(report=report, moderator=reader)
    services.report_resolve(report=report, moderator=moderator, note="Talt med forfatteren")
    report.refresh_from_db()
    assert report.resolved_by == moderator and report.resolved_at is not None
    assert ModerationAction.objects.get().action == "resolve"
    # Once resolved, the same person may report the post again.
    services.report_create(post=post, reporter=reader, reason="Igen")
    assert PostReport.objects.filter(resolved_at__isnull=True).count() == 1


def test_coordinator_of_another_network_is_an_outsider(forum, author):
    stranger = coordinator(NetworkFactory())
    assert not services.is_moderator(user=stranger, forum=forum)
    with pytest.raises(PermissionDenied):
        services.thread_create(forum=forum, author=stranger, title="x", body="y")


def test_sync_command_grants_a_new_coordinator(network, forum):
    newcomer = UserFactory()
    organisation_services.network_coordinator_add(network=network, user=newcomer)
    call_command("sync_forum_moderators", verbosity=0)
    assert services.is_moderator(user=User.objects.get(pk=newcomer.pk), forum=forum)
