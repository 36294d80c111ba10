"""Who does what to whom, sentence by sentence: blame and quotations from one parse.

``attribute`` parses an article's sentences (each on its own, so the project's sentence
boundaries and ids stay as they are) and reads blame (``blame.sentence_blame``) and
quotations with their speakers (``speakers.sentence_quotes``) from each parse, carrying the
paragraph's actors from sentence to sentence for pronouns (``references.ParagraphContext``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .actors import OTHER_GROUP, ActorDictionary
from .blame import BlameRow, sentence_blame
from .blame_cues import Cues
from .continued_blame import clause_list
from .grammar import SUBJECT_DEPS, phrase_text, sentence_subject, with_partners
from .parsing import parse, tokens
from .references import Named, ParagraphContext, SentenceActors, role_nouns
from .speakers import QuoteRow, sentence_quotes, utterance_spans
from .voice import vouched_speakers

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Attribution(NamedTuple):
    blame: list[BlameRow]
    quotes: list[QuoteRow]


def attribute(sentences: Iterable[Mapping[str, Any]], actors: ActorDictionary,
              cues: Cues) -> Iterator[tuple[Mapping[str, Any], Attribution]]:
    """(sentence, its blame and quotations) for sentence records (paragraph_id, text, ...)
    in article order; the paragraph context resets at each new paragraph."""
    records = list(sentences)
    context, paragraph = ParagraphContext(), None
    for sentence, doc in zip(records, parse(record["text"] for record in records)):
        if sentence["paragraph_id"] != paragraph:
            context, paragraph = ParagraphContext(), sentence["paragraph_id"]
        mentions = actors.find(sentence["text"])
        sentence_actors = SentenceActors(doc, mentions, context)
        utterances = utterance_spans(doc, cues)
        found = Attribution(sentence_blame(doc, utterances, sentence_actors, cues),
                            sentence_quotes(doc, utterances, sentence_actors, cues))
        context.previous_sentence = doc
        context.reported_targets.update(row.actor for row in found.blame if row.stance == "reported")
        context.previous_reports = tuple((row.holder, row.actor) for row in found.blame if row.stance == "reported")
        writers_blame = [row for row in found.blame if row.stance == "writer"]
        context.blamed_so_far |= {row.actor for row in writers_blame}
        context.groups_blamed_so_far |= {row.group for row in writers_blame if row.group != OTHER_GROUP}
        context.vouched_speakers = vouched_speakers(doc, sentence_actors)
        named = [Named(referent.actor, referent.name) for referent in map(sentence_actors.of_token, tokens(doc))
                 if referent]
        topics = sentence_topics(doc, sentence_actors, cues)
        context.previous_topics = tuple(topics)
        context.remember(named, topics)
        context.roles.update(role_nouns(sentence_actors))
        subject = sentence_subject(doc)
        if subject is not None and subject.pos_ == "PROPN":
            context.last_named_subject = phrase_text(subject)
        yield sentence, found


def sentence_topics(doc: Doc, actors: SentenceActors, cues: Cues) -> list[Named]:
    """The actors the sentence is about, for the pronouns of the next: the main subject's
    (each of a coordination), then the named subjects of the clauses listed with the main one
    ("Stridewell cut the stations, Glacea rationed the water and the federation waved the start
    through." then "If any one of them had done its job, …"), or in "It is Europe." the actor
    named after the copula."""
    subject = sentence_subject(doc)
    if subject is None:
        return []
    if subject.lower_ in {"it", "this", "that"} and subject.head.lemma_ == "be":
        attributes = [child for child in subject.head.children if child.dep_ == "attr"]
        referents = [r for attr in attributes for r in actors.of_phrase(attr)]
    else:
        listed = [other for clause in clause_list(subject.head, cues) if clause is not subject.head
                  for other in clause.children if other.dep_ in SUBJECT_DEPS and other.pos_ != "PRON"]
        referents = [r for named in [subject, *listed] for partner in with_partners(named)
                     for r in actors.of_phrase(partner)]
    topics: list[Named] = []
    for referent in referents:
        if referent.actor not in {topic.actor for topic in topics}:
            topics.append(Named(referent.actor, referent.name))
    return topics
