"""Reported speech in a parsed sentence: quotation marks, the verb of saying a clause is
reported by, "according to X", and whether the writer endorses a report.

Shared by blame (whose voice a blame cue is in: ``voice``, ``accusations``) and speakers.
Who does what is ``grammar``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from ..corpus.sentences import count_words
from .grammar import SUBJECT_DEPS, is_negated

if TYPE_CHECKING:
    from spacy.tokens import Token

_CURLY_QUOTE = re.compile("[“”]")
_STRAIGHT_QUOTE = re.compile('"')
# How a reported clause hangs from its verb of saying (ccomp: "said that …"; parataxis and
# dep: "“…,” he said"; dobj: "accused [X of …]").
REPORTED_DEPS = {"ccomp", "parataxis", "dep", "xcomp", "dobj"}
# Adverbs with which the writer agrees with a report ("critics rightly say").
ENDORSING_ADVERBS = {"rightly", "correctly", "justly", "fairly"}
# Verbs that name what something is: "called the mayor a liar", "called the breakdown
# "the commission's mess"", "cast the council as the villain".
NAMING_VERBS = frozenset({"call", "brand", "label", "describe", "portray", "depict", "dub", "cast"})
# Prepositions that carry what a report says of its object ("accused X of …", "blamed X for
# …", "warned X about …"); others only place it ("warned the minister in a memo he never
# answered").
REPORTED_PREPOSITIONS = {"of", "for", "about", "over", "on", "as"}
# What a report tells when the writer calls it true: "she told the truth: …", "the speech laid
# out the truth".
TRUTH_NOUNS = {"truth"}
# What the writer calls a holder it agrees with ("and he is right to", "She is right about X").
AGREEING_WORDS = {"right", "correct"}
# What the writer may call a report's claim after it: "…, and that is plainly true", "…, which
# is true".
TRUE_WORDS = frozenset({"true", "right", "correct", "accurate"})
CLAIM_PRONOUNS = {"that", "this", "which"}


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Every double-quoted span as (opening mark, closing mark) positions, in text order.

    Curly quotes pair by nesting; straight quotes pair in order. Marks of a kind that do not
    balance are ignored, so one stray mark cannot turn the rest of the text into a quotation.
    """
    if '"' not in text and "“" not in text and "”" not in text:
        return []
    spans: list[tuple[int, int]] = []
    depth, begin = 0, 0
    curly: list[tuple[int, int]] = []
    for mark in _CURLY_QUOTE.finditer(text):
        position = mark.start()
        if mark.group() == "“":
            begin = position if depth == 0 else begin
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                curly.append((begin, position))
    if depth == 0:
        spans += curly
    straight = [mark.start() for mark in _STRAIGHT_QUOTE.finditer(text)]
    if len(straight) % 2 == 0:
        spans += list(zip(straight[::2], straight[1::2]))
    return sorted(spans)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The text between each pair of quotation marks (``quotation_spans``), half-open."""
    return [(opening + 1, closing) for opening, closing in quotation_spans(text)]


def long_quotations(text: str, min_words: int = 4) -> list[tuple[int, int]]:
    """``quoted_spans`` of ``min_words`` words or more (shorter ones may be scare quotes)."""
    return [(start, end) for start, end in quoted_spans(text)
            if count_words(text[start:end]) >= min_words]


def covered(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether text[start:end] lies within one of ``spans`` (half-open)."""
    return any(low <= start and end <= high for low, high in spans)


def inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def report_over(token: Token, says: Callable[[Token], bool]) -> Token | None:
    """The nearest verb of saying or thinking (one that ``says``) whose complement holds
    ``token``: "critics insist that [the council wasted]", "“[…],” he said". A clause that
    only modifies the verb ("When asked about X, he said …") is not its complement."""
    node = token
    while node.head.i != node.i:
        parent = node.head
        said = parent.pos_ in {"VERB", "AUX"} and says(parent)
        if said and not _restates(parent) and not _whatever_said(parent) and (
                node.dep_ in REPORTED_DEPS
                or (node.dep_ == "prep" and node.lower_ in REPORTED_PREPOSITIONS and _has_object(parent))):
            return parent
        node = parent
    return None


def parenthetical_report(token: Token, says: Callable[[Token], bool]) -> Token | None:
    """A verb of saying set inside the token's clause ("The mayor, critics say, mishandled
    the closure"), with its own subject."""
    node = token
    while True:
        for child in node.children:
            if (child.dep_ == "parataxis" and says(child) and not _is_that_said(child)
                    and any(grandchild.dep_ in SUBJECT_DEPS for grandchild in child.children)):
                return child
        if node.head.i == node.i or node.dep_ in {"ccomp", "advcl", "relcl"}:
            return None
        node = node.head


def _restates(verb: Token) -> bool:
    """"…, which is to say that Bayline had done nothing", "that is to say": the writer
    restating, nobody's report."""
    return (verb.lemma_ == "say" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"
            and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children))


def _whatever_said(verb: Token) -> bool:
    """"…, whatever its contract says": a concession, not the report of what went before (the
    parse may hang the main clause on it)."""
    return any(child.lower_ in {"whatever", "whoever"} for child in verb.children)


def _is_that_said(verb: Token) -> bool:
    """"That said, …", "This said, …": a turn of the writer's argument, nobody's report."""
    return verb.lower_ == "said" and any(child.dep_ in SUBJECT_DEPS and child.lower_ in {"that", "this"}
                                         for child in verb.children)


def is_endorsed(report: Token) -> bool:
    """The writer agrees with what the report says: "the internet has rightly torn them
    apart", "Price blames the bank, and he is right to", "…, and for once they have a point"."""
    if any(child.dep_ == "advmod" and child.lower_ in ENDORSING_ADVERBS for child in report.children):
        return True
    if tells_truth(report) or _called_true(report):
        return True
    reported = [child for child in report.children if child.dep_ in REPORTED_DEPS]
    holders = {child.lemma_.lower() for child in report.children if child.dep_ in SUBJECT_DEPS}
    for clause in [child for node in [report, *reported] for child in node.children]:
        # the agreement is about the holder: "he is right", "they have a point", "on that
        # point the federation is simply right"
        if clause.dep_ != "conj" or is_negated(clause) or not any(
                child.dep_ == "nsubj" and (child.lower_ in {"he", "she", "they"} or child.lemma_.lower() in holders)
                for child in clause.children):
            continue
        if clause.lemma_ == "be" and any(child.dep_ == "acomp" and child.lower_ in AGREEING_WORDS
                                         for child in clause.children):
            return True
        if clause.lemma_ == "have" and any(child.dep_ == "dobj" and child.lower_ == "point"
                                           for child in clause.children):
            return True
    return False


def _called_true(report: Token) -> bool:
    """The writer calls the report's claim true later in the sentence: "X says Kingsmere
    deceived her inspectors, and on the evidence that is plainly true", "…, which is true";
    not "…, and that is not true"."""
    return any(token.lemma_ == "be" and not is_negated(token)
               and any(child.dep_ == "nsubj" and child.lower_ in CLAIM_PRONOUNS for child in token.children)
               and any(child.dep_ == "acomp" and child.lower_ in TRUE_WORDS for child in token.children)
               for token in report.doc[report.i + 1:])


def tells_truth(verb: Token) -> bool:
    """The writer says the verb's subject told the truth ("Zelensky told the truth", "the
    speech laid out the truth"); not when denied ("did not tell the truth")."""
    return any(child.dep_ == "dobj" and child.lemma_.lower() in TRUTH_NOUNS
               for child in verb.children) and not is_negated(verb)


def _has_object(verb: Token) -> bool:
    return any(child.dep_ == "dobj" for child in verb.children)


def according_to(token: Token) -> Token | None:
    """The source named by "according to X" in the token's clause, if any: on the clause's
    verb or on a verb on the way to it ("they guard the mines and, according to villagers,
    burned three hamlets")."""
    node = token
    while True:
        according = next((child for child in node.children if child.lower_ == "according"), None)
        if according is not None:
            return according_source(according)
        if node.head.i == node.i or node.dep_ in {"ccomp", "advcl", "relcl"}:
            return None
        node = node.head


def according_source(according: Token) -> Token | None:
    """The source of "according to X" (given the word "according"); of "according to a survey
    by X", X."""
    for to in according.children:
        for pobj in to.children:
            if pobj.dep_ == "pobj":
                return _author_of(pobj)
    return None


def _author_of(document: Token) -> Token:
    for prep in document.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            author = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if author is not None and author.pos_ == "PROPN":
                return author
    return document
