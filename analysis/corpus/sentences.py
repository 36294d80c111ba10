"""Sentence segmentation and word counting for English opinion prose.

Rule-based on purpose: no model to download, and every decision can be read here.
A boundary is a terminator (. ! ? …), optionally followed by closing quotes or brackets,
then white space, then something that can open a sentence (a capital, a digit, an opening
quote or bracket). A candidate boundary is rejected when

* the word before the full stop is an abbreviation that cannot end a sentence here: a title
  ("Mr.", "Gen.", "e.g."); "St.", "Mt.", "Ft." unless a usual sentence opener follows;
  "p.", "No.", "vol.", "N°." before a number (titles, days and months only when capitalised:
  "The cat sat." ends a sentence); a single capital initial ("John F. Kennedy";
  but "you and I." and "plan B. It" end sentences);
* the word is a dotted initialism ("U.S.", "I.M.F.") or an abbreviation that often ends a
  sentence ("Inc.", "Co.", "Jr.", "etc.", "p.m.") and the next word does not typically open
  a sentence ("the U.S. Treasury" and "the I.M.F. (International…" stay whole, "in the U.S.
  The talks" and "Acme Inc. It closed" split), or it ends a short time phrase that opens the
  sentence ("At 5 a.m. Mr. Smith left");
* it falls inside a quotation or a parenthesis, so a quoted passage of several sentences
  stays with the sentence that quotes it;
* a quotation that ends in ? or ! is followed by a short attribution ("Why?" asked X.);
* it is the label of a list item ("1.", "2.)", "b."), part of a spaced ellipsis (". . .":
  four dots end a sentence, three do not) or an omission in brackets ("[...]").

The items of a numbered, lettered or bulleted list ("1) Freeze the assets 2) Fund the
repairs") are sentences even without a full stop. ``data/validation/segmentation_rules.jsonl``
holds 48 cases, one per category of pySBD's English golden rules, written for this project;
tests/test_sentences.py requires at least 46 to pass.

No sentence is longer than ``MAX_SENTENCE_WORDS`` words: text with no sentence end for longer
(a feed without punctuation) is cut into pieces, at the last comma, semicolon, colon or dash
in reach, else between words, so that VADER and the parsers stay linear in the text's length.
Such pieces have ``Span.capped`` set; ``analysis.corpus`` logs each cut paragraph in
``Corpus.removed`` (rule ``split_long_sentence``) and warns of it (``SegmentationWarning``).

Segmentation never loses or invents text: every sentence is an exact slice of the
paragraph and only white space lies between consecutive sentences
(tests/test_sentences.py checks this property on generated text).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

# Titles and the like: they stand before a name and never end a sentence ("Gen. Syrsky";
# "e.g." and "vs." go here too: they are always followed by more of the sentence).
PREFIX_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
    "cpl", "pvt", "capt", "cmdr", "adm", "maj", "brig", "pres", "rev", "hon", "supt", "insp",
    "det", "vs", "cf", "approx", "e.g", "i.e",
))
# Before a place name ("St. Paul", "Mt. Fuji", "Ft. Worth") but also a street at a sentence's
# end ("on Main St."): a boundary only when a usual sentence opener follows.
PLACE_ABBREVIATIONS = frozenset(("st", "mt", "ft"))
# Before a number ("p. 55", "No. 10", "vol. 3", "N°. 7"); before anything else they are
# ordinary words ("The answer was no.").
NUMBER_ABBREVIATIONS = frozenset((
    "p", "pp", "no", "nos", "vol", "vols", "fig", "figs", "ch", "art", "sec", "para", "n°", "nº",
))
# Often end a sentence ("Acme Inc. It closed"): a boundary when a usual sentence opener
# follows, as after an initialism.
ENDING_ABBREVIATIONS = frozenset((
    "jr", "sr", "inc", "ltd", "co", "corp", "llc", "plc", "dept", "univ", "assn", "bros", "est",
    "etc", "al", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
))
ABBREVIATIONS = (PREFIX_ABBREVIATIONS | PLACE_ABBREVIATIONS | NUMBER_ABBREVIATIONS
                 | ENDING_ABBREVIATIONS)
# Abbreviations that are also ordinary words ("The cat sat.", "in the sun.", "a new gen."):
# abbreviations only when capitalised, as titles, days and months are written.
CAPITALISED_ABBREVIATIONS = frozenset((
    "sen", "rep", "gov", "gen", "col", "cpl", "pvt", "capt", "maj", "brig", "pres", "rev", "hon",
    "det", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "wed", "sat",
    "sun",
))
# A time phrase that opens a sentence ("At 5 a.m. Mr. Smith left") is not a sentence itself.
TIME_ABBREVIATIONS = frozenset(("a.m", "p.m"))
TIME_PHRASE_STARTS = frozenset((
    "at", "by", "before", "after", "until", "till", "from", "around", "about", "since", "shortly",
    "just",
))
TIME_PHRASE_MAX_WORDS = 4

# Words that commonly open a sentence; after an initialism such as "U.S." only these
# (or an opening quote) count as the start of a new sentence.
SENTENCE_OPENERS = frozenset((
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "my", "but", "and", "or", "so", "yet", "if",
    "when", "while", "as", "since", "because", "although", "though", "however", "still", "in",
    "on", "at", "by", "for", "from", "with", "without", "after", "before", "during", "under",
    "over", "into", "there", "here", "what", "why", "how", "who", "which", "where", "mr", "mrs",
    "ms", "dr",
))

SPEECH_VERBS = frozenset((
    "said", "says", "say", "asked", "asks", "added", "adds", "warned", "warns", "wrote",
    "writes", "replied", "replies", "told", "tells", "noted", "notes", "insisted", "insists",
    "argued", "argues", "claimed", "claims", "explained", "explains", "declared", "declares",
    "stated", "states", "responded", "responds", "pointed", "continued", "continues",
))

OPENING_QUOTES = "\"“‘"
CLOSING_AFTER_TERMINATOR = "\"”’')]"
TERMINATORS = ".!?…"
# Longest sentence handed on, in words (runs of non-space characters): VADER and the parsers
# cost more than linear time in a sentence's length, so text with no sentence end for
# thousands of words is cut into pieces of at most this many (see ``split_sentences``).
MAX_SENTENCE_WORDS = 200
# Where a capped sentence is best cut: after a word ending in one of these, or after a dash.
CLAUSE_MARKS = ",;:—–"
DASHES = ("-", "--")

_CANDIDATE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+([\"“‘(\[]*)(\S+)")
# The whole token before the full stop, without opening quotes or brackets.
_WORD_BEFORE = re.compile(r"[\"“‘(\[]*(\S+)\.$")
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_SENTENCE_END_AFTER = re.compile(r"[^.!?…]*[.!?…]")
_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")
# A list item's label: "3.", "3)", "3.)" or "c.", then the item, which must begin like a
# sentence; found from its closing mark, then checked backwards (``_LABEL``), which is several
# times faster than a pattern that starts at every letter of the paragraph.
_LABEL_CLOSE = re.compile(r"(\.\)|\)|\.)(?=\s+[\"“‘(]*[A-Z0-9])")
# The label itself, at the start of a word and after an optional bullet.
_LABEL = re.compile(r"(?:(?<=\s)|^)([•⁃▪‣◦\-–]\s?)?(\d{1,2}|[a-z])\Z")
# Dots separated by single spaces: the ellipsis of academic quotation (". . .").
_SPACED_ELLIPSIS = re.compile(r"\.(?: \.){2,}")
_TOKEN = re.compile(r"\S+")

WORD_PATTERN = re.compile(r"[\w$£€%]+(?:[’'.,\-/][\w%]+)*")


class Span(NamedTuple):
    """A sentence as a slice of its paragraph: ``paragraph[start:end] == text``.

    ``capped`` is true when the sentence ends where ``MAX_SENTENCE_WORDS`` cut it, not at a
    sentence end of the text.
    """

    start: int
    end: int
    text: str
    capped: bool = False


class SegmentationWarning(UserWarning):
    """Text was cut into sentences at places the writer did not end one (see ``capped``)."""


def count_words(text: str) -> int:
    """Number of words, counting "U.S.", "Putin’s", "30,000-35,000" and "well-known" as one."""
    return len(WORD_PATTERN.findall(text))


def words(text: str) -> list[str]:
    """The words of ``text`` as :func:`count_words` counts them."""
    return WORD_PATTERN.findall(text)


def split_sentences(paragraph: str, max_words: int = MAX_SENTENCE_WORDS) -> list[Span]:
    """Split one paragraph into sentences; see the module docstring for the rules.

    A sentence longer than ``max_words`` words is cut into pieces of at most that many, each
    ending at the last comma, semicolon, colon or dash of its second half when there is one,
    else after its last word; every piece but the last has ``capped`` set.
    """
    marks = _Marks.of(paragraph)
    spans: list[Span] = []
    start = _skip_space(paragraph, 0)
    for end in _sentence_ends(paragraph, marks, start):
        spans.append(Span(start, end, paragraph[start:end]))
        start = _skip_space(paragraph, end)
    tail_end = len(paragraph.rstrip())
    if start < tail_end:
        spans.append(Span(start, tail_end, paragraph[start:tail_end]))
    return [piece for span in spans for piece in _capped(span, max_words)]


class _Marks(NamedTuple):
    """What the whole paragraph says about its candidate boundaries, found once."""

    protected: list[list[tuple[int, int]]]  # quotations and parentheses, each list sorted
    item_starts: list[int]  # where a list item begins: a sentence starts there
    label_stops: frozenset[int]  # full stops of list labels ("1.", "a."): never a boundary
    ellipsis_dots: dict[int, bool]  # each dot of a spaced ellipsis: is it a boundary?

    @classmethod
    def of(cls, text: str) -> _Marks:
        starts, stops = _list_items(text)
        return cls(_protected_ranges(text), starts, stops, _spaced_ellipses(text))


def _sentence_ends(text: str, marks: _Marks, start: int) -> Iterator[int]:
    """Where each sentence ends, in order (``start``: where the first one begins)."""
    # List items after the last candidate are handled by the sentinel's final round.
    items = [*marks.item_starts, len(text) + 1]
    next_item = 0
    for match in (*_CANDIDATE.finditer(text), None):
        at = len(text) if match is None else match.start()
        while items[next_item] <= at:
            if items[next_item] > start:
                yield _end_before(text, items[next_item])
                start = items[next_item]
            next_item += 1
        if match is not None and match.end() > start and _is_boundary(text, match, marks, start):
            yield match.end()
            start = _skip_space(text, match.end())


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _end_before(text: str, position: int) -> int:
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _is_boundary(text: str, match: re.Match[str], marks: _Marks, start: int) -> bool:
    stop = match.start()
    # Inside a quotation unless the candidate's own closing marks close it.
    for ranges in marks.protected:
        if ranges and _inside(ranges, stop, match.end()):
            return False
    if stop in marks.label_stops or (stop > 0 and text[stop - 1] == "["):
        return False  # "1. The item", or an omission "[...]"
    if stop in marks.ellipsis_dots:
        return marks.ellipsis_dots[stop]
    following = _NEXT_START.match(text, match.end())
    if following is None:
        return False
    opener, next_word = following.group(1), following.group(2)
    if not (opener or next_word[0].isupper() or next_word[0].isdigit()):
        return False
    terminators = match.group(0)
    single_stop = (terminators.startswith(".")
                   and len(terminators.rstrip(CLOSING_AFTER_TERMINATOR)) == 1)
    if single_stop and _is_abbreviation(text, stop, next_word, opener, start):
        return False
    quoted_question = terminators[-1] in "\"”" and terminators[0] in "?!"
    return not (quoted_question and _is_attribution(text, match.end()))


def _inside(ranges: list[tuple[int, int]], low_end: int, high_end: int) -> bool:
    """Whether some range ``(low, high)`` has ``low < low_end`` and ``high_end <= high``."""
    # The ranges of one kind do not overlap, so only the last one opening before
    # ``low_end`` can hold it: a bisection keeps long paragraphs linear.
    index = bisect.bisect_left(ranges, (low_end, -1)) - 1
    return index >= 0 and high_end <= ranges[index][1]


def _is_abbreviation(text: str, stop: int, next_word: str, opener: str, start: int) -> bool:
    """Whether the full stop at ``text[stop]`` ends an abbreviation rather than a sentence."""
    # The word before the stop has no white space in it: searching only from the last white
    # space keeps this linear in the paragraph's length, where searching the whole text up to
    # every full stop would be quadratic.
    word_start = stop
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    found = _WORD_BEFORE.search(text, word_start, stop + 1)
    if found is None:
        return False
    word = found.group(1)
    lower = word.lower()
    if lower in CAPITALISED_ABBREVIATIONS and not word[0].isupper():
        return False
    if lower in PREFIX_ABBREVIATIONS:
        return True
    if lower in NUMBER_ABBREVIATIONS:
        return next_word[0].isdigit()
    if lower in PLACE_ABBREVIATIONS:
        return not _opens_sentence(next_word, opener)
    if lower in ENDING_ABBREVIATIONS or _INITIALISM.match(word):
        if lower in TIME_ABBREVIATIONS and _is_time_phrase(text[start:stop]):
            return True
        return not _opens_sentence(next_word, opener)
    if len(word) == 1 and word.isalpha() and word.isupper():
        return _is_initial(text, word_start, word, next_word, opener)
    return False


def _opens_sentence(next_word: str, opener: str) -> bool:
    """Whether a word after an ambiguous full stop ("U.S.", "Inc.") begins a new sentence.

    An opening quotation mark does; an opening bracket only before a usual opener, so
    "the I.M.F. (International Monetary Fund)" stays one sentence.
    """
    if any(mark in OPENING_QUOTES for mark in opener):
        return True
    return next_word.strip(",;:.").lower() in SENTENCE_OPENERS


def _is_time_phrase(sentence_so_far: str) -> bool:
    """"At 5 a.m.": a short phrase of time opening the sentence, not a sentence of its own."""
    phrase = sentence_so_far.split(None, TIME_PHRASE_MAX_WORDS)
    return len(phrase) <= TIME_PHRASE_MAX_WORDS and phrase[0].lower() in TIME_PHRASE_STARTS


def _is_initial(text: str, word_start: int, letter: str, next_word: str, opener: str) -> bool:
    """Whether a capital letter and full stop are a name's initial ("John F. Kennedy").

    After a capitalised word or another initial they are; after a lower-case word "I." is
    the pronoun ("you and I.") and any other letter ends the sentence when a usual sentence
    opener follows ("vitamin C. It helps", but "by F. Scott Fitzgerald").
    """
    previous = _PREVIOUS_WORD.search(text, max(0, word_start - 80), word_start)
    if previous is None:
        return True
    previous_word = previous.group(1).lstrip(OPENING_QUOTES + "([")
    if not previous_word or not previous_word[0].islower():
        return True
    if letter == "I":
        return False
    return not _opens_sentence(next_word, opener)


def _is_attribution(text: str, position: int) -> bool:
    clause = _SENTENCE_END_AFTER.match(text, position)
    if clause is None:
        return False
    clause_words = [w.lower() for w in words(clause.group(0))]
    return len(clause_words) <= 8 and any(w in SPEECH_VERBS for w in clause_words)


class _Label(NamedTuple):
    start: int  # of the bullet, or of the label when there is none
    stop: int  # of the closing mark
    bullet: bool
    value: int
    style: tuple[bool, bool, str]  # bullet or not, number or letter, closing mark


def _list_items(text: str) -> tuple[list[int], frozenset[int]]:
    """Where the items of a numbered or lettered list begin, and their labels' full stops.

    A list is two or more labels of one style counting up by one ("1." then "2.", "c)" then
    "d)"), the first at the paragraph's start, after a bullet, or after a sentence's end or a
    colon, each followed by an item that begins like a sentence. A label inside running text
    ("in 2) cases") or a lower-case enumeration ("1) a ceasefire, 2) elections") is no list.
    """
    chains: dict[tuple[bool, bool, str], list[_Label]] = {}
    lists: list[list[_Label]] = []
    for label in _labels(text):
        chain = chains.get(label.style)
        if chain and chain[-1].value + 1 == label.value:
            chain.append(label)
        elif label.bullet or _end_before(text, label.start) == 0 or \
                text[_end_before(text, label.start) - 1] in ".!?:":
            chains[label.style] = [label]
            lists.append(chains[label.style])
    items = [label for chain in lists if len(chain) > 1 for label in chain]
    return (sorted(label.start for label in items),
            frozenset(label.stop for label in items if text[label.stop] == "."))


def _labels(text: str) -> Iterator[_Label]:
    for close in _LABEL_CLOSE.finditer(text):
        at = close.start()
        # Most closing marks end a word of several letters: rule those out cheaply first.
        if at == 0 or text[at - 1].isalpha() and at > 1 and text[at - 2].isalpha():
            continue
        found = _LABEL.search(text, max(0, at - 4), at)
        if found is None:
            continue
        bullet, label = bool(found.group(1)), found.group(2)
        value = int(label) if label.isdigit() else ord(label)
        yield _Label(found.start(), close.start(), bullet, value,
                     (bullet, label.isdigit(), close.group(1)))


def _spaced_ellipses(text: str) -> dict[int, bool]:
    """For each dot of a spaced ellipsis (". . ."), whether a sentence ends there.

    Three dots mark words left out inside a sentence: no boundary. Four dots are an ellipsis
    and a full stop: after a word ("compounds. . . . The") the first dot ends the sentence
    and the ellipsis opens the next; set apart (". . . . Next") the last dot ends it. Either
    only when what follows begins like a sentence.
    """
    if ". ." not in text:
        return {}
    dots: dict[int, bool] = {}
    for run in _SPACED_ELLIPSIS.finditer(text):
        positions = list(range(run.start(), run.end(), 2))
        dots.update(dict.fromkeys(positions, False))
        following = _NEXT_START.match(text, run.end())
        if len(positions) < 4 or following is None:
            continue
        opener, next_word = following.group(1), following.group(2)
        if opener or next_word[0].isupper() or next_word[0].isdigit():
            attached = run.start() > 0 and not text[run.start() - 1].isspace()
            dots[positions[0] if attached else positions[-1]] = True
    return dots


def _capped(span: Span, max_words: int) -> list[Span]:
    """``span`` cut into pieces of at most ``max_words`` words (see ``split_sentences``)."""
    # A word takes at least two characters with its space: a shorter span cannot be too long.
    if len(span.text) < 2 * max_words or len(span.text.split()) <= max_words:
        return [span]
    tokens = [(token.start(), token.end()) for token in _TOKEN.finditer(span.text)]
    pieces: list[Span] = []
    first = 0
    while len(tokens) - first > max_words:
        last = _cut_after(span.text, tokens, first, max_words)
        begin, end = tokens[first][0], tokens[last][1]
        pieces.append(Span(span.start + begin, span.start + end, span.text[begin:end], capped=True))
        first = last + 1
    begin = tokens[first][0]
    pieces.append(Span(span.start + begin, span.end, span.text[begin:]))
    return pieces


def _cut_after(text: str, tokens: list[tuple[int, int]], first: int, max_words: int) -> int:
    """The index of the last token of the piece that begins with token ``first``."""
    last = first + max_words - 1
    for index in range(last, first + max_words // 2 - 1, -1):
        begin, end = tokens[index]
        if text[end - 1] in CLAUSE_MARKS or text[begin:end] in DASHES:
            return index
    return last


def _protected_ranges(text: str) -> list[list[tuple[int, int]]]:
    """Spans inside double quotes or parentheses, where no sentence may end, by kind.

    A paragraph whose quotes or brackets do not balance gets no protection from them,
    so one stray mark cannot swallow the rest of the paragraph into one sentence.
    """
    return [_paired_ranges(text, "“", "”"), _straight_quote_ranges(text),
            _paired_ranges(text, "(", ")")]


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
