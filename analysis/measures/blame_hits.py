"""What a blame rule finds, and the checks every rule shares.

A ``Hit`` is one actor a rule finds blamed in a sentence, with the cue's character offsets
and the rule's name; ``hits_on`` makes them. An open condition asserts nothing
(``is_open_condition``), and an act that reads positive to VADER is credit, not blame
(``reads_positive``). Used by ``blame_rules`` and ``copular_blame``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from . import modality
from .references import Referent
from .tone import polarity, tone_label

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .blame_cues import Cues


class Hit(NamedTuple):
    """One actor a rule finds blamed: the cue's character span in the sentence, the rule's
    name and the token the rule read."""

    referent: Referent
    cue_start: int
    cue_end: int
    rule: str
    anchor: Token


def hits_on(referents: Iterable[Referent | None], anchor: Token, cue_last: Token, rule: str) -> Iterable[Hit]:
    """A ``Hit`` for each referent found (None is skipped), the cue marked from ``anchor`` to
    ``cue_last``."""
    first, last = min(anchor.i, cue_last.i), max(anchor.i, cue_last.i)
    if last - first > 4:  # a distant second word: mark the head word alone
        first = last = anchor.i
    doc = anchor.doc
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    for referent in referents:
        if referent is not None:
            yield Hit(referent, start, end, rule, anchor)


def is_open_condition(verb: Token, marker: str | None, cues: Cues) -> bool:
    """An open condition asserts nothing: "if X attacks", "the longer X holds out, the …",
    "should X fail to act, …"."""
    return (marker in cues.hypothetical or modality.is_correlative_condition(verb)
            or modality.is_inverted_condition(verb))


# What, beside the verb, says how an act went: "kept the talks alive", "set it right".
_ACT_WORDS = frozenset({"prt", "acomp", "oprd"})


def reads_positive(verb: Token) -> bool:
    """The act reads positive to VADER ("… that saved the talks", "kept the talks alive"):
    credit, not blame. Only the verb and the words that complete it are read, not what it
    was done to or about ("chose a lantern festival over heating" is not credit)."""
    words = [verb, *(child for child in verb.children if child.dep_ in _ACT_WORDS
                     or (child.dep_ == "xcomp" and child.pos_ == "ADJ"))]
    return tone_label(polarity(" ".join(word.text for word in sorted(words)))["compound"]) == "positive"
