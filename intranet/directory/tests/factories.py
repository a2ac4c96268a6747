"""Factories for the directory tests; offers are made through the service, as in the product."""

import factory

from intranet.directory import services
from intranet.directory.models import Competence, Mode
from intranet.organisations.models import Organisation, Role
from intranet.organisations.tests.factories import member


class CompetenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Competence

    name_da = factory.Sequence(lambda n: f"Kompetence {n}")
    name_ar = factory.Sequence(lambda n: f"كفاءة {n}")
    name_fr = factory.Sequence(lambda n: f"Compétence {n}")
    slug = factory.Sequence(lambda n: f"competence-{n}")


def offer(organisation: Organisation, competence: Competence | None = None, **fields):
    """An active offer of `organisation`, its contact a new leader unless given."""
    contact = fields.pop("contact", None) or member(organisation, Role.LEADER)
    data = {
        "description": "Vi hjælper gerne.",
        "languages": ["da"],
        "mode": Mode.BOTH,
    } | fields
    return services.competence_offer_create(
        organisation=organisation, competence=competence or CompetenceFactory(), contact=contact, **data
    )
