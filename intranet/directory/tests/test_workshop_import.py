"""The workshop CSV import: every kind of error is shown per row, and nothing is written until all rows are right."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from intranet.directory import services
from intranet.directory.models import Competence, CompetenceOffer
from intranet.directory.workshop_import import MAX_FILE_BYTES, FileProblem, workshop_csv_decode, workshop_csv_read
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member

from .factories import offer

pytestmark = pytest.mark.django_db

HEADER = "organisation,competence,contact,languages,city,mode,description\n"


@pytest.fixture
def competence(db):
    return Competence.objects.get(slug="first-aid")  # seeded by the migration


@pytest.fixture
def second_competence(db):
    return Competence.objects.get(slug="fundraising")


def csv_text(*rows: str) -> str:
    return HEADER + "".join(f"{row}\n" for row in rows)


def valid_rows(organisation, leader, sister_organisation, sister_leader):
    return (
        f'{organisation.slug},first-aid,{leader.email},ar fr ary,,in_person,"دورات في الإسعافات الأولية, مجانية"',
        f"{sister_organisation.slug},fundraising,{sister_leader.email.upper()},fr,Asilah,both,Collecte de fonds",
    )


def upload(client, network, content: bytes, name="workshop.csv"):
    return client.post(
        f"/da/directory/networks/{network.slug}/import/", {"file": SimpleUploadedFile(name, content, "text/csv")}
    )


def test_valid_file_previews_then_imports_all_rows(
    client,
    network,
    organisation,
    leader,
    sister_organisation,
    sister_leader,
    network_coordinator,
    competence,
    second_competence,
):
    client.force_login(network_coordinator)
    text = csv_text(*valid_rows(organisation, leader, sister_organisation, sister_leader))

    preview = upload(client, network, text.encode("utf-8-sig"))  # Excel's BOM is fine

    assert preview.status_code == 200
    assert preview.context["preview"].is_valid
    assert not CompetenceOffer.objects.exists()  # a preview writes nothing
    payload = preview.context["confirm_form"].initial["payload"]

    response = client.post(f"/da/directory/networks/{network.slug}/import/", {"payload": payload})

    assert response.status_code == 302
    first, second = CompetenceOffer.objects.order_by("pk")
    assert (first.organisation, first.contact, first.city, first.language_codes) == (
        organisation,
        leader,
        organisation.city,
        ["ar", "fr", "ary"],
    )
    assert first.description == "دورات في الإسعافات الأولية, مجانية"
    assert "اسعافات" in first.search_text
    assert (second.contact, second.city, second.mode, second.created_by) == (
        sister_leader,
        "Asilah",
        "both",
        network_coordinator,
    )


def test_tampered_preview_writes_nothing(client, network, network_coordinator):
    client.force_login(network_coordinator)
    response = client.post(f"/da/directory/networks/{network.slug}/import/", {"payload": "forged"})
    assert response.status_code == 200 and not CompetenceOffer.objects.exists()


# The coordinator reads the errors in their language: these tests read them in Danish, the default.
@pytest.mark.parametrize(
    ("row", "error"),
    [
        ("unknown-org,first-aid,{leader},ar,,both,x", "Ingen organisation"),
        ("{foreign},first-aid,{leader},ar,,both,x", "Ingen organisation"),  # exists, but not in this network
        ("{org},no-such-competence,{leader},ar,,both,x", "Ukendt kompetence"),
        ("{org},first-aid,{sister},ar,,both,x", "er ikke medlem"),
        ("{org},first-aid,,ar,,both,x", "Kontaktpersonen mangler"),
        ("{org},first-aid,{leader},ar xx,,both,x", "Ukendt sprogkode: xx"),
        ("{org},first-aid,{leader},,,both,x", "mindst ét sprog"),
        ("{org},first-aid,{leader},ar,,by-pigeon,x", "Ukendt form"),
        ("{org},first-aid,{leader},ar,,both,", "Beskrivelsen mangler"),
        ("{org},first-aid,{leader},ar,,both,x,extra", "flere celler"),
    ],
)
def test_each_row_error_is_reported_and_nothing_is_written(
    client,
    network,
    organisation,
    leader,
    sister_organisation,
    sister_leader,
    foreign_organisation,
    network_coordinator,
    competence,
    second_competence,
    row,
    error,
):
    client.force_login(network_coordinator)
    bad = row.format(
        org=organisation.slug, leader=leader.email, sister=sister_leader.email, foreign=foreign_organisation.slug
    )
    good = valid_rows(organisation, leader, sister_organisation, sister_leader)[1]

    response = upload(client, network, csv_text(good, bad).encode())

    preview = response.context["preview"]
    assert not preview.is_valid and "confirm_form" not in response.context
    assert preview.rows[0].errors == []
    assert preview.rows[1].number == 3
    assert any(error in message for message in preview.rows[1].errors), preview.rows[1].errors
    assert error in response.content.decode()
    assert not CompetenceOffer.objects.exists()


def test_duplicates_in_the_file_and_in_the_directory(network, organisation, leader, competence, second_competence):
    offer(organisation, second_competence, contact=leader)
    rows = (
        f"{organisation.slug},first-aid,{leader.email},ar,,both,one",
        f"{organisation.slug},first-aid,{leader.email},ar,,both,two",
        f"{organisation.slug},fundraising,{leader.email},ar,,both,three",
    )
    preview = workshop_csv_read(network=network, text=csv_text(*rows))
    assert preview.rows[0].errors == []
    assert "allerede på linje 2" in preview.rows[1].errors[0]
    assert "tilbyder allerede" in preview.rows[2].errors[0]


@pytest.mark.parametrize(
    ("content", "name", "error"),
    [
        (csv_text("a,b").encode("cp1252") + "é".encode("cp1252"), "workshop.csv", "ikke i UTF-8"),
        (HEADER.replace(",", ";").encode(), "workshop.csv", "adskilles med kommaer"),
        (b"organisation,competence\nx,y\n", "workshop.csv", "Der mangler kolonner"),
        (HEADER.encode(), "workshop.csv", "ingen rækker"),
        (b"%PDF-1.4\x00\x00", "workshop.pdf", "ikke en CSV-fil"),
        (b"PK\x03\x04\x00", "workshop.csv", "ikke en CSV-fil"),
        (HEADER.encode() + b"x" * MAX_FILE_BYTES, "workshop.csv", "for stor"),
    ],
)
def test_file_problems_are_shown_on_the_upload_field(client, network, network_coordinator, content, name, error):
    client.force_login(network_coordinator)
    response = upload(client, network, content, name=name)
    assert response.status_code == 200
    assert "preview" not in response.context
    assert any(error in message for message in response.context["upload_form"].errors["file"])


def test_service_refuses_a_file_with_any_error_and_writes_nothing(
    network, organisation, leader, network_coordinator, competence
):
    text = csv_text(
        f"{organisation.slug},first-aid,{leader.email},ar,,both,fine",
        f"{organisation.slug},unknown,{leader.email},ar,,both,bad",
    )
    with pytest.raises(ValidationError):
        services.competence_offers_import(network=network, text=text, imported_by=network_coordinator)
    assert not CompetenceOffer.objects.exists()


def test_a_file_that_became_invalid_before_confirming_writes_nothing(
    client,
    network,
    organisation,
    leader,
    sister_organisation,
    sister_leader,
    network_coordinator,
    competence,
    second_competence,
):
    client.force_login(network_coordinator)
    text = csv_text(*valid_rows(organisation, leader, sister_organisation, sister_leader))
    payload = upload(client, network, text.encode()).context["confirm_form"].initial["payload"]
    # Meanwhile a leader offers the same competence by hand: the second confirm must not create half the file.
    offer(sister_organisation, second_competence, contact=member(sister_organisation, Role.LEADER))

    response = client.post(f"/da/directory/networks/{network.slug}/import/", {"payload": payload})

    assert response.status_code == 200
    assert CompetenceOffer.objects.count() == 1


def test_decode_refuses_nul_bytes():
    with pytest.raises(FileProblem):
        workshop_csv_decode(content=b"a,b\x00", name="x.csv")


def test_an_empty_upload_is_refused(client, network, network_coordinator):
    client.force_login(network_coordinator)
    response = upload(client, network, b"")
    assert response.context["upload_form"].errors["file"] and "preview" not in response.context


def test_preview_renders_right_to_left_in_arabic(
    client, network, organisation, leader, network_coordinator, competence
):
    client.force_login(network_coordinator)
    text = csv_text(f"{organisation.slug},first-aid,{leader.email},ar,,both,وصف")
    response = client.post(
        f"/ar/directory/networks/{network.slug}/import/",
        {"file": SimpleUploadedFile("workshop.csv", text.encode(), "text/csv")},
    )
    content = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert '<td dir="auto">وصف</td>' in content
    assert 'name="payload"' in content
