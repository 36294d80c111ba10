"""Blame voiced with a verb of blaming or of naming: reported blame of the verb's object.

- accusing: "the regime accuses the opposition of …", "the mayor blames the developer";
- holding responsible: "the association holds the council responsible for the flooding";
- naming with a fault word: "Delgado called the mayor a liar", "Tarrant described the
  company's conduct as reckless", "critics have cast the council as the villain", "… cast him
  as one" after a fault word, "the villain the papers have made of him" (``fault_nouns`` and
  ``fault_adjectives`` of the cue file);
- each of these in the passive: "the Kremlin has been accused of sabotage by Kyiv", "the
  wholesalers have been called vultures by the opposition" (the holder is the agent);
- demanding a punishment: "the councillors are demanding Kestrel's head", "campaigners want
  the owners stripped of their licence" (``punishment_nouns`` and ``punishment_verbs``);
- pointing the finger: "ministers pointed the finger at Brussels";
- the villain a public story has picked: "the villain has already been chosen, and it is
  Westline Power" (``picked_villains``);
- blame denied against what others say: "Nor were the drivers to blame, whatever the
  tabloids have decided" (``denied_against_claims``: the tabloids blame the drivers);
- criticism taken: "the agency has taken most of the criticism", "came under criticism from X";
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
from .blame_cues import BLAME_NOUNS, has_fault_modifier, is_fault_word, is_frame_word, is_harm_noun
from .parsing import tokens
from .reports import NAMING_VERBS
from .voice import reported_by

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .blame_cues import Cues
    from .references import Referent, SentenceActors

ACCUSING_VERBS = frozenset({"accuse", "blame", "fault", "condemn", "denounce", "criticise", "criticize",
                            "censure", "rebuke", "castigate", "lambast", "lambaste", "berate", "excoriate",
                            "chastise", "reproach", "upbraid"})
# Criticism one takes or comes under: "has taken most of the criticism" (the heat), "came under heavy
# criticism from X"; not fire or attack, which in a war are shells.
CRITICISM_NOUNS = frozenset({"criticism", "flak", "censure", "heat"})
HOLDING_VERBS = frozenset({"hold"})
DEMANDING_VERBS = frozenset({"demand", "want", "seek", "urge"})
ACCEPTING_VERBS = frozenset({"take", "accept", "assume", "shoulder"})
# The part a public story casts someone in, and the verbs with which it is picked: "the
# villain has already been chosen, and it is X", "everyone has settled on the villain, and his
# name is X", "every summer needs a villain, and this year the country has chosen X".
PICKED_PARTS = frozenset({"villain", "culprit", "bogeyman"})
CHOOSING_VERBS = frozenset({"choose", "pick", "settle", "agree", "select", "find", "assign"})
PICKING_VERBS = CHOOSING_VERBS | {"need", "produce", "hand", "have"}


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


def picked_villains(doc: Doc, actors: SentenceActors) -> Iterator[Accusation]:
    """The actors a public story has picked for its villain ("the villain has already been
    chosen, and it is Westline Power"): reported blame, held by whoever picked them (often
    nobody named: "everyone", "the country" are their words)."""
    for part in tokens(doc):
        if part.lemma_.lower() not in PICKED_PARTS:
            continue
        picking = part.head.head if part.dep_ == "pobj" else part.head  # "settled on the villain"
        if picking.lemma_.lower() not in PICKING_VERBS or grammar.is_negated(picking):
            continue
        # who chose is the holder; what "needs" or "produced" a villain (a story) is not
        holders = [doer for doer in grammar.doers(picking) if doer.i != part.i] \
            if picking.lemma_.lower() in CHOOSING_VERBS else []
        stance, holder, holder_group = (reported_by(holders[0], actors) if holders
                                        else ("reported", "", ""))
        for named in _named_for_the_part(part):
            for referent in actors.of_each(named):
                yield Accusation(referent, picking, stance, holder, holder_group)


def denied_against_claims(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterator[Accusation]:
    """Blame the writer denies against what others say ("Nor were the drivers to blame,
    whatever the tabloids have decided", "None of this is the union's fault, whatever Greyline
    now says", "It was not the keepers who failed those animals, whatever the town hall now
    whispers"): the blame is the others', reported, held by whoever says "whatever"."""
    for claim in tokens(doc):
        if claim.dep_ not in {"advcl", "ccomp"} or not any(child.dep_ == "dobj" and child.lower_ == "whatever"
                                                           for child in claim.children):
            continue
        # the copula the claim is set against: the parse may hang the claim on its clause
        copula = next((node for node in claim.ancestors if node.lemma_ == "be"), None)
        if copula is None or not grammar.is_negated(copula):
            continue
        holders = [child for child in claim.children if child.dep_ == "nsubj"]
        if not holders:
            continue
        stance, holder, holder_group = reported_by(holders[0], actors)
        for denied in _denied_doers(copula, cues):
            for referent in actors.of_phrase(denied):  # of_each would leave out "not Brussels"
                yield Accusation(referent, claim, stance, holder, holder_group)


def _denied_doers(copula: Token, cues: Cues) -> list[Token]:
    """Whom a negated copula clears: the possessor of "fault" ("is not the union's fault"), the
    subject of "to blame", the one a cleft puts forward ("It was not the keepers who …")."""
    found = []
    for child in copula.children:
        if child.dep_ == "attr" and child.lemma_.lower() in BLAME_NOUNS | cues.frame_nouns:
            found += [owner for owner in child.children if owner.dep_ == "poss"]
        elif child.dep_ == "attr" and (any(clause.dep_ == "relcl" for clause in child.children)
                                       or any(subject.lower_ == "it" for subject in copula.children
                                              if subject.dep_ == "nsubj")):
            found.append(child)  # "It was not the keepers who failed …", "It was not X that …"
        elif child.dep_ == "nsubj" and any(clause.lemma_ == "blame" and clause.dep_ in {"relcl", "xcomp"}
                                          for clause in [*child.children, *copula.children]):
            found.append(child)
    return found


def _named_for_the_part(part: Token) -> list[Token]:
    """Who, after ``part`` in its sentence, is named for it: the complement of a copula ("and
    it is X", "his name is X"), the object of a verb of picking ("has chosen X"), "a villain
    in X" (a name without an article), or the name after a colon ("had its villain within the hour: X")."""
    named = []
    for token in part.doc[part.i + 1:]:
        if token.dep_ == "attr" and token.head.lemma_ == "be":
            named.append(token)
        elif (token.dep_ == "dobj" and token.head.lemma_.lower() in PICKING_VERBS and token.head.i > part.i
              and token.lower_ != "one"):  # "most people have picked the same one" names nobody
            named.append(token)
        elif (token.dep_ == "pobj" and token.pos_ == "PROPN" and token.head.lower_ == "in"
              and token.head.head in {part, part.head}
              and not any(child.dep_ == "det" for child in token.children)):
            # "a villain in Bradley Kettering"; not "a villain in the Rivermend affair"
            named.append(token)
        elif token.i > 0 and token.doc[token.i - 1].text == ":" and token.pos_ == "PROPN":
            while token.dep_ == "compound":
                token = token.head  # "Brightfold" in "Brightfold Live"
            named.append(token)
    return named


def _blame_discussed(verb: Token) -> bool:
    """"Blaming the ombudsman is like blaming the smoke alarm", "It is easy to blame X":
    blaming as a subject, which the sentence weighs; nobody is reported doing it."""
    return ((verb.tag_ == "VBG" and verb.dep_ in {"csubj", "nsubj"})
            or (verb.dep_ == "xcomp" and grammar.is_expletive_frame(verb.head)))


def _targets(verb: Token, actors: SentenceActors, cues: Cues) -> list[Referent]:
    lemma = verb.lemma_.lower()
    # in the passive the one accused or named is the subject: "has been accused by Kyiv"
    objects = [child for child in verb.children if child.dep_ in {"dobj", "nsubjpass"}]
    stand = _standing(verb)
    if stand is not None:  # "the union stands accused by the company of …"
        objects = [child for node in (verb, stand) for child in node.children if child.dep_ == "nsubj"]
    if lemma == "point" and any(child.dep_ == "dobj" and child.lemma_ == "finger" for child in verb.children):
        # "ministers pointed the finger at Brussels"
        return [referent for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "at"
                for pobj in prep.children if pobj.dep_ == "pobj" for referent in actors.of_each(pobj)]
    if _criticism_taken(verb) is not None:
        return [referent for subject in verb.children if subject.dep_ == "nsubj"
                for referent in actors.of_each(subject)]
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
    if lemma == "make" and verb.dep_ == "relcl" and is_fault_word(verb.head, cues):
        # "Lyle is not the villain the taxpayers' groups have made of him": him
        return [referent for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for made in prep.children if made.dep_ == "pobj" for referent in actors.of_each(made)]
    if lemma in NAMING_VERBS and (any(_names_a_fault(child, cues) for child in verb.children)
                                  or _names_the_fault_told(verb, cues) or _writer_names_a_harm(verb, cues)):
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


def _writer_names_a_harm(verb: Token, cues: Cues) -> bool:
    """The writer names an act a harm: "I call it theft", "the rest of us would call it
    asset-stripping" (``harm_nouns``); from anyone else, "calls it a delay" may be the doer's
    own word."""
    return any(grammar.is_the_writer(subject) for subject in verb.children if subject.dep_ == "nsubj") and any(
        child.dep_ in {"oprd", "xcomp"} and is_harm_noun(child, cues) for child in verb.children)


def _standing(verb: Token) -> Token | None:
    """"stands" in "the union stands accused by the company of …", for "accused" (the parse
    may make "stands" its auxiliary)."""
    if verb.tag_ != "VBN" or verb.lemma_ not in ACCUSING_VERBS:
        return None
    if verb.head.lemma_ == "stand" and verb.dep_ in {"advcl", "acomp", "oprd", "xcomp"}:
        return verb.head
    # as an auxiliary "stands" keeps its own form for a lemma
    return next((child for child in verb.children if child.dep_ == "auxpass"
                 and child.lower_ in {"stand", "stands", "stood"}), None)


def _criticism_taken(verb: Token) -> Token | None:
    """The criticism in "has taken most of the criticism for …", "came under criticism from
    the auditors": its subject is blamed, by whoever the criticism came "from"."""
    if verb.lemma_ == "take":
        taken = [child for child in verb.children if child.dep_ == "dobj"]
        taken += [pobj for obj in taken for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for pobj in prep.children if pobj.dep_ == "pobj"]
    elif verb.lemma_ == "come":
        taken = [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "under"
                 for pobj in prep.children if pobj.dep_ == "pobj"]
    else:
        return None
    return next((noun for noun in taken if noun.lemma_.lower() in CRITICISM_NOUNS), None)


def _names_the_fault_told(verb: Token, cues: Cues) -> bool:
    """"Ambrose makes an easy villain, and this city has cast him as one", "Farmers are not
    the villains here, though some campaigners have been quick to cast them that way": the
    name is a fault word told earlier in the sentence."""
    told = any(is_fault_word(token, cues) for token in verb.doc[:verb.i])
    return told and any(
        (child.dep_ == "prep" and child.lower_ == "as"
         and any(pobj.lower_ == "one" for pobj in child.children if pobj.dep_ == "pobj"))
        or (child.dep_ == "npadvmod" and child.lower_ == "way"
            and any(det.lower_ == "that" for det in child.children))
        for child in verb.children)


def _is_imperative(verb: Token) -> bool:
    """"Blame the board, not the engineers.": the writer tells the reader whom to blame (the
    tagger may read "So yes, blame Bayline." as a present tense without its subject)."""
    return (verb.tag_ in {"VB", "VBP"} and verb.dep_ in {"ROOT", "conj"}
            and not any(child.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for child in verb.children))


def _accuser(verb: Token, actors: SentenceActors) -> tuple[str, str, str]:
    """Who blames: the verb's doer; for "issued a statement blaming …", who issued it; for
    criticism taken, whom it came "from"."""
    criticism = _criticism_taken(verb)
    if criticism is not None:
        holders = [pobj for node in (verb, criticism) for prep in node.children
                   if prep.dep_ == "prep" and prep.lower_ == "from" for pobj in prep.children if pobj.dep_ == "pobj"]
        return reported_by(holders[0], actors) if holders else ("reported", "", "")
    holders = grammar.doers(verb)
    if verb.dep_ == "acl" and holders and holders[0].dep_ == "dobj":
        holders = grammar.doers(holders[0].head) or holders
    if (reports.is_endorsed(verb) or (holders and grammar.is_the_writer(holders[0]))
            or (not holders and _is_imperative(verb))):
        return "writer", "", ""
    if not holders:
        return "reported", "", ""
    return reported_by(holders[0], actors)
