"""The invitation journey through the pages: a leader invites, the invited person opens the link and joins."""

import re
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.core import mail
from django.utils import timezone, translation

from intranet.organisations import services
from intranet.organisations.models import Invitation, Membership, Role, User
from intranet.organisations.views import INVITATION_PROBLEMS

from .factories import PASSWORD, UserFactory, member
from .helpers import DIRECTIONS, LANGUAGES, html_lang_dir

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-long-and-unusual-passphrase-31"


def invitation_path(message) -> str:
    match = re.search(r"http://testserver(/\w\w/invitations/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


@pytest.fixture
def pending(organisation, leader):
    """A waiting invitation to a new address, and the path of its link."""
    invitation = services.invitation_create(
        organisation=organisation, email="new.person@example.org", role=Role.VOLUNTEER, language="ar", invited_by=leader
    )
    return invitation, f"/ar/invitations/{services.invitation_token(invitation)}/"


# --- the leader's side ------------------------------------------------------------------------------------------------


def test_leader_invites_and_the_email_goes_out(client, organisation, leader, django_capture_on_commit_callbacks):
    client.force_login(leader)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/da/organisations/{organisation.slug}/invite/",
            {"email": "Karim@Example.org", "role": "leader", "language": "fr"},
        )

    assert response.status_code == 302
    assert response["Location"] == f"/da/organisations/{organisation.slug}/"
    invitation = Invitation.objects.get(organisation=organisation)
    assert (invitation.email, invitation.role, invitation.language, invitation.invited_by) == (
        "karim@example.org",
        Role.LEADER,
        "fr",
        leader,
    )
    assert len(mail.outbox) == 1
    assert invitation_path(mail.outbox[0]).startswith("/fr/invitations/")
    # The waiting invitation is listed for the leader.
    assert "karim@example.org" in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_invitation_form_proposes_the_page_language(client, organisation, leader, language):
    client.force_login(leader)
    response = client.get(f"/{language}/organisations/{organisation.slug}/invite/")
    assert response.context["form"]["language"].value() == language


def test_invitation_form_errors_keep_the_typed_email(client, organisation, leader):
    client.force_login(leader)

    response = client.post(
        f"/da/organisations/{organisation.slug}/invite/", {"email": "karim@example", "role": "leader", "language": "ar"}
    )

    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    content = response.content.decode()
    assert 'value="karim@example"' in content
    assert '<option value="leader" selected>' in content
    assert not Invitation.objects.exists()


def test_inviting_twice_shows_the_error_and_keeps_the_email(client, organisation, leader, pending):
    client.force_login(leader)

    response = client.post(
        f"/da/organisations/{organisation.slug}/invite/",
        {"email": "new.person@example.org", "role": "member", "language": "da"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors
    assert 'value="new.person@example.org"' in response.content.decode()
    assert Invitation.objects.count() == 1


def test_inviting_a_member_shows_the_error(client, organisation, leader, volunteer):
    client.force_login(leader)
    response = client.post(
        f"/da/organisations/{organisation.slug}/invite/", {"email": volunteer.email, "role": "member", "language": "da"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not Invitation.objects.exists()


# --- a new person -----------------------------------------------------------------------------------------------------


def test_new_person_creates_an_account_and_joins(client, organisation, leader, pending):
    invitation, path = pending

    page = client.get(path)
    assert page.status_code == 200
    assert html_lang_dir(page) == ("ar", "rtl")
    assert page.context["form"] is not None

    response = client.post(path, {"full_name": "نور الهدى", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == f"/ar/organisations/{organisation.slug}/"
    person = User.objects.get(email="new.person@example.org")
    assert person.full_name == "نور الهدى"
    assert person.preferred_language == "ar"
    assert person.check_password(NEW_PASSWORD)
    assert Membership.objects.get(user=person, organisation=organisation).role == Role.VOLUNTEER
    invitation.refresh_from_db()
    assert invitation.accepted_by == person
    # Signed in, and can see the organisation at once.
    assert signed_in_user_id(client) == str(person.pk)
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("role", [Role.LEADER, Role.MEMBER])
def test_new_person_gets_the_role_the_leader_chose(client, organisation, leader, role):
    invitation = services.invitation_create(
        organisation=organisation, email="r@example.org", role=role, language="fr", invited_by=leader
    )
    client.post(
        f"/fr/invitations/{services.invitation_token(invitation)}/",
        {"full_name": "René", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    person = User.objects.get(email="r@example.org")
    assert Membership.objects.get(user=person, organisation=organisation).role == role
    assert person.has_perm("organisations.manage_members", organisation) is (role == Role.LEADER)


def test_password_mismatch_keeps_the_typed_name_and_creates_nothing(client, pending):
    invitation, path = pending

    response = client.post(path, {"full_name": "Nour Alhuda", "password1": NEW_PASSWORD, "password2": "different-1"})

    assert response.status_code == 400
    assert "password2" in response.context["form"].errors
    content = response.content.decode()
    assert 'value="Nour Alhuda"' in content
    assert NEW_PASSWORD not in content  # passwords are never sent back
    assert not User.objects.filter(email="new.person@example.org").exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None
    assert signed_in_user_id(client) is None


def test_weak_password_is_refused(client, pending):
    _invitation, path = pending
    response = client.post(path, {"full_name": "Nour", "password1": "12345678", "password2": "12345678"})
    assert response.status_code == 400
    assert "password1" in response.context["form"].errors
    assert not User.objects.filter(email="new.person@example.org").exists()


# --- someone who already has an account -------------------------------------------------------------------------------


def test_existing_person_signed_in_as_the_invited_address_accepts(client, organisation, leader, other_organisation):
    person = member(other_organisation, Role.LEADER, email="amal@example.org")
    invitation = services.invitation_create(
        organisation=organisation, email="AMAL@example.org", role=Role.MEMBER, language="da", invited_by=leader
    )
    path = f"/fr/invitations/{services.invitation_token(invitation)}/"
    client.force_login(person)
    users_before = User.objects.count()

    page = client.get(path)
    assert page.status_code == 200
    assert page.context["form"] is None

    response = client.post(path)

    assert response.status_code == 302
    assert response["Location"] == f"/fr/organisations/{organisation.slug}/"
    assert Membership.objects.get(user=person, organisation=organisation).role == Role.MEMBER
    # Their other membership is untouched.
    assert Membership.objects.get(user=person, organisation=other_organisation).role == Role.LEADER
    assert User.objects.count() == users_before


def test_existing_person_not_signed_in_is_asked_to_sign_in(client, organisation, leader):
    UserFactory(email="amal@example.org")
    invitation = services.invitation_create(
        organisation=organisation, email="amal@example.org", role=Role.MEMBER, language="da", invited_by=leader
    )
    path = f"/da/invitations/{services.invitation_token(invitation)}/"

    page = client.get(path)
    assert page.status_code == 200
    assert page.context["account_exists"] is True
    assert page.context["form"] is None
    assert f'href="/da/accounts/login/?next={quote(path)}"' in page.content.decode()

    # Posting without signing in does nothing.
    client.post(path, {"full_name": "Someone", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert not Membership.objects.filter(user__email="amal@example.org").exists()

    # After signing in through that link they come back and accept.
    login = client.post(
        f"/da/accounts/login/?next={path}", {"username": "amal@example.org", "password": PASSWORD, "next": path}
    )
    assert login["Location"] == path
    assert client.post(path).status_code == 302
    assert Membership.objects.filter(user__email="amal@example.org", organisation=organisation).exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_different_signed_in_person_is_told_and_nothing_changes(client, organisation, leader, pending, language):
    invitation, path = pending
    path = path.replace("/ar/", f"/{language}/", 1)
    intruder = UserFactory(email="intruder@example.org")
    client.force_login(intruder)

    for response in (client.get(path), client.post(path)):
        assert response.status_code == 400
        assert 'data-problem="wrong_user"' in response.content.decode()
        assert html_lang_dir(response) == (language, DIRECTIONS[language])
        assert response.context["message"] == _problem_text("wrong_user", language)

    assert not Membership.objects.filter(user=intruder).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None
    assert signed_in_user_id(client) == str(intruder.pk)


def _problem_text(code, language):
    with translation.override(language):
        return str(INVITATION_PROBLEMS[code]())


# --- links that no longer work ----------------------------------------------------------------------------------------


def _make_expired(invitation):
    Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now() - timedelta(days=15))
    invitation.refresh_from_db()
    return f"/ar/invitations/{services.invitation_token(invitation)}/"


def _make_used(invitation):
    path = f"/ar/invitations/{services.invitation_token(invitation)}/"
    services.invitation_accept(invitation=invitation, user=UserFactory(email=invitation.email))
    return path


def _make_withdrawn(invitation):
    path = f"/ar/invitations/{services.invitation_token(invitation)}/"
    services.invitation_revoke(invitation=invitation)
    return path


def _make_superseded(invitation):
    path = f"/ar/invitations/{services.invitation_token(invitation)}/"
    Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now() + timedelta(seconds=1))
    return path


@pytest.mark.parametrize(
    ("code", "make"),
    [
        ("expired", _make_expired),
        ("used", _make_used),
        ("withdrawn", _make_withdrawn),
        ("superseded", _make_superseded),
    ],
)
def test_links_that_no_longer_work_say_why_with_410(client, organisation, pending, code, make):
    invitation, _path = pending
    path = make(invitation)
    users_before = User.objects.count()
    memberships_before = Membership.objects.count()

    for response in (
        client.get(path),
        client.post(path, {"full_name": "Late", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}),
    ):
        assert response.status_code == 410
        assert f'data-problem="{code}"' in response.content.decode()
        assert response.context["message"] == _problem_text(code, "ar")
        assert html_lang_dir(response) == ("ar", "rtl")

    assert User.objects.count() == users_before
    assert Membership.objects.count() == memberships_before
    assert signed_in_user_id(client) is None


@pytest.mark.parametrize("token", ["not-a-token", "eyJpbnZpdGF0aW9uIjo5OTk5OX0:1abc:forged"])
def test_invalid_links_say_so_with_400(client, token):
    response = client.get(f"/fr/invitations/{token}/")
    assert response.status_code == 400
    assert 'data-problem="invalid"' in response.content.decode()


def test_invitation_withdrawn_while_the_form_was_open_is_refused(client, organisation, pending):
    invitation, path = pending
    assert client.get(path).status_code == 200
    services.invitation_revoke(invitation=invitation)

    response = client.post(path, {"full_name": "Nour", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert response.status_code == 410
    assert not User.objects.filter(email="new.person@example.org").exists()
