"""Blame on whoever an inquiry's finding says did something: "Calloway found that the
committee approved 212 design changes, 190 of them after construction had begun", "A forensic
review … showed that the charity had put £6.1 million into a new headquarters".

The act may be blameless on its own, and may even read positive to VADER ("approved"); what
makes it a charge is that the writer cites it as something an inquiry, a review, a memo or a
laboratory had to find out, reveal or prove. ``found_acts`` blames the doers of a past act
("approved", "had put") told in the "that" clause of a verb of finding out (``FINDING_VERBS``,
or a hearing's "heard": ``HEARING_NOUNS``), or in the clause a finding told in passing hangs
on ("It merely installed them upside down, as the agency's own incident log has now
revealed"), when the finding is itself asserted: not denied ("did not show that"), asked,
supposed or still to come ("will have to prove that").

Not a present perfect, which tells the state of play rather than a deed found out ("Zelensky
revealed that the US has set a deadline"); not an act denied, a saying (whose blame is the
speaker's, ``reports``) or a state ("had been"); not an act of help or of care (the cue
file's ``help_verbs`` and ``diligence_verbs``: "found that the council had inspected the
wall"), of keeping to the rules (``COMPLYING_VERBS``: "found that it acted properly") or one
told with a manner that reads positive. Part of the rules of ``blame_rules``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import grammar, modality
from .blame_hits import Hit, hits_on, is_open_condition
from .continued_blame import NO_ACT_VERBS
from .parsing import tokens
from .references import SentenceActors
from .tone import polarity, tone_label

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .blame_cues import Cues

# Verbs by which an inquiry, a document or an investigator finds something out; not the
# factive verbs of a speaker's own admission ("admit", "acknowledge", "note").
FINDING_VERBS = frozenset({"find", "reveal", "show", "prove", "expose", "establish", "uncover",
                           "document", "disclose", "confirm", "demonstrate"})
# Bodies whose hearing is a finding: "the inquest heard that the crew had swapped the ballast"
# (read as written: the parser may take "inquest" for a superlative).
HEARING_NOUNS = frozenset({"inquest", "inquiry", "court", "tribunal", "hearing", "trial", "jury"})
# Acts a finding clears its subject by: "found that the board followed the rules", "acted
# properly", "complied with every condition".
COMPLYING_VERBS = frozenset({"act", "behave", "comply", "follow", "obey", "abide", "adhere", "meet"})


def found_acts(doc: Doc, actors: SentenceActors, cues: Cues, question: bool) -> Iterable[Hit]:
    """The doers of each past act an asserted finding tells (see the module's docstring)."""
    if question:
        return
    for finding in tokens(doc):
        if not _finds(finding) or finding.pos_ != "VERB" or not _asserted(finding, cues):
            continue
        for act in _acts_found(finding):
            if _deed_found(act, cues):
                doers = [referent for doer in grammar.doers(act) for referent in actors.of_phrase(doer)]
                yield from hits_on(doers, act, act, "finding")


def _finds(verb: Token) -> bool:
    """A verb of finding out, or a hearing's "heard" ("the inquest heard last week that …")."""
    lemma = verb.lemma_.lower()
    return lemma in FINDING_VERBS or (lemma == "hear" and any(
        child.dep_ == "nsubj" and child.lower_ in HEARING_NOUNS for child in verb.children))


def _asserted(finding: Token, cues: Cues) -> bool:
    """The finding is told as made: finite, not denied, not supposed, not advised."""
    return not (finding.tag_ in {"VB", "VBG"} or grammar.is_negated(finding) or modality.is_advice(finding)
                or is_open_condition(finding, modality.clause_marker(finding), cues))


def _deed_found(verb: Token, cues: Cues) -> bool:
    """A past act, done and not denied, that is neither a saying, a state, help, care nor
    compliance, told without a manner that reads positive."""
    done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        aux.dep_ == "aux" and aux.lower_ in {"had", "'d"} for aux in verb.children))
    lemma = verb.lemma_.lower()
    if not done or lemma in NO_ACT_VERBS or grammar.is_negated(verb):
        return False
    if cues.says(verb) or cues.help.match(verb) is not None or lemma in cues.diligent_acts or lemma in COMPLYING_VERBS:
        return False
    manner = [child.text for child in verb.children if child.dep_ in {"advmod", "acomp"}]
    return not manner or tone_label(polarity(" ".join(manner))["compound"]) != "positive"


def _acts_found(finding: Token) -> list[Token]:
    """The verbs of the finding's "that" clauses, with those coordinated with them ("that he
    had been warned, and that he shelved their report"); for a finding told in passing ("as the
    agency's own incident log has now revealed"), the clause it hangs on, or that clause's
    "that" clause after a copula ("The issue, as the inspection revealed, was that the company
    had switched off an alarm")."""
    if finding.dep_ == "advcl" and any(mark.dep_ == "mark" and mark.lower_ == "as" for mark in finding.children):
        told = finding.head
        clauses = [child for child in told.children if child.dep_ == "ccomp"] if told.lemma_ == "be" else [told]
    else:
        clauses = [child for child in finding.children if child.dep_ == "ccomp"]
    clauses = [clause for clause in clauses if clause.pos_ in {"VERB", "AUX"}]
    return [verb for clause in clauses for verb in (clause, *clause.conjuncts) if verb.pos_ == "VERB"]
