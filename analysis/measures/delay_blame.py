"""Blame on time let pass before acting: "took fourteen months to approve the road", "waited
until March to open a case", "It took the watchdog six weeks to own up", "did not hold a single
meeting until the doors were locked".

Part of the rules of ``blame_rules``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Spans of time an actor may let pass before acting ("took fourteen months to approve").
DURATION_NOUNS = {"day", "week", "month", "year", "decade", "fortnight"}
# Words that present a span of time as short: "took only a week to act".
SHORT_TIME_WORDS = {"only", "just", "barely", "mere", "few", "within", "less"}


def slow_to_act(verb: Token) -> Token | None:
    """"took fourteen months to approve the road", "waited until March to open a case",
    "waited eleven days before telling parents": the time its doer let pass before acting (not
    "took only a week to …")."""
    acts = [child for child in verb.children if child.dep_ in {"xcomp", "advcl"}
            and any(word.dep_ == "aux" and word.lower_ == "to" for word in child.children)]
    # "waited eleven days before telling parents"
    acts += [act for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "before"
             for act in prep.children if act.dep_ == "pcomp" and act.pos_ == "VERB"]
    if not acts:
        return None
    if verb.lemma_ == "take":
        return next((child for child in verb.children if child.dep_ in {"dobj", "npadvmod"}
                     and child.lemma_.lower() in DURATION_NOUNS and not _shortened(child)), None)
    if verb.lemma_ == "wait":
        return next((word for node in [verb, *acts] for word in node.children
                     if word.lower_ == "until" or (word.lemma_.lower() in DURATION_NOUNS and not _shortened(word))),
                    None)
    return None


def _shortened(duration: Token) -> bool:
    """"only a week", "just two days", "a few weeks": a time presented as short."""
    return any(word.lower_ in SHORT_TIME_WORDS for word in duration.subtree)


def delayed_for(verb: Token) -> Token | None:
    """Who "It took X six weeks to …" says was slow: X."""
    if not any(child.dep_ == "nsubj" and child.lower_ == "it" for child in verb.children) or slow_to_act(verb) is None:
        return None
    return next((child for child in verb.children if child.dep_ == "dobj"
                 and child.lemma_.lower() not in DURATION_NOUNS), None)


def held_off(verb: Token) -> Token | None:
    """The "until" of "did not hold a single meeting until the doors were locked", "had not
    acted until March": an act put off, told of the past (not "will not act until the inquiry
    reports"); the caller checks the denial."""
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ == "aux"}
    if not (auxiliaries & {"did", "had"} or (verb.tag_ == "VBD" and not auxiliaries)):
        return None
    return next((word for node in [verb, *(child for child in verb.children if child.dep_ == "advcl")]
                 for word in node.children if word.lower_ == "until" and word.dep_ in {"prep", "mark"}), None)
