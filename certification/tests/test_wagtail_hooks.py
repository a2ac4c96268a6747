"""Coordinators edit programmes in the CMS: the three languages and the required courses in one form."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from certification.models import Programme
from intranet.organisations.models import NetworkCoordinator
from intranet.organisations.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cms_coordinator(network):
    """In the CMS group "Coordinators"; programmes can only be made for the networks one coordinates."""
    user = UserFactory(full_name="Camille Coordinator")
    user.groups.add(Group.objects.get(name="Coordinators"))
    NetworkCoordinator.objects.create(network=network, user=user)
    return user


def test_the_add_form_has_the_translated_fields_and_the_required_courses(client, cms_coordinator):
    client.force_login(cms_coordinator)
    response = client.get(reverse("wagtailsnippets_certification_programme:add"))
    assert response.status_code == 200
    content = response.content.decode()
    for field in ("name", "description", "signatory_title"):
        for language in ("da", "ar", "fr"):
            assert f'name="{field}_{language}"' in content
    assert "programme_courses-__prefix__-course" in content


def test_a_coordinator_adds_a_programme_with_its_courses_in_order(
    client, cms_coordinator, network, first_course, second_course
):
    client.force_login(cms_coordinator)
    data = nested_form_data(
        {
            "name_da": "Certificeret frivillig",
            "name_ar": "متطوع معتمد",
            "name_fr": "Bénévole certifié",
            "description_da": "",
            "description_ar": "",
            "description_fr": "",
            "network": network.pk,
            "audience": "volunteers",
            "validity_months": "24",
            "signatory_name": "Hanne Hansen",
            "signatory_title_da": "Koordinator",
            "signatory_title_ar": "",
            "signatory_title_fr": "",
            "programme_courses": inline_formset(
                [{"course": second_course.pk, "ORDER": "1"}, {"course": first_course.pk, "ORDER": "2"}]
            ),
        }
    )
    response = client.post(reverse("wagtailsnippets_certification_programme:add"), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    programme = Programme.objects.get(name_da="Certificeret frivillig")
    assert programme.name_ar == "متطوع معتمد"
    assert programme.validity_months == 24
    assert [link.course_id for link in programme.programme_courses.order_by("sort_order")] == [
        second_course.pk,
        first_course.pk,
    ]
    assert set(programme.courses.all()) == {first_course, second_course}


def test_people_outside_the_cms_cannot_edit_programmes(client, learner):
    client.force_login(learner)
    response = client.get(reverse("wagtailsnippets_certification_programme:add"))
    assert response.status_code in (302, 403)
