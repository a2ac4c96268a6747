"""In the CMS a coordinator manages only the programmes and accreditation criteria of the networks they coordinate."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from certification.models import AccreditationCriterion, Programme
from courses.tests import factories as course_factories
from intranet.organisations.tests.factories import NetworkFactory, UserFactory, coordinator
from intranet.pages.tests import factories as page_factories

from . import factories

pytestmark = pytest.mark.django_db

# A 404 under an unprefixed URL is redirected by LocaleMiddleware to the /da/ URL, hence `follow=True` below.
PROGRAMME_URLS = "wagtailsnippets_certification_programme"
CRITERION_URLS = "wagtailsnippets_certification_accreditationcriterion"


@pytest.fixture
def other_network(db):
    return NetworkFactory(name_da="Andet netværk", name_ar="شبكة أخرى", name_fr="Autre réseau")


@pytest.fixture
def other_course(other_network):
    other_catalogue = course_factories.catalogue(page_factories.home_page(other_network))
    return course_factories.course(other_catalogue, title=("Fremmed kursus", "دورة غريبة", "Cours étranger"))


@pytest.fixture
def other_programme(other_network, other_course):
    return factories.programme(other_network, courses=[other_course], name_da="Fremmed certificering")


@pytest.fixture
def criterion(network):
    return AccreditationCriterion.objects.create(network=network, title_da="Egen styrelse")


@pytest.fixture
def other_criterion(other_network):
    return AccreditationCriterion.objects.create(network=other_network, title_da="Fremmed styrelse")


@pytest.fixture
def cms_coordinator(network):
    """Coordinates `network` (and so is in the CMS group "Coordinators"), not `other_network`."""
    return coordinator(network, full_name="Camille Coordinator")


@pytest.fixture
def superuser(db):
    return UserFactory(full_name="Sara Superuser", is_superuser=True, is_staff=True)


def _programme_data(network, courses, **fields):
    data = {
        "name_da": "Ny certificering",
        "name_ar": "",
        "name_fr": "",
        "description_da": "",
        "description_ar": "",
        "description_fr": "",
        "network": network.pk,
        "audience": "volunteers",
        "validity_months": "",
        "signatory_name": "",
        "signatory_title_da": "",
        "signatory_title_ar": "",
        "signatory_title_fr": "",
        "programme_courses": inline_formset(
            [{"course": course.pk, "ORDER": str(order)} for order, course in enumerate(courses, start=1)]
        ),
    }
    data.update(fields)
    return nested_form_data(data)


def test_the_list_shows_only_the_coordinators_networks_programmes(
    client, cms_coordinator, network, other_network, programme, other_programme
):
    client.force_login(cms_coordinator)
    response = client.get(reverse(f"{PROGRAMME_URLS}:list"))
    assert response.status_code == 200
    content = response.content.decode()
    assert programme.name_da in content
    assert other_programme.name_da not in content
    # The network filter offers only the coordinator's own network.
    assert other_network.name_da not in content


def test_the_criteria_list_shows_only_the_coordinators_networks_criteria(
    client, cms_coordinator, criterion, other_criterion
):
    client.force_login(cms_coordinator)
    response = client.get(reverse(f"{CRITERION_URLS}:list"))
    assert response.status_code == 200
    content = response.content.decode()
    assert criterion.title_da in content
    assert other_criterion.title_da not in content


@pytest.mark.parametrize("view", ["edit", "delete", "copy", "history", "usage"])
def test_another_networks_programme_cannot_be_opened(client, cms_coordinator, other_programme, view):
    client.force_login(cms_coordinator)
    response = client.get(reverse(f"{PROGRAMME_URLS}:{view}", args=[other_programme.pk]), follow=True)
    assert response.status_code in (403, 404)


def test_another_networks_programme_cannot_be_changed_or_deleted(client, cms_coordinator, network, other_programme):
    client.force_login(cms_coordinator)
    edit = reverse(f"{PROGRAMME_URLS}:edit", args=[other_programme.pk])
    data = _programme_data(network, other_programme.courses.all(), name_da="Overtaget")
    assert client.post(edit, data, follow=True).status_code in (403, 404)
    delete = reverse(f"{PROGRAMME_URLS}:delete", args=[other_programme.pk])
    assert client.post(delete, follow=True).status_code in (403, 404)
    other_programme.refresh_from_db()
    assert other_programme.name_da == "Fremmed certificering"
    assert other_programme.network_id != network.pk


def test_another_networks_criterion_cannot_be_edited_or_deleted(client, cms_coordinator, other_criterion):
    client.force_login(cms_coordinator)
    for view in ("edit", "delete"):
        url = reverse(f"{CRITERION_URLS}:{view}", args=[other_criterion.pk])
        assert client.get(url, follow=True).status_code in (403, 404)
        data = {"network": other_criterion.network_id, "title_da": "x"}
        assert client.post(url, data, follow=True).status_code in (403, 404)
    other_criterion.refresh_from_db()
    assert other_criterion.title_da == "Fremmed styrelse"


def test_the_coordinators_own_programme_and_criterion_open(client, cms_coordinator, programme, criterion):
    client.force_login(cms_coordinator)
    assert client.get(reverse(f"{PROGRAMME_URLS}:edit", args=[programme.pk])).status_code == 200
    assert client.get(reverse(f"{CRITERION_URLS}:edit", args=[criterion.pk])).status_code == 200


def test_bulk_delete_leaves_another_networks_programme(client, cms_coordinator, other_programme):
    client.force_login(cms_coordinator)
    url = reverse("wagtail_bulk_action", args=["certification", "programme", "delete"])
    client.post(f"{url}?id={other_programme.pk}")
    assert Programme.objects.filter(pk=other_programme.pk).exists()


def test_the_add_forms_offer_only_the_coordinators_networks(client, cms_coordinator, network, other_network):
    client.force_login(cms_coordinator)
    for urls in (PROGRAMME_URLS, CRITERION_URLS):
        response = client.get(reverse(f"{urls}:add"))
        assert response.status_code == 200
        choices = list(response.context["form"].fields["network"].queryset)
        assert choices == [network]
        assert other_network.name_da not in response.content.decode()


def test_a_programme_for_another_network_is_refused(client, cms_coordinator, other_network, other_course):
    client.force_login(cms_coordinator)
    response = client.post(reverse(f"{PROGRAMME_URLS}:add"), _programme_data(other_network, [other_course]))
    assert response.status_code == 200
    assert "network" in response.context["form"].errors
    assert not Programme.objects.filter(name_da="Ny certificering").exists()


def test_a_criterion_for_another_network_is_refused(client, cms_coordinator, other_network):
    client.force_login(cms_coordinator)
    data = {"network": other_network.pk, "title_da": "Snigende kriterium", "sort_order": "0", "active": "on"}
    for language in ("ar", "fr"):
        data[f"title_{language}"] = ""
    for language in ("da", "ar", "fr"):
        data[f"guidance_{language}"] = ""
    response = client.post(reverse(f"{CRITERION_URLS}:add"), data)
    assert response.status_code == 200
    assert "network" in response.context["form"].errors
    assert not AccreditationCriterion.objects.filter(title_da="Snigende kriterium").exists()


def test_a_programme_requiring_another_networks_course_is_refused(
    client, cms_coordinator, network, first_course, other_course
):
    client.force_login(cms_coordinator)
    response = client.post(reverse(f"{PROGRAMME_URLS}:add"), _programme_data(network, [first_course, other_course]))
    assert response.status_code == 200
    course_forms = response.context["form"].formsets["programme_courses"].forms
    assert not course_forms[0].errors
    assert "course" in course_forms[1].errors
    assert not Programme.objects.filter(name_da="Ny certificering").exists()


def test_a_renewal_course_of_another_network_is_refused(client, cms_coordinator, programme, network, other_course):
    client.force_login(cms_coordinator)
    data = _programme_data(network, programme.courses.all(), name_da="Omdøbt", renewal_course=other_course.pk)
    response = client.post(reverse(f"{PROGRAMME_URLS}:edit", args=[programme.pk]), data)
    assert response.status_code == 200
    assert "renewal_course" in response.context["form"].errors
    programme.refresh_from_db()
    assert programme.name_da != "Omdøbt"
    assert programme.renewal_course is None


def test_a_programme_of_the_own_network_with_its_own_courses_is_saved(
    client, cms_coordinator, network, first_course, second_course
):
    client.force_login(cms_coordinator)
    data = _programme_data(network, [first_course, second_course], renewal_course=second_course.pk)
    response = client.post(reverse(f"{PROGRAMME_URLS}:add"), data)
    assert response.status_code == 302
    programme = Programme.objects.get(name_da="Ny certificering")
    assert programme.network == network
    assert programme.renewal_course_id == second_course.pk
    assert set(programme.courses.all()) == {first_course, second_course}


def test_a_superuser_sees_and_edits_every_networks_programmes(
    client, superuser, programme, other_programme, other_criterion
):
    client.force_login(superuser)
    content = client.get(reverse(f"{PROGRAMME_URLS}:list")).content.decode()
    assert programme.name_da in content
    assert other_programme.name_da in content
    assert client.get(reverse(f"{PROGRAMME_URLS}:edit", args=[other_programme.pk])).status_code == 200
    assert client.get(reverse(f"{CRITERION_URLS}:edit", args=[other_criterion.pk])).status_code == 200
