"""The search normalisation: what a reader types and what a writer wrote fold to the same words."""

import unicodedata

import pytest

from intranet.textsearch import html_to_text, language_terms, normalise

# --- Arabic -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # Tashkeel: fatha, kasra, damma, sukun, shadda, tanwin, superscript alef.
        ("مَدْرَسَةٌ", "مدرسه"),
        ("مُتَطَوِّعٌ", "متطوع"),
        ("إِسْعَافَاتٌ", "اسعافات"),
        ("رحمٰن", "رحمن"),
        # A fully vowelled word stays one word (marks are not word characters).
        ("الْإِسْعَافَاتُ", "اسعافات"),
    ],
)
def test_tashkeel_is_removed(written, expected):
    assert normalise(written, "ar") == expected


@pytest.mark.parametrize("written", ["إسعـــافات", "إسـعافات", "ـإسعافات"])
def test_tatweel_is_removed(written):
    assert normalise(written, "ar") == "اسعافات"


@pytest.mark.parametrize("alef", ["أ", "إ", "آ", "ٱ", "ا"])
def test_alef_forms_become_bare_alef(alef):
    assert normalise(f"{alef}سعافات", "ar") == "اسعافات"


def test_alef_with_madda_inside_a_word():
    assert normalise("قرآن", "ar") == "قران"


def test_hamza_on_waw_and_ya_fold_to_their_carrier():
    assert normalise("مؤسسة", "ar") == "موسسه"
    assert normalise("مسائل", "ar") == "مسايل"


def test_ta_marbuta_becomes_ha():
    assert normalise("جمعية", "ar") == normalise("جمعيه", "ar") == "جمعيه"


def test_alef_maqsura_becomes_ya():
    assert normalise("مستشفى", "ar") == normalise("مستشفي", "ar") == "مستشفي"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("الإسعافات", "اسعافات"),  # article
        ("والإسعافات", "اسعافات"),  # and + article
        ("فالمتطوعون", "متطوعون"),  # so + article
        ("بالمدرسة", "مدرسه"),  # with + article
        ("كالمدرسة", "مدرسه"),  # like + article
        ("للمتطوعين", "متطوعين"),  # for + article, written لل
        ("وللمتطوعين", "متطوعين"),  # and + for + article
        ("وبالمدرسة", "مدرسه"),  # and + with + article
        ("بمدرسة", "مدرسه"),  # with, no article
        ("لمتطوعين", "متطوعين"),  # for, no article
        ("وكتاب", "كتاب"),  # and, no article
        ("فكتاب", "كتاب"),  # so, no article
    ],
)
def test_prefixes_and_article_are_taken_off(written, expected):
    assert normalise(written, "ar") == expected


@pytest.mark.parametrize(
    ("with_prefix", "without"),
    [
        ("البرنامج", "برنامج"),
        ("الفريق", "فريق"),
        ("الوطنية", "وطنية"),
        ("بالكتاب", "كتاب"),
        ("والفيديو", "فيديو"),
    ],
)
def test_a_word_meets_itself_with_its_article_or_prefix(with_prefix, without):
    """Words that start with a letter that can be a prefix (ب ف و ل ك) are stemmed alike with or without ال."""
    assert normalise(with_prefix, "ar") == normalise(without, "ar")


@pytest.mark.parametrize("word", ["بيت", "لون", "ولد", "كتب", "فكر", "وقت"])
def test_short_words_keep_their_letters(word):
    """A three-letter word whose first letter looks like a prefix is a root, not a prefix plus two letters."""
    assert normalise(word, "ar") == word


@pytest.mark.parametrize(("word", "expected"), [("البيت", "بيت"), ("الولد", "ولد"), ("بالبيت", "بيت")])
def test_article_comes_off_only_when_three_letters_are_left(word, expected):
    assert normalise(word, "ar") == expected


@pytest.mark.parametrize("word", ["الله", "التي", "الذي"])
def test_article_stays_when_too_little_would_be_left(word):
    assert normalise(word, "ar") == word


def test_a_four_letter_word_after_a_preposition_is_kept_whole():
    # "كتاب" starts with ك, but taking it off would leave three letters of a four-letter word.
    assert normalise("كتاب", "ar") == "كتاب"
    assert normalise("لجنة", "ar") == "لجنه"


def test_presentation_forms_are_read_as_letters():
    assert normalise("ﻻ", "ar") == "لا"


def test_arabic_punctuation_separates_words():
    assert normalise("الإسعافات، النظافة؛ التطوع؟", "ar") == "اسعافات نظافه تطوع"


# --- Latin scripts -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Førstehjælp", "forstehjaelp"),
        ("Første hjælp", "forste hjaelp"),
        ("Ålborg Æble Øresund", "alborg aeble oresund"),
        ("Premiers Secours", "premiers secours"),
        ("ÉLÈVE élève", "eleve eleve"),
        ("bénévole, bénévolat", "benevole benevolat"),
        ("Français garçon", "francais garcon"),
        ("Noël naïf", "noel naif"),
        ("Œuvre sœur", "oeuvre soeur"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
    ],
)
def test_latin_is_casefolded_and_accents_folded(written, expected):
    assert normalise(written, "da") == expected


def test_decomposed_accents_fold_like_composed_ones():
    decomposed = unicodedata.normalize("NFD", "élève Førstehjælp")
    assert decomposed != "élève Førstehjælp"
    assert normalise(decomposed, "fr") == "eleve forstehjaelp"


def test_ligatures_and_compatibility_forms_are_unfolded():
    assert normalise("ﬁnancement", "fr") == "financement"


def test_punctuation_and_hyphens_separate_words():
    assert normalise("mot-clé: l'éthique (règles)!", "fr") == "mot cle l ethique regles"


def test_digits_are_kept():
    assert normalise("Guide 2024, trin 3", "da") == "guide 2024 trin 3"


# --- mixed, empty, idempotent -------------------------------------------------------------------------------------


def test_mixed_script_text_folds_each_word_by_its_script():
    assert normalise("Førstehjælp في طنجة — Premiers Secours à Tanger", "ar") == (
        "forstehjaelp في طنجه premiers secours a tanger"
    )


def test_folding_does_not_depend_on_the_language_given():
    text = "الإسعافات Førstehjælp Éthique"
    assert normalise(text, "ar") == normalise(text, "da") == normalise(text, "fr") == normalise(text)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "!?،.", "ـــ", "\u064e\u0651"])
def test_empty_or_wordless_input_gives_empty_output(text):
    assert normalise(text, "ar") == ""
    assert language_terms(text, "ar") == ""


@pytest.mark.parametrize(
    "text",
    [
        "الْإِسْعَافَاتُ الأوليّة للمتطوّعين في المدرسة",
        "والإسعافات وبالمدرسة فالمتطوعون كالبيت",
        "الوطنية البرنامج الفريق الولاية",
        "مستشفى جمعيّة مؤسسة مسائل قرآن",
        "Førstehjælp og hygiejne for frivillige i Ålborg",
        "Premiers Secours, règles d'éthique et bénévolat",
        "Œuvre Straße ﬁnancement ﻻ",
        "Tanger طنجة 2024 — mixed النص",
    ],
)
def test_normalising_twice_changes_nothing(text):
    once = normalise(text, "ar")
    assert once
    assert normalise(once, "ar") == once


def test_output_words_are_separated_by_single_spaces():
    assert normalise("  Første   hjælp\n\ni  dag  ", "da") == "forste hjaelp i dag"


# --- language tags and HTML -------------------------------------------------------------------------------------


def test_language_terms_tag_each_normalised_word_with_the_language():
    assert language_terms("Premiers Secours", "fr") == "xfrpremiers xfrsecours"
    assert language_terms("الإسعافات الأولية", "ar") == "xarاسعافات xarاوليه"
    assert language_terms("Førstehjælp", "da") == "xdaforstehjaelp"


def test_language_terms_differ_between_languages_for_the_same_word():
    assert set(language_terms("Tanger", "fr").split()).isdisjoint(language_terms("Tanger", "da").split())


def test_html_to_text_keeps_block_boundaries_as_spaces():
    html = "<h2>Trin</h2><p>Ring <b>112</b></p><p>Vent<br>her</p><ul><li>Ét</li><li>To</li></ul>"
    assert normalise(html_to_text(html), "da") == "trin ring 112 vent her et to"


def test_html_to_text_drops_tags_but_not_words():
    assert "script" not in normalise(html_to_text('<p class="script">Hjælp</p>'), "da")
    assert normalise(html_to_text("<p>Hjælp</p>"), "da") == "hjaelp"
