"""Distinctive vocabulary: which words mark each writer against the others.

Method: the log-odds ratio with an informative Dirichlet prior of Monroe, B. L., Colaresi,
M. P. & Quinn, K. M. (2008), "Fightin' Words: Lexical feature selection and evaluation for
identifying the content of political conflict", *Political Analysis* 16(4), 372–403. For a
term w, a writer i and everyone else j (all other writers pooled):

    a_w     = a0 · y_w / n                       prior count of w (corpus share × prior size)
    delta_w = log((y_iw + a_w) / (n_i + a0 − y_iw − a_w))
            − log((y_jw + a_w) / (n_j + a0 − y_jw − a_w))
    var_w   ≈ 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
    z_w     = delta_w / sqrt(var_w)

y_iw, y_jw: counts of w for i and for j; n_i, n_j: their total words; y_w, n: the same over
the whole corpus; a0: the prior size (``PRIOR_SIZE`` by default). The prior shrinks rare
words towards "not distinctive", so a word used twice by one writer does not top the list as
it would by raw frequency ratios. **z > 0**: the writer uses w more than the others; beyond
±1.96 the difference is unlikely under the model at the 5% level. The model treats words as
independent draws, which prose is not, so read z as a ranking with a rough scale, not a test.

Tokens are :func:`analysis.corpus.sentences.words`, lower-cased, with curly apostrophes made
straight and a possessive 's removed ("Putin’s" counts as "putin"); tokens without a letter
(numbers) are dropped. Stopwords: every token counts towards n_i and the prior, but the
function words in ``STOPWORDS`` are left out of the output table, because the question here
is what the writers talk about, not their syntax; pass ``stopwords=()`` to keep them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from typing import Any

from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py
from ..corpus.sentences import WORD_PATTERN, words

PRIOR_SIZE = 500.0
MIN_COUNT = 3
KWIC_WINDOW = 6
KEYNESS_COLUMNS = ["author", "term", "count", "z"]
KWIC_COLUMNS = ["sentence_id", "author", "left", "keyword", "right"]

STOPWORDS = frozenset("""
    a an the and or but nor so yet if then than that this these those there here
    of in on at by for from to with without into onto over under about as
    is are was were be been being am do does did done have has had having
    it its i me my we us our you your he him his she her they them their
    who whom whose which what when where why how not no all any each some such
    can could may might will would shall should must also just only very even
    more most much many other own same too up out off down again further once
""".split())



def term_of(token: str) -> str:
    """The keyness term of one word token: lower case, straight apostrophe, no possessive."""
    term = token.lower().replace("’", "'")
    return term[:-2] if term.endswith("'s") else term


def log_odds_z(count_i: int, total_i: int, count_j: int, total_j: int, prior: float,
               prior_size: float) -> float:
    """z-score of the log-odds ratio with an informative Dirichlet prior (see module docstring).

    ``prior`` is the term's prior count a_w; ``prior_size`` is a0.
    """
    delta = (math.log((count_i + prior) / (total_i + prior_size - count_i - prior))
             - math.log((count_j + prior) / (total_j + prior_size - count_j - prior)))
    variance = 1 / (count_i + prior) + 1 / (count_j + prior)
    return delta / math.sqrt(variance)


def term_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each term occurs in ``texts`` (for instance one article's sentences)."""
    # Words never contain white space, so the words of the texts joined by a space are the
    # words of each text in turn.
    return word_term_counts(words(" ".join(texts)))


def word_term_counts(tokens: Iterable[str]) -> Counter[str]:
    """``term_counts`` of the texts whose words (:func:`analysis.corpus.sentences.words`) are ``tokens``."""
    counts: Counter[str] = Counter()
    for token, count in Counter(tokens).items():
        term = _counted_term(token)
        if term is not None:
            counts[term] += count
    return counts


@lru_cache(maxsize=1 << 16)
def _counted_term(token: str) -> str | None:
    """The term of a word token, or None for a token without a letter (not counted).
    Remembered per process: most words of an article have been seen before."""
    return term_of(token) if any(map(str.isalpha, token)) else None


def keyness_table(sentences: pd.DataFrame, min_count: int = MIN_COUNT,
                  prior_size: float = PRIOR_SIZE,
                  stopwords: Collection[str] = STOPWORDS) -> pd.DataFrame:
    """Each writer against all the others, one row per writer and term.

    Terms used at least ``min_count`` times in the whole corpus, stopwords left out (see the
    module docstring). Columns: author, term, count (the writer's uses), z (positive: more
    typical of this writer). Sorted by writer (corpus order), z descending, then term.
    Empty with fewer than two writers: there is nobody to compare against.
    """
    counts = {author: term_counts(texts)
              for author, texts in sentences.groupby("author", sort=False)["text"]}
    return keyness_from_counts(counts, min_count, prior_size, stopwords)


def keyness_from_counts(counts: Mapping[str, Counter[str]], min_count: int = MIN_COUNT,
                        prior_size: float = PRIOR_SIZE,
                        stopwords: Collection[str] = STOPWORDS) -> pd.DataFrame:
    """:func:`keyness_table` from each writer's term counts, writers in corpus order.

    The counts can be accumulated article by article (``term_counts`` of each article, added
    to its writer's), so a corpus of any size needs only its vocabulary in memory.
    """
    return pd.DataFrame(keyness_rows(counts, min_count, prior_size, stopwords), columns=KEYNESS_COLUMNS)


def keyness_rows(counts: Mapping[str, Counter[str]], min_count: int = MIN_COUNT,
                 prior_size: float = PRIOR_SIZE,
                 stopwords: Collection[str] = STOPWORDS) -> list[dict[str, Any]]:
    """The rows of :func:`keyness_from_counts`, in its order, as dicts."""
    authors = list(counts)
    if len(authors) < 2:
        return []
    corpus = sum(counts.values(), Counter())
    n = sum(corpus.values())
    vocabulary = sorted(term for term, total in corpus.items()
                        if total >= min_count and term not in stopwords)
    rows = []
    for author in authors:
        n_i = sum(counts[author].values())
        for term in vocabulary:
            y_i = counts[author][term]
            prior = prior_size * corpus[term] / n
            # A term that is every word of the corpus sets no writer apart, and its odds
            # against the other words divide by zero.
            z = 0.0 if corpus[term] == n else log_odds_z(y_i, n_i, corpus[term] - y_i, n - n_i,
                                                          prior, prior_size)
            rows.append({"author": author, "term": term, "count": y_i, "z": round(z, 4)})
    order = {author: i for i, author in enumerate(authors)}
    return sorted(rows, key=lambda row: (order[row["author"]], -row["z"], row["term"]))


def top_terms(keyness: pd.DataFrame, n: int = 10, threshold: float = 1.96) -> pd.DataFrame:
    """The ``n`` highest-z terms of each writer with z above ``threshold`` (same columns)."""
    distinctive = keyness[keyness["z"] > threshold]
    return distinctive.groupby("author", sort=False).head(n).reset_index(drop=True)


def kwic_terms(sentences: pd.DataFrame, terms: list[str], window: int = KWIC_WINDOW) -> pd.DataFrame:
    """:func:`kwic` for several terms, one after the other (same columns; empty for none)."""
    tables = [kwic(sentences, term, window) for term in terms]
    return pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=KWIC_COLUMNS)


def kwic(sentences: pd.DataFrame, term: str, window: int = KWIC_WINDOW) -> pd.DataFrame:
    """Keyword in context: every use of ``term`` with ``window`` words either side.

    ``term`` is one word, matched as keyness counts it ("putin" finds "Putin’s"). Columns:
    sentence_id, author, left, keyword (as written), right; left and right are the sentence's
    own text, punctuation included, cut at the window and never crossing the sentence.
    """
    wanted = term_of(term.strip())
    if len(words(wanted)) != 1:
        raise ValueError(f"kwic looks up one word at a time, not {term!r}")
    rows = []
    for sentence in sentences.itertuples(index=False):
        text = sentence.text
        tokens = list(WORD_PATTERN.finditer(text))
        for index, match in enumerate(tokens):
            if term_of(match.group(0)) != wanted:
                continue
            # A window that reaches the sentence's edge keeps its opening or closing marks.
            left_start = 0 if index <= window else tokens[index - window].start()
            right_end = len(text) if index + window >= len(tokens) - 1 else tokens[index + window].end()
            rows.append({"sentence_id": sentence.sentence_id, "author": sentence.author,
                         "left": text[left_start:match.start()].strip(),
                         "keyword": match.group(0),
                         "right": text[match.end():right_end].strip()})
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)
