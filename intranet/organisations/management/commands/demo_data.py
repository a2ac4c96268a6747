"""Load the trilingual demo: the Tangier network, Alliancen, their organisations and people to sign in as."""

from collections import Counter
from functools import cached_property

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, OutputWrapper
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from tqdm import tqdm
from wagtail import hooks

from intranet.organisations import demo, services
from intranet.organisations.models import Membership, Network, NetworkCoordinator, Organisation, Role, User

# Published in the README and printed by the command: every demo person signs in with it.
DEMO_PASSWORD = "shabaka-demo"

LANGUAGES = ("da", "ar", "fr")
# Features add their demo content with `@hooks.register("shabaka_demo_data")` on a function taking
# `created` (a Counter to add what they created to). It runs after the networks and people exist, in the same
# transaction, and must only add what is missing, like the rest of the demo.
DEMO_DATA_HOOK = "shabaka_demo_data"


class _ProgressStream:
    """Lets tqdm draw on a command's stream: OutputWrapper would end each redraw with a newline and colour it."""

    def __init__(self, wrapper: OutputWrapper):
        self._wrapper = wrapper

    def write(self, text: str) -> None:
        self._wrapper.write(text, style_func=lambda plain: plain, ending="")

    def flush(self) -> None:
        self._wrapper.flush()

    def isatty(self) -> bool:
        return self._wrapper.isatty()


def _translated(field: str, text: demo.Text) -> dict[str, str]:
    return {f"{field}_{language}": getattr(text, language) for language in LANGUAGES}


class Command(BaseCommand):
    help = (
        "Load the demo networks (Tanger-netværket, Alliancen), their 24 organisations and people, "
        "and print the demo sign-ins. Safe to run again: it only adds what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even though DEBUG is off. Only for test or staging sites: the demo password is public.",
        )
        parser.add_argument("--quiet", action="store_true", help="Print nothing (same as --verbosity 0).")

    def handle(self, *args, force=False, quiet=False, verbosity=1, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off, so this may be a production site: demo_data would create people who sign in "
                "with a published password. Run it on a development site, or add --force on a test or staging site."
            )
        quiet = quiet or verbosity == 0
        self.created = Counter()
        feature_loaders = hooks.get_hooks(DEMO_DATA_HOOK)
        steps = 1 + sum(1 + len(network.organisations) for network in demo.NETWORKS) + 1 + len(feature_loaders)
        with (
            transaction.atomic(),
            tqdm(
                total=steps,
                desc="Demo data",
                unit="step",
                file=_ProgressStream(self.stderr),
                disable=True if quiet else None,
            ) as progress,
        ):
            self._staff_load()
            progress.update()
            for network_data in demo.NETWORKS:
                network = self._network_load(network_data)
                progress.update()
                for organisation_data in network_data.organisations:
                    self._organisation_load(network, network_data, organisation_data)
                    progress.update()
            self._extra_memberships_load()
            progress.update()
            for load in feature_loaders:
                load(created=self.created)
                progress.update()

        if quiet:
            return
        self._summary_print()
        self._logins_print()

    # --- loading ------------------------------------------------------------------------------------------------

    @cached_property
    def _password_hash(self) -> str:
        # Hashed once and shared: a full PBKDF2 round per person would make the demo take a minute to load.
        return make_password(DEMO_PASSWORD)

    def _person(self, *, email: str, full_name: str, language: str, time_zone: str) -> User:
        """The person with `email`; created with the demo password if missing, left exactly as they are if not."""
        user = User.objects.filter(email__iexact=email).first()
        if user is not None:
            return user
        user = services.user_create(
            email=email, full_name=full_name, password=None, preferred_language=language, time_zone=time_zone
        )
        user.password = self._password_hash
        user.save(update_fields=["password"])
        self.created["people"] += 1
        return user

    def _membership(self, *, user: User, organisation: Organisation, role: str) -> None:
        if Membership.objects.filter(user=user, organisation=organisation).exists():
            return
        services.membership_create(user=user, organisation=organisation, role=role)
        self.created["memberships"] += 1

    def _staff_load(self) -> None:
        admin = self._person(
            email=demo.ADMIN.email,
            full_name=demo.ADMIN.full_name,
            language=demo.ADMIN.language,
            time_zone=demo.ADMIN.time_zone,
        )
        if not (admin.is_staff and admin.is_superuser):
            admin.is_staff = admin.is_superuser = True
            admin.save(update_fields=["is_staff", "is_superuser"])
        editor = self._person(
            email=demo.EDITOR.email,
            full_name=demo.EDITOR.full_name,
            language=demo.EDITOR.language,
            time_zone=demo.EDITOR.time_zone,
        )
        editor.groups.add(Group.objects.get(name=services.EDITORS_GROUP))

    def _network_load(self, data: demo.DemoNetwork) -> Network:
        # Created once, never overwritten: `make run` loads the demo every time and must keep edits made in the UI.
        network, created = Network.objects.get_or_create(
            slug=data.slug, defaults=_translated("name", data.name) | _translated("description", data.description)
        )
        self.created["networks"] += created
        coordinator = self._person(
            email=demo.coordinator_email(data),
            full_name=data.coordinator.full_name,
            language=data.coordinator.language,
            time_zone=data.time_zone,
        )
        if not NetworkCoordinator.objects.filter(network=network, user=coordinator).exists():
            services.network_coordinator_add(network=network, user=coordinator)
            self.created["coordinators"] += 1
        return network

    def _organisation_load(self, network: Network, network_data: demo.DemoNetwork, data: demo.DemoOrganisation) -> None:
        organisation, created = Organisation.objects.get_or_create(
            slug=data.slug,
            defaults={
                **_translated("name", data.name),
                **_translated("description", data.description),
                "kind": data.kind,
                "city": data.city,
                "country": network_data.country,
                "contact_email": data.contact_email,
                "contact_phone": data.phone,
                "website": data.website,
            },
        )
        self.created["organisations"] += created
        if not network.organisations.filter(pk=organisation.pk).exists():
            services.network_organisation_add(network=network, organisation=organisation)
        for email, person, role in demo.organisation_people(data):
            user = self._person(
                email=email, full_name=person.full_name, language=person.language, time_zone=network_data.time_zone
            )
            self._membership(user=user, organisation=organisation, role=role)

    def _extra_memberships_load(self) -> None:
        for email, slug, role in demo.EXTRA_MEMBERSHIPS:
            user = User.objects.get(email__iexact=email)
            self._membership(user=user, organisation=Organisation.objects.get(slug=slug), role=role)

    # --- output -------------------------------------------------------------------------------------------------

    def _summary_print(self) -> None:
        created = +self.created  # drops the zero counts
        if not created:
            self.stdout.write(self.style.SUCCESS("The demo data was already loaded; nothing changed."))
            return
        made = ", ".join(f"{what}: {count}" for what, count in created.items())
        self.stdout.write(self.style.SUCCESS(f"Demo data loaded. Created {made}."))

    def _logins_rows(self) -> list[tuple[str, str, str]]:
        """(role, network or organisation, e-mail) for the people worth signing in as; no e-mail on a follow-up line."""
        rows = [
            ("Administrator (superuser)", "Django admin and CMS", demo.ADMIN.email),
            ("CMS editor", "Editors group", demo.EDITOR.email),
        ]
        for network in demo.NETWORKS:
            language = network.table_language
            rows.append(("Network coordinator", getattr(network.name, language), demo.coordinator_email(network)))
            people = [
                (organisation, email, role)
                for organisation in network.organisations
                for email, _person, role in demo.organisation_people(organisation)
            ]
            for wanted in (Role.LEADER, Role.VOLUNTEER, Role.MEMBER):
                organisation, email, role = next(person for person in people if person[2] == wanted)
                rows.append((role.capitalize(), getattr(organisation.name, language), email))
            home = {email: (organisation, role) for organisation, email, role in people}
            slugs = {organisation.slug: organisation for organisation in network.organisations}
            for email, slug, role in demo.EXTRA_MEMBERSHIPS:
                if email in home and slug in slugs:
                    organisation, home_role = home[email]
                    rows.append(
                        ("In two organisations", f"{getattr(organisation.name, language)} ({home_role})", email)
                    )
                    rows.append(("", f"+ {getattr(slugs[slug].name, language)} ({role})", ""))
        return rows

    def _logins_print(self) -> None:
        rows = self._logins_rows()
        users = {user.email: user for user in User.objects.filter(email__in=[email for *_, email in rows])}
        table = [("Role", "Network / organisation", "Name", "E-mail", "Language", "Password")]
        for role, where, email in rows:
            if not email:  # a second line about the person above
                table.append((role, where, "", "", "", ""))
            elif email in users:
                user = users[email]
                table.append((role, where, user.full_name, email, user.preferred_language, DEMO_PASSWORD))
        widths = [max(len(row[column]) for row in table) for column in range(len(table[0]))]

        def line(row):
            return "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()

        with translation.override(settings.LANGUAGE_CODE):
            login_url = reverse("login")
        self.stdout.write("")
        self.stdout.write(
            self.style.MIGRATE_HEADING(f"Demo sign-ins (password for every demo person: {DEMO_PASSWORD})")
        )
        self.stdout.write(line(table[0]))
        self.stdout.write(line(["-" * width for width in widths]))
        for row in table[1:]:
            self.stdout.write(line(row))
        self.stdout.write(
            f"Sign in at {login_url}. Every organisation also has leader.<slug>@{demo.EMAIL_DOMAIN}, "
            f"volunteer1.<slug>@{demo.EMAIL_DOMAIN} and so on."
        )
