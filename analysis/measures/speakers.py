"""Quotations and their speakers, from the dependency parse (docs/codebooks/sourcing.md).

- A **direct** quotation is a double-quoted span that is somebody's utterance: a clause with
  its subject, words a verb of saying introduces itself ("“Never,” she said"), or a partial
  quotation of four words or more inside reported speech. Quoted titles and scare quotes (a
  quoted noun phrase that is nobody's utterance: “fortress zone”) are not.
- Its **speaker** is the subject of the verb of saying that governs it ("…,” X said",
  "said X", "…,” wrote Russian opposition figure Garry Kasparov", "X told reporters: “…”"),
  else of the sentence's verb of saying, else the source of "according to X"; a pronoun is
  resolved within the paragraph ("Then he stated bluntly: …"); a quotation with no
  attribution that opens its sentence continues the previous speaker of the paragraph.
- **Indirect** speech is the complement of a verb of saying outside quotation marks ("X said
  that …", "…, say sources", "…, wrote X"), the clause a verb of saying is set in ("Residents,
  Delgado told me, are furious") or a clause sourced "according to X".

Each row carries the speaker as the text says it (a pronoun as the actor it stands for),
the proper name that identifies a named source (``source``), and the speaker's actor group
when the speaker is an actor.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py
from . import grammar, reports
from .actors import ActorDictionary, load_actors
from .parsing import sentence_text, tokens
from .references import SentenceActors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .blame_cues import Cues

QUOTE_COLUMNS = ["article_id", "author", "sentence_id", "kind", "speaker", "source", "speaker_group",
                 "quote", "quote_start", "quote_end"]
# Titles dropped from the front of a named source: "President Jane Doe" is Jane Doe.
TITLES = frozenset("president mayor governor chancellor senator general minister ambassador "
                   "envoy king queen pope mr mrs ms dr sir lord lady gen col sen rep gov secretary "
                   "spokesman spokeswoman spokesperson aide adviser advisor chief councillor "
                   "councilor judge professor".split())


class Speaker(NamedTuple):
    text: str
    source: str
    group: str


class QuoteRow(NamedTuple):
    kind: str
    speaker: str
    source: str
    speaker_group: str
    quote: str
    quote_start: int
    quote_end: int


NOBODY = Speaker("", "", "")
# A quoted fragment inside reported speech is a quotation from this length on (shorter ones
# are labels the writer borrows: “breakthrough”, “security guarantees”).
MIN_PARTIAL_QUOTE_WORDS = 4


def sentence_quotes(doc: Doc, utterances: list[tuple[int, int]], actors: SentenceActors,
                    cues: Cues) -> list[QuoteRow]:
    """Direct and indirect quotations of one parsed sentence, in text order, given its
    ``utterance_spans``; updates the paragraph's last speaker."""
    text = sentence_text(doc)
    rows = []
    for start, end in utterances:
        speaker = _direct_speaker(doc, (start, end), utterances, actors, cues)
        words = text[start:end].strip()
        rows.append(QuoteRow("direct", speaker.text, speaker.source, speaker.group,
                             words.rstrip(",").strip(), start, end))
    all_quoted = reports.quoted_spans(text)
    rows += _indirect(doc, all_quoted, actors, cues)
    rows.sort(key=lambda row: row.quote_start)
    named = [row for row in rows if row.speaker]
    if named:
        last = named[-1]
        actors.context.last_speaker = (last.speaker, last.source, last.speaker_group)
    return rows


def utterance_spans(doc: Doc, cues: Cues) -> list[tuple[int, int]]:
    """The quoted spans of the sentence that are somebody's words (``reports.quoted_spans``
    without quoted titles and scare quotes)."""
    return [span for span in reports.quoted_spans(sentence_text(doc)) if _is_utterance(doc, span, cues)]


def quotation_speaker(doc: Doc, position: int, utterances: list[tuple[int, int]],
                      actors: SentenceActors, cues: Cues) -> Speaker | None:
    """The speaker of the quotation (one of the sentence's ``utterance_spans``) that holds
    character ``position`` (``NOBODY`` when it has none), or None when the position is in
    no quotation."""
    span = next(((start, end) for start, end in utterances if start <= position < end), None)
    return None if span is None else _direct_speaker(doc, span, utterances, actors, cues)


def _is_utterance(doc: Doc, span: tuple[int, int], cues: Cues) -> bool:
    inner = doc.char_span(span[0], span[1], alignment_mode="expand")
    if inner is None or not inner.text.strip():
        return False
    if any(child.dep_ in grammar.SUBJECT_DEPS | {"nsubjpass"} and child.i >= inner.start
           for token in inner if token.pos_ in {"VERB", "AUX"} for child in token.children):
        return True  # a clause with its subject: somebody's sentence
    text = sentence_text(doc)
    if not text[:span[0] - 1].strip() and not text[span[1] + 1:].strip(" .!?”\"'"):
        return True  # a whole sentence in quotation marks ("“Not once.”")
    # Words a verb of saying introduces itself ("“Never,” she said"), or a partial quotation
    # long enough to be somebody's words; a quoted word or two inside reported speech ("said
    # there would be no “breakthrough”") belongs to that speech.
    verb = _governing_speech_verb(inner, cues)
    if verb is None:
        return False
    if verb.dep_ == "parataxis":
        return True  # a part of a quoted sentence split by its attribution
    words = [token for token in inner if not token.is_punct]
    return inner.root.head.i == verb.i or len(words) >= MIN_PARTIAL_QUOTE_WORDS


def _governing_speech_verb(inner: Span, cues: Cues) -> Token | None:
    """The verb of saying the quoted words hang from ("“…,” she said" / "said: “…”"), or
    that is set in the quoted sentence they belong to ("“The ferry,” she said, “is …”")."""
    node = inner.root
    while True:
        for child in node.children:
            if child.dep_ == "parataxis" and not (inner.start <= child.i < inner.end) and _says(child, cues):
                return child
        if node.head.i == node.i:
            return None
        node = node.head
        if _says(node, cues):
            return node


def _says(verb: Token, cues: Cues) -> bool:
    return cues.speech.match(verb) is not None or cues.factive.match(verb) is not None


def _direct_speaker(doc: Doc, span: tuple[int, int], spans: list[tuple[int, int]],
                    actors: SentenceActors, cues: Cues) -> Speaker:
    inner = doc.char_span(span[0], span[1], alignment_mode="expand")
    verb = _governing_speech_verb(inner, cues) if inner is not None else None
    if verb is None or reports.inside(verb.idx, spans):
        verb = _nearest_speech_verb(doc, span, spans, cues)
    if verb is not None:
        speaker = _subject_speaker(verb, actors)
        if speaker.text:
            return speaker
    source = next(iter(_according_sources(doc)), None)
    if source is not None:
        return _speaker_of(source, actors)
    if verb is None and span[0] <= 2 and actors.context.last_speaker is not None:
        text, name, group = actors.context.last_speaker
        return Speaker(text, name, group)
    return NOBODY


def _nearest_speech_verb(doc: Doc, span: tuple[int, int], spans: list[tuple[int, int]],
                         cues: Cues) -> Token | None:
    candidates = [token for token in tokens(doc) if token.pos_ in {"VERB", "AUX"}
                  and not reports.inside(token.idx, spans)
                  and (cues.speech.match(token) is not None or cues.factive.match(token) is not None)]
    if not candidates:
        return None
    return min(candidates, key=lambda token: min(abs(token.idx - span[0]), abs(token.idx - span[1])))


def _according_sources(doc: Doc) -> Iterable[Token]:
    for token in tokens(doc):
        if token.lower_ == "according":
            source = reports.according_source(token)
            if source is not None:
                yield source


def _subject_speaker(verb: Token, actors: SentenceActors) -> Speaker:
    subject = next((child for child in verb.children if child.dep_ in grammar.SUBJECT_DEPS), None)
    if subject is None and verb.dep_ in {"conj", "xcomp"}:
        subject = next((child for child in verb.head.children if child.dep_ in grammar.SUBJECT_DEPS), None)
    if subject is None:
        # Inversion the parser reads as an object: "“…,” pointed out Secretary Scott Bessent".
        subject = next((child for child in verb.children if child.dep_ in {"dobj", "attr", "dep"}
                        and child.i > verb.i and child.pos_ == "PROPN"), None)
    if subject is None or subject.lower_ in grammar.RELATIVE_PRONOUNS:
        return NOBODY
    if subject.lower_ in {"he", "she"} and actors.context.last_speaker is not None:
        # "…, wrote Garry Kasparov. […] That makes talks impossible, he said.": the speaker
        # goes on speaking.
        return Speaker(*actors.context.last_speaker)
    return _speaker_of(subject, actors)


def _speaker_of(head: Token, actors: SentenceActors) -> Speaker:
    """The speaker a noun phrase names: a pronoun as the actor it stands for; otherwise
    the phrase, its proper name and its actor group."""
    if head.pos_ == "PRON":
        referent = actors.of_token(head)
        if referent is not None:
            return Speaker(referent.name, "", referent.actor.group)
        if head.lower_ in {"he", "she"}:
            name = _earlier_proper_subject(head) or actors.context.last_named_subject
            return Speaker(name, "", "") if name else NOBODY
        return NOBODY
    referents = actors.of_phrase(head)
    group = referents[0].actor.group if referents else ""
    return Speaker(grammar.phrase_text(head), _proper_name(head), group)


def _earlier_proper_subject(pronoun: Token) -> str | None:
    """A proper name that is a subject earlier in the sentence, for a person no actors file
    lists ("When the minister, Ilona Marsh, set her goals, she said …")."""
    for token in reversed(pronoun.doc[:pronoun.i]):
        if token.pos_ == "PROPN" and grammar.in_subject(token) and token.dep_ not in {"compound", "flat"}:
            return grammar.phrase_text(token)
    return None


def _proper_name(head: Token) -> str:
    """The proper name at the head of the phrase, without titles: "Garry Kasparov"."""
    if head.pos_ != "PROPN":
        return ""
    names = [head]
    for child in sorted(head.children, key=lambda t: -t.i):
        if (child.i == names[0].i - 1 and child.dep_ in {"compound", "flat"} and child.pos_ == "PROPN"
                and child.text[:1].isupper()):
            names.insert(0, child)
    while len(names) > 1 and names[0].lower_.rstrip(".") in TITLES:
        names.pop(0)
    return " ".join(token.text for token in names).removesuffix("'s").removesuffix("’s")


def _indirect(doc: Doc, quoted: list[tuple[int, int]], actors: SentenceActors, cues: Cues) -> list[QuoteRow]:
    """Complements of verbs of saying outside quotation marks, and "according to" clauses."""
    rows = []
    for verb in tokens(doc):
        if verb.pos_ not in {"VERB", "AUX"} or reports.inside(verb.idx, quoted):
            continue
        if cues.speech.match(verb) is None and cues.factive.match(verb) is None:
            continue
        if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
            rows += _parenthetical(verb, quoted, actors)
        for clause in verb.children:
            if clause.dep_ not in {"ccomp", "parataxis"} or clause.pos_ not in {"VERB", "AUX"}:
                continue
            start, end = _extent(clause)
            if any(reports.inside(position, quoted) for position in (start, end - 1)):
                continue
            speaker = _subject_speaker(verb, actors)
            if speaker.text:
                rows.append(QuoteRow("indirect", speaker.text, speaker.source, speaker.group,
                                     sentence_text(doc)[start:end], start, end))
    for according in (token for token in tokens(doc) if token.lower_ == "according"):
        source = reports.according_source(according)
        clause = according.head  # the clause "according to X" sources
        start, end = _extent(clause, exclude=according)
        if source is not None and start < end and not reports.inside(start, quoted):
            speaker = _speaker_of(source, actors)
            rows.append(QuoteRow("indirect", speaker.text, speaker.source, speaker.group,
                                 sentence_text(doc)[start:end], start, end))
    return rows


def _parenthetical(verb: Token, quoted: list[tuple[int, int]], actors: SentenceActors) -> list[QuoteRow]:
    """"Residents, Delgado told me, are furious": the clause a verb of saying is set in."""
    start, end = _extent(verb.head, exclude=verb)
    speaker = _subject_speaker(verb, actors)
    if not speaker.text or start >= end or reports.inside(start, quoted) or reports.inside(end - 1, quoted):
        return []
    text = sentence_text(verb.doc)
    return [QuoteRow("indirect", speaker.text, speaker.source, speaker.group, text[start:end], start, end)]


def _extent(head: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Character span of a clause, without the opening "that", punctuation at its edges and
    an excluded subtree (the "according to" phrase)."""
    left_out = set(t.i for t in exclude.subtree) if exclude is not None else set()
    tokens = [t for t in head.subtree if t.i not in left_out]
    while tokens and (tokens[0].is_punct or (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that")):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


# ---------------------------------------------------------------------------------------
# Tables


def quotes_table(sentences: pd.DataFrame, actors: ActorDictionary | None = None,
                 cues: Cues | None = None) -> pd.DataFrame:
    """One row per quotation, direct and indirect; columns ``QUOTE_COLUMNS``: kind ("direct"
    or "indirect"), speaker (as the text says it; a pronoun as the actor it stands for; ""
    when the text does not say), source (the proper name of a named source, "" if unnamed),
    speaker_group (the speaker's actor group, "" when not an actor), quote (the words) and
    quote_start, quote_end (their offsets in the sentence's text).

    Sentences must be in article order (pronouns and continued quotations look back within
    the paragraph).
    """
    from .attribution import attribute
    from .blame_cues import load_cues

    records = sentences[["article_id", "author", "paragraph_id", "sentence_id", "text"]].to_dict("records")
    rows = [{"article_id": sentence["article_id"], "author": sentence["author"],
             "sentence_id": sentence["sentence_id"], **quote._asdict()}
            for sentence, found in attribute(records, actors or load_actors(), cues or load_cues())
            for quote in found.quotes]
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def named_sources(quotes: pd.DataFrame) -> list[str]:
    """Distinct named sources, a short form merged into a longer one it ends
    ("Peskov" into "Dmitry Peskov"), longest first then alphabetical."""
    return distinct_names(quotes["source"])


def distinct_names(names: Iterable[str]) -> list[str]:
    """``named_sources`` of the ``source`` values ``names`` ("" for unnamed ones)."""
    distinct: list[str] = []
    for name in sorted(set(names) - {""}, key=lambda n: (-len(n), n)):
        if not any(kept == name or kept.endswith(" " + name) for kept in distinct):
            distinct.append(name)
    return distinct
