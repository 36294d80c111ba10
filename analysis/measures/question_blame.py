"""Blame a question asks: which question words make a rhetorical question blame ("Where was
the ministry?", "Why would he stop?"), and the questions that say someone failed ("What did the
ministry expect would happen?", "Did nobody notice …?", "What did it do with that letter?",
"Why did the minister wait …?").

Part of the rules of ``blame_rules``, which decides, verb by verb, when each applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import grammar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Question words whose rhetorical questions blame: "Why would he stop?", "Where was X?".
WH_BLAME = {"why", "where"}
# Waiting, which a "why" question blames: "Why did a minister with a warning on his desk wait
# for the bees to die before he acted?".
WAITING_VERBS = {"wait", "hesitate", "delay", "dither", "linger"}


def wh_opening(doc: Doc) -> str | None:
    """The question word that opens the sentence, after any linking word ("Therefore, why
    would …")."""
    for token in doc[:4]:
        if token.tag_ in {"WRB", "WP"}:
            return token.lower_
        if not (token.is_punct or token.pos_ in {"ADV", "CCONJ"}):
            return None
    return None


def done_with(verb: Token) -> bool:
    """"And what did the ministry do with that letter?": asking what became of something
    entrusted."""
    return (verb.lemma_ == "do" and verb.dep_ == "ROOT"  # not "Did anyone ask what Kyiv might do with that?"
            and any(child.lower_ == "what" for child in verb.children)
            and any(child.dep_ == "prep" and child.lower_ == "with" for child in verb.children))


def asked_of_nobody(verb: Token) -> bool:
    """"Did nobody at the agency ask …?", "Did no one notice …?", "Did anyone at the ministry
    ask …?": a question that says nobody did."""
    asked = any(child.dep_ == "aux" and child.lemma_ == "do" and child.i < verb.i for child in verb.children)
    return asked and any(child.dep_ in grammar.SUBJECT_DEPS
                         and (grammar.names_none(child) or child.lower_ in grammar.ANY_MEMBER_WORDS)
                         for child in verb.children)


def expected_otherwise(verb: Token) -> bool:
    """The verb of "What did X expect?", "What did X expect would happen?", "What did X think
    would happen?": asked, after the event, of the one who should have seen it coming; not
    "What does X expect from the talks?"."""
    if not any(child.dep_ == "aux" and child.lower_ == "did" for child in verb.children):
        return False
    outcome = any(child.dep_ == "ccomp" and child.lemma_ == "happen" for child in verb.children)
    bare = not any(child.dep_ in {"prep", "dobj", "ccomp", "xcomp"} and child.lower_ != "what"
                   for child in verb.children)
    return outcome or (verb.lemma_ == "expect" and bare)


def has_modal(verb: Token) -> bool:
    """"would he stop", "should Putin de-escalate or stop" (the modal on the first verb)."""
    chain = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(child.dep_ == "aux" and child.tag_ == "MD" for node in chain for child in node.children)


def does_nothing(verb: Token) -> bool:
    return any(child.dep_ == "dobj" and child.lower_ == "nothing" for child in verb.children)
