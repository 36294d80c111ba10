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
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The engine (re.IGNORECASE) matches these to "i" and "s"; str.lower keeps the dotless ı and
# the long ſ as they are and turns İ into two characters ("i" and a combining dot).
_ENGINE_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
# What may legitimately be upper case in a pattern: escapes (\W, \S, \N{EM DASH}) and
# group names.
_NOT_LITERAL = re.compile(r"\\N\{[^}]*\}|\\.|\(\?P<\w+>|\(\?P=\w+\)")


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
