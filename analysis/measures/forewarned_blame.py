"""Blame on whoever acted against their own warning: "It sent six crews to a race that its own
planning documents said needed ten", "It awarded the contract at £17.20 an hour, a rate its
own commissioning officers had warned could not cover a legal wage".

The act may be blameless on its own (sent, awarded, approved); what makes it a fault is that
the doer's own officers, documents or rules had said otherwise, and the writer sets the two
side by side. ``forewarned_acts`` blames the doers of an asserted past act
(``continued_blame.past_act``) whose own clause holds a warning from "its own" (his, her,
their own) people or papers; a past condition passes that test too, and says the act was not
done ("Had Northway delayed the launch, as its own planners urged, …": the counterfactual
inaction of the codebook). A warning told without the act ("Its own engineers warned that
the dredging would undermine the wall") blames nobody. Part of the rules of ``blame_rules``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import grammar
from .blame_hits import Hit, hits_on
from .continued_blame import past_act
from .parsing import tokens
from .references import SentenceActors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .blame_cues import Cues

# Verbs by which one's own people or papers warn against an act: "its own guidelines ruled
# out", "her own audit told her to", "his own advisers urged".
WARNING_VERBS = frozenset({"warn", "say", "rule", "urge", "demand", "require", "flag", "advise", "tell",
                           "recommend", "forbid", "predict", "caution", "insist"})
# Possessives that make the warning the doer's own: "its own officers".
OWNING_PRONOUNS = frozenset({"its", "his", "her", "their"})


def forewarned_acts(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """The doers of each act done against a warning of their own (see the module's docstring)."""
    for own in tokens(doc):
        if own.lower_ != "own" or own.dep_ != "amod":
            continue
        warner = own.head
        warning = warner.head
        if (warner.dep_ != "nsubj" or warning.lemma_.lower() not in WARNING_VERBS
                or not any(child.dep_ == "poss" and child.lower_ in OWNING_PRONOUNS for child in warner.children)
                or grammar.is_negated(warning)):
            continue
        act = _act_warned_against(warning, cues)
        if act is not None:
            doers = [referent for doer in grammar.doers(act) for referent in actors.of_phrase(doer)]
            yield from hits_on(doers, act, act, "forewarned")


def _act_warned_against(warning: Token, cues: Cues) -> Token | None:
    """The nearest verb above the warning's clause that tells an asserted past act, or None
    when the warning's clause is the sentence's own."""
    node = warning
    while node.head.i != node.i:
        node = node.head
        if node.pos_ == "VERB" and past_act(node, cues):
            return node
    return None
