"""The interface catalogues in locale/ are complete for da, ar and fr and safe to format; the layout mirrors.

Reads the .po sources (not the compiled .mo files, which `make messages` builds), so it runs anywhere.
"""

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]")


@dataclass
class Entry:
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False

    @property
    def key(self):
        return (self.msgctxt, self.msgid)


def parse_po(path: Path) -> list[Entry]:
    """A small reader for the subset of the PO format makemessages writes."""
    entries, entry, current = [], Entry(), None

    def finish():
        nonlocal entry, current
        if entry.msgid or entry.msgstr:
            entries.append(entry)
        entry, current = Entry(), None

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            entry.obsolete = True
            continue
        if line.startswith("#,"):
            entry.flags |= {flag.strip() for flag in line[2:].split(",")}
            continue
        if line.startswith("#"):
            continue
        keyword, _space, rest = line.partition(" ")
        if line.startswith('"'):
            value = ast.literal_eval(line)
        else:
            value = ast.literal_eval(rest)
            current = keyword
            if keyword == "msgctxt":
                entry.msgctxt = ""
            elif keyword == "msgid_plural":
                entry.msgid_plural = ""
        if current == "msgctxt":
            entry.msgctxt += value
        elif current == "msgid":
            entry.msgid += value
        elif current == "msgid_plural":
            entry.msgid_plural += value
        elif current and current.startswith("msgstr"):
            index = int(current[7:-1]) if current != "msgstr" else 0
            entry.msgstr[index] = entry.msgstr.get(index, "") + value
    finish()
    return [entry for entry in entries if entry.msgid and not entry.obsolete]


@pytest.fixture(scope="module")
def catalogues() -> dict[str, list[Entry]]:
    return {code: parse_po(LOCALE_DIR / code / "LC_MESSAGES" / "django.po") for code in LANGUAGE_CODES}


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_message_is_translated_and_none_is_fuzzy(catalogues, language):
    entries = catalogues[language]
    assert entries, f"locale/{language} has no messages"
    untranslated = [entry.msgid for entry in entries if not all(entry.msgstr.values()) or not entry.msgstr]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    assert untranslated == []
    assert fuzzy == []


def test_the_three_catalogues_hold_the_same_messages(catalogues):
    keys = {language: {entry.key for entry in entries} for language, entries in catalogues.items()}
    danish = keys[settings.LANGUAGE_CODE]
    for language, language_keys in keys.items():
        assert language_keys == danish, f"{language} differs from {settings.LANGUAGE_CODE}"


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_translations_use_only_the_placeholders_of_the_original(catalogues, language):
    """A misspelt or invented %(name)s raises KeyError at runtime; a dropped one loses information."""
    problems = []
    for entry in catalogues[language]:
        source = set(PLACEHOLDER.findall(entry.msgid)) | set(PLACEHOLDER.findall(entry.msgid_plural or ""))
        for index, text in entry.msgstr.items():
            used = set(PLACEHOLDER.findall(text))
            if used - source:
                problems.append((entry.msgid, index, sorted(used - source)))
            # Plural forms may spell out "one day" / "two days" (Arabic has six forms); singular ones keep all.
            if entry.msgid_plural is None and used != set(PLACEHOLDER.findall(entry.msgid)):
                problems.append((entry.msgid, index, sorted(used ^ source)))
    assert problems == []


def test_arabic_has_its_six_plural_forms(catalogues):
    plurals = [entry for entry in catalogues["ar"] if entry.msgid_plural is not None]
    assert plurals
    for entry in plurals:
        assert sorted(entry.msgstr) == [0, 1, 2, 3, 4, 5], entry.msgid


def test_parser_reads_multiline_and_plural_entries(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ar\\n"\n\n'
        '#, python-format\nmsgid ""\n"Hello "\n"%(name)s"\nmsgstr "مرحبا %(name)s"\n\n'
        'msgid "%(n)s day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "a"\nmsgstr[1] ""\n\n'
        '#, fuzzy\nmsgid "Old"\nmsgstr "قديم"\n',
        encoding="utf-8",
    )
    entries = parse_po(po)
    assert [entry.msgid for entry in entries] == ["Hello %(name)s", "%(n)s day", "Old"]
    assert entries[0].msgstr == {0: "مرحبا %(name)s"}
    assert entries[1].msgstr == {0: "a", 1: ""}
    assert "fuzzy" in entries[2].flags


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_po_header_is_not_fuzzy(language):
    """A fuzzy header is skipped by msgfmt, which silently loses the plural rules (Arabic has six forms)."""
    header = (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8").split("\n\n", 1)[0]
    assert "#, fuzzy" not in header
    assert f'"Language: {language}\\n"' in header


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
