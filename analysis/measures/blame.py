"""Blame attribution: whom each sentence holds responsible, in whose voice, and the words.

``sentence_blame`` turns the hits of ``blame_rules`` (where in a parsed sentence blame falls,
and on whom) into rows, each in its voice (``voice``: the writer's own, or reported with its
holder), adds the blame voiced with a verb of blaming (``accusations``), and leaves out actors
the sentence credits. The rules implement docs/codebooks/blame.md (version 2), with the cue
lemmas of ``analysis/data/blame_cues.toml``; docs/attribution.md describes them.

``blame_table`` has one row per sentence, blamed actor and stance, with the cue and the
character offsets of the actor and the cue in the sentence; ``blame_matrix``, ``evidence``
and ``reported_blame`` summarise it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py
from .accusations import accusations, denied_against_claims, picked_villains
from .actors import ActorDictionary, load_actors
from .blame_cues import Cues, load_cues
from .blame_rules import credited, hits
from .parsing import sentence_text
from .references import SentenceActors
from .voice import adopted_reports, endorsed_reports, stance_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

BLAME_COLUMNS = ["article_id", "author", "sentence_id", "text", "actor", "group", "cue", "rule",
                 "stance", "holder", "holder_group", "actor_start", "actor_end", "cue_start",
                 "cue_end"]


class BlameRow(NamedTuple):
    actor: str
    group: str
    cue: str
    rule: str
    stance: str
    holder: str
    holder_group: str
    actor_start: int
    actor_end: int
    cue_start: int
    cue_end: int


# ---------------------------------------------------------------------------------------
# One sentence


def sentence_blame(doc: Doc, utterances: list[tuple[int, int]], actors: SentenceActors,
                   cues: Cues) -> list[BlameRow]:
    """Blame rows of one parsed sentence (unique per actor and stance), given its quotations
    (``speakers.utterance_spans``)."""
    found = list(hits(doc, actors, cues))
    credit = credited(doc, actors, cues)
    rows: dict[tuple[str, str], BlameRow] = {}
    for hit in found:
        if hit.referent.actor in credit:
            continue
        voice = stance_of(hit.anchor, utterances, actors, cues)
        if voice is None:  # inside a denial: nobody blames
            continue
        stance, holder, holder_group = voice
        key = (hit.referent.actor.id, stance)
        if key not in rows:
            actor = hit.referent.actor
            rows[key] = BlameRow(actor.id, actor.group, sentence_text(doc)[hit.cue_start:hit.cue_end], hit.rule,
                                 stance, holder, holder_group, hit.referent.start, hit.referent.end,
                                 hit.cue_start, hit.cue_end)
    for referent, word in [*endorsed_reports(doc, actors), *adopted_reports(doc, actors)]:
        rows.setdefault((referent.actor.id, "writer"),
                        BlameRow(referent.actor.id, referent.actor.group, word.text, "endorsed", "writer", "", "",
                                 referent.start, referent.end, word.idx, word.idx + len(word)))
    for accusation in [*accusations(doc, actors, cues), *picked_villains(doc, actors),
                       *denied_against_claims(doc, actors, cues)]:
        referent, verb = accusation.referent, accusation.verb
        rows.setdefault((referent.actor.id, accusation.stance),
                        BlameRow(referent.actor.id, referent.actor.group, verb.text, "accusation",
                                 accusation.stance, accusation.holder, accusation.holder_group,
                                 referent.start, referent.end, verb.idx, verb.idx + len(verb)))
    return list(rows.values())


# ---------------------------------------------------------------------------------------
# Tables


def blame_table(sentences: pd.DataFrame, actors: ActorDictionary | None = None,
                cues: Cues | None = None) -> pd.DataFrame:
    """One row per sentence, blamed actor and stance; columns ``BLAME_COLUMNS``.

    Sentences must be in article order; pronoun memory resets at each paragraph.
    """
    records = sentences[["article_id", "author", "paragraph_id", "sentence_id", "text"]].to_dict("records")
    return pd.DataFrame(blame_rows(records, actors, cues), columns=BLAME_COLUMNS)


def blame_rows(sentences: Iterable[Mapping[str, Any]], actors: ActorDictionary | None = None,
               cues: Cues | None = None) -> list[dict[str, Any]]:
    """``blame_table`` rows for sentence records (article_id, author, paragraph_id,
    sentence_id, text), in article order."""
    from .attribution import attribute

    rows = []
    for sentence, attribution in attribute(sentences, actors or load_actors(), cues or load_cues()):
        for found in attribution.blame:
            rows.append({"article_id": sentence["article_id"], "author": sentence["author"],
                         "sentence_id": sentence["sentence_id"], "text": sentence["text"],
                         **found._asdict()})
    return rows


def writer_blame(blame: pd.DataFrame) -> pd.DataFrame:
    """The rows in the writer's own voice (what the blame matrix counts)."""
    return blame[blame["stance"] == "writer"]


def reported_blame(blame: pd.DataFrame) -> pd.DataFrame:
    """Who, in the writer's account, blames whom: holder, holder_group, group, sentences."""
    reported = blame[blame["stance"] == "reported"].drop_duplicates(["sentence_id", "holder", "group"])
    counts = reported.groupby(["author", "holder", "holder_group", "group"]).size()
    return counts.rename("sentences").reset_index().sort_values(
        ["author", "sentences"], ascending=[True, False], ignore_index=True)


def blame_matrix(blame: pd.DataFrame, sentences: pd.DataFrame, groups: list[str],
                 writers: list[str]) -> pd.DataFrame:
    """Writer × group: sentences blaming the group in the writer's own voice, their share of
    all sentences, and per 1,000 words.

    Columns: author, group, sentences, share_of_sentences, per_1k_words. A sentence that blames
    two actors of one group counts once for that group; reported blame is not counted.
    """
    own = writer_blame(blame)
    per_group = own.drop_duplicates(["sentence_id", "group"]).groupby(["author", "group"]).size()
    n_sentences = sentences.groupby("author").size()
    n_words = sentences.groupby("author")["n_words"].sum()
    rows = []
    for writer in writers:
        for group in groups:
            count = int(per_group.get((writer, group), 0))
            rows.append({"author": writer, "group": group, "sentences": count,
                         "share_of_sentences": round(count / n_sentences[writer], 4),
                         "per_1k_words": round(1000 * count / n_words[writer], 2)})
    return pd.DataFrame(rows)


def evidence(blame: pd.DataFrame, author: str | None = None, group: str | None = None,
             stance: str = "writer") -> pd.DataFrame:
    """The evidence sentences behind a cell of the matrix (all cells when no filter is given)."""
    rows = blame[blame["stance"] == stance]
    if author:
        rows = rows[rows["author"] == author]
    if group:
        rows = rows[rows["group"] == group]
    return rows[["author", "group", "actor", "cue", "rule", "holder", "sentence_id", "text"]].reset_index(drop=True)
