"""Open Badges 3.0 credentials: signed by the network's key, verifiable, and only for the holder to download."""

import copy
import datetime
import json

import pytest
from django.urls import reverse

from certification import badges, services
from certification.models import IssuerKey
from intranet.organisations.tests.factories import NetworkFactory

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(programme, learner):
    learner.full_name = "Fatima Zahra Idrissi"
    learner.save()
    return factories.certificate(programme, learner, expires_on=datetime.date(2028, 6, 30), language="fr")


@pytest.fixture
def credential(certificate):
    return badges.credential_for(certificate)


def test_base58btc_matches_the_known_encoding():
    assert badges.base58btc_encode(b"Hello World!") == "2NEpo7TZRRrLZSi2U"
    assert badges.base58btc_encode(b"\0\0\x01") == "112"
    assert badges.base58btc_decode("112") == b"\0\0\x01"


def test_the_credential_is_an_open_badge_with_the_certificate_in_it(credential, certificate, programme, first_course):
    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["id"] == f"http://testserver/fr/verify/{certificate.code}/"
    assert credential["issuer"]["type"] == ["Profile"]
    assert credential["issuer"]["name"] == programme.network.name_fr
    subject = credential["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["name"] == "Fatima Zahra Idrissi"
    assert subject["achievement"]["type"] == ["Achievement"]
    assert subject["achievement"]["name"] == "Bénévole certifié"
    assert "Premiers secours" in subject["achievement"]["criteria"]["narrative"]
    assert "Gérer des bénévoles" in subject["achievement"]["criteria"]["narrative"]
    assert credential["validFrom"].endswith("Z")
    assert credential["validFrom"].startswith(certificate.issued_at.astimezone(datetime.UTC).date().isoformat())
    assert credential["validUntil"].startswith("2028-06-30")
    assert credential["credentialStatus"]["id"] == credential["id"]
    assert credential["credentialStatus"]["status"] == "active"
    proof = credential["proof"]
    assert proof["type"] == "DataIntegrityProof"
    assert proof["cryptosuite"] == "eddsa-jcs-2022"
    assert proof["proofPurpose"] == "assertionMethod"
    assert proof["verificationMethod"].startswith("did:key:z6Mk")
    assert proof["verificationMethod"].split("#")[0] == credential["issuer"]["id"]
    assert proof["verificationMethod"].split("#")[1] == credential["issuer"]["id"].removeprefix("did:key:")
    assert proof["proofValue"].startswith("z")


def test_the_signature_verifies(credential):
    assert badges.credential_verify(credential)
    assert badges.credential_verify(json.loads(json.dumps(credential)))  # as read back from the file


def test_the_did_key_is_the_networks_stored_public_key(credential, network):
    key = IssuerKey.objects.get(network=network)
    assert len(bytes(key.public_key)) == 32
    assert badges.public_key_from_did_key(credential["proof"]["verificationMethod"]) == bytes(key.public_key)


def test_the_network_keeps_one_key(certificate, network):
    badges.credential_for(certificate)
    badges.credential_for(certificate)
    assert IssuerKey.objects.filter(network=network).count() == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda credential: credential["credentialSubject"].update(name="Someone Else"),
        lambda credential: credential.update(validUntil="2099-12-31T22:59:59Z"),
        lambda credential: credential.update(validFrom="2020-01-01T00:00:00Z"),
        lambda credential: credential["credentialSubject"]["achievement"].update(name="Another programme"),
        lambda credential: credential["credentialStatus"].update(status="revoked"),
        lambda credential: credential["proof"].update(created="2020-01-01T00:00:00Z"),
    ],
    ids=["holder", "valid-until", "valid-from", "achievement", "status", "proof-date"],
)
def test_any_change_breaks_the_signature(credential, change):
    changed = copy.deepcopy(credential)
    change(changed)
    assert not badges.credential_verify(changed)


def test_another_networks_key_does_not_verify(credential, certificate):
    other_programme = factories.programme(NetworkFactory())
    other = badges.credential_for(factories.certificate(other_programme, certificate.holder))
    # The other network's proof on this credential: signed by a key that is not the issuer's.
    forged = {**credential, "proof": other["proof"]}
    assert not badges.credential_verify(forged)
    # And claiming the other network as issuer does not make this content verify with its proof.
    forged = {**credential, "issuer": other["issuer"], "proof": other["proof"]}
    assert not badges.credential_verify(forged)
    assert badges.credential_verify(other)


def test_a_key_that_is_not_one_of_ours_is_refused(credential, network):
    IssuerKey.objects.filter(network=network).delete()
    assert not badges.credential_verify(credential)
    assert badges.credential_verify(credential, known_issuers_only=False)


def test_nonsense_does_not_verify(credential):
    assert not badges.credential_verify({})
    assert not badges.credential_verify({**credential, "proof": {**credential["proof"], "proofValue": "z0OIl"}})
    assert not badges.credential_verify({**credential, "proof": {**credential["proof"], "verificationMethod": "x"}})


def test_a_certificate_that_never_expires_has_no_valid_until(programme, leader):
    certificate = factories.certificate(programme, leader, expires_on=None)
    credential = badges.credential_for(certificate)
    assert "validUntil" not in credential
    assert badges.credential_verify(credential)


def test_the_holder_downloads_the_credential(client, certificate):
    client.force_login(certificate.holder)
    response = client.get(reverse("certificate_credential", kwargs={"pk": certificate.pk}))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert certificate.short_code_display in response["Content-Disposition"]
    credential = json.loads(response.content)
    assert credential["credentialSubject"]["name"] == "Fatima Zahra Idrissi"
    assert badges.credential_verify(credential)


@pytest.mark.parametrize("who", ["leader", "outsider", "network_coordinator"])
def test_anyone_else_gets_404(request, client, certificate, who):
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("certificate_credential", kwargs={"pk": certificate.pk}))
    assert response.status_code == 404


def test_signing_in_is_needed(client, certificate):
    response = client.get(reverse("certificate_credential", kwargs={"pk": certificate.pk}))
    assert response.status_code == 302


def test_my_certificates_links_to_the_credential(client, certificate):
    client.force_login(certificate.holder)
    response = client.get(reverse("my_certificates"))
    assert reverse("certificate_credential", kwargs={"pk": certificate.pk}) in response.content.decode()


def test_a_revoked_certificate_says_so_in_its_credential(certificate, network_coordinator):
    services.certificate_revoke(certificate=certificate, by=network_coordinator, reason="Copied answers")
    certificate.refresh_from_db()
    credential = badges.credential_for(certificate)
    assert credential["credentialStatus"]["status"] == "revoked"
    assert badges.credential_verify(credential)
