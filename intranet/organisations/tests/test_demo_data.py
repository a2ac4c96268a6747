"""The `demo_data` command: what it loads, that a second run changes nothing, and who may see what afterwards."""

import io
import re

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import transaction
from guardian.models import UserObjectPermission
from guardian.shortcuts import get_objects_for_user

from intranet.organisations import demo
from intranet.organisations.management.commands.demo_data import DEMO_PASSWORD
from intranet.organisations.models import Membership, Network, NetworkCoordinator, Organisation, Role, User
from intranet.organisations.services import EDITORS_GROUP

ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
LANGUAGES = ("da", "ar", "fr")

DEMO_PEOPLE = [
    person
    for network in demo.NETWORKS
    for organisation in network.organisations
    for person in demo.organisation_people(organisation)
]
EXPECTED_PEOPLE = len(DEMO_PEOPLE) + len(demo.NETWORKS) + 2  # + coordinators, admin and editor
EXPECTED_MEMBERSHIPS = len(DEMO_PEOPLE) + len(demo.EXTRA_MEMBERSHIPS)


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def load(**options) -> tuple[str, str]:
    """Run the command as `make demo` would (but past the DEBUG guard); return what it printed."""
    stdout, stderr = io.StringIO(), options.pop("stderr", io.StringIO())
    call_command("demo_data", force=True, stdout=stdout, stderr=stderr, **options)
    return stdout.getvalue(), stderr.getvalue()


def table_counts() -> dict[str, int]:
    return {
        "people": User.objects.count(),
        "networks": Network.objects.count(),
        "organisations": Organisation.objects.count(),
        "network organisations": Organisation.networks.through.objects.count(),
        "memberships": Membership.objects.count(),
        "network coordinators": NetworkCoordinator.objects.count(),
        "object permissions": UserObjectPermission.objects.count(),
        "group memberships": User.groups.through.objects.count(),
    }


def snapshot() -> dict[str, list]:
    """The rows a second run could disturb, down to the password hashes and membership roles."""
    return {
        "people": list(User.objects.order_by("pk").values_list("pk", "email", "password", "is_superuser")),
        "memberships": list(Membership.objects.order_by("pk").values_list("pk", "user_id", "organisation_id", "role")),
        "object permissions": sorted(
            UserObjectPermission.objects.values_list("user_id", "permission__codename", "object_pk")
        ),
        "organisations": list(Organisation.objects.order_by("pk").values_list("pk", "slug", "name_da", "version")),
    }


@pytest.fixture(scope="module")
def demo_world(django_db_setup, django_db_blocker):
    """Load the demo once for the module, in a transaction rolled back after its last test: loading takes seconds."""
    with django_db_blocker.unblock(), transaction.atomic():
        output, _errors = load()
        yield output
        transaction.set_rollback(True)


@pytest.fixture
def loaded(demo_world, db):
    """The loaded demo; each test runs in its own transaction inside the module's, so its changes are undone."""
    return demo_world


def person(email: str) -> User:
    return User.objects.get(email=email)


# --- the data itself, no database -------------------------------------------------------------------------------


def test_demo_data_is_consistent():
    organisations = [organisation for network in demo.NETWORKS for organisation in network.organisations]
    emails = [email for email, _person, _role in DEMO_PEOPLE]
    assert [len(network.organisations) for network in demo.NETWORKS] == [6, 18]
    assert len({organisation.slug for organisation in organisations}) == len(organisations)
    assert len(set(emails)) == len(emails)
    assert all(email == email.lower() and email.endswith("@demo.shabaka.org") for email in emails)
    for organisation in organisations:
        assert 2 <= len(organisation.volunteers) <= 3
        assert organisation.contact_email.endswith(".example.org")
        for text in (organisation.name, organisation.description):
            assert ARABIC_LETTER.search(text.ar)
            assert not ARABIC_LETTER.search(text.da) and not ARABIC_LETTER.search(text.fr)
            assert len({text.da, text.ar, text.fr}) == 3


# --- loading ----------------------------------------------------------------------------------------------------


def test_first_run_loads_both_networks_and_their_people(loaded):
    assert f"people: {EXPECTED_PEOPLE}, networks: 2, coordinators: 2, organisations: 24" in loaded
    counts = table_counts()
    assert counts["networks"] == 2
    assert counts["organisations"] == 24
    assert counts["network organisations"] == 24
    assert counts["network coordinators"] == 2
    assert counts["people"] == EXPECTED_PEOPLE
    assert counts["memberships"] == EXPECTED_MEMBERSHIPS

    tanger, alliancen = Network.objects.get(slug="tanger"), Network.objects.get(slug="alliancen")
    assert (tanger.name_da, tanger.name_ar, tanger.name_fr) == ("Tanger-netværket", "شبكة طنجة", "Réseau de Tanger")
    assert (alliancen.name_da, alliancen.name_ar, alliancen.name_fr) == ("Alliancen", "التحالف", "L'Alliance")
    assert set(tanger.organisations.values_list("country", flat=True)) == {"MA"}
    assert set(alliancen.organisations.values_list("country", flat=True)) == {"DK"}
    assert tanger.organisations.count() == 6
    assert alliancen.organisations.count() == 18
    for organisation in Organisation.objects.all():
        assert organisation.memberships.filter(role=Role.LEADER).count() == 1
        assert 2 <= organisation.memberships.filter(role=Role.VOLUNTEER).count() <= 4

    tangier_people = User.objects.filter(memberships__organisation__networks=tanger).distinct()
    assert set(tangier_people.values_list("preferred_language", flat=True)) == {"ar", "fr"}
    assert set(tangier_people.values_list("time_zone", flat=True)) == {"Africa/Casablanca"}
    danish_people = User.objects.filter(memberships__organisation__networks=alliancen).distinct()
    assert set(danish_people.values_list("preferred_language", flat=True)) == {"da"}
    assert set(danish_people.values_list("time_zone", flat=True)) == {"Europe/Copenhagen"}
    assert person("leader.dar-yasmine@demo.shabaka.org").full_name == "Fatima Zahra El Idrissi"


def test_admin_editor_and_everyone_sign_in_with_the_demo_password(loaded):
    admin = person("admin@demo.shabaka.org")
    assert admin.is_staff and admin.is_superuser
    editor = person("editor@demo.shabaka.org")
    assert editor.groups.filter(name=EDITORS_GROUP).exists()
    assert not editor.is_superuser
    assert Group.objects.get(name=EDITORS_GROUP).user_set.count() == 1
    for email in (
        "admin@demo.shabaka.org",
        "coordinator.tanger@demo.shabaka.org",
        "volunteer2.pigeklubben-horsens@demo.shabaka.org",
    ):
        assert authenticate(username=email, password=DEMO_PASSWORD) == person(email)


def test_every_organisation_has_name_and_description_in_three_languages(loaded):
    for organisation in list(Organisation.objects.all()) + list(Network.objects.all()):
        for field in ("name", "description"):
            values = [getattr(organisation, f"{field}_{language}") for language in LANGUAGES]
            assert all(values), (organisation.slug, field)
            assert ARABIC_LETTER.search(values[1]), (organisation.slug, field)


def test_someone_belongs_to_two_organisations(loaded):
    mehdi = person("volunteer1.fondation-haqq@demo.shabaka.org")
    assert set(mehdi.organisations.values_list("slug", flat=True)) == {"fondation-haqq", "espace-escale"}
    assert mehdi.has_perm("organisations.view_organisation", Organisation.objects.get(slug="espace-escale"))


# --- idempotency ------------------------------------------------------------------------------------------------


def test_second_run_changes_nothing(loaded):
    counts, rows = table_counts(), snapshot()

    output, _errors = load()

    assert table_counts() == counts
    assert snapshot() == rows
    assert "nothing changed" in output


def test_second_run_keeps_edits_and_adds_back_what_is_missing(loaded):
    """A demo person's new password and an edited profile survive `make run`; a deleted membership comes back."""
    leader = person("leader.dar-yasmine@demo.shabaka.org")
    leader.set_password("my-own-password")
    leader.save()
    Organisation.objects.filter(slug="dar-yasmine").update(city="Tanger-Médina")
    Membership.objects.get(user__email="volunteer1.dar-yasmine@demo.shabaka.org").delete()

    output, _errors = load()

    assert person("leader.dar-yasmine@demo.shabaka.org").check_password("my-own-password")
    assert Organisation.objects.get(slug="dar-yasmine").city == "Tanger-Médina"
    assert table_counts()["memberships"] == EXPECTED_MEMBERSHIPS
    assert "memberships: 1." in output


# --- permissions, granted by the services as in the product -----------------------------------------------------


def test_leader_manages_members_and_volunteer_does_not(loaded):
    organisation = Organisation.objects.get(slug="kompasset-randers")
    leader = person("leader.kompasset-randers@demo.shabaka.org")
    volunteer = person("volunteer1.kompasset-randers@demo.shabaka.org")

    assert leader.has_perm("organisations.manage_members", organisation)
    assert not volunteer.has_perm("organisations.manage_members", organisation)
    assert volunteer.has_perm("organisations.view_organisation", organisation)
    assert not leader.has_perm("organisations.manage_members", Organisation.objects.get(slug="pigeklubben-horsens"))


@pytest.mark.parametrize(("network_slug", "other_slug"), [("tanger", "alliancen"), ("alliancen", "tanger")])
def test_coordinator_sees_every_organisation_of_their_network_and_none_of_the_other(loaded, network_slug, other_slug):
    coordinator = person(f"coordinator.{network_slug}@demo.shabaka.org")
    network = Network.objects.get(slug=network_slug)
    visible = get_objects_for_user(
        coordinator, "organisations.view_organisation", Organisation, accept_global_perms=False
    )

    assert set(visible) == set(network.organisations.all())
    assert not visible.filter(networks__slug=other_slug).exists()
    assert coordinator.has_perm("organisations.coordinate_network", network)
    assert not coordinator.has_perm("organisations.coordinate_network", Network.objects.get(slug=other_slug))


# --- the command's guard and output -----------------------------------------------------------------------------


def test_refuses_to_run_without_debug_unless_forced(loaded, settings):
    settings.DEBUG = False
    User.objects.filter(email="admin@demo.shabaka.org").delete()
    counts = table_counts()

    with pytest.raises(CommandError, match="--force"):
        call_command("demo_data", stdout=io.StringIO(), stderr=io.StringIO())

    assert table_counts() == counts
    assert not User.objects.filter(email="admin@demo.shabaka.org").exists()


def test_runs_without_force_when_debug_is_on(loaded, settings):
    settings.DEBUG = True
    User.objects.filter(email="admin@demo.shabaka.org").delete()

    call_command("demo_data", verbosity=0)

    assert person("admin@demo.shabaka.org").is_superuser


def test_prints_the_sign_ins_table_and_a_progress_bar(loaded):
    output, progress = load(stderr=FakeTerminal())

    for printed in (loaded, output):  # the first run and any later one
        assert "admin@demo.shabaka.org" in printed
        assert "editor@demo.shabaka.org" in printed
        for network in demo.NETWORKS:
            first = network.organisations[0].slug
            assert f"coordinator.{network.slug}@demo.shabaka.org" in printed
            assert f"leader.{first}@demo.shabaka.org" in printed
            assert f"volunteer1.{first}@demo.shabaka.org" in printed
        assert DEMO_PASSWORD in printed
        assert "Fatima Zahra El Idrissi" in printed
    assert "100%" in progress


@pytest.mark.parametrize("options", [{"quiet": True}, {"verbosity": 0}])
def test_quiet_prints_nothing(loaded, options):
    Membership.objects.get(user__email="volunteer1.dar-yasmine@demo.shabaka.org").delete()

    output, progress = load(stderr=FakeTerminal(), **options)

    assert output == progress == ""
    assert table_counts()["memberships"] == EXPECTED_MEMBERSHIPS
