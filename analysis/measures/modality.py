"""What a clause asserts: conditions, counterfactuals, advice and modals, read from the parse.

An open condition ("if X attacks", "the longer X holds out, the …", "should X fail, …") and
what it would bring about assert nothing; a past counterfactual ("if the allies had sent the
shells", "had the regulator intervened") says what did not happen; "should have acted" is a
missed duty, "could have stopped it" a missed chance, "would have invaded" a harm that did not
happen; "X must block the loan" is advice. The blame rules (``blame_rules``,
``copular_blame``, ``blame_hits``) ask these questions of a verb.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .grammar import SUBJECT_DEPS
from .parsing import per_token

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that refuse what follows them: "declines to help a company undercut its members".
DECLINING_VERBS = {"decline", "refuse"}
# Verbs that keep an act from happening: "forbids X from walking away".
PREVENTING_VERBS = {"forbid", "prevent", "stop", "bar", "ban", "prohibit", "deter", "discourage",
                    "keep", "block", "restrain", "dissuade"}


@per_token
def clause_marker(verb: Token) -> str | None:
    """The subordinating word of the clause the verb heads or sits in (if, unless, that…)."""
    for node in _clause_chain(verb):
        for child in node.children:
            if child.dep_ == "mark":
                return child.lower_
    return None


def _clause_chain(verb: Token) -> Iterator[Token]:
    """The verb, then the verbs it continues within the same clause (xcomp, conj)."""
    node = verb
    yield node
    while node.dep_ in {"xcomp", "conj"} and node.head.i != node.i:
        node = node.head
        yield node


def is_past_counterfactual(verb: Token) -> bool:
    """"if X had sent …", "had X intervened …", "if the league had a proper test, none of this
    would have happened": a condition about a past that did not happen."""
    if clause_marker(verb) == "if" and _brings_would_have(verb):
        return True
    if _supposed_doer(verb):
        return True
    for node in _clause_chain(verb):
        auxiliaries = [child for child in node.children if child.dep_ == "aux"]
        had = [aux for aux in auxiliaries if aux.lower_ == "had"]
        if not had:
            continue
        # a passive's subject inverts too: "had that warning been heeded by the ministry"
        subjects = [child for child in node.children if child.dep_ in SUBJECT_DEPS | {"nsubjpass"}]
        inverted = bool(subjects) and had[0].i < subjects[0].i
        if clause_marker(verb) == "if" or (inverted and (node.dep_ != "ROOT" or _would_have_after(node))):
            return True
    return False


def _supposed_doer(verb: Token) -> bool:
    """"A minister who had read his own audit would have known all this by May": the act of
    a doer supposed in a relative clause ("a", "an" or "any" one who had done it) whose main
    clause tells what would or could have followed; the real one did not do it."""
    doer = verb.head
    if verb.dep_ != "relcl" or not any(child.dep_ == "aux" and child.lower_ == "had" for child in verb.children):
        return False
    if doer.dep_ not in SUBJECT_DEPS or not any(child.dep_ == "det" and child.lower_ in {"a", "an", "any"}
                                                for child in doer.children):
        return False
    main = doer.head
    auxiliaries = {child.lower_ for child in main.children if child.dep_ == "aux"}
    return bool(auxiliaries & {"would", "could", "might"}) and "have" in auxiliaries


def _would_have_after(verb: Token) -> bool:
    """A "would (have)" later in the sentence, for an inverted condition the parse made the
    root ("Had the commission opened an inquiry that spring, the money would still have been
    …", "… would still be in customers' accounts")."""
    return any(token.lower_ in {"would", "could", "might"} for token in verb.doc[verb.i + 1:])


def is_present_counterfactual(verb: Token) -> bool:
    """"if the allies got their act together, the war could end": a past-tense condition of a
    "would", "could" or "might" consequence, about a present that is not so."""
    if clause_marker(verb) != "if" or not any(node.tag_ == "VBD" for node in _clause_chain(verb)):
        return False
    modals = _consequence_auxiliaries(verb)
    return bool(modals & {"would", "could", "might"}) and "have" not in modals


def _brings_would_have(verb: Token) -> bool:
    """The verb's clause is the condition of a "would have" (past unreal) consequence."""
    modals = _consequence_auxiliaries(verb)
    return {"would", "have"} <= modals or {"could", "have"} <= modals


def _consequence_auxiliaries(verb: Token) -> set[str]:
    """The auxiliaries of the clause the verb's clause is a condition of (none when it is no
    adverbial clause)."""
    node = verb
    while node.dep_ in {"xcomp", "conj"} and node.head.i != node.i:
        node = node.head
    if node.dep_ != "advcl":
        return set()
    return {child.lower_ for child in node.head.children if child.dep_ == "aux"}


def is_correlative_condition(verb: Token) -> bool:
    """"The longer X holds out, the more likely …": the first half of a comparative
    correlative is a condition, and asserts nothing."""
    for node in _clause_chain(verb):
        if node.dep_ != "advcl":
            continue
        for child in node.children:
            if child.tag_ in {"JJR", "RBR"} and child.i > 0 and child.doc[child.i - 1].lower_ == "the":
                return True
    return False


def is_inverted_condition(verb: Token) -> bool:
    """"Should the council fail to act, …", "Were Brussels to walk out, …": a condition made
    by putting "should" or "were" before the subject, anywhere above the verb but the main
    clause ("Should the council resign?" is a question)."""
    node = verb
    while node.head.i != node.i:
        subjects = [child.i for child in node.children if child.dep_ in SUBJECT_DEPS]
        openers = [child for child in node.children if child.dep_ == "aux"] + [node]
        if subjects and any(word.lower_ in {"should", "were"} and word.i < subjects[0]
                            and word.i == node.left_edge.i for word in openers):
            return True
        node = node.head
    return False


def is_missed_duty(verb: Token) -> bool:
    """"X should have acted", "ought to have": a duty the doer did not do."""
    return _past_modals(verb) & {"should", "ought"} != set()


def is_inability(verb: Token) -> bool:
    """"they cannot end it", "Brussels can't stop the war": a denied ability, which says
    nothing of a choice (unlike "won't stop"; "could not have stopped it" is ``is_missed_chance``'s)."""
    auxiliaries = {child.lemma_.lower() for child in verb.children if child.dep_ == "aux"}
    return "can" in auxiliaries and "have" not in auxiliaries and any(child.dep_ == "neg" for child in verb.children)


def is_advice(verb: Token) -> bool:
    """"The league must block the loan", "X should resign", "they would do better to tear it
    up": what the doer ought to do, which says nothing of what it did (unlike "should have
    acted")."""
    chain = list(_clause_chain(verb))
    if chain[-1].dep_ == "advcl" and chain[-1].head.lemma_ == "do":
        chain.append(chain[-1].head)  # the parse may hang "to tear it up" on "do better"
    modals = {child.lower_ for node in chain for child in node.children if child.dep_ == "aux"}
    better = any(node.lemma_ == "do" and any(child.lower_ == "better" for child in node.children)
                 for node in chain)
    return (bool(modals & {"must", "should", "ought"}) or (better and bool(modals & {"would", "'d"}))) \
        and "have" not in modals


def is_predicted_on_condition(verb: Token) -> bool:
    """"If the inquiry does its job, it will find that a company cut corners": what an open
    condition would bring about (a clause with "will" or "would" and an "if" clause), down to
    the clauses it reports."""
    node = verb
    while True:
        modals = {child.lower_ for child in node.children if child.dep_ == "aux"}
        conditions = [child for child in node.children if child.dep_ == "advcl"
                      and any(mark.dep_ == "mark" and mark.lower_ in {"if", "unless"} for mark in child.children)]
        if modals & {"will", "would", "'ll", "’ll"} and conditions:
            return not any(is_past_counterfactual(condition) for condition in conditions)
        if node.head.i == node.i:
            return False
        node = node.head


def is_missed_chance(verb: Token) -> bool:
    """"X could have stopped …": something the doer was able to do and did not."""
    return _past_modals(verb) & {"could", "might"} != set()


def is_prevented(verb: Token) -> bool:
    """"a clause that forbids any operator from walking away", "stopped the firm from
    dumping": an act kept from happening; "warns against disabling the cut-out": an act
    opposed, not done."""
    if verb.dep_ != "pcomp":
        return False
    return verb.head.lower_ == "against" or (verb.head.lower_ == "from"
                                             and verb.head.head.lemma_.lower() in PREVENTING_VERBS)


def is_declined(verb: Token) -> bool:
    """An act inside what someone refused or declined to do ("a union that declines to help a
    company undercut its members"): it did not happen."""
    node = verb
    while node.dep_ in {"xcomp", "ccomp"} and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in DECLINING_VERBS:
            return True
    return False


def is_unrealised(verb: Token) -> bool:
    """"Without NATO, Russia would have invaded", "X might have lied": a modal perfect tells
    what did not, or may not, happen. ("could have blocked the exports" is left out: with a
    verb of harm it is as often a chance missed as a harm avoided.)"""
    return _past_modals(verb) & {"would", "might"} != set()


def _past_modals(verb: Token) -> set[str]:
    """The modals of a "modal + have + participle" verb ("should have acted"), else none."""
    auxiliaries = {child.lower_ for node in _clause_chain(verb) for child in node.children
                   if child.dep_ == "aux"}
    return auxiliaries if "have" in auxiliaries else set()
