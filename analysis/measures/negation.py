"""Negation in a parsed sentence: what a clause denies, and whom a phrase names none of.

A verb is negated by "not", "never", "hardly", "nor", a subject that names nobody ("None of
the trustees misled anyone"), "neither … nor", or a negation of a word it depends on in its
clause ("did not want to stop"); a phrase is denied by a "not" before it ("the regime, not the
opposition"); an act is forgone when its doer chose not to do it ("instead of fixing the
pipes"). Part of ``grammar``, which re-exports these names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .parsing import per_token

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = {"nsubj", "csubj"}
# Words that negate the clause they modify, besides "not" and "never" (parsed as neg).
NEGATING_WORDS = {"hardly", "scarcely"}
# Words that name a whole, which "not" makes a part: "Not everything is X's fault".
WHOLE_WORDS = {"everything", "everyone", "everybody", "all", "each"}
# Words that name nobody and nothing ("no one" and "no trustee" are read by their "no").
NOBODY_WORDS = {"nobody", "nothing", "none"}
# A negation reaches down through these dependencies to the verb it governs.
NEGATION_REACHES = {"xcomp", "acomp", "prep", "pcomp", "pobj"}
# Nouns of will and effort: their holder does the act they take ("Putin has no intention of
# stopping", "the ministry made no effort to help"), and a "no" on them denies that act.
WILL_NOUNS = {"intention", "intent", "interest", "effort", "attempt", "willingness", "desire",
              "wish", "inclination", "appetite", "plan", "step", "move", "bid"}


@per_token
def names_none(noun: Token) -> bool:
    """The phrase names nobody and nothing: "nobody", "none of this", "no one", "no trustee"."""
    return noun.lower_ in NOBODY_WORDS or any(child.dep_ == "det" and child.lower_ == "no"
                                              for child in noun.children)


def done_to_nobody(verb: Token) -> bool:
    """The verb's object names nobody and nothing: "has abandoned nobody", "misled no one"
    (and, of an act that would help, "paid nothing": a failure)."""
    return any(child.dep_ == "dobj" and names_none(child) for child in verb.children)


@per_token
def is_denied(noun: Token) -> bool:
    """The phrase is introduced by "not", or coordinated with one that is ("not Putin or
    Europe or Russia")."""
    before = noun.left_edge.i - 1
    if before >= 0 and noun.doc[before].lower_ in {"not", "never"}:
        return True
    if any(child.dep_ == "neg" and child.i < noun.i for child in noun.children):
        return True  # the parse may put the "not" inside the phrase
    return noun.dep_ == "conj" and noun.head.i != noun.i and is_denied(noun.head)


@per_token
def is_negated(token: Token) -> bool:
    """The verb (or copula) is negated, or a word it depends on in its clause is ("did not
    want to stop", "is not willing to sign", "is not interested in stopping"); "nor",
    "hardly" and "scarcely" negate too ("Nor is the council the villain"), and so do a
    subject that names nobody ("None of the trustees misled anyone", "Nobody at the league
    asked") and an object or subject "neither X nor Y" ("informed neither the organisers nor
    the parents", "Neither the board nor the union could have prevented it")."""
    node = token
    while True:
        if any(child.dep_ == "neg" or child.lower_ in NEGATING_WORDS or _never_once(child)
               or (child.dep_ in SUBJECT_DEPS and (names_none(child) or _not_all(child))) or _neither_nor(child)
               for child in node.children):
            return True
        if _after_nor(node) or _no_will(node) or _denied_alternative(node):
            return True
        reaches = node.dep_ in NEGATION_REACHES or _will_taken(node)
        if not reaches or node.head.i == node.i:
            return False
        node = node.head


def _never_once(adverb: Token) -> bool:
    """"never once asked": the parse may hang the "never" on the "once"."""
    return adverb.lower_ == "once" and any(child.dep_ == "neg" for child in adverb.children)


def _no_will(noun: Token) -> bool:
    """"no intention", "no effort", "no interest": a will or effort denied."""
    return noun.lemma_.lower() in WILL_NOUNS and any(child.dep_ == "det" and child.lower_ == "no"
                                                     for child in noun.children)


def _will_taken(node: Token) -> bool:
    """The act a will noun takes ("effort to stop") or the will noun held ("has … intention"):
    a negation of the holder's verb reaches through both ("did not make any effort to stop")."""
    if node.dep_ == "acl":
        return node.head.lemma_.lower() in WILL_NOUNS
    return node.dep_ == "dobj" and node.lemma_.lower() in WILL_NOUNS


def _not_all(subject: Token) -> bool:
    """"Not everything is X's fault", "Not all of it was the council's doing": a denied
    whole."""
    return subject.lower_ in WHOLE_WORDS and any(child.dep_ == "neg" for child in subject.children)


def _neither_nor(child: Token) -> bool:
    """An object or subject "neither X nor Y": "It informed neither the organisers nor the
    parents", "Neither the board nor the union could have prevented that"; or a subject
    "neither" ("…, and neither has put a single bus back", "Neither of them sent a reply")."""
    if child.dep_ in SUBJECT_DEPS and child.lower_ == "neither" and child.pos_ == "PRON":
        return True
    return (child.dep_ == "dobj" or child.dep_ in SUBJECT_DEPS) and any(
        word.dep_ in {"preconj", "det"} and word.lower_ == "neither" for word in child.children)


def is_forgone(verb: Token) -> bool:
    """The act its doer chose not to do: "instead of fixing the pipes, …", "… rather than
    repair the pipes", "closed the file without fixing anything"."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        return any(child.lower_ == "instead" for child in verb.head.children)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True
    if verb.dep_ == "conj":
        rather_than = any(child.dep_ == "cc" and child.lower_ == "than" and child.i < verb.i
                          and any(word.lower_ == "rather" for word in child.children)
                          for child in verb.head.children)
        return rather_than or is_forgone(verb.head)  # "instead of warning and demonizing it"
    return False


def _after_nor(node: Token) -> bool:
    """"Nor is the council the villain", "X failed, and nor did Y help": a "nor" before the
    word, on it or between it and the word it is coordinated with."""
    if any(child.lower_ == "nor" and child.i < node.i for child in node.children):
        return True
    return node.dep_ == "conj" and any(child.lower_ == "nor" and node.head.i < child.i < node.i
                                       for child in node.head.children)


def _denied_alternative(node: Token) -> bool:
    """"did not sign anything, lobby for anything or profit from anything": a verb joined by
    "or" to a negated one is denied with it."""
    if node.dep_ != "conj" or node.head.i == node.i:
        return False
    first = node.head
    joined_by_or = any(child.dep_ == "cc" and child.lower_ == "or" and child.i < node.i
                       for child in [*first.children, *node.children])
    return joined_by_or and any(child.dep_ == "neg" for child in first.children)


def denied_for_good(verb: Token, words: frozenset[str]) -> bool:
    """The verb itself is denied for all time told, in the past or as a habit: "never came
    back", "has never once used it", "a licensing office that never asks"; not a promise or
    a forecast ("will never sign"), a regret ("should never have said it"), inexperience
    ("had never run an election before") nor "never again"."""
    denials = [word for child in verb.children
               for word in ([child] if child.lower_ != "once" else child.children)]  # "never once"
    if not any(word.dep_ == "neg" and word.lower_ in words for word in denials):
        return False
    if verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}:
        return False
    if any(child.dep_ == "aux" and child.tag_ == "MD" for child in verb.children):
        return False
    return not any(child.dep_ == "advmod" and child.lower_ in {"again", "before"} for child in verb.children)
