"""The corpus tables: planning what loads (``plan_corpus``), loading it (``load_corpus``), and
one article's rows (``article_tables``); see the package docstring for the columns."""

from __future__ import annotations

import dataclasses
import os
import stat
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py
from .._plumbing.paths import SEEDS_DIR
from .catalog import CATALOG_NAME, _catalog_files, _catalog_units
from .checks import (
    CorpusError,
    InputError,
)
from .readers import (
    ARTICLE_SUFFIXES,
    TABLE_SUFFIXES,
    RawArticle,
    Unit,
    _file_unit,
    normalise,
)
from .sentences import MAX_SENTENCE_WORDS, SegmentationWarning, Span, split_sentences, words

ARTICLE_COLUMNS = ["article_id", "author", "outlet", "date", "title", "url", "source_file",
                   "n_paragraphs", "n_sentences", "n_words"]
PARAGRAPH_COLUMNS = ["article_id", "author", "paragraph_id", "paragraph_no", "text",
                     "text_original", "n_words"]
SENTENCE_COLUMNS = ["article_id", "author", "paragraph_id", "sentence_id", "paragraph_no",
                    "sentence_no", "position", "char_start", "char_end", "text", "n_words"]
REMOVED_COLUMNS = ["article_id", "source_file", "line_no", "rule", "reason", "text"]


@dataclass(frozen=True)
class Corpus:
    """A corpus as tidy tables, one row per unit, joined by ids (columns: docs/tables.md).

    ``articles``: one row per article (article_id, author, outlet, date, title, url,
    source_file, n_paragraphs, n_sentences, n_words); ``paragraphs``: one row per paragraph
    (paragraph_id = article_id:pNN; ``text`` normalised, ``text_original`` as received);
    ``sentences``: one row per sentence (sentence_id = paragraph_id:sNNN, with char_start and
    char_end into its paragraph's text); ``removed``: what cleaning took out, and where long
    sentences were cut; ``skipped``: the inputs left out with ``skip_invalid``; ``is_bundled``:
    whether this is the bundled corpus. Ids derive from the article id and positions only, so
    they are stable across runs.
    """

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    removed: pd.DataFrame
    skipped: tuple[InputError, ...] = ()
    is_bundled: bool = False

    @property
    def authors(self) -> list[str]:
        """Writers in first-appearance order, the order every figure uses."""
        return list(dict.fromkeys(self.articles["author"]))


# ---------------------------------------------------------------------------------------
# Public entry points


def load_corpus(paths: Sequence[Path | str] | None = None, *, skip_invalid: bool = False,
                root: Path | None = None) -> Corpus:
    """Load articles from files and folders (the bundled seeds when ``paths`` is empty).

    Every bad file is collected before failing, so a folder reports all of its problems
    at once. With ``skip_invalid`` the good articles load and the problems are returned in
    ``Corpus.skipped``. ``root`` makes ``source_file`` relative (default: the current folder).
    """
    plan = plan_corpus(paths, skip_invalid=skip_invalid, root=root)
    corpus = build_tables(list(plan.articles()), plan.root, skipped=plan.skipped)
    return dataclasses.replace(corpus, is_bundled=plan.is_bundled)


@dataclass(frozen=True)
class CorpusPlan:
    """The outcome of a validating pass over the sources: which articles load, in which order,
    and what was wrong; enough to read the articles again one at a time (``articles()``)
    without holding their text.

    ``failed_units`` are (source, unit) positions of files or catalog entries that failed;
    ``duplicates`` are the positions, among the articles of the other units, of articles whose
    id was already taken.
    """

    sources: tuple[Path, ...]
    root: Path
    article_ids: tuple[str, ...]
    failed_units: frozenset[tuple[int, int]]
    duplicates: frozenset[int]
    skipped: tuple[InputError, ...] = ()
    is_bundled: bool = False

    def __len__(self) -> int:
        """How many articles will load."""
        return len(self.article_ids)

    def articles(self) -> Iterator[RawArticle]:
        """Read the planned articles again, lazily, in corpus order.

        Raises ``InputError`` if a source changed since it was planned, because the articles
        read would no longer be the ones validated.
        """
        expected = iter(self.article_ids)
        position = 0
        for source_no, source in enumerate(self.sources):
            for unit_no, unit in enumerate(_units(source)):
                if isinstance(unit, InputError) or (source_no, unit_no) in self.failed_units:
                    continue
                for article in unit:
                    if position not in self.duplicates:
                        if article.article_id != next(expected, None):
                            raise InputError(article.source_path, "changed while the corpus was "
                                                                  "being read; run the command again")
                        yield article
                    position += 1
        if next(expected, None) is not None:
            raise InputError(", ".join(map(str, self.sources)),
                             "changed while the corpus was being read; run the command again")

    def source_file(self, article: RawArticle) -> str:
        """The article's ``source_file`` column, relative to the plan's root."""
        return source_file(article, self.root)


def plan_corpus(paths: Sequence[Path | str] | None = None, *, skip_invalid: bool = False,
                root: Path | None = None) -> CorpusPlan:
    """Validate every source and plan what to load, holding ids but no article text.

    Raises ``CorpusError`` with every problem (one per bad file, catalog entry or row, then
    one per duplicate id) exactly when ``load_corpus`` does; arguments as ``load_corpus``.
    """
    sources = tuple(Path(p) for p in paths) if paths else (SEEDS_DIR,)
    errors: list[InputError] = []
    duplicates: list[InputError] = []
    first_source: dict[str, Path] = {}
    article_ids: list[str] = []
    failed_units: set[tuple[int, int]] = set()
    duplicate_positions: set[int] = set()
    position = 0
    for source_no, source in enumerate(sources):
        for unit_no, unit in enumerate(_units(source)):
            if isinstance(unit, InputError):
                errors.append(unit)
                continue
            try:
                found = [(article.article_id, article.source_path) for article in unit]
            except InputError as error:
                errors.append(error)
                failed_units.add((source_no, unit_no))
                continue
            for article_id, path in found:
                if article_id in first_source:
                    duplicates.append(InputError(path, f"duplicate article id '{article_id}' "
                                                       f"(also in {first_source[article_id]})"))
                    duplicate_positions.add(position)
                else:
                    first_source[article_id] = path
                    article_ids.append(article_id)
                position += 1
    errors += duplicates
    if errors and not skip_invalid:
        raise CorpusError(errors)
    if not article_ids:
        raise CorpusError(errors or [InputError(", ".join(map(str, sources)), "no articles found")])
    return CorpusPlan(sources=sources, root=root if root is not None else Path.cwd(),
                      article_ids=tuple(article_ids), failed_units=frozenset(failed_units),
                      duplicates=frozenset(duplicate_positions), skipped=tuple(errors),
                      is_bundled=not paths)


def input_files(paths: Sequence[Path | str] | None = None) -> list[Path]:
    """The files a corpus is read from, in reading order (the bundled seeds when ``paths`` is
    empty): each file given, each article file of a folder, or a folder's catalog and the
    files it lists. Files that cannot be read are left out."""
    files: list[Path] = []
    for source in (tuple(Path(p) for p in paths) if paths else (SEEDS_DIR,)):
        try:
            if not source.is_dir():
                files.append(source)
            elif (source / CATALOG_NAME).is_file():
                files += _catalog_files(source / CATALOG_NAME)
            else:
                files += sorted(p for p in source.iterdir()
                                if p.suffix.lower() in ARTICLE_SUFFIXES + TABLE_SUFFIXES)
        except OSError:
            continue
    return [file for file in files if _is_regular(file)]


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def source_file(article: RawArticle, root: Path) -> str:
    """Where an article came from, relative to ``root``, with ``:row`` for a CSV or JSONL row."""
    source = _relative(article.source_path, root)
    return source if article.source_row is None else f"{source}:{article.source_row}"


def _units(path: Path) -> Iterator[Unit | InputError]:
    """The units of one file or folder in reading order; a problem with the source itself
    (missing, not a regular file, an unreadable or empty folder, a broken catalog) comes as
    an ``InputError``."""
    try:
        if not os.path.lexists(path):
            yield InputError(path, "no such file or folder")
        elif path.is_dir():
            yield from _folder_units(path)
        else:
            yield _file_unit(path)
    except OSError as error:
        yield InputError(path, f"cannot be read ({error.strerror or error})")


def _folder_units(path: Path) -> Iterator[Unit | InputError]:
    if (path / CATALOG_NAME).is_file():
        yield from _catalog_units(path / CATALOG_NAME)
        return
    entries = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES + TABLE_SUFFIXES)
    files = [entry for entry in entries if not entry.is_dir()]
    if not files:
        yield InputError(path, "folder holds no .md, .txt, .csv or .jsonl files "
                               f"and no {CATALOG_NAME}")
    for file in files:
        yield _file_unit(file)


# ---------------------------------------------------------------------------------------
# Tables


def build_tables(articles: Sequence[RawArticle], root: Path, skipped: Sequence[InputError] = ()) -> Corpus:
    """Turn read articles into the four tables, in the order given."""
    article_rows, paragraph_rows, sentence_rows, removed_rows = [], [], [], []
    for article in articles:
        rows = article_tables(article, source_file(article, root))
        article_rows.append(rows["article"])
        paragraph_rows += rows["paragraphs"]
        sentence_rows += rows["sentences"]
        removed_rows += rows["removed"]
    return Corpus(
        articles=pd.DataFrame(article_rows, columns=ARTICLE_COLUMNS),
        paragraphs=pd.DataFrame(paragraph_rows, columns=PARAGRAPH_COLUMNS),
        sentences=pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS),
        removed=pd.DataFrame(removed_rows, columns=REMOVED_COLUMNS),
        skipped=tuple(skipped),
    )


def article_tables(article: RawArticle, source_file: str) -> dict:
    """The table rows of one article (pure: depends on nothing but the article).

    Keys: ``article`` (its row), ``paragraphs``, ``sentences`` and ``removed`` (lists of rows),
    and ``words``: the words of each sentence (``sentences.words``), in sentence order, so that
    the measures that need them do not tokenise the text again.
    """
    paragraphs, sentences, sentence_words, cuts = [], [], [], []
    for paragraph_no, original in enumerate(article.paragraphs, start=1):
        text = normalise(original)
        paragraph_id = f"{article.article_id}:p{paragraph_no:02d}"
        spans = split_sentences(text)
        if any(span.capped for span in spans):
            cuts.append(_capped_sentences(article.article_id, source_file, paragraph_no, spans))
        span_words = [words(span.text) for span in spans]
        paragraph_sentences = [{"article_id": article.article_id, "author": article.author,
                                "paragraph_id": paragraph_id, "paragraph_no": paragraph_no,
                                "char_start": span.start, "char_end": span.end, "text": span.text,
                                "n_words": len(tokens)} for span, tokens in zip(spans, span_words)]
        sentence_words += span_words
        # Only white space lies between sentences, so their words are the paragraph's words
        # (tests/test_sentences.py checks this property).
        paragraphs.append({"article_id": article.article_id, "author": article.author,
                           "paragraph_id": paragraph_id, "paragraph_no": paragraph_no,
                           "text": text, "text_original": original,
                           "n_words": sum(sentence["n_words"] for sentence in paragraph_sentences)})
        sentences += paragraph_sentences
    total = len(sentences)
    for sentence_no, row in enumerate(sentences, start=1):
        row["sentence_no"] = sentence_no
        row["sentence_id"] = f"{row['paragraph_id']}:s{sentence_no:03d}"
        row["position"] = round((sentence_no - 0.5) / total, 4)
    removed = [{"article_id": article.article_id, "source_file": source_file, "line_no": line.line_no,
                "rule": line.rule, "reason": line.reason, "text": line.text} for line in article.removed]
    removed += cuts
    summary = {"article_id": article.article_id, "author": article.author, "outlet": article.outlet,
               "date": article.date, "title": article.title, "url": article.url,
               "source_file": source_file, "n_paragraphs": len(paragraphs), "n_sentences": total,
               "n_words": sum(p["n_words"] for p in paragraphs)}
    return {"article": summary, "paragraphs": paragraphs, "sentences": sentences, "removed": removed,
            "words": sentence_words}


def _capped_sentences(article_id: str, source_file: str, paragraph_no: int, spans: list[Span]) -> dict:
    """The ``removed`` row, and a warning, for a paragraph cut where it has no sentence end.

    ``split_sentences`` caps a sentence at ``MAX_SENTENCE_WORDS`` words; the pieces are
    ordinary sentences in every table, so this row is the one record of the cut.
    """
    breaks = sum(span.capped for span in spans)
    first = next(span for span in spans if span.capped)
    note = (f"paragraph {paragraph_no}: {breaks} sentence break(s) added, "
            f"the first after: …{first.text[-60:]}")
    warnings.warn(f"{source_file}: {note}", SegmentationWarning, stacklevel=3)
    return {"article_id": article_id, "source_file": source_file, "line_no": 0,
            "rule": "split_long_sentence",
            "reason": f"no sentence end within {MAX_SENTENCE_WORDS} words", "text": note}


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def writer_summary(corpus: Corpus) -> pd.DataFrame:
    """One row per writer: how much text each contributes.

    Columns: author, articles, paragraphs, sentences, words, median_sentence_words,
    median_paragraph_words.
    """
    sentences = corpus.sentences.groupby("author", sort=False)["n_words"]
    paragraphs = corpus.paragraphs.groupby("author", sort=False)["n_words"]
    summary = pd.DataFrame({
        "articles": corpus.articles.groupby("author", sort=False).size(),
        "paragraphs": paragraphs.size(),
        "sentences": sentences.size(),
        "words": paragraphs.sum(),
        "median_sentence_words": sentences.median(),
        "median_paragraph_words": paragraphs.median(),
    })
    return summary.loc[corpus.authors].rename_axis("author").reset_index()
