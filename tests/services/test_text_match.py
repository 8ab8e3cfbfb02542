"""The one folding every search, filter, duplicate check and alphabetical order compares with."""

from __future__ import annotations

import unicodedata
from itertools import permutations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.text_match import caseless, folded, has_every_word, named_key, sort_key, words_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Œufs brouillés", "oeufs brouilles"),  # the ligature, typed as two letters
        ("OEUFS", "oeufs"),
        ("Cœur de bœuf", "coeur de boeuf"),
        ("Ex æquo", "ex aequo"),
        ("Straße", "strasse"),  # ß casefolds to ss
        ("STRASSE", "strasse"),
        ("ẞ", "ss"),  # the capital sharp s
        ("Hằng", "hang"),  # Vietnamese: two marks on one letter
        ("Nguyễn Thị Phương", "nguyen thi phuong"),
        ("Đặng", "dang"),  # the stroke of đ is not a mark in Unicode
        ("أَحْمَد", "احمد"),  # Arabic harakat are marks
        ("مُـحـمّد", "محمد"),  # tatweel stretches, shadda marks
        ("ĳsje", "ijsje"),  # Dutch ij ligature
        ("IJsje", "ijsje"),
        ("Règlement ÉCOLE", "reglement ecole"),
        ("Søren Łukasz", "soren lukasz"),
        ("İstanbul", "istanbul"),  # capital I with a dot: the dot is a mark
        ("ﬁlet", "filet"),  # compatibility ligature
        ("", ""),
        (None, ""),
    ],
)
def test_folds_as_people_read(text, expected):
    assert folded(text) == expected


def test_a_typed_word_finds_the_stored_one_whatever_its_accents_and_case():
    def found(typed: str, *fields: str | None) -> bool:
        return has_every_word(words_of(typed), *fields)

    assert found("oeuf", "Œufs brouillés aux herbes")
    assert found("BROUILLES oeufs", "Œufs brouillés aux herbes")  # every word, any order
    assert found("oeufs herbes", "Œufs brouillés", None, "aux herbes")  # in different fields
    assert found("hang", "Nguyễn Thị Hằng")
    assert found("  ", "Nguyễn Thị Hằng")  # nothing typed: everything matches
    assert not found("oeufs durs", "Œufs brouillés")
    assert not found("sbrou", "Œufs", "brouillés")  # a word does not run across two fields
    assert not found("x", None)


def test_sorts_accents_with_their_letter_and_case_does_not_come_first():
    names = ["Zoé", "Œufs", "éclair", "Ecorces", "eau", "Élodie", "oeillets", "abricot"]
    assert sorted(names, key=sort_key) == [
        "abricot",
        "eau",
        "éclair",
        "Ecorces",
        "Élodie",
        "oeillets",
        "Œufs",
        "Zoé",
    ]


def test_names_folding_alike_keep_one_order():
    # ties are broken by the text, so the same names always come back in the same order
    names = ["Éric", "eric", "Eric"]
    orders = {tuple(sorted(shuffled, key=sort_key)) for shuffled in permutations(names)}
    assert orders == {("Eric", "eric", "Éric")}


def test_names_are_told_apart_by_their_letters_and_accents_not_their_case():
    assert caseless("  CRÈME   Fraîche ") == "crème fraîche"
    assert caseless("Cre\u0300me") == caseless("Crème")  # decomposed as some keyboards type it
    assert caseless("STRASSE") == caseless("Straße")
    assert caseless("Pâte") != caseless("Pâté")  # two things
    assert caseless("Hằng") != caseless("Hang")
    assert named_key([(1, "Pâte"), (2, "Pâté"), (3, "PÂTÉ")], "pâté") == 2  # the first one
    assert named_key([(1, "Pâte")], "Pate") is None
    assert named_key([], "x") is None


TEXT = st.text(max_size=30)
MARKS = st.sampled_from(["\u0300", "\u0301", "\u0302", "\u0303", "\u0308", "\u0327", "\u064e"])


@given(TEXT)
def test_folding_is_idempotent(text):
    assert folded(folded(text)) == folded(text)


@given(TEXT)
def test_a_text_and_its_normal_forms_fold_alike(text):
    forms = {unicodedata.normalize(form, text) for form in ("NFC", "NFD", "NFKC", "NFKD")}
    assert {folded(form) for form in forms} == {folded(text)}


@given(st.text(alphabet=st.characters(min_codepoint=ord("a"), max_codepoint=ord("z"))), st.data())
def test_accents_and_case_never_change_the_result(word, data):
    changed = ""
    for letter in word:
        if data.draw(st.booleans()):
            letter = letter.upper()
        changed += letter + "".join(data.draw(st.lists(MARKS, max_size=2)))
    assert folded(changed) == word
    assert folded(unicodedata.normalize("NFC", changed)) == word


@given(TEXT)
def test_the_quick_path_for_plain_letters_is_the_general_one(text):
    # ASCII names take a short cut; it must give what the full folding gives
    ascii_text = text.encode("ascii", "ignore").decode()
    assert folded(ascii_text) == unicodedata.normalize("NFKD", ascii_text).casefold()


@given(TEXT)
def test_caseless_is_idempotent_and_blind_to_normal_forms_and_case(text):
    assert caseless(caseless(text)) == caseless(text)
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        assert caseless(unicodedata.normalize(form, text)) == caseless(text)
    assert caseless(text.upper()) == caseless(text.upper().lower())
    # names told apart are matched alike: caseless keeps what folded drops, never the reverse
    assert folded(caseless(text)).split() == folded(text).split()
