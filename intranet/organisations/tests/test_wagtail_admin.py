"""Wagtail's user admin fitted to our user model (intranet/organisations/wagtail_views.py) and the CMS menu."""

import re

import pytest
from django.urls import reverse

from intranet.organisations.models import User

from .factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-long-and-unusual-passphrase-77"


@pytest.fixture
def superuser_client(client):
    superuser = User.objects.create_superuser(email="root@example.org", password=PASSWORD, full_name="Root")
    client.force_login(superuser)
    return client


def rendered_field_names(response) -> set[str]:
    return set(re.findall(r'name="([^"]+)"', response.content.decode()))


def test_add_user_page_opens_with_our_form(superuser_client):
    response = superuser_client.get(reverse("wagtailusers_users:add"))
    assert response.status_code == 200
    form = response.context["form"]
    assert type(form).__name__ == "ShabakaUserCreationForm"
    assert "first_name" not in form.fields
    assert "last_name" not in form.fields


def test_add_user_page_renders_every_field_the_form_requires(superuser_client):
    """What the browser can send is what the page renders: every required field must be on it."""
    response = superuser_client.get(reverse("wagtailusers_users:add"))
    form = response.context["form"]
    required = {name for name, field in form.fields.items() if field.required}
    assert required - rendered_field_names(response) == set()
    assert {"email", "full_name", "password1", "password2"} <= rendered_field_names(response)


def test_edit_user_page_renders_the_full_name(superuser_client):
    person = UserFactory(full_name="Samira Haddad")
    response = superuser_client.get(reverse("wagtailusers_users:edit", args=[person.pk]))
    assert response.status_code == 200
    assert type(response.context["form"]).__name__ == "ShabakaUserEditForm"
    required = {name for name, field in response.context["form"].fields.items() if field.required}
    assert required - rendered_field_names(response) == set()
    assert 'value="Samira Haddad"' in response.content.decode()


def test_superuser_creates_a_person_with_email_full_name_and_password(superuser_client):
    response = superuser_client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "Samira@Example.org",
            "full_name": "Samira Haddad",
            "preferred_language": "ar",
            "time_zone": "Africa/Casablanca",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )

    assert response.status_code == 302, response.context and response.context["form"].errors
    person = User.objects.get(email__iexact="samira@example.org")
    assert person.full_name == "Samira Haddad"
    assert person.preferred_language == "ar"
    assert person.check_password(NEW_PASSWORD)
    assert not person.is_superuser


def test_superuser_changes_a_persons_full_name(superuser_client):
    person = UserFactory(full_name="Old Name", email="p@example.org")
    response = superuser_client.post(
        reverse("wagtailusers_users:edit", args=[person.pk]),
        {
            "email": "p@example.org",
            "full_name": "New Name",
            "preferred_language": "fr",
            "time_zone": "Europe/Paris",
            "is_active": "on",
            "password1": "",
            "password2": "",
        },
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    person.refresh_from_db()
    assert (person.full_name, person.preferred_language) == ("New Name", "fr")
    assert person.check_password(PASSWORD)  # an empty password field keeps the old one


def test_cms_menu_links_back_to_the_site(superuser_client):
    content = superuser_client.get("/cms/").content.decode()
    assert "/da/" in content
