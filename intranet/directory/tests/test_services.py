"""Writes: offers (create, edit, withdraw) and requests for help."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from intranet.directory import services
from intranet.directory.models import CompetenceOffer, HelpRequest, Mode
from intranet.organisations.tests.factories import UserFactory

from .factories import CompetenceFactory, offer

pytestmark = pytest.mark.django_db


def test_create_offer_defaults_to_the_organisations_city_and_normalises_its_words(organisation, leader):
    competence = CompetenceFactory(name_da="Førstehjælp", name_ar="الإسعافات الأولية", name_fr="Premiers secours")

    created = services.competence_offer_create(
        organisation=organisation,
        competence=competence,
        description="دورات في الإسعافات الأولية للمتطوعين",
        contact=leader,
        languages=["ar", "ary", "ar"],
        mode=Mode.IN_PERSON,
        created_by=leader,
    )

    assert created.city == organisation.city
    assert created.language_codes == ["ar", "ary"]
    assert "forstehjaelp" in created.search_text
    assert "اسعافات" in created.search_text and "متطوعين" in created.search_text


def test_contact_must_be_a_member_of_the_organisation(organisation):
    with pytest.raises(ValidationError) as error:
        offer(organisation, contact=UserFactory())
    assert "contact" in error.value.message_dict
    assert not CompetenceOffer.objects.exists()


def test_unknown_language_is_refused(organisation):
    with pytest.raises(ValidationError):
        offer(organisation, languages=["xx"])


def test_one_active_offer_per_competence_and_organisation(organisation, leader):
    first = offer(organisation, contact=leader)
    with pytest.raises(ValidationError) as error:
        offer(organisation, first.competence, contact=leader)
    assert "competence" in error.value.message_dict
    services.competence_offer_withdraw(offer=first)
    assert offer(organisation, first.competence, contact=leader).pk != first.pk


def test_update_keeps_search_text_current(organisation, leader):
    existing = offer(organisation, contact=leader, description="Bestyrelsesarbejde")
    services.competence_offer_update(offer=existing, data={"description": "Regnskab og økonomi", "languages": ["fr"]})
    existing.refresh_from_db()
    assert "okonomi" in existing.search_text and "bestyrelsesarbejde" not in existing.search_text
    assert existing.languages == " fr "


def test_withdraw_takes_the_offer_out_of_the_directory(organisation, leader):
    existing = offer(organisation, contact=leader)
    services.competence_offer_withdraw(offer=existing)
    assert not CompetenceOffer.objects.active().exists()


def test_help_request_is_emailed_on_commit_in_the_contacts_language(
    organisation, leader, sister_leader, sister_organisation, django_capture_on_commit_callbacks
):
    competence = CompetenceFactory(name_da="Fundraising", name_ar="جمع التبرعات", name_fr="Collecte de fonds")
    existing = offer(organisation, competence, contact=leader)  # the leader reads Arabic

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        help_request = services.help_request_create(
            offer=existing,
            asked_by=sister_leader,
            asker_organisation=sister_organisation,
            message="Pouvez-vous nous aider ?",
            reach_me="+212 600 000 000",
        )
    assert len(mail.outbox) == 0  # nothing leaves before the transaction commits
    for callback in callbacks:
        callback()

    assert HelpRequest.objects.get() == help_request
    [message] = mail.outbox
    assert message.to == [leader.email]
    assert message.reply_to == [sister_leader.email]
    assert "جمع التبرعات" in message.subject
    html = message.alternatives[0][0]
    assert '<html lang="ar" dir="rtl">' in html
    assert "Pouvez-vous nous aider ?" in message.body


def test_help_request_on_behalf_of_someone_elses_organisation_is_refused(organisation, leader, sister_leader):
    existing = offer(organisation, contact=leader)
    with pytest.raises(ValidationError):
        services.help_request_create(
            offer=existing, asked_by=sister_leader, asker_organisation=organisation, message="?", reach_me="x"
        )
