"""Tone with VADER, one sentence at a time.

Hutto, C. J. & Gilbert, E. (2014) VADER: A parsimonious rule-based model for sentiment analysis
of social media text, *Proceedings of the International AAAI Conference on Web and Social
Media* 8(1):216–225.

VADER's ``compound`` is a normalised sum of word valences in [-1, 1]; ``pos``, ``neu`` and
``neg`` are the shares of the text's valence that are positive, neutral and negative. Its
authors' thresholds: compound ≥ 0.05 positive, ≤ -0.05 negative, otherwise neutral.

Never score a whole article as one text: the normalisation ``x / sqrt(x² + 15)`` pushes the
compound of any long text towards ±1, so two long articles both look extreme. An article's
tone is the distribution of its sentence scores (``article_tone``), and
``whole_text_compound`` exists only to show that saturation.

The domain extension (``analysis/data/tone_domain.toml``, codebook docs/codebooks/tone.md)
is applied only when ``lexicon="domain"`` is asked for, and its scores carry a ``domain_``
prefix so they never replace stock VADER silently.

Choosing the lexicon, one name per question:

- ``lexicon``: which lexicon scores, one of ``LEXICONS`` ("stock" or "domain");
- ``lexicon_file``: where the domain extension is read from when ``lexicon`` is "domain"
  (``DOMAIN_LEXICON`` by default; a corpus's own is ``Dictionaries.tone_lexicon()``);
- ``domain`` (a flag, in ``with_tone`` and ``tone_columns``): score with both lexicons, stock
  then domain, instead of stock alone (``ExportOptions.domain_tone`` in the export);
- ``prefix`` (in the summaries ``tone_summary``, ``article_tone``, ``paragraph_tone``): whose
  score columns to summarise, ``lexicon_prefix(lexicon)``: "" for stock, "domain_" for domain.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py
from .._plumbing.paths import DATA_DIR

POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
SCORE_COLUMNS = ["compound", "pos", "neu", "neg"]
DOMAIN_LEXICON = DATA_DIR / "tone_domain.toml"
TONE_LABELS = ["negative", "neutral", "positive"]
LEXICONS = ("stock", "domain")


class SentenceVader(SentimentIntensityAnalyzer):
    """VADER, with the same scores, minus work that changes nothing.

    VADER's ``polarity_scores`` begins by replacing each emoji with its description, visiting
    the text one character at a time in Python. A text without a single emoji character comes
    out of that step as it went in, stripped, so ``polarity_scores`` then takes VADER's
    remaining steps directly; a text with an emoji takes VADER's own path. Those steps call
    ``sentiment_valence`` for every word, which looks further only for a word in the lexicon
    and gives any other word 0; here it is called for lexicon words only. Together this saves
    a sixth of VADER's time on our sentences (4.1 to 3.4 ms per synthetic article).
    tests/test_tone.py compares the scores with stock VADER's.
    """

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not self.emojis.keys().isdisjoint(text):
            return super().polarity_scores(text)
        return self._scores_without_emoji(text.strip())

    def _scores_without_emoji(self, text: str) -> dict[str, float]:
        # VADER 3.3.2's polarity_scores after its emoji step, calling its own methods.
        sentitext = SentiText(text)
        words = sentitext.words_and_emoticons
        sentiments: list[float] = []
        for i, item in enumerate(words):
            lowered = item.lower()
            # Boosters and "kind of" carry no valence of their own (they modify the next
            # word), nor does a word outside the lexicon.
            if lowered in BOOSTER_DICT or lowered not in self.lexicon or (
                    lowered == "kind" and i < len(words) - 1 and words[i + 1].lower() == "of"):
                sentiments.append(0)
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        sentiments = self._but_check(words, sentiments)
        return self.score_valence(sentiments, text)


@lru_cache(maxsize=4)
def analyzer(lexicon: str = "stock", lexicon_file: Path = DOMAIN_LEXICON) -> SentimentIntensityAnalyzer:
    """A VADER analyser (``SentenceVader``), stock or with the domain extension applied."""
    vader = SentenceVader()
    if lexicon not in LEXICONS:
        raise ValueError(f"unknown lexicon '{lexicon}': use 'stock' or 'domain'")
    if lexicon == "domain":
        vader.lexicon.update(load_domain_lexicon(lexicon_file).set_index("term")["valence"].to_dict())
    return vader


def load_domain_lexicon(path: Path = DOMAIN_LEXICON) -> pd.DataFrame:
    """The domain extension as a table: term, valence, kind, analogue, rationale, stock_valence."""
    from .actors import read_toml

    data = read_toml(path)
    terms = data.get("terms")
    if not isinstance(terms, list) or not all(isinstance(entry, dict) and isinstance(entry.get("term"), str)
                                              and isinstance(entry.get("valence"), int | float)
                                              for entry in terms):
        raise ValueError(f"{path}: [[terms]] entries need a term and a numeric valence")
    table = pd.DataFrame(terms).reindex(columns=["term", "valence", "kind", "analogue", "rationale"])
    stock = SentimentIntensityAnalyzer().lexicon
    table["stock_valence"] = table["term"].map(stock)
    table.attrs["version"] = data.get("version", "")
    return table.fillna({"analogue": ""})


def vader_text(text: str) -> str:
    """VADER's input: typographic apostrophes made ASCII, because its negation list spells
    "won't", "hasn't" with a straight apostrophe."""
    return text.replace("’", "'").replace("‘", "'")


def polarity(text: str, lexicon: str = "stock", lexicon_file: Path = DOMAIN_LEXICON) -> dict[str, float]:
    """VADER scores of one text (``lexicon_file``: the domain extension, when ``lexicon`` is
    "domain")."""
    return analyzer(lexicon, lexicon_file).polarity_scores(vader_text(text))


def tone_label(compound: float) -> str:
    if compound >= POSITIVE_THRESHOLD:
        return "positive"
    if compound <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


def lexicon_prefix(lexicon: str) -> str:
    """What a lexicon's score columns are prefixed with: nothing for stock VADER, "domain_"
    for the domain extension."""
    return "" if lexicon == "stock" else f"{lexicon}_"


def sentence_tone(text: str, lexicon: str = "stock",
                  lexicon_file: Path = DOMAIN_LEXICON) -> dict[str, float | str]:
    """compound, pos, neu, neg and tone (label) of one sentence; with ``lexicon="domain"``
    the keys are domain_compound, domain_pos, …, domain_tone."""
    scores = polarity(text, lexicon, lexicon_file)
    prefix = lexicon_prefix(lexicon)
    row: dict[str, float | str] = {f"{prefix}{column}": scores[column] for column in SCORE_COLUMNS}
    row[f"{prefix}tone"] = tone_label(scores["compound"])
    return row


def tone_columns(domain: bool = False) -> list[str]:
    """The columns ``with_tone`` adds to the sentences table."""
    columns = SCORE_COLUMNS + ["tone"]
    return columns + [f"{lexicon_prefix('domain')}{column}" for column in columns] if domain else columns


def score_sentences(sentences: pd.DataFrame, lexicon: str = "stock",
                    lexicon_file: Path = DOMAIN_LEXICON) -> pd.DataFrame:
    """One row per sentence: sentence_id and compound, pos, neu, neg, tone (label).

    With ``lexicon="domain"`` the score columns are named domain_compound, domain_pos, …, and
    the domain extension is read from ``lexicon_file``.
    """
    scores = pd.DataFrame([sentence_tone(text, lexicon, lexicon_file) for text in sentences["text"]],
                          columns=[f"{lexicon_prefix(lexicon)}{column}" for column in tone_columns()],
                          index=sentences.index)
    scores.insert(0, "sentence_id", sentences["sentence_id"])
    return scores


def with_tone(sentences: pd.DataFrame, domain: bool = False,
              lexicon_file: Path = DOMAIN_LEXICON) -> pd.DataFrame:
    """The sentences table with stock VADER columns (and domain ones, from ``lexicon_file``,
    when asked)."""
    scored = sentences.merge(score_sentences(sentences), on="sentence_id")
    if domain:
        scored = scored.merge(score_sentences(sentences, "domain", lexicon_file), on="sentence_id")
    return scored


def tone_summary(compounds: Sequence[float], prefix: str = "") -> dict[str, float]:
    """One article's tone from its sentences' compound scores: tone_mean, tone_median and
    the share of negative, neutral and positive sentences (keys with ``prefix``)."""
    # numpy, not a pandas Series: the same arithmetic without building a Series per article.
    scores = np.asarray(compounds, dtype=np.float64)
    labels = Counter(map(tone_label, compounds))
    empty = len(scores) == 0
    return {f"{prefix}tone_mean": float("nan") if empty else round(float(scores.mean()), 4),
            f"{prefix}tone_median": float("nan") if empty else round(float(np.median(scores)), 4),
            **{f"{prefix}share_{label}": round(labels[label] / len(compounds), 4) if compounds else float("nan")
               for label in TONE_LABELS}}


def tone_summary_columns(prefix: str = "") -> list[str]:
    """The keys of ``tone_summary`` (the columns of ``article_tone`` after article_id)."""
    return [f"{prefix}tone_mean", f"{prefix}tone_median",
            *(f"{prefix}share_{label}" for label in TONE_LABELS)]


def article_tone(scored_sentences: pd.DataFrame, prefix: str = "") -> pd.DataFrame:
    """Per article, from sentence scores: tone_mean, tone_median and the share of negative,
    neutral and positive sentences (``prefix="domain_"`` summarises the domain scores)."""
    compound = f"{prefix}compound"
    return pd.DataFrame([{"article_id": article_id, **tone_summary(group.tolist(), prefix)}
                         for article_id, group in
                         scored_sentences.groupby("article_id", sort=False)[compound]])


def whole_text_compound(paragraphs: pd.DataFrame, lexicon: str = "stock") -> pd.DataFrame:
    """The misleading number: each article scored as one text (for demonstration only).

    Columns: article_id, author, whole_text_compound.
    """
    rows = []
    for (article_id, author), group in paragraphs.groupby(["article_id", "author"], sort=False):
        text = "\n\n".join(group["text"])
        rows.append({"article_id": article_id, "author": author,
                     "whole_text_compound": polarity(text, lexicon)["compound"]})
    return pd.DataFrame(rows)


def paragraph_tone(scored_sentences: pd.DataFrame, prefix: str = "") -> pd.DataFrame:
    """Mean sentence compound per paragraph with its relative position in the article.

    Columns: article_id, author, paragraph_id, paragraph_no, position (0–1, paragraph
    midpoint), n_sentences, tone_mean.
    """
    compound = f"{prefix}compound"
    grouped = scored_sentences.groupby(["article_id", "author", "paragraph_id", "paragraph_no"],
                                       sort=False)[compound]
    table = grouped.agg(n_sentences="size", tone_mean="mean").reset_index()
    n_paragraphs = table.groupby("article_id")["paragraph_no"].transform("max")
    table["position"] = ((table["paragraph_no"] - 0.5) / n_paragraphs).round(4)
    table["tone_mean"] = table["tone_mean"].round(4)
    return table[["article_id", "author", "paragraph_id", "paragraph_no", "position",
                  "n_sentences", "tone_mean"]]


def lexicon_shift(scored_sentences: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """Sentences whose compound moves most when the domain extension is applied.

    Needs stock and domain columns. Columns: sentence_id, author, compound, domain_compound,
    shift, changed_terms (the domain-lexicon words found in the sentence), text.
    """
    terms = set(load_domain_lexicon()["term"])
    table = scored_sentences.assign(
        shift=(scored_sentences["domain_compound"] - scored_sentences["compound"]).round(4),
        changed_terms=scored_sentences["text"].map(lambda text: _lexicon_terms_in(text, terms)),
    )
    table = table.reindex(table["shift"].abs().sort_values(ascending=False, kind="stable").index)
    return table[["sentence_id", "author", "compound", "domain_compound", "shift", "changed_terms",
                  "text"]].head(top).reset_index(drop=True)


def _lexicon_terms_in(text: str, terms: set[str]) -> str:
    tokens = [token.strip(".,;:!?\"“”()'’").lower() for token in vader_text(text).split()]
    return ", ".join(sorted({token for token in tokens if token in terms}))
