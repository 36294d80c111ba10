"""In whose voice a blame cue is: the writer's own, or reported with who holds it.

Blame inside the complement of someone else's verb of saying or thinking ("critics insist
that …", "the mayor, critics say, …"), inside a quotation, or sourced "according to X" is
reported, and its holder is that someone (of a quotation, its speaker); inside a denial ("X
denied that …") or a report nobody makes ("nobody claims that …") it is nobody's. A factive
report ("the audit revealed that …") and the writer's own "I" or "we" keep it the writer's
(docs/codebooks/blame.md, "Reported blame and stance"), and so do a report the writer
endorses ("critics rightly say", "…, and they are right", "she told the truth: …") and a
quotation of someone the sentence before says told the truth.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import grammar, reports
from .parsing import sentence_text, tokens
from .references import Referent
from .speakers import quotation_speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .blame_cues import Cues
    from .references import SentenceActors

# Accounts of a story, and words with which a writer holds one at a distance: "the easy
# version", "a comfortable consensus", "the official narrative".
ACCOUNT_NOUNS = frozenset({"version", "consensus", "narrative", "story", "caricature", "myth", "script",
                           "line", "tale", "picture", "account", "telling", "wisdom"})
DISOWNING_WORDS = frozenset({"easy", "comfortable", "popular", "official", "convenient", "lazy", "tidy",
                             "familiar", "received", "tabloid", "cartoon", "fashionable", "conventional"})
# Claims a clause may spell out: "The board's defence is that it was misled".
CLAIM_NOUNS = frozenset({"defence", "defense", "excuse", "argument", "claim", "case", "position", "explanation",
                         "complaint", "theory"})
# Claims whose "that" clause is someone's assertion even when the sentence names nobody who
# made it: "the complaint that it sat on its hands misreads the law".
UNOWNED_CLAIM_NOUNS = frozenset({"complaint", "claim", "allegation", "accusation", "charge", "suggestion",
                                 "rumour", "rumor", "insinuation", "excuse"})
# What the writer may call a claim to uphold it: "The claim that Trelawn misled the ministry is
# true" (the words that call a report true, and a few that only a named claim takes).
UPHOLDING_WORDS = reports.TRUE_WORDS | {"fair", "justified", "well-founded"}
# Reports that deny their complement: what they report is that nobody did it.
DENYING_VERBS = frozenset({"deny", "dispute", "refute"})
# Adverbs that make a clause hearsay the writer does not vouch for: "which supposedly let the
# wall rot".
HEARSAY_ADVERBS = frozenset({"supposedly", "allegedly", "purportedly"})

def stance_of(anchor: Token, utterances: list[tuple[int, int]], actors: SentenceActors,
              cues: Cues) -> tuple[str, str, str] | None:
    """("writer" or "reported", holder, holder's group) for a cue at ``anchor``, given the
    sentence's quotations (``speakers.utterance_spans``); None inside a denial ("Mercer
    denied that Greyhaven had dumped anything": nobody blames)."""
    if _in_weighed_act(anchor):
        return None
    if _in_disowned_account(anchor):
        return "reported", "", ""  # the account's, which the writer sets up to knock down
    if _hearsay(anchor):
        return "reported", "", ""
    account = _account_of(anchor)
    if account is not None:
        claimant = next((child for child in account.children if child.dep_ == "poss"), None)
        if _upheld(account):
            return "writer", "", ""  # "The claim that Trelawn misled the ministry is true."
        if claimant is None:
            return "reported", "", ""  # "the complaint that it sat on its hands"
        return ("writer", "", "") if grammar.is_the_writer(claimant) else reported_by(claimant, actors)
    report = reports.report_over(anchor, cues.says) or reports.parenthetical_report(anchor, cues.says)
    if report is not None and _voices_nothing(report):
        return None
    if report is None:
        source = reports.according_to(anchor)
        if source is not None:
            return reported_by(source, actors)
        speaker = quotation_speaker(anchor.doc, anchor.idx, utterances, actors, cues)
        if speaker is not None and speaker.text in actors.context.vouched_speakers:
            return "writer", "", ""  # the writer's evidence
        if speaker is not None:  # a scare-quoted word ("the “mugger”") is in no quotation
            return "reported", speaker.text, speaker.group
        namer = _name_giver(anchor)
        if namer is not None:
            return ("writer", "", "") if grammar.is_the_writer(namer) else reported_by(namer, actors)
        return "writer", "", ""
    if _presented_as_fact(report, cues) or reports.is_endorsed(report):
        return "writer", "", ""
    holders = grammar.doers(report)
    if not holders:
        return "reported", "", ""
    if grammar.is_the_writer(holders[0]):
        return "writer", "", ""
    return reported_by(holders[0], actors)


def _account_of(anchor: Token) -> Token | None:
    """The account the cue stands in: one of ``ACCOUNT_NOUNS`` or ``CLAIM_NOUNS`` that its
    possessor's clause spells out ("Their line is that the board starved his unit", "The
    board's defence, that it was misled by the maestro, …") or that the writer holds at a
    distance ("The received wisdom is that the board lied"), or one of
    ``UNOWNED_CLAIM_NOUNS`` whatever its possessor ("the complaint that it sat on its hands")."""
    for node in [anchor, *anchor.ancestors]:
        if not _opens_with_that(node):
            continue
        if node.dep_ == "ccomp" and node.head.lemma_ == "be":
            accounts = [child for child in node.head.children if child.dep_ == "nsubj"]
        elif node.dep_ in {"acl", "appos", "relcl"}:  # the parse may call a content clause relative
            accounts = [node.head]
        else:
            continue
        for account in accounts:
            # an account with an owner (perhaps the writer), or one held at a distance
            attributed = any(child.dep_ == "poss" for child in account.children) or _disowned(account)
            lemma = account.lemma_.lower()
            if (attributed and lemma in ACCOUNT_NOUNS | CLAIM_NOUNS) or (
                    node.dep_ != "ccomp" and lemma in UNOWNED_CLAIM_NOUNS):
                return account
    return None


def _opens_with_that(clause: Token) -> bool:
    """The clause is a "that" clause spelling something out: its "that" is a conjunction, or a
    pronoun the parse gave a role the clause already fills ("the complaint that the council
    starved the hospitals"; in "the complaint that the council ignored" it is relative)."""
    return any(child.lower_ == "that" and (child.dep_ == "mark" or (
        child.dep_ in {"dobj", "nsubj"} and any(other.dep_ == child.dep_ and other.i != child.i
                                                for other in clause.children)))
               for child in clause.children)


def _upheld(account: Token) -> bool:
    """The writer calls the account true: "The claim that … is true" (not "is not true")."""
    copula = account.head
    return (account.dep_ == "nsubj" and copula.lemma_ == "be" and not grammar.is_negated(copula)
            and any(child.dep_ == "acomp" and child.lower_ in UPHOLDING_WORDS for child in copula.children))


def _name_giver(anchor: Token) -> Token | None:
    """Who gave the name the cue stands in: "Orvell called the breakdown "the commission's
    mess, not ours"" (the doer of a verb of ``reports.NAMING_VERBS``, of whose complement the
    cue is part); "I would call it sabotage" is the writer's."""
    for node in [anchor, *anchor.ancestors]:
        if node.dep_ in {"oprd", "xcomp", "ccomp", "attr"} and node.head.lemma_.lower() in reports.NAMING_VERBS:
            return next(iter(grammar.doers(node.head)), None)
    return None


def _hearsay(anchor: Token) -> bool:
    """The clause the cue stands in is hearsay the writer does not vouch for: "which
    supposedly let the wall rot", "allegedly misled investors" (``HEARSAY_ADVERBS``)."""
    node = anchor
    while True:
        if any(child.dep_ == "advmod" and child.lower_ in HEARSAY_ADVERBS for child in node.children):
            return True
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head


def _presented_as_fact(report: Token, cues: Cues) -> bool:
    """A factive report ("the audit revealed that …"), or one that spells out a factive verb
    ("has even admitted as much, telling delegates that …")."""
    def factive(verb: Token) -> bool:
        return cues.factive.match(verb) is not None and cues.speech.match(verb) is None
    return factive(report) or (report.dep_ in {"advcl", "xcomp", "conj"} and report.tag_ == "VBG"
                               and factive(report.head))


def _in_disowned_account(anchor: Token) -> bool:
    """After the colon of "The easy version has already been written: a heartless council, …"
    or "A comfortable consensus is forming, and it goes like this: one greedy founder, …": an
    account the writer sets up to knock down (``ACCOUNT_NOUNS`` qualified by one of
    ``DISOWNING_WORDS``): not the writer's blame but the account's, reported with no named
    holder."""
    doc = anchor.doc
    colon = next((token for token in doc[:anchor.i] if token.text == ":"), None)
    if colon is None:
        return False
    return any(token.lemma_.lower() in ACCOUNT_NOUNS and _disowned(token) for token in doc[:colon.i])


def _disowned(account: Token) -> bool:
    """"the easy version", "the received wisdom": an account the writer holds at a distance."""
    return any(child.dep_ == "amod" and child.lower_ in DISOWNING_WORDS for child in account.children)


def _in_weighed_act(anchor: Token) -> bool:
    """Inside the act of "it is easy to mock a fraud unit that closed the file": what the
    writer weighs others doing, not what the writer says (``grammar.is_expletive_frame``)."""
    return any(node.dep_ == "xcomp" and (grammar.is_expletive_frame(node.head)
                                         or (node.head.dep_ == "acomp" and grammar.is_expletive_frame(node.head.head)))
               for node in [anchor, *anchor.ancestors])


def _voices_nothing(report: Token) -> bool:
    """A denial ("Mercer denied that …") or a report nobody makes ("Nobody claims that …",
    "Kirov did not say that …"); a denial denied ("did not deny that …") voices its claim."""
    denial = report.lemma_.lower() in DENYING_VERBS
    return denial != grammar.is_negated(report)


def reported_by(holder: Token, actors: SentenceActors) -> tuple[str, str, str]:
    """("reported", holder, holder's group): the actor the holder's phrase names, else its
    words; the writer's own when the sentence before says the holder told the truth."""
    referents = actors.of_phrase(holder)
    if referents and referents[0].name in actors.context.vouched_speakers:
        return "writer", "", ""  # the writer's evidence
    if referents:
        return "reported", referents[0].name, referents[0].actor.group
    return "reported", grammar.phrase_text(holder), ""


def vouched_speakers(doc: Doc, actors: SentenceActors) -> set[str]:
    """The actors (by name) the sentence says told the truth, whose quotation next is the
    writer's evidence (docs/codebooks/blame.md: "a quotation used as evidence"): the subject
    of "told the truth", or the speaker of "the speech by Zelensky laid out the truth" and of
    "Zelensky's speech …". Not in a question."""
    if sentence_text(doc).rstrip().endswith("?"):
        return set()
    names: set[str] = set()
    # Only a verb with "truth" for its object can tell it: look there, not at every word.
    verbs = {word.head.i: word.head for word in tokens(doc)
             if word.dep_ == "dobj" and word.lemma_.lower() in reports.TRUTH_NOUNS}
    for verb in verbs.values():
        if not reports.tells_truth(verb):
            continue
        for subject in (child for child in verb.children if child.dep_ in grammar.SUBJECT_DEPS):
            speakers = [subject] + [word for word in subject.children if word.dep_ == "poss"] + [
                agent for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "by"
                for agent in prep.children if agent.dep_ == "pobj"]
            names.update(referent.name for word in speakers for referent in actors.of_phrase(word))
    return names


def endorsed_reports(doc: Doc, actors: SentenceActors) -> Iterator[tuple[Referent, Token]]:
    """(target, the word "right") for "She is right about Calloway." when the paragraph has
    already reported someone blaming Calloway: the writer adopts that blame. Not when denied
    ("She is not right about Calloway") or asked ("Is she right about Calloway?")."""
    if sentence_text(doc).rstrip().endswith("?"):
        return
    for word in tokens(doc):
        if word.lower_ not in reports.AGREEING_WORDS or word.dep_ != "acomp" or grammar.is_negated(word.head):
            continue
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ == "about":
                for target in prep.children:
                    for referent in actors.of_each(target):
                        if referent.actor.id in actors.context.reported_targets:
                            yield referent, word


def adopted_reports(doc: Doc, actors: SentenceActors) -> Iterator[tuple[Referent, Token]]:
    """(target, the word of agreement) for "He is right, and …", "On that, annoyingly, he has
    a point." or "On that, the letters prove her right." when the sentence before reported the
    one agreed with blaming the target: the writer adopts that blame. The target need not be
    named again, so the word of agreement stands for it ("He is right about that" too). Not
    when denied or asked, nor "right about X" (``endorsed_reports``)."""
    reports_before = actors.context.previous_reports
    if not reports_before or sentence_text(doc).rstrip().endswith("?"):
        return
    for word, agreed in _agreements(doc):
        names = {referent.name for referent in actors.of_phrase(agreed)} | {grammar.phrase_text(agreed)}
        for holder, actor_id in reports_before:
            target = next((named for named in actors.context.seen if named.actor.id == actor_id), None)
            if holder in names and target is not None:
                yield Referent(target.actor, word.text, word.idx, word.idx + len(word), target.name), word


def _about_someone(word: Token) -> bool:
    """"right about Calloway" (``endorsed_reports``), unlike "right about that", "right about
    this", "right about it", which agree with the whole claim."""
    return any(child.lower_ == "about" and not all(target.lower_ in reports.CLAIM_PRONOUNS | {"it"}
                                                   for target in child.children if target.dep_ == "pobj")
               for child in word.children)


def _agreements(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """(word of agreement, the one agreed with): "she is right", "they have a point", "the
    letters prove her right"."""
    for word in tokens(doc):
        verb = word.head
        if grammar.is_negated(verb) or _about_someone(word):
            continue
        if word.lower_ in reports.AGREEING_WORDS and word.dep_ == "acomp" and verb.lemma_ == "be":
            agreed = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        elif word.lower_ in reports.AGREEING_WORDS and verb.lemma_ == "prove":
            # the parse may make "her" the subject of "right" or the object of "prove"
            agreed = next((child for node in (word, verb) for child in node.children
                           if child.dep_ in {"nsubj", "dobj"} and child.i > verb.i), None)
        elif word.lower_ == "point" and word.dep_ == "dobj" and verb.lemma_ == "have":
            agreed = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        else:
            continue
        if agreed is not None:
            yield word, agreed
