"""Blame on the cause of an outcome: "thanks to X, the war drags on", "because of X, farmers
lost their savings", "without X in the White House, the sanctions would have been imposed".

Part of the rules of ``blame_rules``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import grammar, modality
from .blame_cues import Cues, support_object
from .blame_hits import Hit, hits_on
from .parsing import tokens
from .references import SentenceActors
from .tone import polarity, tone_label

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def prevented_by(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """"Without Trump in the White House, the sanctions would have been imposed", "But for
    Brussels, the deal would have been signed": what would have helped but for X blames X."""
    for prep in tokens(doc):
        but_for = prep.lower_ == "for" and prep.i > 0 and doc[prep.i - 1].lower_ == "but"
        if prep.dep_ != "prep" or not (prep.lower_ == "without" or but_for):
            continue
        verb = prep.head
        if verb.pos_ != "VERB" or not modality.is_unrealised(verb) or grammar.is_negated(verb):
            continue
        helps = cues.help.match(verb) is not None or (
            verb.lemma_.lower() in cues.giving and support_object(verb, cues) is not None)
        if helps:
            preventers = [pobj for pobj in prep.children if pobj.dep_ == "pobj"]
            yield from hits_on([r for p in preventers for r in actors.of_phrase(p)], prep, prep,
                               "counterfactual")


def caused_by(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """"Thanks to the Kremlin, the war drags on", "because of Brussels, farmers lost their
    savings", "thanks to its owner, the players had not been paid": the cause of a bad outcome
    (the rest of the clause reads negative to VADER, or denies an act that would help)."""
    for marker in tokens(doc):
        causes = _causes(marker)
        if not causes or marker.head.i == marker.i:
            continue
        clause = marker.head
        excluded = {token.i for token in marker.subtree}
        outcome = [token for token in clause.subtree if token.i not in excluded]
        if any(cues.help.match(token) is not None and grammar.is_negated(token) for token in outcome):
            bad = True  # "… the players had not been paid"
        elif grammar.is_negated(clause):  # "thanks to X, the war did not spread": credit, if anything
            bad = False
        else:
            bad = tone_label(polarity(" ".join(token.text for token in outcome))["compound"]) == "negative"
        if bad:
            doers = [r for cause in causes for r in actors.of_each(cause)]
            yield from hits_on(doers, marker, marker.nbor(), "explicit")


def _causes(marker: Token) -> list[Token]:
    """The nouns "thanks to X" or "because of X" names (given "thanks" or "because")."""
    if marker.lower_ == "thanks":
        return [pobj for to in marker.children if to.lower_ == "to"
                for pobj in to.children if pobj.dep_ == "pobj"]
    if marker.lower_ == "because" and any(child.lower_ == "of" for child in marker.children):
        return [pobj for pobj in marker.children if pobj.dep_ == "pobj"]
    return []
