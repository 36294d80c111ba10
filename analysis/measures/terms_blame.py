"""Blame on the terms a doer agreed to: the one who signs, writes or approves an agreement is
blamed for the harm its terms do, by the cue file ("In 2021 the union signed a pay deal that
traded away two hundred regional posts", "the government wrote the rules that allowed them").

Part of the rules of ``blame_rules``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import grammar
from .blame_cues import harm_cue, inaction_cue
from .negation import done_to_nobody

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .blame_cues import Cues

# Verbs of making an agreement one's own, beside the cue file's decisions ("approve", "draw
# up", "negotiate", "award" …): signing it, writing it, agreeing it, renewing it.
AGREEING_VERBS = {"sign", "write", "agree", "renew", "accept"}
# What a doer can sign or write whose terms do what they say.
AGREEMENT_NOUNS = {"contract", "deal", "agreement", "licence", "license", "franchise", "concession",
                   "settlement", "rota", "budget", "plan", "law", "act", "bill", "rule", "policy"}


def harmful_terms(verb: Token, cues: Cues) -> Token | None:
    """The harm or inaction cue of what an agreement the verb's doer made does ("wrote the
    rules that allowed them": "allowed"); None for an agreement whose terms harm nobody by the
    cue file, or that the relative clause says did not do it, or did to nobody ("a deal that
    misled nobody")."""
    if verb.lemma_.lower() not in AGREEING_VERBS and cues.decisions.match(verb) is None:
        return None
    agreements = [child for child in verb.children if child.dep_ == "dobj"
                  and child.lemma_.lower() in AGREEMENT_NOUNS]
    for agreement in agreements:
        for clause in agreement.children:
            if clause.dep_ != "relcl":
                continue
            for act in [clause, *clause.conjuncts]:
                if grammar.is_negated(act):
                    continue  # "a deal that did not allow the payouts"
                harm = harm_cue(act, cues)
                if harm is not None and not done_to_nobody(act):
                    return harm
                inaction = inaction_cue(act, cues)
                if inaction is not None:
                    return inaction
    return None
