"""Blame owed and owned: "deserves (much of) the blame", "bears responsibility", "deserve to
be struck off", "The players deserve better from Kettering", "has since admitted that the rota
was a mistake", a share of the blame the sentence before spoke of ("And Dr Fell deserves a
share of it."), and a fate told and then called deserved ("Mr Rusk will go to prison, and he
deserves to.", "The authority has taken most of the criticism, and some of it is deserved").

Part of the rules of ``blame_rules``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import grammar
from .blame_cues import BLAME_NOUNS
from .tone import polarity, tone_label

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .blame_cues import Cues

# What a share of blame is called ("a share of it", "most of it", "the rest", "this one").
SHARE_WORDS = {"share", "part", "most", "much", "bulk", "portion", "rest", "some", "it", "this", "one"}
# Verbs that give a doer a share of a blame: "deserves", "earned", "all share this one".
SHARING_VERBS = {"deserve", "earn", "share"}
# Words that set a coordinated object against the first: "credit, not blame", "praise rather
# than blame".
CONTRASTING_WORDS = frozenset({"not", "rather", "than", "instead", "nor", "neither", "no"})


def owns_up(verb: Token, cues: Cues) -> bool:
    """Whether the doer of "admit", "concede" or "confess" (``admission_verbs``) owns up to
    something: a clause ("admitted that the rota was a mistake", "admitted receiving the
    letter"), or "it", "this" or "as much" standing for a fault just told; not "than its
    critics admit", nor what a university admits (students)."""
    if verb.lemma_.lower() not in cues.admissions or any(
            child.dep_ == "mark" and child.lower_ == "than" for child in verb.children):
        return False
    return any(child.dep_ in {"ccomp", "xcomp"}
               or (child.dep_ == "dobj" and child.lower_ in {"it", "this", "that", "much"})
               for child in verb.children)


def takes_blame(verb: Token, cues: Cues) -> bool:
    """"deserves (much of) the blame", "bears responsibility", "deserves the fury": not
    "deserves credit"; and a share of blame left unsaid, "deserve the largest share" (not
    "deserves a share of the profits"). Each of coordinated objects is weighed on its own:
    "deserves credit for its letter, and a share of the blame for what it did next"."""
    if verb.lemma_ == "deserve" and _deserves_punishment(verb, cues):
        return True
    return any(_blame_taken(obj, verb, cues) for obj in _objects(verb))


def _objects(verb: Token) -> list[Token]:
    """The verb's objects, with the nouns coordinated with them, which the parser may hang on
    the verb itself ("deserves credit for X, and a share of the blame for Y")."""
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    coordinated = [child for child in verb.children if child.dep_ == "conj" and child.pos_ == "NOUN"]
    coordinated += [conjunct for obj in objects for conjunct in obj.conjuncts]
    return [*objects, *(noun for noun in coordinated if not _set_against(noun, objects))]


def _set_against(noun: Token, objects: list[Token]) -> bool:
    """The coordinated noun is set against the first object, not added to it: "credit, not
    blame", "praise rather than blame"."""
    if not objects:
        return False
    first = min(objects, key=lambda obj: obj.i)
    return any(word.lower_ in CONTRASTING_WORDS for word in noun.doc[first.i:noun.i])


def _blame_taken(obj: Token, verb: Token, cues: Cues) -> bool:
    """The object is blame, not credit nor a little of it ("deserve less scorn than they have
    received")."""
    words = {token.lemma_.lower() for token in obj.subtree}
    if words & cues.credit or any(child.lower_ in {"less", "little"} for child in obj.children):
        return False
    return bool(words & cues.deserved) or (verb.lemma_ == "deserve" and obj.lemma_ == "share"
                                           and not any(child.dep_ == "prep" for child in obj.children))


def _deserves_punishment(verb: Token, cues: Cues) -> bool:
    """"deserve to be struck off", "deserves to be sacked", "deserves prosecution"."""
    return any((child.dep_ == "xcomp" and cues.punishment_verbs.match(child) is not None)
               or (child.dep_ == "dobj" and child.lemma_.lower() in cues.punishment_nouns)
               for child in verb.children)


def owed_better(verb: Token) -> bool:
    """"The players deserve better from Kettering": X has failed them."""
    return (verb.lemma_ == "deserve" and any(child.lower_ == "better" for child in verb.children)
            and bool(grammar.owed_by(verb)))



def share_told(verb: Token, previous: Doc | None, blamed_before: bool) -> bool:
    """"And Dr Fell deserves a share of it.", "The ministry deserves most of it",
    "The ministry, the contractor and the board all share this one": a share of the blame that
    the sentence before spoke of ("What the board deserves now is the blame …"), or, shared,
    that the writer has placed earlier in the paragraph (``blamed_before``: "If the ministry
    had funded weekend cover, none of these fridges would have mattered. … The ministry, the
    contractor and the board all share this one."); not of anything else ("deserves a share of
    the profits")."""
    if verb.lemma_ not in SHARING_VERBS or grammar.is_negated(verb):
        return False
    spoken_of = previous is not None and any(token.lemma_.lower() in BLAME_NOUNS for token in previous)
    if not (spoken_of or (blamed_before and verb.lemma_ == "share")):
        return False  # "The parents have earned that much." after a charge against another
    for thing in (child for child in verb.children if child.dep_ == "dobj"):
        shares = [thing, *(pobj for prep in thing.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for pobj in prep.children if pobj.dep_ == "pobj")]
        if thing.lemma_.lower() in SHARE_WORDS and all(word.lower_ in SHARE_WORDS for word in shares[1:]):
            return True
    return False


def deserved_fate(verb: Token, cues: Cues) -> Token | None:
    """The verb of the clause before, whose doer the writer says deserves what it tells:
    "Mr Rusk will go to prison, and he deserves to.", "Crestline Gaming has had a bad month, and
    much of it deserved.", "The authority has taken most of the criticism, and some of it is
    deserved". ``verb`` is an unnegated "deserve" that continues that clause, with nothing
    deserved of its own but "it" ("some of it", "much of it") or an elliptical "to"; the clause
    before must tell a fate that reads negative to VADER or names what one deserves for a fault
    (``deserved_nouns``, ``punishment_nouns``): "has won praise, and it is deserved" blames
    nobody."""
    fate = verb.head
    if (verb.lemma_ != "deserve" or verb.dep_ != "conj" or fate.i > verb.i or fate.pos_ not in {"VERB", "AUX"}
            or grammar.is_negated(verb) or not _elliptical(verb)):
        return None
    told = [token for token in fate.subtree if token.i < verb.i and token.dep_ != "cc"]
    words = {token.lemma_.lower() for token in told}
    negative = tone_label(polarity(" ".join(token.text for token in told))["compound"]) == "negative"
    return fate if negative or words & (cues.deserved | cues.punishment_nouns) else None


def _elliptical(verb: Token) -> bool:
    """"deserves to." with its verb left out, or "it" ("some of it", "much of it") deserved
    ("… and he deserved it")."""
    if any(child.dep_ in {"xcomp", "ccomp"} or (child.dep_ == "dobj" and child.lower_ not in {"it", "this"})
           for child in verb.children):
        return False
    if any(child.dep_ == "dobj" for child in verb.children):
        return True
    bare_to = any(child.lower_ == "to" and not list(child.children) for child in verb.children)
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    shares = [subject for subject in subjects if subject.lower_ == "it" or (
        subject.lower_ in SHARE_WORDS and any(pobj.lower_ == "it" for prep in subject.children
                                              for pobj in prep.children if prep.lower_ == "of"))]
    return bare_to or bool(shares)
