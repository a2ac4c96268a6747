import datetime

import pytest
from django.db import IntegrityError, transaction

from certification.models import (
    SHORT_CODE_ALPHABET,
    CertificateStatus,
    format_short_code,
    new_short_code,
    new_verification_code,
    normalise_short_code,
)

from . import factories

pytestmark = pytest.mark.django_db


def test_the_database_allows_one_active_certificate_per_person_and_programme(programme, learner):
    factories.certificate(programme, learner)
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.certificate(programme, learner)


def test_revoked_and_expired_certificates_do_not_count_against_the_one_active(programme, learner):
    factories.certificate(programme, learner, status=CertificateStatus.REVOKED)
    factories.certificate(programme, learner, status=CertificateStatus.EXPIRED)
    factories.certificate(programme, learner)
    assert programme.certificates.filter(holder=learner).count() == 3


def test_codes_are_long_random_and_url_safe_and_short_codes_unambiguous():
    codes = {new_verification_code() for _index in range(200)}
    assert len(codes) == 200
    assert all(len(code) >= 32 and all(c.isalnum() or c in "-_" for c in code) for code in codes)
    short = new_short_code()
    assert len(short) == 10 and set(short) <= set(SHORT_CODE_ALPHABET)
    assert not set("01OIL") & set(SHORT_CODE_ALPHABET)


def test_short_codes_are_grouped_for_print_and_normalised_when_typed():
    assert format_short_code("ABCDEFGHJK") == "ABCD-EFGH-JK"
    assert normalise_short_code(" abcd-efgh jk ") == "ABCDEFGHJK"


@pytest.mark.parametrize(
    ("issued", "months", "expires"),
    [
        (datetime.date(2026, 3, 15), 24, datetime.date(2028, 3, 15)),
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2026, 11, 30), 3, datetime.date(2027, 2, 28)),
        (datetime.date(2026, 5, 1), None, None),
    ],
)
def test_expiry_is_the_same_day_months_later_or_never(network, issued, months, expires):
    programme = factories.programme(network, validity_months=months)
    assert programme.expiry_for(issued) == expires


def test_a_certificate_past_its_date_reads_as_expired_before_the_nightly_task(programme, learner):
    certificate = factories.certificate(programme, learner, expires_on=datetime.date(2026, 1, 1))
    assert certificate.status == CertificateStatus.ACTIVE
    assert certificate.state_on(datetime.date(2026, 1, 1)) == CertificateStatus.ACTIVE
    assert certificate.state_on(datetime.date(2026, 1, 2)) == CertificateStatus.EXPIRED
