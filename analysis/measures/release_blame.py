"""Releases from blame, denied: "None of this lets X off the hook", "Nothing excuses what X
did", "None of which makes X blameless", "The ministry does not escape either".

A release ("lets X off", "excuses X") clears whom it releases; denied, it blames them.
``released_by`` says whom a verb would release (``blame_rules`` blames them when the verb is
negated); ``misread_excuse`` reads the formula "None of this excuses X" from its words when
the parser has taken "this excuses" for a noun phrase ("these excuses").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import grammar
from .blame_cues import BLAME_NOUNS
from .blame_hits import Hit, hits_on
from .parsing import sentence_text, tokens
from .references import SentenceActors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .blame_cues import Cues

# Verbs that release from blame: denied, they blame ("nothing excuses the Kremlin's conduct").
EXCUSING_VERBS = frozenset({"excuse", "absolve", "exonerate", "exculpate"})
# What one escapes when the escape is from blame: "Nor does the council escape criticism".
ESCAPED_NOUNS = BLAME_NOUNS | {"criticism", "censure", "scrutiny", "reproach"}
# How the excusing verbs begin, for a quick look at a sentence's text.
EXCUSING_STEMS = ("excus", "absolv", "exonerat", "exculpat")
# "None of this", "None of that", "None of which", "None of it" before an excusing verb.
NOTHING_REFERRED = frozenset({"this", "that", "which", "it"})


def released_by(verb: Token, cues: Cues) -> Token | None:
    """Whom the verb releases from blame, if it is a release: X of "lets X off (the hook)",
    "excuses X", "makes X blameless", "X escapes (blame) too"."""
    return _unhooked(verb) or _excused(verb) or _made_innocent(verb, cues) or _escaping(verb)


def misread_excuse(doc: Doc, actors: SentenceActors) -> Iterable[Hit]:
    """"None of this excuses BAH.", "None of this excuses Mr Ambrose's dividend.": the actors
    in what follows the excusing word, when the parse has not read it as the verb (it hangs
    it on "of" as a noun); the parse's own reading of the verb is ``released_by``'s."""
    text = sentence_text(doc).lower()
    if "none of" not in text or not any(stem in text for stem in EXCUSING_STEMS):
        return  # most sentences: no word-by-word look needed
    words = tokens(doc)
    for index in range(3, len(words) - 1):
        word = words[index]
        if (word.lemma_.lower() not in EXCUSING_VERBS and word.lower_ not in {"excuses", "absolves", "exonerates"}
                or word.dep_ != "pobj"):
            continue
        if not (words[index - 1].lower_ in NOTHING_REFERRED and words[index - 2].lower_ == "of"
                and words[index - 3].lower_ == "none"):
            continue
        excused = _phrase_after(word)
        if excused is not None:
            yield from hits_on(actors.of_phrase(excused), word, word, "explicit")


def _phrase_after(word: Token) -> Token | None:
    """The head of the noun phrase right after the word, within the words that follow it:
    "dividend" of "… excuses Mr Ambrose's dividend"."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    if following is None or following.pos_ not in {"PROPN", "NOUN", "PRON", "DET", "PART"}:
        return None
    head = following
    while head.head.i > word.i and head.head.i != head.i and head.head.pos_ in {"PROPN", "NOUN"}:
        head = head.head
    return head


def _unhooked(verb: Token) -> Token | None:
    """Whom "lets X off the hook", "gets X off the hook" or "lets X off" releases: X."""
    if verb.lemma_ not in {"let", "get"}:
        return None
    off = next((child for child in verb.children if child.lower_ == "off"), None)
    if off is None or not (off.dep_ == "prt" or any(child.lower_ == "hook" for child in off.children)):
        return None
    released = [child for child in [*verb.children, *off.children] if child.dep_ in {"dobj", "nsubj"}
                and child.i > verb.i]
    return released[0] if released else None


def _excused(verb: Token) -> Token | None:
    """Whom "excuses", "absolves" or "exonerates" releases: the object, or the doer of "what
    X did"."""
    if verb.lemma_.lower() not in EXCUSING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "ccomp" and any(word.lower_ == "what" for word in child.children):
            return next(iter(grammar.doers(child)), None)
    return None


def _made_innocent(verb: Token, cues: Cues) -> Token | None:
    """Whom "None of which makes X blameless" or "Nothing makes X innocent" would clear: X.
    Only after a subject that names nothing: "That does not make it innocent, but …" weighs
    rather than blames."""
    if verb.lemma_ != "make" or not any(child.dep_ == "nsubj" and grammar.names_none(child)
                                        for child in verb.children):
        return None
    return next((subject for clause in verb.children if clause.dep_ in {"ccomp", "oprd", "xcomp"}
                 and clause.lemma_.lower() in cues.exoneration
                 for subject in clause.children if subject.dep_ == "nsubj"), None)


def _escaping(verb: Token) -> Token | None:
    """Who "escapes" blame: the subject of "does not escape either", "Nor does X escape
    criticism"; not "could not escape the fire", which tells a victim's plight."""
    if verb.lemma_ != "escape" or any(child.dep_ == "aux" and child.tag_ == "MD" for child in verb.children):
        return None
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    from_blame = (all(obj.lemma_.lower() in ESCAPED_NOUNS for obj in objects) if objects
                  else any(child.lower_ in {"either", "too", "unscathed", "entirely"} for child in verb.children))
    if not from_blame:
        return None
    return next((child for child in verb.children if child.dep_ == "nsubj"), None)
