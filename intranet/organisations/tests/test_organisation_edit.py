"""Editing an organisation's trilingual profile (views.organisation_edit, forms.OrganisationForm)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from intranet.organisations.models import Organisation, Role

from .factories import member
from .helpers import html_lang_dir

pytestmark = pytest.mark.django_db


def image_bytes(image_format: str, size=(8, 8)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (0, 120, 90)).save(buffer, image_format)
    return buffer.getvalue()


def profile(organisation, **overrides) -> dict:
    data = {
        "name_da": "Foreningen Håb",
        "name_ar": "جمعية الأمل",
        "name_fr": "Association Espoir",
        "description_da": "Vi hjælper nyankomne.",
        "description_ar": "نساعد القادمين الجدد.",
        "description_fr": "Nous aidons les nouveaux arrivants.",
        "kind": "association",
        "city": "Tanger",
        "country": "MA",
        "contact_email": "kontakt@haab.example",
        "contact_phone": "+212 5 39 00 00 00",
        "website": "https://haab.example",
        "version": organisation.version,
    }
    data.update(overrides)
    return data


def edit_url(organisation, language="da"):
    return f"/{language}/organisations/{organisation.slug}/edit/"


@pytest.fixture
def leader_client(client, leader):
    client.force_login(leader)
    return client


def test_edit_form_shows_all_three_languages_with_their_direction(leader_client, organisation):
    response = leader_client.get(edit_url(organisation, "ar"))
    assert html_lang_dir(response) == ("ar", "rtl")
    content = response.content.decode()
    assert 'name="name_ar"' in content and 'dir="rtl" lang="ar"' in content
    assert 'name="name_da"' in content and 'dir="ltr" lang="da"' in content
    assert f'name="version" value="{organisation.version}"' in content


def test_leader_saves_the_trilingual_profile(leader_client, organisation):
    response = leader_client.post(edit_url(organisation), profile(organisation))

    assert response.status_code == 302
    assert response["Location"] == f"/da/organisations/{organisation.slug}/"
    saved = Organisation.objects.get(pk=organisation.pk)
    assert (saved.name_da, saved.name_ar, saved.name_fr) == ("Foreningen Håb", "جمعية الأمل", "Association Espoir")
    assert saved.description_ar == "نساعد القادمين الجدد."
    assert saved.contact_email == "kontakt@haab.example"
    assert saved.version == 2
    # Each language shows its own name.
    assert "جمعية الأمل" in leader_client.get(f"/ar/organisations/{organisation.slug}/").content.decode()
    assert "Association Espoir" in leader_client.get(f"/fr/organisations/{organisation.slug}/").content.decode()


def test_danish_name_is_required_others_optional(leader_client, organisation):
    response = leader_client.post(edit_url(organisation), profile(organisation, name_da="", name_fr=""))
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["name_da"]

    response = leader_client.post(edit_url(organisation), profile(organisation, name_ar="", name_fr=""))
    assert response.status_code == 302


def test_leader_uploads_a_png_logo_and_can_clear_it(leader_client, organisation):
    logo = SimpleUploadedFile("logo.png", image_bytes("PNG"), content_type="image/png")
    response = leader_client.post(edit_url(organisation), {**profile(organisation), "logo": logo})
    assert response.status_code == 302
    saved = Organisation.objects.get(pk=organisation.pk)
    assert saved.logo.name.startswith("organisations/logos/")
    assert saved.logo.name.endswith(".png")

    response = leader_client.post(edit_url(organisation), {**profile(saved), "logo-clear": "on"})
    assert response.status_code == 302
    assert not Organisation.objects.get(pk=organisation.pk).logo


@pytest.mark.parametrize(("image_format", "name"), [("JPEG", "logo.jpg"), ("WEBP", "logo.webp")])
def test_jpeg_and_webp_logos_are_accepted(leader_client, organisation, image_format, name):
    logo = SimpleUploadedFile(name, image_bytes(image_format))
    response = leader_client.post(edit_url(organisation), {**profile(organisation), "logo": logo})
    assert response.status_code == 302
    assert Organisation.objects.get(pk=organisation.pk).logo


def assert_refused_and_kept(response, organisation, field="logo"):
    assert response.status_code == 200
    assert field in response.context["form"].errors
    content = response.content.decode()
    assert 'role="alert"' in content
    # What the leader typed is still in the form ...
    assert 'value="جمعية الأمل"' in content
    assert "Nous aidons les nouveaux arrivants." in content
    assert 'value="kontakt@haab.example"' in content
    # ... and nothing was saved.
    saved = Organisation.objects.get(pk=organisation.pk)
    assert saved.name_ar == organisation.name_ar
    assert saved.version == organisation.version
    assert not saved.logo


def test_logo_over_the_size_limit_is_refused(leader_client, organisation, settings):
    # A real PNG padded past the limit: Pillow still reads it, only the size is wrong.
    content = image_bytes("PNG") + b"\0" * settings.LOGO_MAX_BYTES
    logo = SimpleUploadedFile("logo.png", content, content_type="image/png")

    response = leader_client.post(edit_url(organisation), {**profile(organisation), "logo": logo})

    assert_refused_and_kept(response, organisation)
    assert [error.code for error in response.context["form"].errors.as_data()["logo"]] == ["too_large"]


def test_logo_limit_comes_from_settings(leader_client, organisation, settings):
    settings.LOGO_MAX_BYTES = 10
    logo = SimpleUploadedFile("logo.png", image_bytes("PNG"), content_type="image/png")
    response = leader_client.post(edit_url(organisation), {**profile(organisation), "logo": logo})
    assert_refused_and_kept(response, organisation)


def test_a_file_that_is_not_an_image_is_refused(leader_client, organisation):
    logo = SimpleUploadedFile("logo.png", b"%PDF-1.4 definitely not a picture", content_type="image/png")
    response = leader_client.post(edit_url(organisation), {**profile(organisation), "logo": logo})
    assert_refused_and_kept(response, organisation)


def test_a_gif_renamed_png_is_refused(leader_client, organisation):
    logo = SimpleUploadedFile("logo.png", image_bytes("GIF"), content_type="image/png")

    response = leader_client.post(edit_url(organisation), {**profile(organisation), "logo": logo})

    assert_refused_and_kept(response, organisation)
    assert [error.code for error in response.context["form"].errors.as_data()["logo"]] == ["invalid_type"]


def test_concurrent_edit_keeps_the_second_editors_text_and_the_first_save(client, organisation, leader):
    colleague = member(organisation, Role.LEADER)
    first, second = client, type(client)()
    first.force_login(leader)
    second.force_login(colleague)
    version_first = first.get(edit_url(organisation)).context["form"]["version"].value()
    version_second = second.get(edit_url(organisation, "fr")).context["form"]["version"].value()
    assert version_first == version_second == 1

    saved = first.post(edit_url(organisation), profile(organisation, city="Tétouan", description_fr="Version A"))
    assert saved.status_code == 302

    response = second.post(
        edit_url(organisation, "fr"), profile(organisation, city="Larache", description_fr="Version B de Karim")
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert 'class="conflict"' in content
    assert response.context["conflict"].description_fr == "Version A"
    assert response.context["form"].non_field_errors()
    assert "Version B de Karim" in content  # the second editor's text is kept in the form
    assert 'value="Larache"' in content
    assert "Version A" in content  # the colleague's saved text is shown next to it
    db = Organisation.objects.get(pk=organisation.pk)
    assert (db.city, db.description_fr, db.version) == ("Tétouan", "Version A", 2)

    # The form now carries the new version, so saving again (after comparing) succeeds.
    assert 'name="version" value="2"' in content
    again = second.post(
        edit_url(organisation, "fr"), profile(organisation, city="Larache", description_fr="B", version=2)
    )
    assert again.status_code == 302
    db.refresh_from_db()
    assert (db.city, db.version) == ("Larache", 3)


def test_concurrent_edit_message_is_shown_in_the_page_language(client, organisation, leader):
    client.force_login(leader)
    client.post(edit_url(organisation), profile(organisation))
    response = client.post(edit_url(organisation, "ar"), profile(organisation, version=1))
    assert response.status_code == 200
    assert html_lang_dir(response) == ("ar", "rtl")
    assert 'class="conflict"' in response.content.decode()
