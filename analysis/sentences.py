"""Sentence segmentation and word counting for English opinion prose.

Rule-based on purpose: no model to download, and every decision can be read here.
A boundary is a terminator (. ! ? …), optionally followed by closing quotes or brackets,
then white space, then something that can open a sentence (a capital, a digit, an opening
quote or bracket). A candidate boundary is rejected when

* the word before the full stop is a known abbreviation ("Mr.", "Gen.", "e.g.") or a single
  capital initial ("John F. Kennedy");
* the word is a dotted initialism ("U.S.", "U.K.") and the next word does not typically
  open a sentence ("the U.S. Treasury" stays whole, "in the U.S. The talks" splits);
* it falls inside a quotation or a parenthesis, so a quoted passage of several sentences
  stays with the sentence that quotes it;
* a quotation that ends in ? or ! is followed by a short attribution ("Why?" asked X.).

Segmentation never loses or invents text: every sentence is an exact slice of the
paragraph and only white space lies between consecutive sentences
(tests/test_sentences.py checks this property on generated text).
"""

from __future__ import annotations

import re
from typing import NamedTuple

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st sen rep gov gen lt col sgt capt cmdr adm maj pres jr sr rev hon
    inc ltd co corp llc plc dept univ assn bros est approx vs etc cf al fig no nos vol
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    e.g i.e a.m p.m
    """.split()
)

# Words that commonly open a sentence; after an initialism such as "U.S." only these
# (or an opening quote) count as the start of a new sentence.
SENTENCE_OPENERS = frozenset(
    """
    a an the this that these those it its he she they we i you his her their our my
    but and or so yet if when while as since because although though however still
    in on at by for from with without after before during under over into there here
    what why how who which where mr mrs ms dr
    """.split()
)

SPEECH_VERBS = frozenset(
    """
    said says say asked asks added adds warned warns wrote writes replied replies told
    tells noted notes insisted insists argued argues claimed claims explained explains
    declared declares stated states responded responds pointed continued continues
    """.split()
)

OPENING_QUOTES = "\"“‘"
CLOSING_AFTER_TERMINATOR = "\"”’')]"
TERMINATORS = ".!?…"

_CANDIDATE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+([\"“‘(\[]*)(\S+)")
# The whole token before the full stop, without opening quotes or brackets.
_WORD_BEFORE = re.compile(r"[\"“‘(\[]*(\S+)\.$")
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_SENTENCE_END_AFTER = re.compile(r"[^.!?…]*[.!?…]")

WORD_PATTERN = re.compile(r"[\w$£€%]+(?:[’'.,\-/][\w%]+)*")


class Span(NamedTuple):
    """A sentence as a slice of its paragraph: ``paragraph[start:end] == text``."""

    start: int
    end: int
    text: str


def count_words(text: str) -> int:
    """Number of words, counting "U.S.", "Putin’s", "30,000-35,000" and "well-known" as one."""
    return len(WORD_PATTERN.findall(text))


def words(text: str) -> list[str]:
    """The words of ``text`` as :func:`count_words` counts them."""
    return WORD_PATTERN.findall(text)


def split_sentences(paragraph: str) -> list[Span]:
    """Split one paragraph into sentences; see the module docstring for the rules."""
    protected = _protected_ranges(paragraph)
    spans: list[Span] = []
    start = _skip_space(paragraph, 0)
    for match in _CANDIDATE.finditer(paragraph):
        end = match.end()
        if end <= start or not _is_boundary(paragraph, match, protected):
            continue
        spans.append(Span(start, end, paragraph[start:end]))
        start = _skip_space(paragraph, end)
    tail_end = len(paragraph.rstrip())
    if start < tail_end:
        spans.append(Span(start, tail_end, paragraph[start:tail_end]))
    return spans


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _is_boundary(text: str, match: re.Match[str], protected: list[tuple[int, int]]) -> bool:
    # Inside a quotation unless the candidate's own closing marks close it.
    if any(low < match.start() and match.end() <= high for low, high in protected):
        return False
    following = _NEXT_START.match(text, match.end())
    if following is None:
        return False
    opener, next_word = following.group(1), following.group(2)
    if not (opener or next_word[0].isupper() or next_word[0].isdigit()):
        return False
    marks = match.group(0)
    if marks.startswith(".") and len(marks.rstrip(CLOSING_AFTER_TERMINATOR)) == 1:
        if _is_abbreviation(text, match.start(), next_word, opener):
            return False
    if marks[-1] in "\"”" and marks[0] in "?!":
        if _is_attribution(text[match.end():]):
            return False
    return True


def _is_abbreviation(text: str, stop: int, next_word: str, opener: str) -> bool:
    """Whether the full stop at ``text[stop]`` ends an abbreviation rather than a sentence."""
    # The word before the stop has no white space in it: searching only from the last white
    # space keeps this linear in the paragraph's length, where searching the whole text up to
    # every full stop would be quadratic.
    start = stop
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    found = _WORD_BEFORE.search(text, start, stop + 1)
    if found is None:
        return False
    word = found.group(1)
    if word.lower() in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    if _INITIALISM.match(word):
        bare_next = next_word.strip(",;:").lower()
        return not (opener or bare_next in SENTENCE_OPENERS)
    return False


def _is_attribution(rest: str) -> bool:
    clause = _SENTENCE_END_AFTER.match(rest)
    if clause is None:
        return False
    clause_words = [w.lower() for w in words(clause.group(0))]
    return len(clause_words) <= 8 and any(w in SPEECH_VERBS for w in clause_words)


def _protected_ranges(text: str) -> list[tuple[int, int]]:
    """Spans inside double quotes or parentheses, where no sentence may end.

    A paragraph whose quotes or brackets do not balance gets no protection from them,
    so one stray mark cannot swallow the rest of the paragraph into one sentence.
    """
    ranges: list[tuple[int, int]] = []
    ranges += _paired_ranges(text, "“", "”")
    ranges += _straight_quote_ranges(text)
    ranges += _paired_ranges(text, "(", ")")
    return ranges


def _paired_ranges(text: str, opening: str, closing: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    if opening not in text and closing not in text:
        return ranges
    depth, begin = 0, 0
    # Visit only the marks: a Python loop over every character would cost more than the rest
    # of the segmentation.
    for mark in re.finditer(f"[{re.escape(opening)}{re.escape(closing)}]", text):
        position = mark.start()
        if mark.group() == opening:
            if depth == 0:
                begin = position
            depth += 1
        else:
            if depth == 0:
                return []
            depth -= 1
            if depth == 0:
                ranges.append((begin, position))
    return ranges if depth == 0 else []


def _straight_quote_ranges(text: str) -> list[tuple[int, int]]:
    if '"' not in text:
        return []
    positions = [mark.start() for mark in re.finditer('"', text)]
    if len(positions) % 2:
        return []
    return list(zip(positions[::2], positions[1::2]))
