"""Blame that a noun names: the possessor or by-agent of a harm noun ("Putin's treachery",
"the raids by the ministry", "Russia's bombing campaign"), the author of a harm ("Kremlin-fed
disinformation"), the one a harm or the blame lies with ("the blame lies with X"), and an
actor described as a culprit in apposition ("Putin, a war criminal"). Part of the rules of
``blame_rules``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import grammar
from .blame_cues import BLAME_NOUNS, Cues, fault_named_before, has_fault_modifier, is_harm_noun
from .blame_hits import Hit, hits_on
from .references import Referent, SentenceActors

if TYPE_CHECKING:
    from spacy.tokens import Token

# Where a fault or a harm may lie: "the blame lies with X", "the failure belongs to X"; a frame
# noun may also simply be there: "the real scandal is in X" (a harm is not: "the war is in
# Ukraine" blames nobody).
WHERE_BLAME_LIES = {"lie": {"with", "on", "upon", "in"}, "rest": {"with", "on", "upon"},
                     "fall": {"on", "upon"}, "belong": {"to", "with"}}
WHERE_A_FRAME_IS = {**WHERE_BLAME_LIES, "be": {"with", "in"}}


def noun_hits(noun: Token, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """Possessors and by-agents of harm nouns ("Putin's treachery", "raids by the ministry"),
    actors described as culprits ("Putin, a war criminal"), "blame lies with X"."""
    lemma = noun.lemma_.lower()
    if is_harm_noun(noun, cues) or lemma in BLAME_NOUNS:
        if _denied_harm(noun):
            return
        for child in noun.children:
            if child.dep_ == "poss":
                yield from hits_on(_listed(actors.of_token(child)), noun, noun, "explicit")
            if child.dep_ in {"amod", "compound"} and child.lower_ in cues.authoring:
                authors = [actors.of_token(t) for t in child.subtree if t.i < child.i]
                yield from hits_on(authors, noun, noun, "harm")
            if child.dep_ == "prep" and child.lower_ == "by":
                agents = [p for p in child.children if p.dep_ == "pobj"]
                yield from hits_on([r for a in agents for r in actors.of_each(a)], noun, noun, "harm")
        if noun.dep_ == "nsubjpass" and not grammar.is_negated(noun.head):
            yield from _done_by(noun.head, actors)
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in cues.harm_methods and not _denied_harm(noun.head):
            # "Russia's bombing campaign", "the Kremlin's delay tactics"
            for owner in noun.head.children:
                if owner.dep_ == "poss":
                    yield from hits_on(_listed(actors.of_token(owner)), noun, noun.head, "explicit")
    if noun.dep_ == "nsubj" and (lemma in cues.frame_nouns or is_harm_noun(noun, cues)
                                 or fault_named_before(noun, cues) is not None) and not _denied_harm(noun):
        yield from _lies_with(noun, actors, frame=lemma in cues.frame_nouns)  # "and it belongs to X"
    if lemma in cues.fault_nouns or has_fault_modifier(noun, cues):
        if noun.dep_ == "appos" and not _negated_noun(noun.head):  # "Putin, a war criminal"
            yield from hits_on(actors.of_phrase(noun.head), noun, noun, "characterisation")
        # an actor itself has no describing apposition: "a heartless council, a starving zoo"
        # is a list, and the zoo is not heartless
        described = [] if actors.of_token(noun) is not None else noun.children
        for child in described:  # "an aggressor Russia"
            if child.dep_ == "appos":
                yield from hits_on(actors.of_phrase(child), noun, noun, "characterisation")


def _done_by(verb: Token, actors: SentenceActors) -> Iterable[Hit]:
    """The agents of a harm in the passive: "The cover-up was run by the press office", "The
    harm was designed by the port authority and paid for by the ministry"."""
    # a later verb with no subject of its own shares the passive's ("… and paid for by")
    later = [conj for conj in verb.conjuncts if conj.i > verb.i and conj.tag_ in {"VBN", "VBD"}
             and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in conj.children)]
    for act in [verb, *later]:
        for child in act.children:  # the parse may take a later verb's "by" for a preposition
            if child.dep_ == "agent" or (act is not verb and child.dep_ == "prep" and child.lower_ == "by"):
                agents = [pobj for pobj in child.children if pobj.dep_ == "pobj"]
                yield from hits_on([r for a in agents for r in actors.of_each(a)], act, act, "harm")


def _negated_noun(noun: Token) -> bool:
    return grammar.is_denied(noun) or (noun.head.i != noun.i and grammar.is_negated(noun.head)
                                        and noun.dep_ in {"attr", "nsubj", "dobj"})


def _denied_harm(noun: Token) -> bool:
    """"not Putin's war", "None of this is Russia's fault", "did not cause the spill": the harm
    noun itself is denied. A subject is presupposed whatever its verb says: "Koster's
    recklessness did not begin in March" still says he was reckless."""
    return grammar.is_denied(noun) or (noun.head.i != noun.i and grammar.is_negated(noun.head)
                                        and noun.dep_ in {"attr", "dobj"})


def _lies_with(subject: Token, actors: SentenceActors, frame: bool) -> Iterable[Hit]:
    """"The blame lies with X", "the failure belongs to X", and of a frame noun "the real
    scandal is in X"."""
    verb = subject.head
    prepositions = (WHERE_A_FRAME_IS if frame else WHERE_BLAME_LIES).get(verb.lemma_)
    if prepositions is None or grammar.is_negated(verb):
        return
    # "belongs to the house as much as to her": the second owner hangs on "as much as"
    compared = [prep for much in verb.children if much.dep_ == "advmod" for as_ in much.children
                if as_.dep_ == "prep" and as_.lower_ == "as" for prep in as_.children]
    for prep in [*verb.children, *compared]:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            for pobj in prep.children:
                # "in X" is a place: X itself, not "in X's favour"
                if pobj.dep_ == "pobj" and (prep.lower_ != "in" or actors.of_token(pobj) is not None):
                    yield from hits_on(actors.of_each(pobj), subject, verb, "explicit")


def _listed(referent: Referent | None) -> list[Referent]:
    return [] if referent is None else [referent]
