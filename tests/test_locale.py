"""Every interface string exists in Danish, Arabic and French, and the layout mirrors by itself."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def po_entries(path: Path):
    """(flags, msgid, msgstrs) for each entry of a .po file, the header excluded."""
    text = path.read_text(encoding="utf-8")
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.splitlines() if not line.startswith("#~")]
        if not any(line.startswith("msgid") for line in lines):
            continue
        flags = " ".join(line for line in lines if line.startswith("#,"))
        joined = "\n".join(lines)
        msgid = "".join(re.findall(r'"(.*)"', joined.split("msgid", 1)[1].split("msgstr")[0].split("msgid_plural")[0]))
        msgstrs = [
            "".join(re.findall(r'"(.*)"', part)) for part in re.split(r"^msgstr(?:\[\d+\])? ", joined, flags=re.M)[1:]
        ]
        if msgid == "":
            continue  # the header
        yield flags, msgid, msgstrs


@pytest.mark.parametrize("language", LANGUAGES)
def test_po_file_is_complete(language):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    assert po.is_file(), f"{po} is missing"
    entries = list(po_entries(po))
    assert len(entries) > 50, "the catalogue looks truncated"
    untranslated = [msgid for _flags, msgid, msgstrs in entries if not all(s.strip() for s in msgstrs)]
    fuzzy = [msgid for flags, msgid, _msgstrs in entries if "fuzzy" in flags]
    assert not untranslated, f"{language}: untranslated: {untranslated[:10]}"
    assert not fuzzy, f"{language}: fuzzy: {fuzzy[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_po_header_is_not_fuzzy(language):
    """A fuzzy header is skipped by msgfmt, which silently loses the plural rules (Arabic has six forms)."""
    header = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8").split("\n\n", 1)[0]
    assert "#, fuzzy" not in header
    assert f'"Language: {language}\\n"' in header


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    for _flags, msgid, msgstrs in po_entries(po):
        wanted = set(re.findall(r"%\((\w+)\)s", msgid))
        for msgstr in msgstrs:
            found = set(re.findall(r"%\((\w+)\)s", msgstr))
            assert found <= wanted, f"{language}: {msgstr!r} uses a placeholder {msgid!r} does not have"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("da", "Log ind"), ("fr", "Se connecter"), ("ar", "تسجيل الدخول")],
)
def test_catalogue_is_compiled_and_used(language, expected):
    with translation.override(language):
        assert translation.gettext("Sign in") == expected


def test_stylesheet_uses_logical_properties_only():
    """Arabic mirrors by itself only if no rule is pinned to left or right."""
    physical = re.compile(
        r"(margin|padding|border)-(left|right)|(?<![-\w])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)"
    )
    for css in (Path(settings.BASE_DIR) / "static").rglob("*.css"):
        offending = [line for line in css.read_text(encoding="utf-8").splitlines() if physical.search(line)]
        assert not offending, f"{css.name}: {offending}"
