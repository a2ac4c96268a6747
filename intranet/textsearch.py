"""Text normalisation for search, applied the same way to what is indexed and to what is asked.

A reader types the word as they would write it; a writer wrote it as they would. Both sides are folded to one
form so they meet:

- Arabic: tashkeel (short vowels, shadda, sukun, ...) and tatweel removed; alef forms أ إ آ ٱ → ا, ta marbuta
  ة → ه, alef maqsura ى → ي; a leading article ال and the attached prefixes و ف (and) and ب ل ك (with, for,
  like) are taken off when enough of the word is left, so "والإسعافات" and "اسعافات" meet.
- Latin scripts: case folded and accents removed (é → e, ø → o, æ → ae, å → a), so "premiers secours"
  finds "Premiers Secours" and "forste hjaelp" finds "Første hjælp".

Used by site search (`intranet.pages`) and forum search.
"""

import re
import unicodedata

from django.utils.html import strip_tags

# Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks, then tatweel.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})
_ARABIC_WORD = re.compile("[\u0600-\u06ff]")
# Letters Unicode does not decompose into a base letter and an accent.
_LATIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d"})
_TOKEN = re.compile(r"\w+", re.UNICODE)

# Prefixes in the order they attach to a word: conjunction, then preposition, then the article.
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_ARTICLE = "ال"
# Shortest stem left after taking a prefix off: shorter words keep their first letter (e.g. "بيت", "لون").
_MIN_STEM = 3


def normalise(text: str, language: str | None = None) -> str:
    """Fold `text` to the form the search index keeps: words separated by single spaces.

    `language` is accepted for symmetry with callers that know it; the folding does not depend on it, because
    Arabic text quotes French names and Danish text quotes Arabic ones.
    """
    # Marks go before the text is cut into words: a haraka or a combining accent is not a word character, so
    # "الْإِسْعَافَاتُ" or a decomposed "é" would otherwise fall apart into pieces.
    folded = unicodedata.normalize("NFKD", _ARABIC_MARKS.sub("", text).casefold().translate(_LATIN_LETTERS))
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    words = (_normalise_word(token) for token in _TOKEN.findall(folded))
    return " ".join(word for word in words if word)


def _normalise_word(word: str) -> str:
    if _ARABIC_WORD.search(word):
        return _arabic_stem(word.translate(_ARABIC_LETTERS))
    return word


def _arabic_stem(word: str) -> str:
    """Take the article and attached prefixes off, keeping at least `_MIN_STEM` letters.

    Prefixes come off until none is left, so a word is stemmed the same with or without its article
    ("البرنامج" and "برنامج" meet) and stemming a stem changes nothing.
    """
    while (shorter := _arabic_prefix_off(word)) != word:
        word = shorter
    return word


def _arabic_prefix_off(word: str) -> str:
    """`word` with one attached prefix taken off, or unchanged when none can go."""
    if word.startswith(_CONJUNCTIONS) and len(word) - 1 >= _MIN_STEM:
        return word[1:]
    if word.startswith("لل") and len(word) - 2 >= _MIN_STEM:
        # ل + ال: the lam of the article merges with the preposition ("للمتطوعين" = for the volunteers).
        return word[2:]
    if word.startswith(_PREPOSITIONS) and word[1:].startswith(_ARTICLE) and len(word) - 3 >= _MIN_STEM:
        return word[3:]
    if word.startswith(_ARTICLE) and len(word) - 2 >= _MIN_STEM:
        return word[2:]
    if word.startswith(_PREPOSITIONS) and len(word) - 1 > _MIN_STEM:
        return word[1:]
    return word


def language_terms(text: str, language: str) -> str:
    """`text` normalised, each word tagged with its language, e.g. "xarاسعافات" or "xfrsecours".

    The search index keeps one text per page; tagging the words of each language lets a search match only
    the reader's language, with any full-text backend (SQLite FTS5 and PostgreSQL tokenise a run of letters
    as one word, whatever its scripts).
    """
    tag = f"x{language}"
    return " ".join(f"{tag}{word}" for word in normalise(text, language).split())


def html_to_text(html: str) -> str:
    """Rich text as the words a reader sees, with block boundaries kept as spaces."""
    return strip_tags(re.sub(r"<(?:/p|br\s*/?|/li|/h\d)>", " ", str(html)))
