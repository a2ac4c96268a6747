import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from certification import services, views
from certification.models import CertificateStatus
from certification.wagtail_hooks import certificates_dashboard_panel

from . import factories

pytestmark = pytest.mark.django_db


def _state(response) -> str:
    return re.search(r'class="certificate-verification[^"]*" data-state="([a-z_]+)"', response.content.decode())[1]


def _result(response) -> str:
    return re.search(r'data-result="([a-z_]+)"', response.content.decode())[1]


@pytest.fixture
def certificate(programme, learner):
    learner.full_name = "فاطمة الزهراء الإدريسي"
    learner.save()
    return factories.certificate(
        programme, learner, expires_on=timezone.localdate() + datetime.timedelta(days=30), language="ar"
    )


def test_a_valid_certificate_is_verified_without_signing_in(
    client, certificate, programme, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        response = client.get(reverse("certificate_verify", kwargs={"code": certificate.code}))
    assert response.status_code == 200
    assert _state(response) == _result(response) == "active"
    assert response.context["certificate"] == certificate
    content = response.content.decode()
    assert "فاطمة الزهراء الإدريسي" in content
    assert programme.name_da in content
    assert programme.network.name_da in content
    assert certificate.short_code_display in content
    assert certificate.expires_on.isoformat() in content


def test_a_certificate_past_its_date_verifies_as_expired(client, programme, learner):
    certificate = factories.certificate(
        programme, learner, expires_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    response = client.get(reverse("certificate_verify", kwargs={"code": certificate.code}))
    assert response.status_code == 200
    assert _result(response) == "expired"


def test_a_revoked_certificate_shows_the_date_and_reason(client, certificate, network_coordinator):
    services.certificate_revoke(certificate=certificate, by=network_coordinator, reason="Quiz answers were copied")
    response = client.get(reverse("certificate_verify", kwargs={"code": certificate.code}))
    assert response.status_code == 200
    assert _result(response) == "revoked"
    assert "Quiz answers were copied" in response.content.decode()
    certificate.refresh_from_db()
    revoked_on = timezone.localtime(certificate.revoked_at).date().isoformat()
    assert f'<time datetime="{revoked_on}" data-field="revoked">' in response.content.decode()


def test_an_unknown_code_is_404_with_the_same_page(client, certificate):
    response = client.get(reverse("certificate_verify", kwargs={"code": "not-a-real-code-0123456789abcdefgh"}))
    known = client.get(reverse("certificate_verify", kwargs={"code": certificate.code}))
    assert response.status_code == 404
    assert _result(response) == "not_found"
    assert [t.name for t in response.templates][0] == [t.name for t in known.templates][0]
    assert "certificate-verification" in response.content.decode()


@pytest.mark.parametrize("language", ["da", "ar", "fr"])
def test_verification_works_in_every_language(client, certificate, language):
    response = client.get(f"/{language}/verify/{certificate.code}/")
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()


def test_the_short_code_form_finds_the_certificate(client, certificate):
    assert client.get(reverse("certificate_verify_form")).status_code == 200
    typed = certificate.short_code_display.lower().replace("-", " ")
    response = client.get(reverse("certificate_verify_form"), {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == reverse("certificate_verify", kwargs={"code": certificate.code})


def test_the_short_code_form_shows_not_found_for_an_unknown_code(client, certificate):
    unknown = "2222-2222-22" if certificate.short_code != "2222222222" else "3333-3333-33"
    response = client.get(reverse("certificate_verify_form"), {"code": unknown})
    assert response.status_code == 404
    assert _result(response) == "not_found"


def test_a_malformed_short_code_is_a_form_error(client):
    response = client.get(reverse("certificate_verify_form"), {"code": "abc"})
    assert response.status_code == 200
    assert response.context["form"].errors


def test_verification_is_rate_limited_per_visitor(client, certificate):
    url = reverse("certificate_verify", kwargs={"code": certificate.code})
    for _index in range(views.VERIFY_MAX_LOOKUPS):
        assert client.get(url).status_code == 200
    response = client.get(url)
    assert response.status_code == 429
    assert _result(response) == "rate_limited"
    assert client.get(reverse("certificate_verify_form"), {"code": certificate.short_code}).status_code == 429
    assert client.get(url, REMOTE_ADDR="10.0.0.9").status_code == 200


# --- my certificates ----------------------------------------------------------------------------------------------


def test_my_certificates_lists_the_holders_certificates(client, certificate, learner, django_assert_max_num_queries):
    client.force_login(learner)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("my_certificates"))
    assert response.status_code == 200
    content = response.content.decode()
    assert f'data-certificate="{certificate.pk}" data-state="active"' in content
    for language in ("da", "ar", "fr"):
        assert reverse("certificate_pdf", kwargs={"pk": certificate.pk, "language": language}) in content
    assert f"http://testserver/da/verify/{certificate.code}/" in content
    linkedin = re.search(r'href="(https://www.linkedin.com/profile/add\?[^"]+)"', content)[1]
    assert "startTask=CERTIFICATION_NAME" in linkedin
    assert f"certId={certificate.short_code_display}" in linkedin


def test_my_certificates_needs_sign_in(client):
    response = client.get(reverse("my_certificates"))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


@pytest.mark.parametrize("language", ["da", "ar", "fr"])
def test_the_holder_downloads_the_pdf_in_each_language(client, certificate, learner, language):
    client.force_login(learner)
    response = client.get(reverse("certificate_pdf", kwargs={"pk": certificate.pk, "language": language}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert f"-{language}.pdf" in response["Content-Disposition"]


def test_the_stored_pdf_is_served_in_its_language(client, certificate, learner, monkeypatch):
    services.certificate_pdf_store(certificate=certificate)
    monkeypatch.setattr(services, "certificate_render", lambda **kwargs: pytest.fail("rendered again"))
    client.force_login(learner)
    response = client.get(reverse("certificate_pdf", kwargs={"pk": certificate.pk, "language": "ar"}))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")


@pytest.mark.parametrize("who", ["leader", "outsider", "network_coordinator"])
def test_someone_else_gets_404_for_the_pdf(request, client, certificate, who):
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("certificate_pdf", kwargs={"pk": certificate.pk, "language": "da"}))
    assert response.status_code == 404


def test_an_unknown_language_is_404(client, certificate, learner):
    client.force_login(learner)
    assert client.get(f"/da/certificates/{certificate.pk}/pdf/xx/").status_code == 404


def test_the_pdf_needs_sign_in(client, certificate):
    response = client.get(reverse("certificate_pdf", kwargs={"pk": certificate.pk, "language": "da"}))
    assert response.status_code == 302


def test_the_dashboard_shows_the_certificates_panel_to_holders_only(client, certificate, learner, leader):
    client.force_login(learner)
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    assert "certificates-panel" in response.content.decode()
    assert reverse("my_certificates") in response.content.decode()
    client.force_login(leader)
    assert "certificates-panel" not in client.get(reverse("dashboard")).content.decode()


def test_a_revoked_certificate_shows_as_revoked_on_my_certificates(client, certificate, learner, network_coordinator):
    services.certificate_revoke(certificate=certificate, by=network_coordinator, reason="Mistake")
    client.force_login(learner)
    content = client.get(reverse("my_certificates")).content.decode()
    assert f'data-state="{CertificateStatus.REVOKED}"' in content
    assert "linkedin.com" not in content


def test_verification_pages_are_not_cached(client, certificate):
    response = client.get(reverse("certificate_verify", kwargs={"code": certificate.code}))
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


# --- coordinators -----------------------------------------------------------------------------------------------------


def test_a_coordinator_sees_the_programmes_certificates(client, certificate, programme, network_coordinator):
    client.force_login(network_coordinator)
    dashboard = client.get(reverse("dashboard")).content.decode()
    assert reverse("programme_certificates", kwargs={"pk": programme.pk}) in dashboard
    response = client.get(reverse("programme_certificates", kwargs={"pk": programme.pk}))
    assert response.status_code == 200
    assert f'data-certificate="{certificate.pk}" data-state="active"' in response.content.decode()


@pytest.mark.parametrize("who", ["leader", "outsider", "learner"])
def test_only_coordinators_of_the_network_manage_a_programme(request, client, certificate, programme, leader, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("programme_certificates", kwargs={"pk": programme.pk})).status_code == 404
    issue = client.post(
        reverse("programme_certificate_issue", kwargs={"pk": programme.pk}), {"holder": leader.pk, "reason": "x"}
    )
    assert issue.status_code == 404
    revoke = client.post(reverse("certificate_revoke", kwargs={"pk": certificate.pk}), {"reason": "x"})
    assert revoke.status_code == 404
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.ACTIVE
    assert not programme.certificates.filter(holder=leader).exists()


def test_a_coordinator_issues_by_hand_and_revokes(client, programme, leader, network_coordinator):
    client.force_login(network_coordinator)
    url = reverse("programme_certificate_issue", kwargs={"pk": programme.pk})
    assert client.post(url, {"holder": leader.pk, "reason": ""}).status_code == 400
    assert not programme.certificates.exists()
    response = client.post(url, {"holder": leader.pk, "reason": "Trained in Copenhagen"})
    assert response.status_code == 302
    certificate = programme.certificates.get(holder=leader)
    assert certificate.issued_by == network_coordinator
    assert certificate.reason == "Trained in Copenhagen"

    revoke = reverse("certificate_revoke", kwargs={"pk": certificate.pk})
    client.post(revoke, {"reason": ""})
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.ACTIVE
    client.post(revoke, {"reason": "Issued by mistake"})
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.revoked_reason == "Issued by mistake"


def test_a_coordinator_cannot_certify_someone_outside_the_network(client, programme, outsider, network_coordinator):
    client.force_login(network_coordinator)
    response = client.post(
        reverse("programme_certificate_issue", kwargs={"pk": programme.pk}), {"holder": outsider.pk, "reason": "x"}
    )
    assert response.status_code == 400
    assert not programme.certificates.exists()


def test_the_dashboard_panel_costs_one_query_for_people_without_certificates(rf, leader, django_assert_num_queries):
    request = rf.get("/da/dashboard/")
    request.user = leader
    with django_assert_num_queries(1):
        assert certificates_dashboard_panel(request) is None


def test_the_dashboard_panel_lists_certificates_in_two_queries(
    rf, certificate, learner, network, django_assert_num_queries
):
    other = factories.certificate(factories.programme(network), learner)
    request = rf.get("/da/dashboard/")
    request.user = learner
    with django_assert_num_queries(2):
        panel = certificates_dashboard_panel(request)
        assert panel.context["certificates"] == [other, certificate]
        assert panel.context["programmes"] == []
        assert [c.programme.network.name for c in panel.context["certificates"]]
