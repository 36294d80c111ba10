"""The corpus: opinion articles read into tidy tables of articles, paragraphs and sentences.

Sources (``load_corpus(paths)``; each path a file or a folder):

* a folder with ``catalog.toml``: the files it lists, checked against their SHA-256 and
  cleaned by the rules it declares (the bundled ``seeds/`` is one);
* ``.md`` / ``.txt`` files with YAML front matter (``title``, ``author``, ``date`` required;
  ``outlet``, ``url``, ``id`` optional), paragraphs separated by blank lines;
* ``.csv`` / ``.jsonl`` files with one article per row (the same fields plus ``text``).

Raw files are read, never written. Analysis uses a normalised copy of each paragraph
(Unicode NFC, non-breaking and other odd spaces made plain, runs of white space folded);
the original paragraph is kept in ``paragraphs.text_original`` for display.

For corpora too large to hold, ``plan_corpus`` makes a first pass that validates every source
and keeps only article ids and problems; ``CorpusPlan.articles()`` then reads the articles
again one at a time (CSV and JSONL files row by row). ``load_corpus`` is the two together.

Tables (ids are stable: they derive from the article id and positions only):

``articles``    article_id, author, outlet, date (ISO), title, url, source_file,
                n_paragraphs, n_sentences, n_words
``paragraphs``  article_id, author, paragraph_id, paragraph_no, text, text_original, n_words
``sentences``   article_id, author, paragraph_id, sentence_id, paragraph_no, sentence_no,
                position (0..1 through the article), char_start, char_end, text, n_words
``removed``     article_id, source_file, line_no, rule, reason, text (what cleaning removed;
                also rule ``split_long_sentence``: where a paragraph with no sentence end for
                ``MAX_SENTENCE_WORDS`` words was cut, which is also warned of on stderr)

Modules: ``readers`` (front-matter, CSV and JSONL files), ``checks`` (bounded parsing of
untrusted input; ``InputError``, ``CorpusError``), ``catalog`` (``catalog.toml`` and its
cleaning rules), ``sentences`` (segmentation), ``tables`` (``load_corpus``, ``plan_corpus``,
the tables), ``synthetic`` (generated corpora for tests and benchmarks).
"""

from .catalog import CATALOG_NAME, CLEANING_RULES, apply_line_rules, join_continuations
from .checks import CorpusError, InputError
from .readers import (
    ARTICLE_SUFFIXES,
    BINARY_SNIFF_BYTES,
    CSV_FIELD_LIMIT,
    OPTIONAL_FIELDS,
    READ_CHUNK_BYTES,
    REQUIRED_FIELDS,
    TABLE_SUFFIXES,
    RawArticle,
    RemovedLine,
    Unit,
    normalise,
    read_text,
)
from .tables import (
    ARTICLE_COLUMNS,
    PARAGRAPH_COLUMNS,
    REMOVED_COLUMNS,
    SENTENCE_COLUMNS,
    Corpus,
    CorpusPlan,
    article_tables,
    build_tables,
    input_files,
    load_corpus,
    plan_corpus,
    source_file,
    writer_summary,
)

__all__ = [
    "ARTICLE_COLUMNS", "ARTICLE_SUFFIXES", "BINARY_SNIFF_BYTES", "CATALOG_NAME", "CLEANING_RULES",
    "CSV_FIELD_LIMIT", "OPTIONAL_FIELDS", "PARAGRAPH_COLUMNS", "READ_CHUNK_BYTES", "REMOVED_COLUMNS",
    "REQUIRED_FIELDS", "SENTENCE_COLUMNS", "TABLE_SUFFIXES", "Corpus", "CorpusError", "CorpusPlan",
    "InputError", "RawArticle", "RemovedLine", "Unit", "apply_line_rules", "article_tables",
    "build_tables", "input_files", "join_continuations", "load_corpus", "normalise", "plan_corpus",
    "read_text", "source_file", "writer_summary",
]
