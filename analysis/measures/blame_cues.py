"""Blame cues: the lemma lists of ``analysis/data/blame_cues.toml`` (version 2), read and checked.

``load_cues`` reads a cue file into ``Cues``; a file that cannot be used raises ``CueFileError``
naming it. ``Phrasal`` matches one-word cues and two-word cues ("cover up", "let lapse").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .._plumbing.paths import DATA_DIR
from . import grammar

if TYPE_CHECKING:
    from spacy.tokens import Token

CUES_FILE = DATA_DIR / "blame_cues.toml"
# Verbs of selling and supplying: blameworthy when what they sell is at fault ("sold a
# worthless degree", "fitted faulty meters"), not for what they sell alone.
SELLING_VERBS = frozenset({"sell", "market", "advertise", "peddle", "supply", "fit", "install", "issue",
                           "push", "approve", "deploy", "release", "ship"})
# Nouns that name a kind or a measure of what follows "of" ("a special kind of stupidity").
KIND_NOUNS = frozenset({"kind", "sort", "type", "form", "brand", "level", "degree", "display", "show"})
# Adverbs that call the manner of an act a wrong, beside those made from a fault adjective.
WRONGFUL_ADVERBS = frozenset({"wrongly", "wrongfully", "unlawfully", "illegally", "falsely", "improperly"})
# Words that make a fault a part others cast someone in: "a convenient villain".
CASTING_WORDS = {"convenient", "easy", "obvious", "handy", "favourite", "favorite", "ready-made",
                 "pantomime", "designated", "useful"}
# The nouns that name blame itself ("the blame lies with X", "takes full responsibility").
BLAME_NOUNS = frozenset({"blame", "responsibility", "fault"})
_LIST_FIELDS = ("harm_verbs", "harm_with_object", "harm_objects", "inaction_verbs", "help_verbs",
                "harm_nouns", "fault_adjectives", "fault_nouns", "frame_nouns",
                "frame_adjectives", "blame_taking_verbs", "credit_nouns", "speech_verbs",
                "thought_verbs", "factive_verbs", "hypothetical_markers", "fault_passives",
                "authoring_participles", "withdrawal_verbs", "support_objects", "giving_verbs",
                "deserved_nouns", "exoneration_adjectives", "punishment_nouns", "punishment_verbs")
# Lists added after version 2.3.0: a copy made before them loads, with the list empty, and
# finds what it found before.
_OPTIONAL_LIST_FIELDS = ("harm_method_nouns", "falsehood_words", "admission_verbs", "diligence_nouns",
                         "inciting_verbs", "self_interest_nouns", "enduring_negations", "state_verbs",
                         "misfortune_nouns", "diligence_verbs", "decision_verbs", "minimizing_words")


class Phrasal(NamedTuple):
    """Cue lemmas: one-word cues, and two-word cues as verb -> second words."""

    single: frozenset[str]
    pairs: dict[str, frozenset[str]]

    def match(self, token: Token) -> Token | None:
        """The token itself when its lemma is a cue; its second word for a two-word cue
        ("covered it up", "let the package lapse"); else None."""
        lemma = token.lemma_.lower()
        if lemma in self.single:
            return token
        seconds = self.pairs.get(lemma)
        return None if seconds is None else _second_word(token, seconds)


@dataclass(frozen=True)
class Cues:
    harm: Phrasal
    harm_with_object: Phrasal
    harm_objects: frozenset[str]
    inaction: Phrasal
    help: Phrasal
    harm_nouns: frozenset[str]
    fault_adjectives: frozenset[str]
    fault_nouns: frozenset[str]
    frame_nouns: frozenset[str]
    frame_adjectives: frozenset[str]
    blame_taking: frozenset[str]
    credit: frozenset[str]
    speech: Phrasal
    thought: frozenset[str]
    factive: Phrasal
    hypothetical: frozenset[str]
    fault_passives: Phrasal
    authoring: frozenset[str]
    withdrawal: frozenset[str]
    support_objects: frozenset[str]
    giving: frozenset[str]
    deserved: frozenset[str]
    exoneration: frozenset[str]
    punishment_nouns: frozenset[str]
    punishment_verbs: Phrasal
    harm_methods: frozenset[str]
    falsehoods: frozenset[str]
    admissions: frozenset[str]
    diligence: frozenset[str]
    inciting: frozenset[str]
    self_interest: frozenset[str]
    enduring_negations: frozenset[str]
    states: frozenset[str]
    misfortunes: frozenset[str]
    diligent_acts: frozenset[str]
    decisions: Phrasal
    minimizing: frozenset[str]
    version: str

    def says(self, verb: Token) -> bool:
        """The verb opens a report, read with its second word: "put it bluntly" does, "put
        £6 million into a headquarters" does not."""
        return (self.speech.match(verb) is not None or self.factive.match(verb) is not None
                or verb.lemma_.lower() in self.thought)


class CueFileError(ValueError):
    """A blame cue file that cannot be used; the message names the file."""


@lru_cache(maxsize=8)
def load_cues(path: Path = CUES_FILE) -> Cues:
    """Read the cue file; raise ``CueFileError`` naming it when it is malformed."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise CueFileError(f"{path}: not valid TOML ({error})") from None
    if "harm_verbs" not in data and "explicit_after" in data:
        raise CueFileError(f"{path}: a version 1 cue file (regular expressions); version 2 lists "
                           "cue lemmas: start from the bundled analysis/data/blame_cues.toml")
    for name in _LIST_FIELDS + _OPTIONAL_LIST_FIELDS:
        values = data.get(name)
        if values is None and name in _OPTIONAL_LIST_FIELDS:
            continue
        if values is None:
            raise CueFileError(f"{path}: no '{name}' list (copy it from the bundled analysis/data/blame_cues.toml)")
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise CueFileError(f"{path}: '{name}' must be a list of words")
    words = {name: [value.strip().lower() for value in data.get(name, [])]
             for name in _LIST_FIELDS + _OPTIONAL_LIST_FIELDS}
    return Cues(
        harm=_phrasal(words["harm_verbs"]), harm_with_object=_phrasal(words["harm_with_object"]),
        harm_objects=frozenset(words["harm_objects"]), inaction=_phrasal(words["inaction_verbs"]),
        help=_phrasal(words["help_verbs"]), harm_nouns=frozenset(words["harm_nouns"]),
        fault_adjectives=frozenset(words["fault_adjectives"]),
        fault_nouns=frozenset(words["fault_nouns"]), frame_nouns=frozenset(words["frame_nouns"]),
        frame_adjectives=frozenset(words["frame_adjectives"]),
        blame_taking=frozenset(words["blame_taking_verbs"]), credit=frozenset(words["credit_nouns"]),
        speech=_phrasal(words["speech_verbs"]), thought=frozenset(words["thought_verbs"]),
        factive=_phrasal(words["factive_verbs"]),
        hypothetical=frozenset(words["hypothetical_markers"]),
        fault_passives=_phrasal(words["fault_passives"]),
        authoring=frozenset(words["authoring_participles"]),
        withdrawal=frozenset(words["withdrawal_verbs"]), support_objects=frozenset(words["support_objects"]),
        giving=frozenset(words["giving_verbs"]), deserved=frozenset(words["deserved_nouns"]),
        exoneration=frozenset(words["exoneration_adjectives"]),
        punishment_nouns=frozenset(words["punishment_nouns"]), punishment_verbs=_phrasal(words["punishment_verbs"]),
        harm_methods=frozenset(words["harm_method_nouns"]),
        falsehoods=frozenset(words["falsehood_words"]),
        admissions=frozenset(words["admission_verbs"]),
        diligence=frozenset(words["diligence_nouns"]),
        inciting=frozenset(words["inciting_verbs"]),
        self_interest=frozenset(words["self_interest_nouns"]),
        enduring_negations=frozenset(words["enduring_negations"]),
        states=frozenset(words["state_verbs"]),
        misfortunes=frozenset(words["misfortune_nouns"]),
        diligent_acts=frozenset(words["diligence_verbs"]),
        decisions=_phrasal(words["decision_verbs"]),
        minimizing=frozenset(words["minimizing_words"]),
        version=str(data.get("version", "")),
    )


def _phrasal(entries: list[str]) -> Phrasal:
    single = frozenset(entry for entry in entries if " " not in entry)
    pairs: dict[str, set[str]] = {}
    for entry in entries:
        if " " in entry:
            first, second = entry.split(" ", 1)
            pairs.setdefault(first, set()).add(second.split()[-1])
    return Phrasal(single, {first: frozenset(seconds) for first, seconds in pairs.items()})


# Attachments that start a phrase of its own inside a verb's phrase: a word in one is not the
# verb's second word ("said he was sorry, a sentence that repairs nothing" does not say nothing).
_OWN_PHRASES = frozenset({"relcl", "appos", "acl", "advcl", "parataxis", "conj"})


def _second_word(verb: Token, lemmas: frozenset[str]) -> Token | None:
    """The noun a relative clause describes ("the promise he breaks"), or else the first word
    after the verb in its phrase ("covered it up"), whose lemma is one of ``lemmas``."""
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in lemmas:
        return verb.head
    for token in verb.subtree:
        if token.i > verb.i and token.lemma_.lower() in lemmas and not _in_own_phrase(token, verb):
            return token
    return None


def _in_own_phrase(token: Token, verb: Token) -> bool:
    """Whether a phrase of its own (``_OWN_PHRASES``) lies between the token and the verb."""
    while token.i != verb.i:
        if token.dep_ in _OWN_PHRASES:
            return True
        token = token.head
    return False


# ---------------------------------------------------------------------------------------
# Tests of single words against the lists


def is_fault_word(token: Token, cues: Cues) -> bool:
    """A fault adjective or noun, unless a word of innocence qualifies it ("an innocent
    bystander")."""
    lemma = token.lemma_.lower()
    if lemma in cues.fault_adjectives:
        return True
    return lemma in cues.fault_nouns and not any(
        child.dep_ == "amod" and child.lemma_.lower() in cues.exoneration for child in token.children)


def is_harm_noun(noun: Token, cues: Cues) -> bool:
    """A harm noun of one word ("treachery") or two ("broken promise", "war crime": the
    first a modifier of the second)."""
    lemma = noun.lemma_.lower()
    if lemma in cues.harm_nouns:
        return True
    # Most nouns end no two-word entry; only those that do need their modifiers read.
    return lemma in _last_words(cues.harm_nouns) and any(
        child.dep_ in {"amod", "compound"} and f"{child.lower_} {lemma}" in cues.harm_nouns
        for child in noun.children)


def fault_named_before(pronoun: Token, cues: Cues) -> Token | None:
    """The fault or harm an "it" (that, this) stands for when its clause continues one that
    named it: "it is negligence, and it is Kestrel's", "That was a failure, and it belongs to
    the house as much as to her" (the earlier clause's complement, affirmed); else None."""
    if pronoun.lower_ not in {"it", "that", "this"} or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "conj":
        return None
    earlier = pronoun.head.head
    if earlier.lemma_ != "be" or grammar.is_negated(earlier):
        return None
    return next((complement for complement in earlier.children if complement.dep_ == "attr"
                 and not grammar.is_denied(complement)
                 and (is_fault_word(complement, cues) or is_harm_noun(complement, cues))), None)


@lru_cache(maxsize=8)
def _last_words(entries: frozenset[str]) -> frozenset[str]:
    """The last words of the entries of two words or more ("promise" of "broken promise")."""
    return frozenset(entry.split()[-1] for entry in entries if " " in entry)


def has_fault_modifier(noun: Token, cues: Cues) -> bool:
    return any(child.dep_ == "amod" and child.lemma_.lower() in cues.fault_adjectives
               for child in noun.children)


def fault_manner(verb: Token, cues: Cues) -> Token | None:
    """An adverb that judges how the act was done a fault: "recklessly cut", "cynically
    turned", "wrongly reduced" (a fault adjective with "-ly", or ``WRONGFUL_ADVERBS``)."""
    return next((child for child in verb.children if child.dep_ == "advmod" and (
        child.lower_ in WRONGFUL_ADVERBS or _adjective_of(child.lower_) in cues.fault_adjectives)), None)


def _adjective_of(adverb: str) -> str:
    """The adjective an "-ly" adverb is made from: "recklessly" -> "reckless", "greedily" ->
    "greedy"; "" for any other word."""
    if adverb.endswith("ily"):
        return adverb[:-3] + "y"
    return adverb[:-2] if adverb.endswith("ly") else ""


def likened_faults(verb: Token, cues: Cues) -> list[Token]:
    """Fault nouns a verb likens its subject to: "is like the mugger", "behaves like a thug"."""
    return [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "like"
            for pobj in prep.children if pobj.dep_ == "pobj"
            and (pobj.lemma_.lower() in cues.fault_nouns or has_fault_modifier(pobj, cues))]


def harm_with_object(verb: Token, cues: Cues) -> Token | None:
    """"ordered new raids", "the attack launched by Russia", "made a blunder", "showed
    contempt", "made a reckless decision": the harmful object (or the verb). The object is
    one of ``harm_objects``, a harm noun, or, after "make", a fault noun ("made a mistake") or a
    noun a fault adjective qualifies (not after "fire": "fired a negligent officer")."""
    if verb.lemma_.lower() in SELLING_VERBS:
        # "sold a worthless degree", "fitted faulty meters": what was sold is at fault
        sold = next((child for child in verb.children if child.dep_ in {"dobj", "nsubjpass"}
                     and has_fault_modifier(_kind_of(child), cues)), None)
        if sold is not None:
            return sold
    if cues.harm_with_object.match(verb) is None:
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in cues.harm_objects:
        return verb  # "the attack launched by Russia"
    return next((noun for child in verb.children if child.dep_ in {"dobj", "nsubjpass"}
                 for noun in [_kind_of(child)]
                 if noun.lemma_.lower() in cues.harm_objects or is_harm_noun(noun, cues)
                 or (verb.lemma_ == "make" and not cast_as(noun)  # not "makes an easy villain"
                     and (noun.lemma_.lower() in cues.fault_nouns or has_fault_modifier(noun, cues)))), None)


def cast_as(noun: Token) -> bool:
    """"X is a convenient villain", "the obvious culprit", "an easy scapegoat": a part others
    cast X in, which the writer does not say X deserves."""
    return any(child.dep_ == "amod" and child.lower_ in CASTING_WORDS for child in noun.children)


def _kind_of(noun: Token) -> Token:
    """What "a special kind of stupidity" or "a degree of contempt" names: the noun after
    "of", when ``noun`` is one of ``KIND_NOUNS``; else ``noun``."""
    if noun.lemma_.lower() not in KIND_NOUNS:
        return noun
    return next((pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for pobj in prep.children if pobj.dep_ == "pobj"), noun)


def withdrawn_support(verb: Token, cues: Cues) -> Token | None:
    """"limit the supply of weapons", "cut the funding": the object, when it is support."""
    if verb.lemma_.lower() not in cues.withdrawal:
        return None
    return support_object(verb, cues)


def support_object(verb: Token, cues: Cues) -> Token | None:
    """The verb's object when it is support others depend on (itself, or "the supply of X")."""
    for obj in (child for child in verb.children if child.dep_ in {"dobj", "nsubjpass"}):
        nouns = [obj] + [pobj for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for pobj in prep.children if pobj.dep_ == "pobj"]
        found = next((noun for noun in nouns if noun.lemma_.lower() in cues.support_objects), None)
        if found is not None:
            return found
    return None


def harm_cue(verb: Token, cues: Cues) -> Token | None:
    """The last word of the verb's harm cue: a harm verb ("ordered … raids") or a verb with a
    harmful object; None when its act is no harm."""
    found = cues.harm.match(verb)
    return found if found is not None else harm_with_object(verb, cues)


def inaction_cue(verb: Token, cues: Cues) -> Token | None:
    """The last word of the verb's inaction cue ("let … lapse") or of the support it withdraws;
    None when its act is no inaction."""
    found = cues.inaction.match(verb)
    return found if found is not None else withdrawn_support(verb, cues)


# Verbs that turn one thing into another: "turned a known risk into a disaster".
TURNING_VERBS = frozenset({"turn", "transform", "convert"})


def made_worse(verb: Token, cues: Cues) -> Token | None:
    """The word that says the verb's doer made things worse: "made matters worse" ("worse"),
    "turned a known risk into a disaster" ("disaster"); None for any other act ("turned the
    ward into a success")."""
    if verb.lemma_ == "make":
        return next((word for word in verb.children if word.dep_ in {"ccomp", "oprd", "xcomp", "acomp"}
                     and word.lower_ == "worse"), None)
    if verb.lemma_ in TURNING_VERBS:
        return next((outcome for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "into"
                     for outcome in prep.children if outcome.dep_ == "pobj"
                     and (is_harm_noun(outcome, cues) or outcome.lemma_.lower() in cues.harm_objects
                          or is_fault_word(outcome, cues))), None)
    return None


# Verbs that rank one thing above another: "put profit before safety", "chose its fee over
# its audience", "prioritised the dividend".
RANKING_VERBS = frozenset({"put", "place", "choose", "prioritise", "prioritize"})


def put_first(verb: Token, cues: Cues) -> Token | None:
    """The self-interest the verb's doer ranked above others ("put profit above the slope",
    "puts its fee before its audience", "prioritised the dividend"); None for any other
    ranking ("put safety before profit")."""
    if verb.lemma_.lower() not in RANKING_VERBS:
        return None
    ranked = next((child for child in verb.children if child.dep_ == "dobj"
                   and child.lemma_.lower() in cues.self_interest), None)
    if ranked is None:
        return None
    if verb.lemma_.lower() in {"prioritise", "prioritize"}:
        return ranked
    above = any(child.dep_ in {"prep", "advmod"} and child.lower_ in {"before", "above", "over", "ahead", "first"}
                for node in (verb, ranked) for child in node.children)
    return ranked if above else None


# Who gives to oneself: "awarded himself a 31 per cent rise".
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "themselves", "itself"})


def given_to_self(verb: Token, cues: Cues) -> Token | None:
    """The "himself" of "awarded himself a 31 per cent rise", "paid himself a dividend": a
    doer who gives (``giving_verbs``) itself money or reward (``self_interest_nouns``); not
    "gave itself a deadline"."""
    if verb.lemma_.lower() not in cues.giving or not any(
            child.dep_ == "dobj" and child.lemma_.lower() in cues.self_interest for child in verb.children):
        return None
    return next((child for child in verb.children if child.dep_ == "dative"
                 and child.lower_ in REFLEXIVE_PRONOUNS), None)


def done_unchecked(verb: Token, cues: Cues) -> Token | None:
    """The care an act was done without ("licensed the event without a single check", "paid
    out the prizes without the identity checks the rules require", "licensed a marathon
    without ever asking for a heat plan"; an act done to something, not "left without
    asking"), or that what it made was given none of ("signed a contract with no penalty
    for late delivery"): the word for it."""
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "without":
            continue
        for word in prep.children:
            if (word.dep_ == "pobj" and word.lemma_.lower() in cues.diligence) or (
                    objects and word.dep_ == "pcomp" and word.lemma_.lower() in cues.diligent_acts):
                return word
    return next((word for holder in [verb, *objects] for prep in holder.children
                 if prep.dep_ == "prep" and prep.lower_ == "with"
                 for word in prep.children if word.dep_ == "pobj" and word.lemma_.lower() in cues.diligence
                 and any(child.dep_ == "det" and child.lower_ == "no" for child in word.children)), None)


def incited_act(verb: Token, cues: Cues) -> Token | None:
    """The last word of the harm or inaction cue of the act the verb urges others to do
    ("urged members to ignore the stewards"); None when it urges none or the act is denied
    ("urged them not to ignore")."""
    if verb.lemma_.lower() not in cues.inciting:
        return None
    urged = [child for child in verb.children if child.dep_ == "xcomp"]
    for act in urged + [conj for first in urged for conj in first.conjuncts if conj.i > first.i]:
        if grammar.is_negated(act):
            continue
        found = harm_cue(act, cues) or inaction_cue(act, cues)
        if found is not None:
            return found
    return None


def act_rule(verb: Token, cues: Cues) -> str | None:
    """The rule a verb's act falls under whatever its polarity ("harm", "inaction" or None):
    what "X did." takes over from an earlier verb ("Strand did not cancel a lecture; the
    union did.")."""
    if harm_cue(verb, cues) is not None:
        return "harm"
    if inaction_cue(verb, cues) is not None:
        return "inaction"
    return None


def is_frame_word(complement: Token, cues: Cues) -> bool:
    lemma = complement.lemma_.lower()
    if lemma in cues.frame_adjectives or lemma in cues.frame_nouns:
        return lemma != "source" or complement.dep_ == "attr"
    # "to blame", "at fault"
    words = " ".join(token.lower_ for token in complement.subtree)
    return words in cues.frame_adjectives
