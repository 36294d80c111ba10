"""Sourcing and certainty: how often others are quoted, what is cited, how sure the writer sounds.

Rules (docs/codebooks/sourcing.md is the codebook; this module implements it):

* **Quotations and speakers** are read from the parse, in ``speakers``: this module counts
  them per article (``quotes_per_1k``, ``named_sources``) from its rows.
* **Numbers**: figures written in digits (with currency, percent, ranges and scale words
  counted as one figure: "$46 billion", "30,000-35,000", "55%") and spelled-out large
  quantities ("hundreds of billions"). Years (1900–2099 alone), day numbers after a month
  name, dates such as 27/01 and model numbers such as F-16 are not figures.
* **Hedges and boosters**: the lexicon in ``analysis/data/certainty.toml``, outside quoted
  spans of ``MIN_QUOTE_WORDS`` (4) words or more (there they are the speaker's stance, not the
  writer's).
* **Rhetorical questions**: sentences that end with "?" (before any closing bracket) where the
  question mark is not inside a quotation of its paragraph. In an opinion column a question
  in the writer's own voice is rhetorical: nobody answers it but the writer.

Rates are per 1,000 words of the article (``articles.n_words``).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py
from .._plumbing.matching import compile_terms, fold_case, original
from .._plumbing.paths import DATA_DIR
from .reports import covered, long_quotations

CERTAINTY_PATH = DATA_DIR / "certainty.toml"
MIN_QUOTE_WORDS = 4

NUMBER_COLUMNS = ["article_id", "author", "sentence_id", "number"]
MARKER_COLUMNS = ["article_id", "author", "sentence_id", "kind", "category", "marker"]
QUESTION_COLUMNS = ["article_id", "author", "sentence_id", "text"]
MEASURE_COLUMNS = ["article_id", "numbers_per_1k", "quotes_per_1k", "named_sources",
                   "hedges_per_1k", "boosters_per_1k", "rhetorical_questions"]
# The sentence columns the row functions read.
SENTENCE_KEYS = ["article_id", "author", "sentence_id", "text"]

# Matched in folded text (matching.fold_case).
_NUMBER = re.compile(
    r"(?<![\w./\-])(?:[$€£]\s?|-(?=\d))?\d+(?:,\d{3})*(?:\.\d+)?"
    r"(?:\s?(?:-|–|to)\s?\d+(?:,\d{3})*(?:\.\d+)?)?"
    r"(?:\s?(?:%|°[cf]?|percent\b|per\s+cent\b))?"
    r"(?:\s?(?:thousand|million|billion|trillion|bn)\b)?"
    r"(?![\w/])"
    r"|\b(?:(?:hundreds|thousands|millions|billions|trillions)(?:\s+of\s+(?:thousands|millions|billions))?"
    r"|tens\s+of\s+(?:thousands|millions|billions)"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+"
    r"(?:hundred|thousand|million|billion|trillion))\b")
# Every figure _NUMBER finds holds a digit or one of these words (a test checks): a sentence
# with none of them, most sentences, is not searched further.
_DIGIT = re.compile(r"\d")
_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion")
_MONTHS = frozenset("""january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_YEAR = re.compile(r"(?:19|20)\d\d")


# ---------------------------------------------------------------------------------------
# Numbers, certainty markers and questions


def numbers_table(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per figure (see the module docstring for what counts).

    Columns: article_id, author, sentence_id, number (as written).
    """
    rows = [{"article_id": s["article_id"], "author": s["author"], "sentence_id": s["sentence_id"],
             "number": number}
            for s in sentences[SENTENCE_KEYS].to_dict("records") for number in find_numbers(s["text"])]
    return pd.DataFrame(rows, columns=NUMBER_COLUMNS)


def find_numbers(text: str) -> list[str]:
    """The figures in ``text``, as written, in order."""
    folded = fold_case(text)
    if not has_figure_hint(folded):
        return []
    found = []
    for match in _NUMBER.finditer(folded):
        figure = original(text, match)
        if _YEAR.fullmatch(figure):
            continue
        previous = re.findall(r"[A-Za-z]+", text[:match.start()])
        if previous and previous[-1].lower() in _MONTHS and figure.isdigit() and int(figure) <= 31:
            continue
        found.append(figure)
    return found


def has_figure_hint(folded: str) -> bool:
    """Whether folded text holds a digit or a scale word, as every figure does."""
    # A search for \d alone skips ahead in C; an alternation with words would not.
    return _DIGIT.search(folded) is not None or any(word in folded for word in _SCALE_WORDS)


@dataclass(frozen=True)
class CertaintyLexicon:
    version: str
    categories: dict[str, dict[str, tuple[str, ...]]]
    exclude: tuple[str, ...]


def load_certainty_lexicon(path: Path | str | None = None) -> CertaintyLexicon:
    """Read the hedges and boosters lists (default ``analysis/data/certainty.toml``).

    Raises ``ValueError`` naming the file when a list is missing, empty or malformed.
    """
    path = Path(path) if path is not None else CERTAINTY_PATH
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path}: malformed TOML: {error}") from None
    categories: dict[str, dict[str, tuple[str, ...]]] = {}
    for kind in ("hedges", "boosters"):
        lists = data.get(kind)
        if not isinstance(lists, dict) or not lists:
            raise ValueError(f"{path}: no [{kind}] lists")
        for category, terms in lists.items():
            try:
                compile_terms(terms)
            except ValueError as error:
                raise ValueError(f"{path}: [{kind}] {category}: {error}") from None
        categories[kind] = {category: tuple(terms) for category, terms in lists.items()}
    return CertaintyLexicon(str(data.get("version", "")), categories, tuple(data.get("exclude", ())))


def certainty_markers(sentences: pd.DataFrame, lexicon: CertaintyLexicon | None = None) -> pd.DataFrame:
    """One row per hedge or booster in the writer's own voice.

    Columns: article_id, author, sentence_id, kind ("hedges": less committed; "boosters":
    more certain), category (the list in certainty.toml), marker (the text matched).
    """
    patterns = certainty_patterns(lexicon)
    rows = [{"article_id": sentence["article_id"], "author": sentence["author"],
             "sentence_id": sentence["sentence_id"], "kind": kind, "category": category,
             "marker": marker}
            for sentence in sentences[SENTENCE_KEYS].to_dict("records")
            for kind, category, marker in sentence_markers(sentence["text"], patterns)]
    return pd.DataFrame(rows, columns=MARKER_COLUMNS)


@dataclass(frozen=True)
class CertaintyPatterns:
    """A certainty lexicon compiled: per kind, one pattern for any marker and one per
    category, and the pattern of excluded phrases (None if the lexicon has none)."""

    kinds: dict[str, tuple[re.Pattern[str], dict[str, re.Pattern[str]]]]
    excluded: re.Pattern[str] | None


def certainty_patterns(lexicon: CertaintyLexicon | None = None) -> CertaintyPatterns:
    """``lexicon`` compiled; the default lexicon is compiled once per version of its file."""
    if lexicon is not None:
        return _compile_certainty(lexicon)
    stat = CERTAINTY_PATH.stat()
    return _default_certainty_patterns(stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=2)
def _default_certainty_patterns(mtime_ns: int, size: int) -> CertaintyPatterns:
    return _compile_certainty(load_certainty_lexicon())


def _compile_certainty(lexicon: CertaintyLexicon) -> CertaintyPatterns:
    return CertaintyPatterns(
        kinds={kind: (compile_terms([t for terms in lists.values() for t in terms]),
                      {category: compile_terms(terms) for category, terms in lists.items()})
               for kind, lists in lexicon.categories.items()},
        excluded=compile_terms(lexicon.exclude) if lexicon.exclude else None)


def sentence_markers(text: str, patterns: CertaintyPatterns) -> list[tuple[str, str, str]]:
    """(kind, category, marker) for each hedge or booster of one sentence outside its
    quotations, kinds in lexicon order, markers in text order."""
    folded = fold_case(text)
    matches = [(kind, by_category, match) for kind, (pattern, by_category) in patterns.kinds.items()
               for match in pattern.finditer(folded)]
    if not matches:
        # Most sentences: then quotations and excluded phrases need not be looked for.
        return []
    skip = long_quotations(text, MIN_QUOTE_WORDS)
    if patterns.excluded is not None:
        skip += [m.span() for m in patterns.excluded.finditer(folded)]
    found = []
    for kind, by_category, match in matches:
        marker = original(text, match)
        if covered(*match.span(), skip) or _is_proper_noun(marker, match.start()):
            continue
        category = next(name for name, category_pattern in by_category.items()
                        if category_pattern.fullmatch(match.group(0)))
        found.append((kind, category, marker))
    return found


def _is_proper_noun(marker: str, start: int) -> bool:
    """A capitalised one-word marker that does not open the sentence names something."""
    return " " not in marker and marker[0].isupper() and start > 0


def rhetorical_questions(sentences: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Sentences that end with a question mark outside any quotation of their paragraph.

    Columns: article_id, author, sentence_id, text.
    """
    paragraph_text = dict(zip(paragraphs["paragraph_id"], paragraphs["text"]))
    rows = [{"article_id": sentence["article_id"], "author": sentence["author"],
             "sentence_id": sentence["sentence_id"], "text": sentence["text"]}
            for sentence in sentences[SENTENCE_KEYS + ["paragraph_id", "char_start"]].to_dict("records")
            if is_rhetorical_question(sentence["text"], sentence["char_start"],
                                      paragraph_text[sentence["paragraph_id"]])]
    return pd.DataFrame(rows, columns=QUESTION_COLUMNS)


def is_rhetorical_question(text: str, char_start: int, paragraph: str) -> bool:
    """Whether a sentence (``paragraph[char_start:]`` begins with it) ends with a question
    mark that lies outside any quotation of its paragraph."""
    stripped = text.rstrip().rstrip(")]")
    return stripped.endswith("?") and not _in_quotation(paragraph, char_start + len(stripped) - 1)


def _in_quotation(paragraph: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation, reading the paragraph from its start
    (so a quotation left open for the next paragraph, as typesetters do, still counts)."""
    before = paragraph[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# ---------------------------------------------------------------------------------------
# Per-article measures


def sourcing_measures(articles: pd.DataFrame, paragraphs: pd.DataFrame,
                      sentences: pd.DataFrame, quotes: pd.DataFrame | None = None,
                      lexicon: CertaintyLexicon | None = None) -> pd.DataFrame:
    """One row per article, in ``articles`` order.

    Columns: article_id, then the keys of ``article_sourcing``. The evidence is in
    numbers_table, ``speakers.quotes_table``, certainty_markers and rhetorical_questions;
    ``quotes``, if given, is ``speakers.quotes_table`` of the same sentences; ``lexicon`` the
    hedges and boosters to count (default: the bundled ones).
    """
    from .speakers import quotes_table

    quotes = quotes_table(sentences) if quotes is None else quotes
    records = sentences[SENTENCE_KEYS + ["paragraph_id", "char_start"]].to_dict("records")
    by_article: dict[str, list[dict]] = {}
    for sentence in records:
        by_article.setdefault(sentence["article_id"], []).append(sentence)
    quotes_by_article: dict[str, list[dict]] = {}
    for quote in quotes.to_dict("records"):
        quotes_by_article.setdefault(quote["article_id"], []).append(quote)
    paragraph_text = dict(zip(paragraphs["paragraph_id"], paragraphs["text"]))
    patterns = certainty_patterns(lexicon)
    rows = [{"article_id": article_id,
             **article_sourcing(by_article.get(article_id, []), paragraph_text, n_words,
                                quotes_by_article.get(article_id, []), patterns)}
            for article_id, n_words in zip(articles["article_id"], articles["n_words"])]
    return pd.DataFrame(rows, columns=MEASURE_COLUMNS)


def article_sourcing(sentences: Sequence[Mapping[str, Any]], paragraph_text: Mapping[str, str],
                     n_words: int, quotes: Sequence[Mapping[str, Any]],
                     patterns: CertaintyPatterns | None = None) -> dict[str, float | int]:
    """One article's sourcing and certainty, from its sentence records (text, paragraph_id,
    char_start), its paragraphs' text by paragraph_id, its word count and its quotation rows
    (``speakers.QUOTE_COLUMNS``).

    Keys: numbers_per_1k (figures per 1,000 words), quotes_per_1k (direct quotations per
    1,000 words), named_sources (distinct named sources quoted directly or indirectly),
    hedges_per_1k, boosters_per_1k (writer's-voice markers per 1,000 words; more hedges =
    more tentative, more boosters = more categorical), rhetorical_questions (count).
    """
    from .speakers import distinct_names

    patterns = patterns or certainty_patterns()
    markers = Counter(kind for sentence in sentences
                      for kind, _, _ in sentence_markers(sentence["text"], patterns))
    counts = {
        "numbers_per_1k": sum(len(find_numbers(sentence["text"])) for sentence in sentences),
        "quotes_per_1k": sum(quote["kind"] == "direct" for quote in quotes),
        "hedges_per_1k": markers["hedges"],
        "boosters_per_1k": markers["boosters"],
    }
    rates = {column: round(1000 * hits / n_words, 2) if n_words else 0.0
             for column, hits in counts.items()}
    questions = sum(is_rhetorical_question(sentence["text"], sentence["char_start"],
                                           paragraph_text[sentence["paragraph_id"]])
                    for sentence in sentences)
    return {"numbers_per_1k": rates["numbers_per_1k"], "quotes_per_1k": rates["quotes_per_1k"],
            "named_sources": len(distinct_names(quote["source"] for quote in quotes)),
            "hedges_per_1k": rates["hedges_per_1k"], "boosters_per_1k": rates["boosters_per_1k"],
            "rhetorical_questions": int(questions)}
