"""The charge continued: an act told after the writer blamed its doer in the same paragraph;
and the charge shared along a list of culprits (``shared_charge``).

Column prose blames in one sentence and gives the evidence in the next: "The regulator failed
the town. It filed the engineers' report and went home." The act in the second sentence may
be blameless on its own ("filed", "added", "issued a statement"); told as the next item of
the charge, it is part of the blame. ``continued_charge`` blames the doer of the sentence's
main verb when the writer has blamed that actor (or another of its group, but "other")
earlier in the paragraph and the verb (or a cleft's clause: "It was her department that set
the target") tells a past act (simple past or present perfect; not a report, a naming, a
state, a need or a declined comment), asserted (not denied, asked or conditional), not
excused by another actor ("because the ministry had cut its budget"; a motive of the doer's
own is no excuse), not a concession ("To be fair, …", "To its credit, …") and not reading
positive to VADER ("… then praised the crews" is not the charge). A run of three or more
such acts is a charge of its own, with no blame before it (rule "catalogue": "It then hired
subcontractors at piece rates, trained them for two days and sent them out …"). An act of a
party the writer sets off as the next one to the story ("Ministers, for their part, have
pushed the deadline back") is not: charged on its own, as rule "next_party" did for a while,
such acts were fewer than half right on fresh column prose (docs/attribution.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import grammar, modality
from .blame_hits import Hit, hits_on, is_open_condition, reads_positive
from .parsing import sentence_text
from .references import Referent, SentenceActors
from .reports import NAMING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .blame_cues import Cues

# Past verbs that tell no act: a state, a need or a wish ("She needed $1.8 million").
NO_ACT_VERBS = frozenset({"be", "have", "need", "want", "seem", "appear", "feel", "remain", "become", "get"})
# What one declines or refuses to do that is no act of the story: "declined to comment".
COMMENTING_VERBS = frozenset({"comment", "speak", "respond", "talk", "answer"})
# Conjunctions of a cause, which excuses when it is another actor's act: "she ended it because
# the ministry had cut her budget".
EXCUSING_MARKERS = frozenset({"because", "since", "as"})
# Words before the verb that turn from the charge to a concession, besides the credit nouns:
# "To be fair, …", "In fairness, …", "Admittedly, …", "In its defence, …".
CONCEDING_WORDS = frozenset({"fair", "fairness", "admittedly", "defence", "defense"})
# The parts of speech of a clause's verb.
VERBS = frozenset({"VERB", "AUX"})


def continued_charge(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """The doers of the sentence's main verb whom the writer has blamed earlier in the
    paragraph, when that verb tells a past act of theirs (see the module's docstring); or,
    blamed or not, when it opens a catalogue of their acts (rule "catalogue")."""
    context = actors.context
    if sentence_text(doc).rstrip().rstrip(")\"”'’").endswith("?"):
        return
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    if root is None or grammar.is_negated(root):
        return
    # "It was her department that set a target …": the act is the cleft's clause
    verb = (grammar.cleft_clause(root) if root.lemma_ == "be" else None) or root
    catalogue = _catalogue(verb, cues)
    if not (context.blamed_so_far or catalogue) or not past_act(verb, cues):
        return
    doers = [referent for doer in grammar.doers(verb) for referent in actors.of_phrase(doer)]
    charged = [referent for referent in doers if referent.actor.id in context.blamed_so_far
               or referent.actor.group in context.groups_blamed_so_far]
    rule = "continued"
    if not charged and catalogue:
        charged, rule = doers, "catalogue"
    if charged and not _excused_by_another(verb, actors, {referent.actor.id for referent in charged}):
        yield from hits_on(charged, verb, verb, rule)


def _catalogue(verb: Token, cues: Cues) -> bool:
    """The doer's acts told as a run of three or more, none reading positive: "It then hired
    subcontractors at piece rates, trained them for two days and sent them out with a file
    nobody had checked"; "The company did the arithmetic, kept the fat and dropped the bone"."""
    run = [later for later in verb.conjuncts if later.i > verb.i and later.pos_ == "VERB"
           and not any(child.dep_ in grammar.SUBJECT_DEPS for child in later.children)]
    return len(run) >= 2 and all(past_act(later, cues) for later in run)


def past_act(verb: Token, cues: Cues) -> bool:
    """The verb tells a past act of its doer's, asserted and not conceded."""
    lemma = verb.lemma_.lower()
    if not (verb.tag_ == "VBD" or _present_perfect(verb)):
        return False
    if lemma in NO_ACT_VERBS or cues.says(verb) or lemma in NAMING_VERBS or lemma in cues.states:
        return False
    if any(child.dep_ == "xcomp" and (cues.says(child) or child.lemma_.lower() in COMMENTING_VERBS)
           for child in verb.children):
        return False  # "declined to comment", "refused to speak to me": no act of the story
    if grammar.is_negated(verb) or reads_positive(verb) or _conceded(verb, cues):
        return False
    return not (is_open_condition(verb, modality.clause_marker(verb), cues) or modality.is_advice(verb))


def _present_perfect(verb: Token) -> bool:
    """"has renewed nothing but its own salaries": an active present perfect."""
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    return (verb.tag_ == "VBN" and any(aux.dep_ == "aux" and aux.lemma_ == "have" for aux in auxiliaries)
            and not any(aux.dep_ == "auxpass" for aux in auxiliaries))


def _conceded(verb: Token, cues: Cues) -> bool:
    """The act is told as a concession: "To its credit, …", "To be fair, …", "In fairness, …"."""
    return any(word.lemma_.lower() in cues.credit or word.lower_ in CONCEDING_WORDS for word in verb.doc[:verb.i])


def _excused_by_another(verb: Token, actors: SentenceActors, doers: set[str]) -> bool:
    """The act is told with its cause in another actor: "she ended it because the ministry had
    cut the board's budget"; not a motive of the doer's own ("stacked its waste on the slope
    because moving it would have cost money")."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(mark.dep_ == "mark" and mark.lower_ in EXCUSING_MARKERS
                                             for mark in clause.children):
            continue
        causes = [referent for subject in clause.children if subject.dep_ in grammar.SUBJECT_DEPS
                  for referent in actors.of_phrase(subject)]
        if any(referent.actor.id not in doers for referent in causes):
            return True
    return False


def shared_charge(doc: Doc, found: list[Hit], actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """The further items of a list of culprits, once the rules have blamed one of its items:
    each actor coordinated with a blamed one ("Brightwater, certainly, and Kestrel, and a
    council that never read its own contract"), each other item of a list of described doers
    ("a board that buried warnings, a council that closed a file and a ministry that …"), and
    the doer of each other clause of a list of
    clauses one of which blames ("Bayline switched off the sensor, Stellmark made switching it
    off easy, and the inspectorate never looked"; "The consortium wrote the bid, the council
    broke the promise and the ministry believed them both"). A clause counts when its subject
    names an actor (not a pronoun), the clauses are joined as a list ("and", "nor", commas or
    semicolons, never "but" or "yet"), it tells an asserted act that reads no better than
    neutral and is not a report, and, of two clauses joined by "and", it is the later one."""
    blamed = {hit.referent.actor.id for hit in found}
    for hit in found:
        items = [*((referent, hit.anchor) for referent in _listed_with(doc, hit, actors)),
                 *_listed_clauses(hit.anchor, actors, cues)]
        for referent, act in items:
            if referent.actor.id not in blamed:
                blamed.add(referent.actor.id)
                yield from hits_on([referent], act, act, "shared")


def _listed_with(doc: Doc, hit: Hit, actors: SentenceActors) -> list[Referent]:
    """The actors coordinated with the blamed one's noun."""
    blamed = doc.char_span(hit.referent.start, hit.referent.end, alignment_mode="expand")
    if blamed is None:
        return []
    partners = [partner for partner in blamed.root.conjuncts if partner.pos_ in {"NOUN", "PROPN"}
                and not grammar.is_denied(partner)] + _described_with(blamed.root)
    return [referent for partner in partners for referent in actors.of_phrase(partner)]


def _described_with(noun: Token) -> list[Token]:
    """The other items of a list of described doers the noun is one of ("a union that wanted
    its spray, a ministry that starved its watchdog, a watchdog that signed a waiver and a panel
    that whispered"), whose items the parser hangs on one another instead of coordinating
    them: nouns each with a relative clause of its own, each begun right after a comma or
    "and", the relative clause not reading positive."""
    items = [token for token in noun.doc if _described(token)]
    if noun not in items:
        return []
    position = items.index(noun)
    run = [noun]
    for step in (-1, 1):
        index = position
        while 0 <= index + step < len(items) and _listed_next(*sorted((items[index], items[index + step]),
                                                                       key=lambda item: item.i)):
            index += step
            run.append(items[index])
    return [item for item in run if item is not noun]


def _described(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and any(
        child.dep_ == "relcl" and not reads_positive(child) for child in token.children)


def _listed_next(first: Token, second: Token) -> bool:
    """The second described noun's phrase begins right after a comma or "and" that follows the
    first's relative clause."""
    start = second.left_edge.i
    clause = next(child for child in first.children if child.dep_ == "relcl")
    return clause.i < start and first.doc[start - 1].lower_ in {",", "and"}


def _listed_clauses(verb: Token, actors: SentenceActors, cues: Cues) -> list[tuple[Referent, Token]]:
    """(doer, verb) of the other clauses of a list a blaming verb's clause belongs to, as
    ``shared_charge`` says: any of three or more, or of two joined by a semicolon; only the
    later of two joined by "and" ("A proposed a rota, and B rejected it" does not charge A)."""
    items = clause_list(verb, cues)
    if not items:
        return []
    either_way = len(items) >= 3 or ";" in _joints(items)
    found = []
    for clause in items:
        subjects = [child for child in clause.children if child.dep_ in grammar.SUBJECT_DEPS]
        if (clause is verb or (clause.i < verb.i and not either_way)
                or any(subject.pos_ == "PRON" for subject in subjects)):
            continue
        lemma = clause.lemma_.lower()
        reports = cues.says(clause) and any(child.dep_ == "ccomp" for child in clause.children)
        if (lemma in NO_ACT_VERBS or lemma in NAMING_VERBS or reports or grammar.is_negated(clause)
                or reads_positive(clause) or modality.is_advice(clause)
                or is_open_condition(clause, modality.clause_marker(clause), cues)):
            continue
        found += [(referent, clause) for subject in subjects for partner in grammar.with_partners(subject)
                  for referent in actors.of_phrase(partner)]
    return found


def clause_list(verb: Token, cues: Cues) -> list[Token]:
    """The clauses of the list the verb's clause belongs to, each with its own subject and the
    verb's among them, when they are joined as a list ("and", "nor", commas or semicolons,
    never "but" or "yet"); [] when the clause is in no such list."""
    if verb.pos_ not in VERBS:
        return []
    items = _list_items(verb, cues)
    joints = _joints(items)
    if len(items) < 2 or not joints & {"and", "nor", ";"} or joints & {"but", "yet"}:
        return []
    return items


def _joints(items: list[Token]) -> set[str]:
    """The conjunctions and punctuation that join listed clauses (not an opening "But")."""
    return {child.lower_ for item in items for child in item.children
            if child.dep_ in {"cc", "punct"} and child.i > items[0].i}


def _list_items(verb: Token, cues: Cues) -> list[Token]:
    """The clauses, each with its own subject, listed with the verb's: coordinated with it, or
    spliced before one with a comma or semicolon (the parser hangs "Bayline switched off the
    sensor," on the next clause of "…, Stellmark made it easy, and the inspectorate never
    looked" as its complement)."""
    top = verb
    while (top.dep_ == "conj" and top.head.pos_ in VERBS) or _spliced(top, cues):
        top = top.head
    items: list[Token] = []
    pending = [top, *(conj for conj in top.conjuncts if conj.pos_ in VERBS)]
    while pending:
        clause = pending.pop()
        items.append(clause)
        pending += [child for child in clause.children if _spliced(child, cues)]
    return sorted((item for item in items if any(child.dep_ in grammar.SUBJECT_DEPS for child in item.children)),
                  key=lambda item: item.i)


def _spliced(clause: Token, cues: Cues) -> bool:
    """A clause set before the next one with only a comma or semicolon between them, which the
    parser reads as that clause's complement: no "that", and the next verb not a report's."""
    head = clause.head
    return (clause.dep_ == "ccomp" and clause.i < head.i and clause.pos_ in VERBS
            and not any(child.dep_ == "mark" for child in clause.children)
            and any(child.dep_ == "punct" and child.lower_ in {",", ";"} and clause.i < child.i < head.i
                    for child in head.children)
            and not cues.says(head))
