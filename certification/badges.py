"""Open Badges 3.0: a certificate as a signed W3C Verifiable Credential the holder can keep in a wallet or a
backpack and anyone can check without asking us.

The credential is secured with a Data Integrity proof, cryptosuite `eddsa-jcs-2022`, made with the issuing
network's Ed25519 key (`IssuerKey`, made on first use). The issuer is identified by a `did:key` that carries the
public key itself, so a verifier needs nothing but the JSON to check the signature.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from intranet.organisations.models import Network

from . import services
from .models import Certificate, IssuerKey

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
CRYPTOSUITE = "eddsa-jcs-2022"
# The multicodec prefix of an Ed25519 public key (0xed, as an unsigned varint: 0xed 0x01).
ED25519_MULTICODEC = b"\xed\x01"
BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


# --- encodings --------------------------------------------------------------------------------------------------------


def base58btc_encode(data: bytes) -> str:
    """Bitcoin's base58 (what multibase's `z` prefix means). Leading zero bytes become leading '1's."""
    number = int.from_bytes(data, "big")
    encoded = ""
    while number:
        number, remainder = divmod(number, 58)
        encoded = BASE58_ALPHABET[remainder] + encoded
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + encoded


def base58btc_decode(text: str) -> bytes:
    """The inverse of `base58btc_encode`; ValueError for a character outside the alphabet."""
    number = 0
    for character in text:
        index = BASE58_ALPHABET.find(character)
        if index < 0:
            raise ValueError(f"not base58btc: {character!r}")
        number = number * 58 + index
    zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * zeros + body


def canonical_json(value: Any) -> bytes:
    """JSON Canonicalization Scheme (RFC 8785), as far as our credentials need it.

    For strings, integers, booleans, null, lists and nested objects with ASCII keys, sorted keys, no whitespace and
    unescaped non-ASCII characters are exactly what JCS prescribes. Floats are where Python and JCS differ (number
    formatting), and credentials here have none: dates are strings.
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def did_key_for(public_key: bytes) -> str:
    """`did:key:z6Mk…`: the public key itself, multibase base58btc of the multicodec Ed25519 prefix and the key."""
    return "did:key:z" + base58btc_encode(ED25519_MULTICODEC + public_key)


def public_key_from_did_key(did: str) -> bytes:
    """The raw Ed25519 public key in a `did:key` (with or without a `#fragment`); ValueError for anything else."""
    did = did.split("#", 1)[0]
    if not did.startswith("did:key:z"):
        raise ValueError("not a base58btc did:key")
    decoded = base58btc_decode(did.removeprefix("did:key:z"))
    if not decoded.startswith(ED25519_MULTICODEC) or len(decoded) != len(ED25519_MULTICODEC) + 32:
        raise ValueError("not an Ed25519 did:key")
    return decoded[len(ED25519_MULTICODEC) :]


def _utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --- the network's key ------------------------------------------------------------------------------------------------


def issuer_key_for(*, network: Network) -> IssuerKey:
    """The network's signing key, made the first time it signs. Two requests making it at once: the first wins and
    the other uses it (one key per network, enforced by the database)."""
    existing = IssuerKey.objects.filter(network=network).first()
    if existing is not None:
        return existing
    private = Ed25519PrivateKey.generate()
    try:
        with transaction.atomic():
            return IssuerKey.objects.create(
                network=network,
                private_key=private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
                public_key=private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            )
    except IntegrityError:
        return IssuerKey.objects.get(network=network)


# --- the credential ---------------------------------------------------------------------------------------------------


def _base_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _valid_until(expires_on: datetime.date) -> str:
    """A certificate is valid through its expiry day (in the site's time zone), so until the end of that day."""
    next_day = datetime.datetime.combine(
        expires_on + datetime.timedelta(days=1), datetime.time.min, tzinfo=timezone.get_default_timezone()
    )
    return _utc(next_day - datetime.timedelta(seconds=1))


def _unsigned_credential(certificate: Certificate, *, did: str) -> dict:
    programme = certificate.programme
    network = programme.network
    verification_url = services.certificate_verification_url(certificate)
    with translation.override(certificate.language):
        courses = [link.course.title for link in programme.programme_courses.all()]
        narrative = _("Complete every course of the programme: %(courses)s.") % {"courses": ", ".join(courses)}
        issuer = {"id": did, "type": ["Profile"], "name": network.name}
        try:
            issuer["url"] = _base_url() + reverse("network_detail", kwargs={"slug": network.slug})
        except NoReverseMatch:
            pass
        credential = {
            "@context": list(CONTEXTS),
            "id": verification_url,
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": issuer,
            "validFrom": _utc(certificate.issued_at),
            "name": programme.name,
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "name": certificate.holder.get_full_name(),
                "achievement": {
                    "id": f"{_base_url()}/#programme-{programme.pk}",
                    "type": ["Achievement"],
                    "name": programme.name,
                    "description": programme.description or programme.name,
                    "criteria": {"narrative": narrative},
                },
            },
            "credentialStatus": {
                # Not a status list: the verification page is where revocation and expiry are published.
                "id": verification_url,
                "type": "ShabakaVerificationPage",
                "statusPurpose": "revocation",
                "status": certificate.state,
            },
        }
    if certificate.expires_on is not None:
        credential["validUntil"] = _valid_until(certificate.expires_on)
    return credential


def _proof_hash(credential: dict, proof_options: dict) -> bytes:
    """What `eddsa-jcs-2022` signs: the hash of the canonical proof options (with the credential's @context), then
    the hash of the canonical credential without its proof. So the signature covers the credential and also when
    and by which key it was signed."""
    options = {**proof_options, "@context": credential["@context"]}
    return hashlib.sha256(canonical_json(options)).digest() + hashlib.sha256(canonical_json(credential)).digest()


def credential_for(certificate: Certificate) -> dict:
    """The certificate as an Open Badges 3.0 credential, signed by the issuing network's key."""
    key = issuer_key_for(network=certificate.programme.network)
    public_key = bytes(key.public_key)
    did = did_key_for(public_key)
    credential = _unsigned_credential(certificate, did=did)
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": _utc(timezone.now()),
        "verificationMethod": f"{did}#{did.removeprefix('did:key:')}",
        "proofPurpose": "assertionMethod",
    }
    signature = Ed25519PrivateKey.from_private_bytes(bytes(key.private_key)).sign(_proof_hash(credential, proof))
    return {**credential, "proof": {**proof, "proofValue": "z" + base58btc_encode(signature)}}


def credential_verify(credential: dict, *, known_issuers_only: bool = True) -> bool:
    """Whether `credential` carries a valid `eddsa-jcs-2022` proof by its own issuer.

    The public key comes from the proof's `did:key`; that key must be the issuer's (the issuer's id is the same
    did:key), or anyone could sign a changed credential with a key of their own. With `known_issuers_only` the key
    must also be one of our networks' keys.
    """
    try:
        unsigned = dict(credential)
        proof = dict(unsigned.pop("proof"))
        if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") != CRYPTOSUITE:
            return False
        if proof.get("proofPurpose") != "assertionMethod":
            return False
        proof_value = proof.pop("proofValue")
        method = proof["verificationMethod"]
        issuer = unsigned["issuer"]
        issuer_id = issuer["id"] if isinstance(issuer, dict) else issuer
        if method.split("#", 1)[0] != issuer_id:
            return False
        public_key = public_key_from_did_key(method)
        if known_issuers_only and not IssuerKey.objects.filter(public_key=public_key).exists():
            return False
        if not proof_value.startswith("z"):
            return False
        signature = base58btc_decode(proof_value[1:])
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, _proof_hash(unsigned, proof))
    except (InvalidSignature, KeyError, TypeError, ValueError, AttributeError):
        return False
    return True
