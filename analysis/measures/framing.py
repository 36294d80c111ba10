"""Generic news frames per paragraph, by dictionary (Semetko & Valkenburg 2000).

The five frames (``responsibility``, ``conflict``, ``human_interest``, ``economic``,
``morality``) are defined in docs/codebooks/frames.md; ``analysis/data/frames.toml`` holds the
indicator terms, each group tied to the codebook questions it operationalises, so the
dictionary can be edited without touching this code. Its header documents the matching rules,
which ``matching.compile_terms`` implements: case-insensitive whole words and phrases, a trailing
``*`` for further letters, curly and straight apostrophes alike.

A frame's **score** in a paragraph is its number of indicator matches; ``hits`` lists the
matched text, so every number can be traced back. A frame is **present** when its score is at
least 1. This is a dictionary method: it finds the vocabulary of a frame, not the frame as a
reader perceives it; ``frame_agreement`` measures how far the two differ on hand-coded
paragraphs (``data/validation/frames_gold.csv``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py
from .._plumbing.matching import PatternSet, compile_term_lists, compile_terms, fold_case
from .._plumbing.paths import DATA_DIR, PROJECT_ROOT
from ..comparison.agreement import AGREEMENT_COLUMNS, label_agreement

FRAMES = ("responsibility", "conflict", "human_interest", "economic", "morality")
DICTIONARY_PATH = DATA_DIR / "frames.toml"
GOLD_PATH = PROJECT_ROOT / "data" / "validation" / "frames_gold.csv"

FRAME_COLUMNS = ["article_id", "author", "paragraph_id", "frame", "score", "hits"]
PROFILE_COLUMNS = ["author", "frame", "matches", "n_words", "per_1k", "paragraphs_with_frame",
                   "n_paragraphs", "share_of_paragraphs"]
FLOW_COLUMNS = ["article_id", "author", "paragraph_no", "position", "frame", "score"]
HITS_SEPARATOR = "; "



@dataclass(frozen=True)
class Indicator:
    """One group of terms in the dictionary and the codebook questions it answers."""

    frame: str
    questions: tuple[int, ...]
    note: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class FrameDictionary:
    """A frames dictionary: its version, each frame's label (in file order) and indicators."""

    version: str
    labels: dict[str, str]
    indicators: tuple[Indicator, ...]

    @property
    def frames(self) -> list[str]:
        """Frame ids in the order the dictionary lists them."""
        return list(self.labels)

    def terms(self, frame: str) -> list[str]:
        """Every term of one frame, across its indicator groups."""
        return [term for group in self.indicators if group.frame == frame for term in group.terms]


# ---------------------------------------------------------------------------------------
# The dictionary


def load_frame_dictionary(path: Path | str | None = None) -> FrameDictionary:
    """Read and check a frames dictionary (default: ``analysis/data/frames.toml``).

    Raises ``ValueError`` naming the file and the problem when the file is malformed.
    """
    path = Path(path) if path is not None else DICTIONARY_PATH
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path}: malformed TOML: {error}") from None
    frames = data.get("frames")
    if not isinstance(frames, dict) or not frames:
        raise ValueError(f"{path}: no [frames.<id>] tables")
    labels: dict[str, str] = {}
    indicators: list[Indicator] = []
    for frame, spec in frames.items():
        groups = spec.get("indicators") if isinstance(spec, dict) else None
        if not groups:
            raise ValueError(f"{path}: frame {frame!r} has no [[frames.{frame}.indicators]]")
        labels[frame] = str(spec.get("label", frame))
        for number, group in enumerate(groups, start=1):
            terms = tuple(group.get("terms") or ())
            if not terms:
                raise ValueError(f"{path}: frame {frame!r}, indicator group {number} has no terms")
            try:
                compile_terms(terms)
            except ValueError as error:
                raise ValueError(f"{path}: frame {frame!r}, indicator group {number}: {error}") from None
            indicators.append(Indicator(frame, tuple(group.get("questions", ())),
                                        str(group.get("note", "")), terms))
    return FrameDictionary(str(data.get("version", "")), labels, tuple(indicators))


def dictionary_table(dictionary: FrameDictionary | None = None) -> pd.DataFrame:
    """The dictionary as a table: frame, questions (codebook numbers), note, terms."""
    dictionary = dictionary or load_frame_dictionary()
    return pd.DataFrame([{"frame": group.frame,
                          "questions": ", ".join(map(str, group.questions)),
                          "note": group.note, "terms": ", ".join(group.terms)}
                         for group in dictionary.indicators])


# ---------------------------------------------------------------------------------------
# Scores


def frames_table(paragraphs: pd.DataFrame, dictionary: FrameDictionary | None = None) -> pd.DataFrame:
    """Every paragraph scored on every frame (zeros included), in paragraph then frame order.

    Columns: article_id, author, paragraph_id, frame, score (number of indicator matches in
    the paragraph; higher means more of the frame's vocabulary), hits (the matched text,
    joined by "; ", in reading order).
    """
    records = paragraphs[["article_id", "author", "paragraph_id", "text"]].to_dict("records")
    return pd.DataFrame(frame_rows(records, frame_patterns(dictionary)), columns=FRAME_COLUMNS)


def frame_rows(paragraphs: Iterable[Mapping[str, Any]], patterns: PatternSet) -> list[dict[str, Any]]:
    """``frames_table`` rows for paragraph records (article_id, author, paragraph_id, text),
    given ``frame_patterns``."""
    rows = []
    for paragraph in paragraphs:
        text = paragraph["text"]
        for frame, spans in patterns.spans(fold_case(text)).items():
            matches = [text[start:end] for start, end in spans]
            rows.append({"article_id": paragraph["article_id"], "author": paragraph["author"],
                         "paragraph_id": paragraph["paragraph_id"], "frame": frame,
                         "score": len(matches), "hits": HITS_SEPARATOR.join(matches)})
    return rows


def frame_patterns(dictionary: FrameDictionary | None = None) -> PatternSet:
    """The dictionary compiled, a term list per frame (in dictionary order); the default
    dictionary is compiled once per version of its file."""
    if dictionary is not None:
        return compile_term_lists({frame: dictionary.terms(frame) for frame in dictionary.frames})
    stat = DICTIONARY_PATH.stat()
    return _default_frame_patterns(stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=2)
def _default_frame_patterns(mtime_ns: int, size: int) -> PatternSet:
    return frame_patterns(load_frame_dictionary())


def frame_profile(frames: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Per writer and frame: how much of the writer's text uses the frame's vocabulary.

    Columns: author, frame, matches (indicator matches in all the writer's paragraphs),
    n_words, per_1k (matches per 1,000 words), paragraphs_with_frame (score ≥ 1),
    n_paragraphs, share_of_paragraphs (0–1). Writers in corpus order, frames in the order
    of ``frames``.
    """
    authors = list(dict.fromkeys(paragraphs["author"]))
    frame_order = list(dict.fromkeys(frames["frame"]))
    words = paragraphs.groupby("author")["n_words"].sum()
    counts = paragraphs.groupby("author").size()
    totals = (frames.assign(present=frames["score"] > 0)
              .groupby(["author", "frame"])
              .agg(matches=("score", "sum"), paragraphs_with_frame=("present", "sum"))
              .reindex(pd.MultiIndex.from_product([authors, frame_order]), fill_value=0))
    rows = []
    for (author, frame), total in totals.iterrows():
        n_words, n_paragraphs = int(words[author]), int(counts[author])
        rows.append({"author": author, "frame": frame, "matches": int(total["matches"]),
                     "n_words": n_words,
                     "per_1k": round(1000 * total["matches"] / n_words, 2) if n_words else 0.0,
                     "paragraphs_with_frame": int(total["paragraphs_with_frame"]),
                     "n_paragraphs": n_paragraphs,
                     "share_of_paragraphs": round(total["paragraphs_with_frame"] / n_paragraphs, 4)})
    return pd.DataFrame(rows, columns=PROFILE_COLUMNS)


def frame_flow(frames: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Frame scores by paragraph position, to follow each article from start to end.

    Columns: article_id, author, paragraph_no, position (paragraph centre as a share of the
    article, 0–1, so articles of different length line up), frame, score.
    """
    placed = paragraphs[["paragraph_id", "paragraph_no"]].assign(
        position=paragraphs.groupby("article_id")["paragraph_no"].transform(
            lambda numbers: ((numbers - 0.5) / len(numbers)).round(4)))
    flow = frames.merge(placed, on="paragraph_id", how="left", validate="many_to_one")
    return flow[FLOW_COLUMNS].reset_index(drop=True)


# ---------------------------------------------------------------------------------------
# Validation against hand coding


def load_frame_gold(path: Path | str | None = None) -> pd.DataFrame:
    """Hand-coded frames (default ``data/validation/frames_gold.csv``), indexed by paragraph_id.

    One boolean column per frame (True: the coder marked it present) and ``note``.
    """
    path = Path(path) if path is not None else GOLD_PATH
    gold = pd.read_csv(path, dtype={"paragraph_id": str, "note": str}, keep_default_na=False)
    missing = [frame for frame in FRAMES if frame not in gold.columns]
    if missing:
        raise ValueError(f"{path}: missing frame column(s): {', '.join(missing)}")
    gold = gold.set_index("paragraph_id")
    gold[list(FRAMES)] = gold[list(FRAMES)].astype(int).astype(bool)
    return gold


def frame_agreement(frames: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Per-frame precision, recall, F1 and Cohen's kappa of the dictionary against ``gold``.

    Presence is score ≥ 1. Only gold paragraphs that ``frames`` scored take part (the gold
    set describes the bundled corpus, so another corpus gives an empty table). Columns as
    :data:`analysis.comparison.agreement.AGREEMENT_COLUMNS`, with a micro-averaged ``all (micro)`` row.
    """
    labels = [frame for frame in dict.fromkeys(frames["frame"]) if frame in gold.columns]
    gold = gold.loc[gold.index.isin(frames["paragraph_id"]), labels]
    if gold.empty or not labels:
        return pd.DataFrame(columns=AGREEMENT_COLUMNS)
    predicted = (frames.pivot(index="paragraph_id", columns="frame", values="score")[labels] >= 1)
    return label_agreement(gold, predicted, labels)
