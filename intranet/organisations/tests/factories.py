"""Factories build only what a test needs; permissions come from the services, as in the product."""

import factory

from intranet.organisations import services
from intranet.organisations.models import Network, Organisation, Role, User

PASSWORD = "correct-horse-battery-staple"  # noqa: S105 - test data


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name")
    preferred_language = "da"
    time_zone = "Europe/Copenhagen"
    password = factory.django.Password(PASSWORD)


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network

    name_da = factory.Sequence(lambda n: f"Netværk {n}")
    name_ar = factory.Sequence(lambda n: f"شبكة {n}")
    name_fr = factory.Sequence(lambda n: f"Réseau {n}")
    slug = factory.Sequence(lambda n: f"network-{n}")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name_da = factory.Sequence(lambda n: f"Forening {n}")
    name_ar = factory.Sequence(lambda n: f"جمعية {n}")
    name_fr = factory.Sequence(lambda n: f"Association {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    city = "Tanger"
    country = "MA"


def member(organisation: Organisation, role: str = Role.MEMBER, **user_fields) -> User:
    """A new person who belongs to `organisation` with `role`, with permissions granted by the service."""
    user = UserFactory(**user_fields)
    services.membership_create(user=user, organisation=organisation, role=role)
    return user


def coordinator(network: Network, **user_fields) -> User:
    user = UserFactory(**user_fields)
    services.network_coordinator_add(network=network, user=user)
    return user
