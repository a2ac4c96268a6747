"""Password guessing is slowed down per address and computer; the right person can still get in."""

import pytest

from intranet.organisations import login_throttle

from .factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/da/accounts/login/"


def sign_in(client, email, password, address="10.0.0.1"):
    return client.post(LOGIN, {"username": email, "password": password}, REMOTE_ADDR=address)


def test_after_five_failures_even_the_right_password_waits(client):
    person = UserFactory(email="nadia@example.org")
    for _ in range(login_throttle.MAX_FAILURES_PER_ADDRESS):
        assert sign_in(client, person.email, "wrong").status_code == 200
    response = sign_in(client, person.email, PASSWORD)
    assert response.status_code == 200
    assert response.context["form"].errors.as_data()["__all__"][0].code == "throttled"
    assert "_auth_user_id" not in client.session
    assert 'value="nadia@example.org"' in response.content.decode()


def test_another_computer_is_not_locked_out(client):
    person = UserFactory()
    for _ in range(login_throttle.MAX_FAILURES_PER_ADDRESS):
        sign_in(client, person.email, "wrong", address="10.0.0.1")
    response = sign_in(client, person.email, PASSWORD, address="10.0.0.2")
    assert response.status_code == 302


def test_a_success_forgives_earlier_mistakes(client):
    person = UserFactory()
    for _ in range(login_throttle.MAX_FAILURES_PER_ADDRESS - 1):
        sign_in(client, person.email, "wrong")
    assert sign_in(client, person.email, PASSWORD).status_code == 302
    client.logout()
    for _ in range(login_throttle.MAX_FAILURES_PER_ADDRESS - 1):
        sign_in(client, person.email, "wrong")
    assert sign_in(client, person.email, PASSWORD).status_code == 302


def test_the_address_case_does_not_reset_the_count(client):
    person = UserFactory(email="omar@example.org")
    for index in range(login_throttle.MAX_FAILURES_PER_ADDRESS):
        sign_in(client, "OMAR@example.org" if index % 2 else "omar@example.org", "wrong")
    assert sign_in(client, person.email, PASSWORD).status_code == 200


def test_one_computer_trying_many_addresses_is_stopped(client):
    person = UserFactory()
    for index in range(login_throttle.MAX_FAILURES_PER_CLIENT):
        sign_in(client, f"guess{index}@example.org", "wrong")
    assert sign_in(client, person.email, PASSWORD).status_code == 200


def test_the_pause_ends(client):
    person = UserFactory()
    for _ in range(login_throttle.MAX_FAILURES_PER_ADDRESS):
        sign_in(client, person.email, "wrong")
    login_throttle.cache.clear()  # what the cache does by itself when the window has passed
    assert sign_in(client, person.email, PASSWORD).status_code == 302


@pytest.mark.parametrize("language", ["da", "ar", "fr"])
def test_the_message_is_translated(client, language):
    person = UserFactory()
    for _ in range(login_throttle.MAX_FAILURES_PER_ADDRESS):
        client.post(f"/{language}/accounts/login/", {"username": person.email, "password": "wrong"})
    response = client.post(f"/{language}/accounts/login/", {"username": person.email, "password": PASSWORD})
    message = response.context["form"].non_field_errors()[0]
    assert "15" in message
    assert "Too many failed attempts" not in message  # Danish too: the English source is never shown


def test_behind_a_proxy_the_visitors_own_address_counts(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = rf.post(LOGIN, HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9", REMOTE_ADDR="10.0.0.254")
    # The left entry was written by the visitor and could be anything; the proxy appended the right one.
    assert login_throttle.client_address(request) == "203.0.113.9"
    settings.TRUSTED_PROXY_COUNT = 0
    assert login_throttle.client_address(request) == "10.0.0.254"
