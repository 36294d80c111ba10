"""Every measure for a corpus, article by article, as the tables that ``export`` writes.

``analyse_article`` runs every per-article measure (sentences, tone, readability, actors and
blame, frames, quotations, sourcing) on one article and returns its rows. It depends on
nothing but the article, so articles can be analysed in this process, in worker processes or
on a Dask cluster, and the rows written in corpus order whichever finished first.
Corpus-level steps (keyness, which compares writers) run after, from term counts that
``analyse_article`` returns and ``export_corpus`` adds up per writer.

``export_corpus`` streams: it holds a bounded number of articles and rows at a time, never
the corpus, and appends each table to its file as results arrive. Each process that analyses
for it loads the dictionaries once and keeps them out of the garbage collector's way
(``prepare_process``).
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .._plumbing.allocator import keep_freed_memory
from .._plumbing.blas_threads import one_blas_thread
from ..corpus import ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, SENTENCE_COLUMNS, CorpusPlan, RawArticle, article_tables
from ..measures.attribution import attribute
from ..measures.blame import BLAME_COLUMNS
from ..measures.dictionaries import Dictionaries
from ..measures.framing import FRAME_COLUMNS, frame_rows
from ..measures.keyness import KEYNESS_COLUMNS, keyness_rows, word_term_counts
from ..measures.parsing import english
from ..measures.readability import ARTICLE_MEASURES, load_syllable_dictionary, readability_measures
from ..measures.sourcing import MEASURE_COLUMNS, article_sourcing
from ..measures.speakers import QUOTE_COLUMNS
from ..measures.tone import (
    LEXICONS,
    analyzer,
    lexicon_prefix,
    sentence_tone,
    tone_columns,
    tone_summary,
    tone_summary_columns,
)
from .engines import Engine
from .sinks import TableSink, open_sink

# Export tables in the order they are written; keyness is the one corpus-level table.
ARTICLE_TABLES = ("articles", "paragraphs", "sentences", "blame", "frames", "quotes")
TABLES = ARTICLE_TABLES + ("keyness",)

Row = dict[str, Any]


@dataclass(frozen=True)
class ExportOptions:
    """What to measure, and with which dictionaries. ``domain_tone`` adds the domain-lexicon
    tone columns (``domain_`` prefix) beside the stock VADER ones; it never replaces them.
    ``dictionaries`` names each dictionary's file (a corpus's own, or the bundled)."""

    domain_tone: bool = False
    dictionaries: Dictionaries = Dictionaries()

    @property
    def lexicons(self) -> tuple[str, ...]:
        """The VADER lexicons to score with, in column order."""
        return LEXICONS if self.domain_tone else LEXICONS[:1]


def table_columns(options: ExportOptions = ExportOptions()) -> dict[str, list[str]]:
    """The columns of every export table, by table name (see the README for their meaning)."""
    prefixes = [lexicon_prefix(lexicon) for lexicon in options.lexicons]
    return {
        "articles": ARTICLE_COLUMNS + [column for prefix in prefixes
                                       for column in tone_summary_columns(prefix)]
                    + ARTICLE_MEASURES + MEASURE_COLUMNS[1:],
        "paragraphs": [column for column in PARAGRAPH_COLUMNS if column != "text_original"],
        "sentences": SENTENCE_COLUMNS + tone_columns(options.domain_tone),
        "blame": BLAME_COLUMNS,
        "frames": FRAME_COLUMNS,
        "quotes": QUOTE_COLUMNS,
        "keyness": KEYNESS_COLUMNS,
    }


@dataclass(frozen=True)
class ArticleResult:
    """One article's share of the export: its rows of each table in ``ARTICLE_TABLES`` (by
    name; each row a dict keyed by ``table_columns``) and its keyness term counts, to be
    added to its writer's."""

    author: str
    rows: dict[str, list[Row]]
    terms: Counter[str]


def analyse_article(article: RawArticle, source_file: str,
                    options: ExportOptions = ExportOptions()) -> ArticleResult:
    """Every per-article measure for one article, as plain rows (no DataFrames: building
    them per article would cost more than most measures).

    Tables: ``articles`` (one row: metadata, counts, tone summary, readability, sourcing),
    ``paragraphs`` (normalised text), ``sentences`` (with VADER scores), ``blame``, ``frames``
    and ``quotes``, with the columns of ``table_columns``.
    """
    tables = article_tables(article, source_file)
    paragraphs = [{key: value for key, value in paragraph.items() if key != "text_original"}
                  for paragraph in tables["paragraphs"]]
    sentences = tables["sentences"]
    scored = [sentence.copy() for sentence in sentences]
    summary = dict(tables["article"])
    for lexicon in options.lexicons:
        prefix = lexicon_prefix(lexicon)
        for row in scored:
            row.update(sentence_tone(row["text"], lexicon, options.dictionaries.tone_lexicon()))
        summary.update(tone_summary([row[f"{prefix}compound"] for row in scored], prefix))
    blame, quotes = attribution_rows(sentences, options.dictionaries)
    # A paragraph's words are its sentences' words (tests/test_sentences.py), so these are the
    # words of the article's text.
    article_words = [token for tokens in tables["words"] for token in tokens]
    summary.update(readability_measures([paragraph["text"] for paragraph in paragraphs],
                                        [sentence["n_words"] for sentence in sentences], article_words))
    summary.update(article_sourcing(sentences, {p["paragraph_id"]: p["text"] for p in paragraphs},
                                    summary["n_words"], quotes, options.dictionaries.certainty_patterns()))
    rows = {"articles": [summary], "paragraphs": paragraphs, "sentences": scored,
            "blame": blame, "frames": frame_rows(paragraphs, options.dictionaries.frame_patterns()),
            "quotes": quotes}
    return ArticleResult(article.author, rows, word_term_counts(article_words))


def attribution_rows(sentences: list[Row], dictionaries: Dictionaries = Dictionaries()
                     ) -> tuple[list[Row], list[Row]]:
    """The article's blame and quotation rows (``BLAME_COLUMNS``, ``QUOTE_COLUMNS``), from
    one parse of its sentences."""
    blame, quotes = [], []
    for sentence, found in attribute(sentences, dictionaries.actors(), dictionaries.cues()):
        keys = {"article_id": sentence["article_id"], "author": sentence["author"],
                "sentence_id": sentence["sentence_id"]}
        blame += [{**keys, "text": sentence["text"], **row._asdict()} for row in found.blame]
        quotes += [{**keys, **quote._asdict()} for quote in found.quotes]
    return blame, quotes


def analyse_for_export(article: RawArticle, source_file: str,
                       options: ExportOptions = ExportOptions()) -> ArticleResult:
    """``analyse_article`` in a process given over to the export (this one or a worker):
    the first call loads what every article needs and sets it aside (``prepare_process``)."""
    prepare_process(options)
    return analyse_article(article, source_file, options)


@cache
def prepare_process(options: ExportOptions) -> None:
    """Keep freed memory in the process (``keep_freed_memory``), load the dictionaries, the
    English pipeline (then give BLAS one thread: ``one_blas_thread``), VADER's lexicons and
    the syllable table, then freeze the garbage collector's view of everything alive.

    They live as long as the process, some 70,000 objects the collector tracks: without
    ``gc.freeze`` each full collection would walk them all again (when NLTK's CMUdict was
    loaded here, with 280,000 more, that was 0.4–1.1 s of an export of 800 articles). Objects
    made later are collected as usual.
    """
    keep_freed_memory()
    dictionaries = options.dictionaries
    dictionaries.actors()
    dictionaries.cues()
    dictionaries.frame_patterns()
    dictionaries.certainty_patterns()
    english()
    one_blas_thread()  # after the pipeline has loaded numpy's BLAS
    for lexicon in options.lexicons:
        analyzer(lexicon, dictionaries.tone_lexicon())
    load_syllable_dictionary()
    gc.freeze()


def export_corpus(plan: CorpusPlan, sink: TableSink, engine: Engine,
                  options: ExportOptions = ExportOptions(),
                  on_article: Callable[[], None] = lambda: None) -> int:
    """Analyse every planned article with ``engine`` and write the tables to ``sink``.

    Rows reach the sink in corpus order; ``on_article`` is called after each article (for a
    progress bar). Returns the number of articles exported.
    """
    writer_terms: dict[str, Counter[str]] = {}
    exported = 0
    jobs = ((article, plan.source_file(article), options) for article in plan.articles())
    for result in engine.map(analyse_for_export, jobs):
        for name in ARTICLE_TABLES:
            sink.append(name, result.rows[name])
        writer_terms.setdefault(result.author, Counter()).update(result.terms)
        exported += 1
        on_article()
    sink.append("keyness", keyness_rows(writer_terms))
    return exported


def export_to_folder(plan: CorpusPlan, folder: Path, engine: Engine, table_format: str = "csv",
                     options: ExportOptions = ExportOptions(),
                     on_article: Callable[[], None] = lambda: None) -> int:
    """``export_corpus`` into ``folder``, one ``NAME.csv`` or ``NAME.parquet`` per table."""
    with open_sink(folder, table_columns(options), table_format) as sink:
        return export_corpus(plan, sink, engine, options, on_article)
