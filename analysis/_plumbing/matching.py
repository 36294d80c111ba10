"""Case-insensitive matching at the speed of case-sensitive matching.

The dictionaries (frame terms, hedges and boosters, blame cues) are written in lower case and
matched case-insensitively. With ``re.IGNORECASE`` Python's engine folds the case of every
character at every comparison, which makes a long alternation of words about three times
slower. Instead the text is folded once (``fold_case``) and matched by a pattern compiled
without the flag (``compile_lower``). Folding keeps the text's length, so match offsets index
the original text, and the original wording of a match is ``text[match.start():match.end()]``.

The spans found are exactly those that the same pattern with ``re.IGNORECASE`` finds in the
original text, because the pattern has no upper-case letters (``compile_lower`` checks) and
``fold_case`` lowers every character the way the engine compares it: ``str.lower`` agrees
with the engine for every character except three, which the engine also lets match "i" or
"s" (tests/test_matching.py checks every Unicode character).

``compile_terms`` turns a dictionary's terms (lower-case words and phrases, ``*`` for further
letters) into such a pattern; ``compile_term_lists`` turns named lists into a ``PatternSet``.

Two ways to try fewer alternatives per place: ``grouped_alternation`` groups alternatives by
their first character, and a ``PatternSet`` finds the matches of several patterns (the frames
of the frames dictionary) in one pass over a text instead of one pass each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# The engine (re.IGNORECASE) matches these to "i" and "s"; str.lower keeps the dotless ı and
# the long ſ as they are and turns İ into two characters ("i" and a combining dot).
_ENGINE_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
# What may legitimately be upper case in a pattern: escapes (\W, \S, \N{EM DASH}) and
# group names.
_NOT_LITERAL = re.compile(r"\\N\{[^}]*\}|\\.|\(\?P<\w+>|\(\?P=\w+\)")
_TERM_SYNTAX = re.compile(r"[a-z0-9][a-z0-9'\-]*\*?(?: [a-z0-9][a-z0-9'\-]*\*?)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_ANY_APOSTROPHE = "['’‘]"
# A match may be followed by a possessive 's ("children's") but not by another apostrophe
# ending ("won't" is not "won").
_AFTER_WORD = rf"(?!\w)(?!{_ANY_APOSTROPHE}(?!s\b)\w)"


def fold_case(text: str) -> str:
    """``text`` in lower case, character for character (same length, same offsets)."""
    lowered = text.lower()
    if len(lowered) == len(text) and "ı" not in lowered and "ſ" not in lowered:
        return lowered
    return text.translate(_ENGINE_FOLDS).lower()


def compile_lower(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` for matching folded text (see ``fold_case``).

    Raises ``ValueError`` if the pattern has an upper-case letter outside an escape or a group
    name: such a letter could never match folded text.
    """
    literal = _NOT_LITERAL.sub("", pattern)
    upper = next((char for char in literal if char.isupper()), None)
    if upper is not None:
        raise ValueError(f"pattern {pattern!r} has the upper-case letter {upper!r}; "
                         "write patterns in lower case (they match any case)")
    return re.compile(pattern)


def original(text: str, match: re.Match[str]) -> str:
    """The words of ``text`` that ``match`` (found in ``fold_case(text)``) covers, as written."""
    return text[match.start():match.end()]


def grouped_alternation(alternatives: Iterable[tuple[str, str]]) -> str:
    """One regular-expression alternation of ``(first character, rest of pattern)`` pairs,
    grouped by first character and keeping their order within each group.

    The engine then tries one group per position instead of every alternative. The matches
    are those of the plain alternation in the same order, because alternatives that begin
    with different characters never match at the same place (when matching is case-sensitive,
    or on folded text).
    """
    by_first: dict[str, list[str]] = {}
    for first, rest in alternatives:
        by_first.setdefault(first, []).append(rest)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())


@dataclass(frozen=True)
class PatternSet:
    """Named patterns that share a prefix and a suffix, ``prefix + body + suffix`` each
    (``by_name``, in order), and one pattern of them all, a group each (``combined``), to
    find every pattern's matches in one pass (``spans``). ``starts`` matches (with no width)
    every place where a match of any of the patterns may begin, such as ``\\b``."""

    by_name: dict[str, re.Pattern[str]]
    combined: re.Pattern[str]
    starts: re.Pattern[str]
    # The position in ``by_name`` of each group of ``combined``, by the group's name.
    numbers: dict[str, int]

    def spans(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Each pattern's matches in ``text``, exactly as ``by_name[name].finditer`` finds
        them, from one pass over the text instead of one per pattern.

        The combined pattern matches wherever some pattern does, and names the first one that
        matches there, with the same span. A pattern's own match can therefore begin only
        where a combined match begins or at a possible start inside one: anywhere else the
        combined pattern would have matched it. There each later pattern, or every pattern,
        is tried alone; and of each pattern's matches, leftmost first, those that begin after
        the end of the last one kept are kept, as ``finditer`` keeps them.
        """
        patterns = list(self.by_name.values())
        found: list[list[tuple[int, int]]] = [[] for _ in patterns]
        for match in self.combined.finditer(text):
            # The group that closed last is the outermost: its pattern's.
            first = self.numbers[match.lastgroup]
            start, end = match.span()
            found[first].append((start, end))
            for number in range(first + 1, len(patterns)):
                _add_match(found[number], patterns[number], text, start)
            for inside in self.starts.finditer(text, start + 1, end):
                if inside.start() < end:
                    for number, pattern in enumerate(patterns):
                        _add_match(found[number], pattern, text, inside.start())
        return {name: _leftmost_without_overlaps(spans) for name, spans in zip(self.by_name, found)}


def compile_pattern_set(prefix: str, bodies: Mapping[str, str], suffix: str, starts: str) -> PatternSet:
    """The ``PatternSet`` of ``prefix + body + suffix`` for each named body, compiled for
    folded text (``compile_lower``; the prefix and suffix hold no capturing group), whose
    matches begin only where ``starts`` matches."""
    # Names no dictionary pattern uses (the compile fails loudly if one did).
    numbers = {f"pattern_set_{number}": number for number in range(len(bodies))}
    groups = "|".join(f"(?P<{group}>{body})" for group, body in zip(numbers, bodies.values()))
    return PatternSet({name: compile_lower(prefix + body + suffix) for name, body in bodies.items()},
                      compile_lower(f"{prefix}(?:{groups}){suffix}"), re.compile(starts), numbers)


def _add_match(spans: list[tuple[int, int]], pattern: re.Pattern[str], text: str, position: int) -> None:
    match = pattern.match(text, position)
    if match:
        spans.append(match.span())


def _leftmost_without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


# ---------------------------------------------------------------------------------------
# Dictionary terms (the frames, the hedges and boosters): lower-case words and phrases


def compile_terms(terms: Sequence[str]) -> re.Pattern[str]:
    """One pattern matching any of ``terms`` as whole words or phrases, in any case, in
    case-folded text: search ``fold_case(text)`` and read each match's wording from
    ``text`` at the same offsets (``original``).

    Terms are lower case; words in a phrase are separated by one space and match any white
    space; a trailing ``*`` on a word matches any further letters or digits; an apostrophe
    matches a straight or curly one. Where terms overlap at the same place, the longest wins
    (use ``pattern.finditer``). Raises ``ValueError`` for a malformed term.
    """
    return compile_lower(rf"(?<!\w)(?:{_terms_alternation(terms)}){_AFTER_WORD}")


def _terms_alternation(terms: Sequence[str]) -> str:
    """The alternation of ``compile_terms``: longest term first, grouped by first character
    (``grouped_alternation``), with no capturing group."""
    if not terms:
        raise ValueError("no terms to match")
    alternatives = []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        normalised = term.translate(_APOSTROPHES)
        if not _TERM_SYNTAX.fullmatch(normalised):
            raise ValueError(f"malformed term {term!r}: use lower-case words separated by single "
                             "spaces, with an optional * at the end of a word")
        alternative = r"\s+".join(_word_pattern(word) for word in normalised.split(" "))
        # A term begins with a letter or digit, which re.escape leaves as it is.
        alternatives.append((alternative[0], alternative[1:]))
    return grouped_alternation(alternatives)


def _word_pattern(word: str) -> str:
    stem, wildcard = (word[:-1], r"\w*") if word.endswith("*") else (word, "")
    return re.escape(stem).replace("'", _ANY_APOSTROPHE) + wildcard


def compile_term_lists(term_lists: Mapping[str, Sequence[str]]) -> PatternSet:
    """Named term lists compiled as one ``PatternSet``: each list's pattern is
    ``compile_terms`` of its terms, and every match begins at a word."""
    bodies = {name: _terms_alternation(terms) for name, terms in term_lists.items()}
    return compile_pattern_set(r"(?<!\w)(?:", bodies, f"){_AFTER_WORD}", starts=r"(?<!\w)(?=\w)")
