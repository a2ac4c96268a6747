"""Signing in by e-mail, signing out, and choosing a new password (LoginView, auth URLs in organisations/urls.py)."""

import re

import pytest
from django.conf import settings
from django.core import mail

from intranet.organisations.models import User

from .factories import PASSWORD, UserFactory
from .helpers import LANGUAGES, html_alternative

pytestmark = pytest.mark.django_db


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


@pytest.mark.parametrize("preferred", LANGUAGES)
def test_login_by_email_continues_in_the_preferred_language(client, preferred):
    person = UserFactory(email="amina@example.org", preferred_language=preferred)

    response = client.post("/da/accounts/login/", {"username": "Amina@EXAMPLE.org", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == f"/{preferred}/dashboard/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == preferred
    assert signed_in_user_id(client) == str(person.pk)


def test_login_keeps_next_and_translates_it(client, organisation, leader):
    User.objects.filter(pk=leader.pk).update(preferred_language="ar")
    response = client.post(
        f"/da/accounts/login/?next=/da/organisations/{organisation.slug}/",
        {"username": leader.email, "password": PASSWORD, "next": f"/da/organisations/{organisation.slug}/"},
    )
    assert response["Location"] == f"/ar/organisations/{organisation.slug}/"


def test_login_ignores_an_unsafe_next(client, leader):
    response = client.post(
        "/da/accounts/login/", {"username": leader.email, "password": PASSWORD, "next": "http://evil.example/"}
    )
    assert response["Location"] == "/da/dashboard/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_wrong_password_shows_an_error_and_keeps_the_email(client, language):
    UserFactory(email="amina@example.org")

    response = client.post(
        f"/{language}/accounts/login/", {"username": "amina@example.org", "password": "not-the-password"}
    )

    assert response.status_code == 200
    assert [error.code for error in response.context["form"].non_field_errors().as_data()] == ["invalid_login"]
    content = response.content.decode()
    assert 'role="alert"' in content
    assert 'value="amina@example.org"' in content
    assert signed_in_user_id(client) is None


def test_unknown_email_gets_the_same_error(client):
    response = client.post("/da/accounts/login/", {"username": "nobody@example.org", "password": PASSWORD})
    assert response.status_code == 200
    assert [error.code for error in response.context["form"].non_field_errors().as_data()] == ["invalid_login"]


def test_inactive_person_cannot_sign_in(client):
    UserFactory(email="gone@example.org", is_active=False)
    response = client.post("/da/accounts/login/", {"username": "gone@example.org", "password": PASSWORD})
    assert response.status_code == 200
    assert signed_in_user_id(client) is None


def test_signed_in_person_visiting_login_goes_to_dashboard(client, leader):
    client.force_login(leader)
    response = client.get("/fr/accounts/login/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/dashboard/"


def test_logout_by_post(client, leader):
    client.force_login(leader)

    response = client.post("/ar/accounts/logout/")

    assert response.status_code == 302
    assert response["Location"] == "/ar/accounts/login/"
    assert signed_in_user_id(client) is None
    assert client.get("/ar/dashboard/").status_code == 302


def test_logout_by_get_is_refused(client, leader):
    client.force_login(leader)
    assert client.get("/da/accounts/logout/").status_code == 405
    assert signed_in_user_id(client) == str(leader.pk)


def test_every_page_offers_sign_out_as_a_post_form(client, leader):
    client.force_login(leader)
    content = client.get("/da/dashboard/").content.decode()
    assert re.search(r'<form method="post" action="/da/accounts/logout/"', content)


# --- password reset --------------------------------------------------------------------------------------------------


def reset_link(message) -> str:
    match = re.search(r"https?://testserver(/\w\w/accounts/password/reset/[^/\s]+/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.mark.parametrize(("preferred", "direction"), [("da", "ltr"), ("ar", "rtl"), ("fr", "ltr")])
def test_password_reset_email_is_in_the_preferred_language(client, preferred, direction):
    UserFactory(email="nour@example.org", preferred_language=preferred)

    # Asked for from the Danish page: the e-mail still follows the person's own language.
    response = client.post("/da/accounts/password/reset/", {"email": "Nour@Example.org"})

    assert response.status_code == 302
    assert response["Location"] == "/da/accounts/password/reset/sent/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nour@example.org"]
    assert reset_link(message).startswith(f"/{preferred}/")
    html = html_alternative(message)
    assert f'<html lang="{preferred}" dir="{direction}">' in html
    assert reset_link(message) in html


def test_password_reset_for_an_unknown_address_sends_nothing_but_looks_the_same(client):
    response = client.post("/da/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/da/accounts/password/reset/sent/"
    assert mail.outbox == []


def test_password_reset_link_sets_a_new_password(client):
    person = UserFactory(email="nour@example.org", preferred_language="ar")
    client.post("/fr/accounts/password/reset/", {"email": "nour@example.org"})
    link = reset_link(mail.outbox[0])

    response = client.get(link)
    assert response.status_code == 302  # Django hides the token from the address bar
    form_url = response["Location"]
    assert form_url.startswith("/ar/accounts/password/reset/")
    page = client.get(form_url)
    assert page.status_code == 200
    assert page.context["validlink"] is True

    new_password = "a-fresh-and-long-passphrase-42"
    response = client.post(form_url, {"new_password1": new_password, "new_password2": new_password})
    assert response.status_code == 302
    assert response["Location"] == "/ar/accounts/password/reset/complete/"

    person.refresh_from_db()
    assert person.check_password(new_password)
    assert not person.check_password(PASSWORD)
    login = client.post("/ar/accounts/login/", {"username": "nour@example.org", "password": new_password})
    assert login["Location"] == "/ar/dashboard/"

    # The link works once.
    client.post("/ar/accounts/logout/")
    again = client.get(link, follow=True)
    assert again.context["validlink"] is False


def test_password_change_for_a_signed_in_person(client, leader):
    client.force_login(leader)
    new_password = "another-long-passphrase-17"
    response = client.post(
        "/fr/accounts/password/change/",
        {"old_password": PASSWORD, "new_password1": new_password, "new_password2": new_password},
    )
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/password/change/done/"
    leader.refresh_from_db()
    assert leader.check_password(new_password)
    # Still signed in after changing it.
    assert client.get("/fr/dashboard/").status_code == 200
