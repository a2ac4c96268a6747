"""The languages people work in. Wider than the interface languages: Tangier organisations work in Darija and
Tamazight, Danish ones often in English. Used by the competence directory and volunteer requests."""

from django.utils.translation import gettext_lazy as _

WORKING_LANGUAGES = [
    ("da", _("Danish")),
    ("ar", _("Arabic")),
    ("ary", _("Darija (Moroccan Arabic)")),
    ("zgh", _("Tamazight")),
    ("fr", _("French")),
    ("en", _("English")),
]
WORKING_LANGUAGE_CODES = frozenset(code for code, _label in WORKING_LANGUAGES)


def languages_encode(codes) -> str:
    """Codes wrapped in spaces (" ar fr ") so one language is found with `contains=" ar "` on any database; a JSON
    list cannot be filtered that way on SQLite, and a join table would cost a query per page."""
    return f" {' '.join(codes)} " if codes else ""


def languages_display(encoded: str) -> list[str]:
    labels = dict(WORKING_LANGUAGES)
    return [str(labels.get(code, code)) for code in encoded.split()]
