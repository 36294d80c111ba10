"""Blame on a duty left undone on purpose or left lying: "left the fault unfixed", "left the
audit unread for eleven months", "chose not to count one", "decided not to inspect", the care
a duty asks for denied ("They did not ask.", "has not inspected the pumps since 2019"), the least
denied ("would not put a single bonus on the table", "has not found a penny"), a promise
kept short ("promised eleven hubs and delivered seven") and an act done the least it could be
("visited precisely once", "used that power precisely never", "spent barely a fifth of it").

Part of the rules of ``blame_rules``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .blame_cues import Cues

# Verbs that make a denied act their subject's choice: "chose not to", "decided not to".
CHOOSING_VERBS = {"choose", "decide", "opt", "elect", "prefer"}
# What a denial asks the least of: "has not found a penny", "did not lift a finger".
LEAST_NOUNS = {"penny", "finger", "cent", "dime"}
# Verbs of providing, besides ``giving_verbs`` and ``help_verbs``: "put a bonus on the table".
PROVIDING_VERBS = frozenset({"put", "find", "offer", "spend", "hire", "raise", "give"})
# Verbs that set a number the doer then has to meet: "promised eleven hubs".
PROMISING_VERBS = {"promise", "pledge", "plan", "guarantee", "announce"}
NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
# Participles of a duty not done end like these ("unfixed", "unanswered", "unread", "unpaid").
UNDONE_ENDINGS = ("ed", "read", "done", "paid", "seen", "built", "spent", "heard", "met", "kept")
# Verbs of leaving or putting a thing aside, whose "un-" state tells a duty not done: "left
# the letters unanswered", "filed the report unread", "sent the forms back unopened".
PUTTING_ASIDE_VERBS = {"leave", "file", "send", "return", "shelve", "stack", "store"}
# "un-" participles that tell what was spared, not neglected ("left the village unharmed"),
# or how a thing was done ("sent the shells unannounced").
SPARED_WORDS = {"unharmed", "untouched", "undisturbed", "unscathed", "unhurt", "unspoiled",
                "unspoilt", "unopposed", "unchanged", "unannounced", "unaided", "unaccompanied"}


def left_undone(verb: Token) -> Token | None:
    """The "unfixed" of "left it unfixed", "left the letters unanswered", "left the wall
    unrepaired for a decade", "it was filed, unread, by his private office": what the doer left
    or put aside (``PUTTING_ASIDE_VERBS``) in the state of a duty not done."""
    if verb.lemma_ not in PUTTING_ASIDE_VERBS:
        return None
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    states = [*(child for child in verb.children if child.dep_ in {"oprd", "advcl", "xcomp", "acomp"}
                or (child.dep_ in {"conj", "advmod"} and child.pos_ == "ADJ")),  # the parse's "filed, unread,"
              *(child for thing in objects for child in thing.children if child.dep_ in {"acl", "amod"})]
    return next((state for state in states if _undone(state.lower_)), None)


def _undone(word: str) -> bool:
    return word.startswith("un") and word.endswith(UNDONE_ENDINGS) and word not in SPARED_WORDS


def care_denied(verb: Token, cues: Cues) -> bool:
    """"They did not ask.", "has still not asked the charity for a single receipt", "does not
    check": an act of the care a duty asks for (``diligence_verbs``), denied as done, in the
    past or as a habit; not an ability or an advice denied ("could not ask", "need not ask",
    which the parse may give no modal), nor a wish denied ("did not ask for this war")."""
    done = any(child.dep_ == "aux" and child.lemma_ in {"do", "have"} and child.tag_ != "MD"
               for child in verb.children)
    return (done and verb.lemma_.lower() in cues.diligent_acts and not _asked_for(verb)
            and not any(child.dep_ == "aux" and child.tag_ == "MD" for child in verb.children))


def _asked_for(verb: Token) -> bool:
    """"did not ask for this war", "did not ask to be rescued": a wish, not a question put
    ("has not asked the charity for a single receipt" is one)."""
    if verb.lemma_.lower() != "ask" or any(child.dep_ in {"dobj", "dative"} for child in verb.children):
        return False
    return any((child.dep_ == "prep" and child.lower_ == "for") or child.dep_ == "xcomp" for child in verb.children)


def chosen_against(verb: Token) -> bool:
    """"chose not to count one", "decided not to inspect the cranes": the denied act is a
    choice of the one who chose (the caller has set harms apart: "chose not to attack" clears)."""
    return (verb.dep_ == "xcomp" and verb.head.lemma_ in CHOOSING_VERBS
            and any(child.dep_ == "neg" for child in verb.children)
            and not any(child.dep_ == "neg" for child in verb.head.children))


def kept_short(verb: Token) -> Token | None:
    """The smaller number of "promised eleven hubs and delivered seven", "planned sixteen water
    stations and delivered nine": less done than the doer had promised (not "promised 40 homes
    and built 40")."""
    if verb.lemma_ not in PROMISING_VERBS:
        return None
    promised = _count(next((child for child in verb.children if child.dep_ == "dobj"), None))
    if promised is None:
        return None
    for later in verb.conjuncts:
        done = next((child for child in later.children if child.dep_ == "dobj"), None)
        count = _count(done)
        if later.i > verb.i and count is not None and count < promised:
            return done
    return None


def _count(phrase: Token | None) -> int | None:
    """The number a phrase gives: "eleven hubs", "seven", "40 homes"."""
    if phrase is None:
        return None
    number = phrase if phrase.tag_ == "CD" else next((child for child in phrase.children
                                                       if child.dep_ == "nummod"), None)
    if number is None:
        return None
    text = number.lower_.replace(",", "")
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text)


def least_denied(verb: Token, cues: Cues) -> Token | None:
    """The object of a denial that asks the least: "has not found a penny of new money", and
    "a single" of what the doer should have given ("would not put a single bonus on the
    table"); not of an act that would have harmed ("did not return a single shell"). The caller
    checks the denial and sets states apart ("has not received a single apology")."""
    providing = (verb.lemma_.lower() in cues.giving | PROVIDING_VERBS) or cues.help.match(verb) is not None
    return next((child for child in verb.children if child.dep_ == "dobj" and (
        child.lemma_.lower() in LEAST_NOUNS or (providing and any(
            word.dep_ == "amod" and word.lower_ == "single" for word in child.children)))), None)


def done_least(verb: Token, cues: Cues) -> Token | None:
    """The word that makes the act the least it could have been (``minimizing_words``): a
    count made pointed ("visited the agency precisely once", "has used that power precisely
    never", "has met exactly twice") or a share of its object belittled ("spent barely a fifth
    of it", "delivered scarcely half"). A one-word entry is read only on the object, so that a
    plight ("could barely cope") is not an act kept small."""
    for word in verb.children:
        if word.dep_ == "advmod":
            pointed = next((child for child in word.children if child.dep_ == "advmod"
                            and f"{child.lower_} {word.lower_}" in cues.minimizing), None)
            if pointed is not None:
                return word
        if word.dep_ == "dobj" and any(child.dep_ == "advmod" and child.lower_ in cues.minimizing
                                       for child in word.children):
            return word
    return None
