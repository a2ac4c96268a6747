"""The technical Django admin (intranet/organisations/admin.py): staff only, e-mail based users."""

import pytest

from intranet.organisations.models import Membership, User

from .factories import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-long-and-unusual-passphrase-55"


def test_superuser_adds_a_person_by_email_and_full_name(admin_client):
    response = admin_client.post(
        "/django-admin/organisations/user/add/",
        {"email": "Zineb@Example.org", "full_name": "Zineb", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    person = User.objects.get(email="zineb@example.org")
    assert person.full_name == "Zineb"
    assert person.check_password(NEW_PASSWORD)


def test_user_list_searches_by_email_and_name(admin_client, leader):
    response = admin_client.get("/django-admin/organisations/user/", {"q": "Leila"})
    assert response.status_code == 200
    assert list(response.context["cl"].queryset) == [leader]


def test_memberships_cannot_be_added_in_the_admin(admin_client, organisation, leader):
    """Memberships carry guardian permissions that only the services grant."""
    response = admin_client.get(f"/django-admin/organisations/organisation/{organisation.pk}/change/")
    assert response.status_code == 200
    inline = next(
        formset for formset in response.context["inline_admin_formsets"] if formset.formset.model is Membership
    )
    assert inline.has_add_permission is False
    assert inline.formset.can_delete is False
    # Roles are read-only there too: changing one must go through membership_change_role.
    assert "role" not in inline.formset.forms[0].fields


def test_staff_without_superuser_rights_sees_no_people(client, leader):
    User.objects.filter(pk=leader.pk).update(is_staff=True)
    client.login(username=leader.email, password=PASSWORD)
    assert client.get("/django-admin/").status_code == 200
    assert client.get("/django-admin/organisations/user/").status_code == 403
