"""Steps the journeys share: the languages, what each must look like, and signing in."""

from django.utils import translation
from playwright.sync_api import Page

LANGUAGES = ["da", "ar", "fr"]
# Written out rather than derived from settings: this is what the reader must get.
DIRECTION = {"da": "ltr", "ar": "rtl", "fr": "ltr"}


def t(language: str, message) -> str:
    """`message` (a msgid or a lazy label) as the live server renders it in `language`."""
    with translation.override(language):
        return str(translation.gettext(message) if isinstance(message, str) else message)


def sign_in(page: Page, language: str, email: str, password: str) -> None:
    """Sign in from the login page in `language`; where the person lands is for the test to check."""
    page.goto(f"/{language}/accounts/login/")
    page.get_by_label(t(language, "E-mail address")).fill(email)
    page.get_by_label(t(language, "Password"), exact=False).fill(password)
    page.get_by_role("button", name=t(language, "Sign in"), exact=True).click()
    page.wait_for_load_state()
