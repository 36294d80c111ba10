"""Case-insensitive matching on folded text finds what re.IGNORECASE finds."""

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis._plumbing.matching import compile_lower, compile_pattern_set, fold_case, grouped_alternation, original

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def test_folding_keeps_length_and_offsets():
    text = "İSTANBUL’s ſtrong ıdea, KYIV and Kelvin K"
    folded = fold_case(text)
    assert len(folded) == len(text)
    assert folded.startswith("istanbul’s strong idea, kyiv")


def test_every_character_folds_the_way_the_engine_compares_it():
    # For each lower-case letter, the characters that re.IGNORECASE lets match it are exactly
    # those that fold to it.
    any_letter = re.compile(f"[{LETTERS}]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        folded = fold_case(character)
        if any_letter.fullmatch(character) is None:
            assert len(folded) == 1 and folded not in LETTERS, character
            continue
        matched = [letter for letter in LETTERS if re.fullmatch(letter, character, re.IGNORECASE)]
        assert matched == [folded], character


@given(st.text(alphabet=st.sampled_from("aAbBiIİıſsSkK’' -.\n" + "é"), max_size=40))
def test_folded_matching_equals_ignorecase_matching(text):
    pattern = r"\b(?:is|kiss?|a+b|s[a-z]*)\b"
    expected = [(m.span(), m.group(0)) for m in re.finditer(pattern, text, re.IGNORECASE)]
    found = [(m.span(), original(text, m)) for m in compile_lower(pattern).finditer(fold_case(text))]
    assert found == expected


def test_upper_case_letters_are_refused_but_escapes_and_group_names_are_not():
    compile_lower(r"(?P<neg>not\s+)?\W\S\b\N{EM DASH}")
    with pytest.raises(ValueError, match="upper-case letter 'N'"):
        compile_lower("NATO")


@given(st.lists(st.text(alphabet="abcab.'", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="abcab.' ", max_size=40))
def test_grouping_alternatives_by_first_character_finds_what_the_plain_alternation_finds(words, text):
    plain = re.compile("|".join(map(re.escape, words)))
    grouped = re.compile(grouped_alternation((word[0], re.escape(word[1:])) for word in words))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


# Patterns that overlap on purpose and hold groups of their own, as blame's cue lists do.
PATTERN_SET = compile_pattern_set(r"\b(?:", {"a": r"ab(c|d)?|b|ab\s+c", "b": r"b(?:c)|c\s+d|d|c",
                                                "c": r"abc|d'?s|-ab"}, r")\b", starts=r"\b")


@given(st.lists(st.sampled_from(["ab", "abc", "abd", "b", "c", "d", "d's", "-ab", ",", "-"]), max_size=12),
       st.sampled_from([" ", "", "-"]))
def test_a_pattern_set_finds_in_one_pass_what_each_pattern_finds_alone(words, separator):
    text = separator.join(words)
    assert PATTERN_SET.spans(text) == {name: [m.span() for m in pattern.finditer(text)]
                                       for name, pattern in PATTERN_SET.by_name.items()}
