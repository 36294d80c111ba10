"""Blame voiced with a verb of blaming or of naming: reported blame of the verb's object.

- accusing: "the regime accuses the opposition of …", "the mayor blames the developer";
- holding responsible: "the association holds the council responsible for the flooding";
- naming with a fault word: "Delgado called the mayor a liar", "Tarrant described the
  company's conduct as reckless" (``fault_nouns`` and ``fault_adjectives`` of the cue file);
- each of these in the passive: "the Kremlin has been accused of sabotage by Kyiv", "the
  wholesalers have been called vultures by the opposition" (the holder is the agent);
- demanding a punishment: "the councillors are demanding Kestrel's head", "campaigners want
  the owners stripped of their licence" (``punishment_nouns`` and ``punishment_verbs``);
- taking the blame oneself: "she takes full responsibility" (the holder is the one who takes it).

The blame is in the voice of the verb's subject, who is its holder; it is the writer's own only
when the writer says so ("I blame …", "we call it cowardice", or to the reader: "so blame the
board"), or agrees ("Price blames the bank, and he is right to"). A negated verb or subject voices
no blame ("she did not blame the council", "nobody blames the union").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from . import grammar, reports
from .blame_cues import BLAME_NOUNS, has_fault_modifier, is_fault_word, is_frame_word
from .parsing import tokens
from .reports import NAMING_VERBS
from .voice import reported_by

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .blame_cues import Cues
    from .references import Referent, SentenceActors

ACCUSING_VERBS = frozenset({"accuse", "blame", "fault", "condemn", "denounce"})
HOLDING_VERBS = frozenset({"hold"})
DEMANDING_VERBS = frozenset({"demand", "want", "seek", "urge"})
ACCEPTING_VERBS = frozenset({"take", "accept", "assume", "shoulder"})


class Accusation(NamedTuple):
    referent: Referent
    verb: Token
    stance: str
    holder: str
    holder_group: str


def accusations(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterator[Accusation]:
    """Every actor the sentence has someone blame with a verb, with that someone."""
    for verb in tokens(doc):
        if verb.pos_ != "VERB" or grammar.is_negated(verb) or _blame_discussed(verb):
            continue
        targets = _targets(verb, actors, cues)
        if targets:
            stance, holder, holder_group = _accuser(verb, actors)
            for referent in targets:
                yield Accusation(referent, verb, stance, holder, holder_group)


def _blame_discussed(verb: Token) -> bool:
    """"Blaming the ombudsman is like blaming the smoke alarm", "It is easy to blame X":
    blaming as a subject, which the sentence weighs; nobody is reported doing it."""
    return ((verb.tag_ == "VBG" and verb.dep_ in {"csubj", "nsubj"})
            or (verb.dep_ == "xcomp" and grammar.is_expletive_frame(verb.head)))


def _targets(verb: Token, actors: SentenceActors, cues: Cues) -> list[Referent]:
    lemma = verb.lemma_.lower()
    # in the passive the one accused or named is the subject: "has been accused by Kyiv"
    objects = [child for child in verb.children if child.dep_ in {"dobj", "nsubjpass"}]
    if lemma in ACCEPTING_VERBS and _takes_the_blame(objects):
        return [referent for doer in grammar.doers(verb) for referent in actors.of_phrase(doer)]
    if lemma in DEMANDING_VERBS:
        return [referent for punished in _punished(verb, cues) for referent in actors.of_each(punished)]
    if lemma in ACCUSING_VERBS:
        return [referent for obj in objects + _gapped_objects(verb) for referent in actors.of_each(obj)]
    if lemma in HOLDING_VERBS:
        # "holds the council responsible": the parse makes the council the subject of
        # "responsible" (a small clause) or the object of "holds".
        judged = [child for child in verb.children if child.dep_ in {"ccomp", "oprd", "acomp", "xcomp"}
                  and is_frame_word(child, cues)]
        held = objects or [subject for judgement in judged for subject in judgement.children
                           if subject.dep_ == "nsubj"]
        return [referent for noun in held for referent in actors.of_each(noun)] if judged else []
    if lemma in NAMING_VERBS and any(_names_a_fault(child, cues) for child in verb.children):
        return [referent for obj in objects for referent in actors.of_each(obj)]
    return []


def _gapped_objects(verb: Token) -> list[Token]:
    """The second object of a gapped coordination, "blame Syntaris for the night and [blame]
    the board for the decision": the parse makes "the board" a conjunct of the verb, or of
    the first charge when the second has the same preposition ("… for the delay and Moscow
    for the war")."""
    nouns = {"NOUN", "PROPN"}
    found = [child for child in verb.children if child.dep_ == "conj" and child.pos_ in nouns]
    for prep in verb.children:
        if prep.dep_ == "prep":
            found += [conj for charge in prep.children if charge.dep_ == "pobj"
                      for conj in charge.children if conj.dep_ == "conj" and conj.pos_ in nouns
                      and _charged_again(conj, prep)]
    return found


def _charged_again(conj: Token, prep: Token) -> bool:
    """Whether the same preposition follows ``conj`` ("and Moscow [for] the war"), hung on it
    or, as the parse often does, on the first charge or on the verb."""
    return any(child.dep_ == "prep" and child.lower_ == prep.lower_ and child.i > conj.i
               for child in [*conj.children, *conj.head.children, *prep.head.children])


def _takes_the_blame(objects: list[Token]) -> bool:
    """"takes full responsibility", "accepts the blame" (not "takes the credit")."""
    return any(obj.lemma_.lower() in BLAME_NOUNS for obj in objects)


def _punished(verb: Token, cues: Cues) -> list[Token]:
    """Whom a demand would punish: the possessor of "Kestrel's head", "the minister's
    resignation"; the subject of "the owners stripped of their licence", "him sacked"."""
    found = [child for obj in verb.children if obj.dep_ == "dobj" and obj.lemma_.lower() in cues.punishment_nouns
             for child in obj.children if child.dep_ == "poss"]
    for clause in verb.children:
        if clause.dep_ in {"ccomp", "xcomp", "oprd"} and cues.punishment_verbs.match(clause) is not None:
            found += [child for child in clause.children if child.dep_ in {"nsubj", "nsubjpass"}]
            found += [child for child in verb.children if child.dep_ == "dobj" and clause.dep_ != "ccomp"]
    return found


def _names_a_fault(child: Token, cues: Cues) -> bool:
    """"called the mayor [a liar]", "described it [as reckless]"."""
    if child.dep_ in {"oprd", "xcomp", "acomp"}:
        return is_fault_word(child, cues) or has_fault_modifier(child, cues)
    if child.dep_ == "prep" and child.lower_ == "as":
        return any(is_fault_word(token, cues) for token in child.subtree)
    return False


def _is_imperative(verb: Token) -> bool:
    """"Blame the board, not the engineers.": the writer tells the reader whom to blame (the
    tagger may read "So yes, blame Bayline." as a present tense without its subject)."""
    return (verb.tag_ in {"VB", "VBP"} and verb.dep_ in {"ROOT", "conj"}
            and not any(child.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for child in verb.children))


def _accuser(verb: Token, actors: SentenceActors) -> tuple[str, str, str]:
    """Who blames: the verb's doer; for "issued a statement blaming …", who issued it."""
    holders = grammar.doers(verb)
    if verb.dep_ == "acl" and holders and holders[0].dep_ == "dobj":
        holders = grammar.doers(holders[0].head) or holders
    if (reports.is_endorsed(verb) or (holders and grammar.is_the_writer(holders[0]))
            or (not holders and _is_imperative(verb))):
        return "writer", "", ""
    if not holders:
        return "reported", "", ""
    return reported_by(holders[0], actors)
