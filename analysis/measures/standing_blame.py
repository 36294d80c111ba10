"""Blame in a standing denied: "a colonel who arrests an elected president … has no standing to
lecture anyone", "a union that spent the winter negotiating a sponsorship deal … is in no
position to play the prosecutor", "A council that can afford an atrium cannot plead poverty",
"A company that profits from both … does not deserve the benefit of anyone's doubt".

To deny an actor the standing to judge others, an excuse or the benefit of the doubt is to say
it is at fault, and the column usually tells the fault in the same breath (here in the
relative clause). ``denied_standing`` blames the subject of such a denial. Not an ability
denied ("is in no position to help": the act it cannot do is one that would help,
``help_verbs``), nor a power or a right ("has no power to", "has no right to", which are
often the law's), nor a denial that is asked or supposed. Part of the rules of
``blame_rules``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import grammar, modality
from .blame_hits import Hit, hits_on, is_open_condition
from .parsing import tokens
from .references import SentenceActors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .blame_cues import Cues

# What one may have none of, to judge or to be excused: "has no standing to lecture anyone",
# "has no business being called a victim", "has no grounds to complain".
STANDING_NOUNS = frozenset({"standing", "business", "grounds"})
# Excuses one "cannot plead": "cannot plead poverty", "can hardly plead ignorance".
EXCUSE_NOUNS = frozenset({"poverty", "ignorance", "innocence", "hardship", "surprise", "helplessness"})


def denied_standing(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """The subject of each standing, excuse or benefit of the doubt denied (see the module's
    docstring)."""
    for word in tokens(doc):
        verb = _denial(word, cues)
        if verb is None or verb.dep_ == "advcl" or is_open_condition(verb, modality.clause_marker(verb), cues):
            continue  # "before its audience has no business …": the parser's misreading of a list
        doers = [referent for doer in grammar.doers(verb) for referent in actors.of_phrase(doer)]
        yield from hits_on(doers, word, word, "characterisation")


def _denial(word: Token, cues: Cues) -> Token | None:
    """The verb whose subject the word denies a standing, an excuse or the benefit of the
    doubt, or None."""
    lemma = word.lemma_.lower()
    if lemma in STANDING_NOUNS and word.dep_ == "dobj" and word.head.lemma_ == "have":
        if _said_no(word) and _to_judge(word, cues):
            return word.head
    if lemma == "position" and word.dep_ == "pobj" and word.head.lower_ == "in" and word.head.head.lemma_ == "be":
        copula = word.head.head
        if _said_no(word) and _to_judge(word, cues) and _to_judge(copula, cues):
            return copula
    if lemma == "plead" and grammar.is_negated(word) and any(
            child.dep_ == "dobj" and child.lemma_.lower() in EXCUSE_NOUNS for child in word.children):
        return word
    if lemma == "deserve" and grammar.is_negated(word) and any(
            child.dep_ == "dobj" and child.lemma_.lower() == "benefit"
            and any(doubt.lemma_.lower() == "doubt" for doubt in child.subtree) for child in word.children):
        return word
    return None


def _said_no(noun: Token) -> bool:
    """"no standing", or the verb over it denied ("does not have the standing")."""
    return any(child.dep_ == "det" and child.lower_ == "no" for child in noun.children) or grammar.is_negated(noun.head)


def _to_judge(head: Token, cues: Cues) -> bool:
    """What the standing would be for is not an act that would help ("in no position to help")."""
    return not any(child.dep_ in {"acl", "relcl", "advcl", "xcomp"} and cues.help.match(child) is not None
                   for child in head.children)
