"""Blame that a copula names: "X is to blame", "the obstacle is X", "Putin is a sociopath".

Also "X is why …", "Where was X all summer?", a denied word or kind of innocence ("is not
blameless", "no innocent party") and the affirmed half of a corrected cleft ("It is not
Marrick that set the price; it is the ministry."), and a short sentence that completes a
denied one ("The impediment is not Russia. It is Europe."). Part of the rules of ``blame_rules``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import grammar, modality
from .blame_cues import (
    BLAME_NOUNS,
    Cues,
    act_rule,
    cast_as,
    fault_named_before,
    has_fault_modifier,
    is_fault_word,
    is_frame_word,
    is_harm_noun,
    likened_faults,
)
from .blame_hits import Hit, hits_on, is_open_condition, reads_positive
from .parsing import sentence_text, tokens
from .references import Referent, SentenceActors
from .tone import polarity, tone_label

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Whoever, in "If anyone is to blame, it is X".
ANYONE_WORDS = {"anyone", "anybody", "someone", "somebody"}
# Parts of the blame: "the largest share of the blame is his".
SHARE_NOUNS = {"share", "part", "most", "bulk", "portion", "much"}
# Nouns that make a harm its possessor's doing: "That delay was the minister's choice".
CHOICE_NOUNS = {"choice", "decision", "doing", "work", "policy", "call", "idea"}
# Words that deny a "better": "Parliament was no better."
NOT_BETTER_WORDS = {"no", "hardly", "scarcely", "little"}
# Subjects that stand for the act the previous sentence told: "That is negligence."
ACT_PRONOUNS = {"that", "this", "it"}
# Subjects of the half that corrects a denied description: "… is not a watchdog; it is a pet".
CORRECTING_PRONOUNS = ACT_PRONOUNS | {"he", "she", "they"}
# Determiners that make a correction the very thing rather than a kind: "it is the law".
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}


def copula_hits(copula: Token, actors: SentenceActors, cues: Cues, question: bool,
                 wh_word: str | None) -> Iterable[Hit]:
    """"X is to blame / responsible / the problem / a sociopath", "the obstacle is X",
    "Where was X all summer?"."""
    if copula.dep_ in {"aux", "auxpass"}:
        return
    subjects = [child for child in copula.children if child.dep_ == "nsubj"]
    complements = [child for child in copula.children if child.dep_ in {"attr", "acomp", "xcomp"}]
    if not question and not grammar.is_negated(copula):
        yield from _pseudo_cleft(copula, complements, actors, cues)
    if not subjects and question and wh_word == "where" and not grammar.is_negated(copula):
        # "Where, meanwhile, was the League?": the parse may make the one asked after an attribute
        yield from hits_on([r for attr in complements for r in actors.of_each(attr)], copula, copula, "question")
    if not subjects:
        return
    if not complements and not question and copula.i < subjects[0].i:
        # "Nor was the ministry an innocent bystander": the parse may make the complement of
        # an inverted copula an apposition of its subject
        complements = [child for child in subjects[0].children if child.dep_ == "appos"]
    yield from _denied_innocence(copula, subjects[0], complements, actors, cues, question)
    if not question:
        yield from _act_judged(copula, subjects[0], complements, actors, cues)
        yield from _act_judged_in_passing(copula, subjects[0], complements, actors, cues)
        yield from _fault_owned_too(copula, actors)
    if grammar.is_negated(copula):
        if not question:
            yield from _denied_own_role(copula, subjects[0], complements, actors, cues)
        return
    subject = subjects[0]
    if subject.lower_ in grammar.RELATIVE_PRONOUNS and copula.dep_ in {"ccomp", "conj"}:
        # "It is Brussels that is to blame": the parse may hang a cleft's clause on the copula
        described = grammar.doers(copula)
        if not described:
            return  # "It is not Brussels that is to blame"
        subject = described[0]
    if is_open_condition(copula, modality.clause_marker(copula), cues):
        return
    asked = next((word for clause in copula.children if clause.dep_ == "advcl"
                  for word in [_asks_who_is_to_blame(clause, cues)] if word is not None), None)
    if subject.lower_ == "it" and asked is not None:
        # "If anyone deserves a share of the blame, it is Rachel Coyle."
        yield from hits_on([r for attr in complements for r in actors.of_each(attr)], asked, asked, "explicit")
    corrected = grammar.corrected_cleft(copula)
    if corrected is not None and not question and not reads_positive(corrected[1]):
        # "It is not Marrick that set the price; it is the ministry."
        yield from hits_on(actors.of_each(corrected[0]), copula, copula, "explicit")
    for likeness in likened_faults(copula, cues):  # "He's like the mugger in the alley"
        yield from hits_on(actors.of_each(subject), likeness, likeness, "characterisation")
    if question:
        if wh_word == "where" and not complements:
            yield from hits_on(actors.of_each(subject), copula, copula, "question")
        if wh_word == "what" and _asks_what_for(copula):
            # "What, exactly, is a Culture Secretary for?": the parse makes "what" a subject too
            for named in (child for child in copula.children if child.dep_ == "nsubj" and child.lower_ != "what"):
                yield from hits_on(actors.of_each(named), copula, copula, "question")
        return
    if any(_opens_with_why(child) for child in copula.children if child.dep_ in {"ccomp", "advcl"}):
        yield from hits_on(actors.of_each(subject), copula, copula, "explicit")
    if grammar.is_expletive_frame(copula):
        return  # "It is easy to blame X": the "it" is the act, not a culprit
    subject = _blame_shared(subject)
    for complement in complements:
        if _no_better(complement):  # "Parliament was no better.": as much at fault as the last
            yield from hits_on(actors.of_each(subject), complement, complement, "characterisation")
        if grammar.is_denied(complement):
            continue  # "… is a consortium of pension funds, not Bond villains"
        if is_frame_word(complement, cues):
            yield from hits_on(actors.of_each(subject), complement, complement, "explicit")
        elif subject.lemma_.lower() in cues.frame_nouns:
            cleft = subject.lower_ == "it"
            if not cleft:
                yield from hits_on(actors.of_each(complement), subject, subject, "explicit")
        elif subject.lemma_.lower() == "answer" and _answers_what_happened(copula, actors):
            yield from hits_on(actors.of_each(complement), subject, subject, "explicit")
        elif (is_fault_word(complement, cues) or has_fault_modifier(complement, cues)) and not cast_as(complement):
            yield from hits_on(actors.of_each(subject), complement, complement,
                                "characterisation")
        elif _is_harm(subject, cues) or fault_named_before(subject, cues) is not None:
            # "The lie was the charity's", "That delay was the minister's choice", "it is
            # negligence, and it is Kestrel's"
            for owner in _owners_named(complement):
                yield from hits_on(actors.of_each(owner), subject, complement, "explicit")
        if complement.lemma_.lower() == "fault":  # "It is the fault of the ministry and of the committee"
            for pobj in _of_objects(complement):
                yield from hits_on(actors.of_each(pobj), complement, complement, "explicit")


def _answers_what_happened(copula: Token, actors: SentenceActors) -> bool:
    """"The answer is X" names a culprit when it answers a question about what happened: a
    "why" or "who" clause in its own sentence ("if you want to know why Kallby is losing its
    newsroom, the answer is Tobias Renfield"), a question the paragraph's previous sentence
    asked ("Who emptied the shelves?"), or none yet, at the head of a paragraph (the question
    closed the one before). Not an answer to what should or will be done ("Who will pay? The
    answer is Brussels.") nor one to a statement."""
    asking = [word.head for word in copula.doc[:copula.i] if word.lower_ in {"why", "who"}]
    if asking:
        return not any(_looks_ahead(verb) for verb in asking)
    previous = actors.context.previous_sentence
    if previous is None:
        return True
    return sentence_text(previous).rstrip().endswith("?") and not any(_looks_ahead(verb) for verb in previous)


def _looks_ahead(verb: Token) -> bool:
    """A modal verb or "going to": what should, could or will be done."""
    return any(child.tag_ == "MD" or (child.lower_ == "going" and child.dep_ == "aux") for child in verb.children)


def _no_better(complement: Token) -> bool:
    """"no better", "hardly better": not "no better off" (hardship) nor "no better placed"."""
    if complement.lower_ != "better" or complement.dep_ != "acomp":
        return False
    words = {child.lower_ for child in complement.children
             if child.dep_ in {"neg", "advmod", "prep", "xcomp", "acomp", "oprd", "det"}}
    return bool(words & NOT_BETTER_WORDS) and words <= NOT_BETTER_WORDS


def _asks_what_for(copula: Token) -> bool:
    """"What is X for?": a "for" left at the end, its object the "what"."""
    return any(child.dep_ == "prep" and child.lower_ == "for" and not any(c.dep_ == "pobj" for c in child.children)
               for child in copula.children)


def _asks_who_is_to_blame(clause: Token, cues: Cues) -> Token | None:
    """The word of blame in "if anyone deserves the blame", "if anybody is to blame", "if
    someone is responsible", "if anyone deserves the word 'criminal'": an open condition about
    whoever is to blame, which the main clause answers; else None."""
    if modality.clause_marker(clause) != "if":
        return None
    if not any(child.dep_ == "nsubj" and child.lower_ in ANYONE_WORDS for child in clause.children):
        return None
    blame_words = BLAME_NOUNS | cues.frame_adjectives | {"blame"}
    return next((token for token in clause.subtree if token.lemma_.lower() in blame_words
                 or is_fault_word(token, cues)), None)  # "deserves the word 'criminal'"


def _blame_shared(subject: Token) -> Token:
    """The blame a share of it stands for: "the largest share of the blame is his" reads as
    "the blame is his"."""
    if subject.lemma_.lower() not in SHARE_NOUNS:
        return subject
    return next((pobj for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for pobj in prep.children if pobj.dep_ == "pobj" and pobj.lemma_.lower() in BLAME_NOUNS), subject)


def _is_harm(noun: Token, cues: Cues) -> bool:
    return is_harm_noun(noun, cues) or noun.lemma_.lower() in cues.harm_objects


def _fault_owned_too(copula: Token, actors: SentenceActors) -> Iterable[Hit]:
    """A fault owned, then owned by another with the noun left unsaid: "The coup is partly
    Castelmar's fault, and partly Kessa's.", "The coup is partly Castelmar's fault." then "It is
    also, of course, Kessa's." The owner left bare ("Kessa's", which the parse may hang on the
    copula as its attribute or an adverbial, or make a conjunct of the fault) is blamed when
    this sentence gives an actor that fault (``BLAME_NOUNS``, "doing"), or the paragraph's
    previous one did, even to deny it ("… is not Castelmar's fault." then "It is Kessa's."), and
    this one's subject stands for the thing at fault ("it", "that")."""
    if grammar.is_negated(copula):
        return
    faults = [child for child in copula.children if _owned_fault(child)]
    owners = [conjunct for fault in faults for conjunct in fault.conjuncts if _bare_owner(conjunct)]
    previous = actors.context.previous_sentence
    subject = next((child for child in copula.children if child.dep_ == "nsubj"), None)
    if (not faults and previous is not None and subject is not None and subject.lower_ in ACT_PRONOUNS
            and any(_owned_fault(token, denied_too=True) for token in tokens(previous))):
        owners = [child for child in copula.children if child.dep_ in {"attr", "npadvmod"} and _bare_owner(child)]
    for owner in owners:
        yield from hits_on(actors.of_each(owner), copula, copula, "explicit")


def _bare_owner(token: Token) -> bool:
    """"Kessa's" with its noun left unsaid."""
    return token.pos_ in {"PROPN", "NOUN"} and any(child.dep_ == "case" for child in token.children)


def _owned_fault(token: Token, denied_too: bool = False) -> bool:
    """The attribute of a copula that gives a fault to a possessor: "is partly Castelmar's
    fault"; denied ("is not Castelmar's fault") only when ``denied_too``, for the sentence
    after, whose owner then corrects it ("It is Kessa's.")."""
    return (token.dep_ == "attr" and token.lemma_.lower() in BLAME_NOUNS | {"doing"}
            and any(child.dep_ == "poss" for child in token.children)
            and (denied_too or not grammar.is_negated(token.head)))


def _owners_named(complement: Token) -> list[Token]:
    """Whose the complement says a thing is: "the charity's" (the noun left unsaid), or the
    possessor of "the minister's choice" (``CHOICE_NOUNS``)."""
    if any(child.dep_ == "case" for child in complement.children):
        return [complement]
    if complement.lemma_.lower() in CHOICE_NOUNS:
        return [child for child in complement.children if child.dep_ == "poss"]
    return []


def _of_objects(noun: Token) -> list[Token]:
    """The objects of "of" after ``noun``, and of a coordinated "and of": "the fault of X and of Y"."""
    preps = [child for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"]
    preps += [conj for prep in preps for conj in prep.conjuncts if conj.lower_ == "of"]
    return [pobj for prep in preps for pobj in prep.children if pobj.dep_ == "pobj"]


def _pseudo_cleft(copula: Token, complements: list[Token], actors: SentenceActors,
                  cues: Cues) -> Iterable[Hit]:
    """"What Kessa has delivered is a siege": the doer of the "what" clause, when the copula
    calls what was done a harm or a fault."""
    clauses = [clause for clause in copula.children
               if clause.dep_ == "csubj" and any(word.lower_ == "what" for word in clause.children)]
    if not clauses:
        return
    harmful = [c for c in complements if is_harm_noun(c, cues) or is_fault_word(c, cues)
               or has_fault_modifier(c, cues)]
    if harmful:
        for clause in clauses:
            doers = [r for doer in grammar.doers(clause) for r in actors.of_phrase(doer)]
            yield from hits_on(doers, harmful[0], harmful[0], "explicit")


def _denied_innocence(copula: Token, subject: Token, complements: list[Token], actors: SentenceActors,
                      cues: Cues, question: bool) -> Iterable[Hit]:
    """"Vale Water is not blameless", "the Kremlin is hardly innocent": a denied word of
    innocence blames the subject (not in a question or an open condition; "None of them is
    innocent" names nobody)."""
    if question or is_open_condition(copula, modality.clause_marker(copula), cues) or grammar.names_none(subject):
        return
    copula_denied = grammar.is_negated(copula)
    for complement in complements:
        words = " ".join(token.lower_ for token in complement.subtree if token.dep_ != "advmod")
        innocent_kind = any(child.dep_ == "amod" and child.lemma_.lower() in cues.exoneration
                            for child in complement.children)  # "not an innocent bystander"
        if complement.lemma_.lower() not in cues.exoneration and words not in cues.exoneration \
                and not innocent_kind:
            continue
        denied_by_no = any(child.dep_ == "det" and child.lower_ == "no" for child in complement.children)
        if copula_denied or denied_by_no or grammar.is_negated(complement):
            yield from hits_on(actors.of_each(subject), complement, complement, "characterisation")


def _denied_own_role(copula: Token, subject: Token, complements: list[Token],
                     actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """"A regulator that audits nothing is not a regulator", "A board that can be misled for
    three years is not a board at all": denying an actor the very role it is named by says it
    failed at it. Only the same noun: "The ministry is not a regulator" is a description, and
    "Putin is not Russia" two names of one group."""
    if grammar.names_none(subject) or is_open_condition(copula, modality.clause_marker(copula), cues):
        return
    for complement in complements:
        if (complement.dep_ == "attr" and complement.pos_ in {"NOUN", "PROPN"}
                and complement.lemma_.lower() == subject.lemma_.lower()):
            yield from hits_on(actors.of_each(subject), complement, complement, "characterisation")


def _opens_with_why(clause: Token) -> bool:
    """"X is why Putin won't stop"."""
    return any(child.lower_ == "why" and child.i < clause.i for child in clause.children)


def completed_frame_hits(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """"The impediment is not Russia. It is Europe.": the second completes the first."""
    previous = actors.context.previous_sentence
    for token in tokens(doc):
        if token.lemma_ == "be" and token.dep_ == "ROOT" and not grammar.is_negated(token):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in {"it", "that", "this"}:
                continue
            if previous is None or not _opens_frame(previous, cues):
                return
            for attr in token.children:
                if attr.dep_ == "attr":
                    yield from hits_on(actors.of_each(attr), token, token, "explicit")


def _opens_frame(doc: Doc, cues: Cues) -> bool:
    """A negated attribution ("The impediment is not Russia.") or a denied cleft of a
    blameworthy act ("… it was not Aldmouth that started this war.") that a short next
    sentence may complete ("It was Port Sella.")."""
    for token in tokens(doc):
        if token.lemma_ == "be" and grammar.is_negated(token):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in cues.frame_nouns:
                return True
            if subject is not None and subject.lower_ == "it" and any(
                    act_rule(verb, cues) for put in token.children for verb in put.subtree
                    if verb.dep_ in {"relcl", "ccomp"} and verb.pos_ == "VERB"):
                return True
    return False


def _act_judged(copula: Token, subject: Token, complements: list[Token], actors: SentenceActors,
                cues: Cues) -> Iterable[Hit]:
    """"That is negligence.", "It was no accident.", "That was not bad luck; it was a choice.":
    the act the previous sentence told, judged a fault or denied a misfortune, blames its doer
    (the previous sentence's subject). An "it" affirmed a fault is left to the frames ("It is
    a scandal that …") unless it corrects a denial of the act ("That is not small print; it is
    negligence.")."""
    doers = actors.context.previous_topics
    if subject.lower_ not in ACT_PRONOUNS or not doers:
        return
    if is_open_condition(copula, modality.clause_marker(copula), cues):
        return
    negated = grammar.is_negated(copula)
    for complement in complements:
        denied = negated or grammar.names_none(complement)
        excuse_denied = denied and complement.lemma_.lower() in cues.misfortunes
        fault = (not denied and (subject.lower_ != "it" or _corrects_a_denial(copula))
                 and (is_fault_word(complement, cues) or is_harm_noun(complement, cues)))
        owned = any(actors.of_token(word) is not None for word in complement.subtree)
        if (excuse_denied or fault) and not owned:  # "that is the union's doing" names its doer
            referents = [Referent(named.actor, subject.text, subject.idx, subject.idx + len(subject), named.name)
                         for named in doers]
            yield from hits_on(referents, complement, complement, "characterisation")
            return


def _corrects_a_denial(copula: Token) -> bool:
    """The copula's clause follows a denied one about the same act, which the parse hangs on it
    as a complement: "That is not small print; it is …", "It was not a fair trade; it was …";
    also when the parse reads a denied activity as a progressive ("That is not campaigning; it
    is …", its "that" a passive subject)."""
    return any(clause.dep_ == "ccomp" and clause.i < copula.i and grammar.is_negated(clause)
               and any(child.dep_ in grammar.SUBJECT_DEPS | {"nsubjpass"} and child.lower_ in ACT_PRONOUNS
                       for child in clause.children)
               for clause in copula.children)


def corrected_description_hits(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """"A regulator that fines a company less than its owners take in a fortnight is not a
    watchdog; it is a pet.", "That is not a backlog; it is a habit.", "… is not regulating; it
    is taking dictation": a description denied and at once corrected, the columnist's way of
    naming what an actor really is or did. It blames whom the denied clause is about (its
    subject's actors, or for "that", "this" and "it" the doers of the act the sentence before
    told), when the description denied does not read negative to VADER, which would make the
    correction an excuse ("is not lazy; it is hollowed out", "is not sabotaging anything; it is
    doing the one job it exists to do"; a misfortune denied, "was not an accident; it was a
    choice", is blame), the correction does not read positive, neither half names an actor
    (a cleft: "It was not random; it was Declan Rusk.") and nothing is supposed. The correction
    names a kind of thing ("a pet") or an act, not a state ("they are not hysterical; they are
    exhausted") nor the very thing ("That is not small print; it is the law."). Not in a
    question."""
    root = next((token for token in tokens(doc) if token.dep_ == "ROOT"), None)
    if root is None or grammar.is_negated(root):
        return
    if not any(child.dep_ in grammar.SUBJECT_DEPS and child.lower_ in CORRECTING_PRONOUNS for child in root.children):
        return
    denied = next((clause for clause in root.children if clause.dep_ == "ccomp" and clause.i < root.i
                   and grammar.is_negated(clause)), None)
    subject = None if denied is None else next(
        (child for child in denied.children if child.dep_ in grammar.SUBJECT_DEPS), None)
    if subject is None or grammar.names_none(subject) or any(
            is_open_condition(verb, modality.clause_marker(verb), cues) for verb in (root, denied)):
        return
    if subject.pos_ == "PRON" and any(child.dep_ == "advcl" and child.i < subject.i
                                      for verb in (root, denied) for child in verb.children):
        return  # "When a public body signs a contract like that, it is not buying buses; …": any body's
    description, correction = _predicate(denied), _predicate(root)
    if any(word.dep_ == "acomp" for word in correction):
        return  # a state, not a name for what was done: "… are not hysterical; they are exhausted"
    if any(child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in DEFINITE_DETERMINERS)
           for word in correction for child in word.children):
        return  # the very thing, not a kind: "That is not small print; it is the law."
    if any(actors.of_token(word) is not None for half in (description, correction) for word in _words(half)):
        return
    misfortune = any(word.lemma_.lower() in cues.misfortunes for word in description)
    if (_reads(description) == "negative" and not misfortune) or _reads(correction) == "positive":
        return
    if subject.lower_ in ACT_PRONOUNS:
        doers = [Referent(named.actor, subject.text, subject.idx, subject.idx + len(subject), named.name)
                 for named in actors.context.previous_topics]
    else:
        doers = actors.of_each(subject)
    yield from hits_on(doers, correction[0], correction[0], "characterisation")


def _predicate(verb: Token) -> list[Token]:
    """What a clause says its subject is or does: the complements of a copula ("a watchdog"),
    else the verb itself ("regulating")."""
    complements = [child for child in verb.children if child.dep_ in {"attr", "acomp"}]
    return complements if verb.lemma_ == "be" and complements else [verb]


def _words(predicate: list[Token]) -> list[Token]:
    """The words of a predicate: each complement's phrase, or a verb with what completes it."""
    return sorted({word for head in predicate for word in
                   (head.subtree if head.pos_ not in {"VERB", "AUX"} else
                    [head, *(w for child in head.children if child.dep_ in {"dobj", "attr", "acomp", "xcomp", "prt"}
                             for w in child.subtree)])})


def _reads(predicate: list[Token]) -> str:
    """How the predicate's words read to VADER: "positive", "neutral" or "negative"."""
    return tone_label(polarity(" ".join(word.text for word in _words(predicate)))["compound"])


def _act_judged_in_passing(copula: Token, subject: Token, complements: list[Token], actors: SentenceActors,
                           cues: Cues) -> Iterable[Hit]:
    """"Wrenford prison lost a man for four hours without noticing, which is a failure at the
    one thing a prison is for": a relative "which" that judges the act of the clause before it
    a fault blames that act's doers, as "That is negligence." does the sentence before's."""
    root = copula.sent.root
    if (subject.lower_ != "which" or root.pos_ not in {"VERB", "AUX"} or root.i > copula.i
            or grammar.is_negated(copula) or is_open_condition(root, modality.clause_marker(root), cues)):
        return
    faults = [complement for complement in complements if not grammar.names_none(complement)
              and (is_fault_word(complement, cues) or is_harm_noun(complement, cues))]
    if faults:
        doers = [referent for doer in grammar.doers(root) for referent in actors.of_phrase(doer)]
        yield from hits_on(doers, faults[0], faults[0], "characterisation")
