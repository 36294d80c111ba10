"""Load opinion articles into three tidy tables: articles, paragraphs and sentences.

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
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import hashlib
import io
import os
import re
import stat
import tomllib
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .input_checks import (
    CONTROL_CHARACTERS,
    Problem,
    check_characters,
    check_not_missing,
    load_front_matter,
    load_json_line,
    shown,
    text_field,
)
from .lazy_pandas import pd  # imported on first use: see lazy_pandas.py
from .paths import SEEDS_DIR
from .sentences import MAX_SENTENCE_WORDS, SegmentationWarning, Span, split_sentences, words

CATALOG_NAME = "catalog.toml"
ARTICLE_SUFFIXES = (".md", ".txt")
TABLE_SUFFIXES = (".csv", ".jsonl")
REQUIRED_FIELDS = ("title", "author", "date")
OPTIONAL_FIELDS = ("outlet", "url", "id")
CLEANING_RULES = ("drop_line", "drop_from", "join_continuations")

ARTICLE_COLUMNS = ["article_id", "author", "outlet", "date", "title", "url", "source_file",
                   "n_paragraphs", "n_sentences", "n_words"]
PARAGRAPH_COLUMNS = ["article_id", "author", "paragraph_id", "paragraph_no", "text",
                     "text_original", "n_words"]
SENTENCE_COLUMNS = ["article_id", "author", "paragraph_id", "sentence_id", "paragraph_no",
                    "sentence_no", "position", "char_start", "char_end", "text", "n_words"]
REMOVED_COLUMNS = ["article_id", "source_file", "line_no", "rule", "reason", "text"]

_ODD_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2000-\u200a\u3000\t\r\f\v]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
# Runs of white space to fold into one space, except a single plain space, which is left
# alone: a white-space character that is not a space, or followed by more white space, and
# the rest of its run. (Beginning with \s lets the engine skip to white space in C.)
_WHITE_SPACE = re.compile(r"\s(?:(?<! )|\s)\s*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n")
# How a byte of a file name that is not UTF-8 reaches Python (PEP 383).
_UNDECODED_BYTE = re.compile("[\udc80-\udcff]")
# A NUL byte this near the start marks a binary file.
BINARY_SNIFF_BYTES = 8192
# CSV and JSONL files are checked and read in pieces of this size, never whole.
READ_CHUNK_BYTES = 1 << 20
# The csv module refuses fields over 128 KB by default; an article's text may be longer.
CSV_FIELD_LIMIT = 1 << 30


class InputError(Exception):
    """A problem with one input file, reported as ``path: problem`` on one line."""

    def __init__(self, path: Path | str, problem: str):
        # A file name that is not UTF-8 reaches Python with surrogates; show its bytes instead.
        self.path = os.fsencode(path).decode("utf-8", "backslashreplace")
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class CorpusError(Exception):
    """Every problem found while loading, one ``InputError`` per bad file or row."""

    def __init__(self, errors: Sequence[InputError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors))


@dataclass(frozen=True)
class RemovedLine:
    line_no: int
    rule: str
    reason: str
    text: str


@dataclass
class RawArticle:
    """One article as read, before it becomes table rows."""

    article_id: str
    author: str
    date: str
    title: str
    source_path: Path
    paragraphs: list[str]
    source_row: int | None = None
    outlet: str = ""
    url: str = ""
    removed: list[RemovedLine] = field(default_factory=list)


@dataclass(frozen=True)
class Corpus:
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


def _catalog_files(catalog_path: Path) -> list[Path]:
    try:
        entries = tomllib.loads(read_text(catalog_path)).get("articles", [])
    except (InputError, ValueError, RecursionError):
        return [catalog_path]
    files = [catalog_path]
    for entry in entries if isinstance(entries, list) else []:
        try:
            _check_catalog_entry(catalog_path, entry, "")
            files.append(_catalog_file(catalog_path, entry["file"], ""))
        except InputError:
            continue
    return files


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def source_file(article: RawArticle, root: Path) -> str:
    """Where an article came from, relative to ``root``, with ``:row`` for a CSV or JSONL row."""
    source = _relative(article.source_path, root)
    return source if article.source_row is None else f"{source}:{article.source_row}"


def normalise(text: str) -> str:
    """The analysis copy of a paragraph: NFC, plain spaces, folded white space."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    return _WHITE_SPACE.sub(" ", text).strip()


# ---------------------------------------------------------------------------------------
# Folders and files
#
# A source is read as a sequence of units, each of which loads whole or fails whole: a file,
# or one entry of a catalog. A unit is a lazy iterator of articles that raises InputError,
# so a CSV or JSONL file of any size is read one row at a time.

Unit = Iterator[RawArticle]


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


def _file_unit(path: Path) -> Unit | InputError:
    """The articles of one file, or the problem that stops it being read at all."""
    if _UNDECODED_BYTE.search(str(path)):
        return InputError(path, "file name is not UTF-8; rename the file")
    if not path.is_file():
        if path.is_symlink() and not path.exists():
            return InputError(path, "broken symbolic link: the file it points to does not exist")
        return InputError(path, "not a regular file (a FIFO, device or socket); give a file")
    return _file_articles(path)


def _file_articles(path: Path) -> Unit:
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES + TABLE_SUFFIXES:
        raise InputError(path, f"unsupported file type '{suffix or '(none)'}': use .md, .txt, "
                               ".csv or .jsonl, or a folder with a catalog.toml")
    if suffix == ".csv":
        yield from _csv_articles(path)
    elif suffix == ".jsonl":
        yield from _jsonl_articles(path)
    else:
        yield _read_front_matter_article(path, read_text(path))


def _open_regular(path: Path) -> io.BufferedReader:
    """Open a file for reading, refusing anything but a regular file: opening a FIFO would
    wait for a writer forever (``O_NONBLOCK`` makes the open return, and ``fstat`` tells)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror})") from None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise InputError(path, "not a regular file (a FIFO, device or socket); give a file")
    return os.fdopen(descriptor, "rb")


def read_text(path: Path) -> str:
    """Read a file as UTF-8 text, refusing empty, binary and non-UTF-8 files, and text with
    control characters."""
    try:
        with _open_regular(path) as handle:
            data = handle.read()
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror})") from None
    if not data.strip():
        raise InputError(path, "empty file")
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError(path, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            path,
            f"not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); re-save it as "
            "UTF-8, e.g. `iconv -f windows-1252 -t utf-8 IN > OUT`",
        ) from None
    _check_control_characters(path, text)
    return text


def _check_control_characters(path: Path, text: str) -> None:
    found = CONTROL_CHARACTERS.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        raise InputError(path, f"control character U+{ord(found.group()):04X} at line {line}: not "
                               "plain text; remove it or re-save the file as plain text")


def _open_text(path: Path) -> TextIO:
    """Open a file to read it as UTF-8 text piece by piece, refusing what ``read_text`` refuses.

    Lines end at "\\n" only and keep their "\\r", as in ``io.StringIO(read_text(path))``.
    """
    if not _is_clean_text(path):
        read_text(path)  # raises the problem, worded as for any other file
    return io.TextIOWrapper(_open_regular(path), encoding="utf-8-sig", newline="\n")


def _is_clean_text(path: Path) -> bool:
    """Whether ``read_text`` would accept the file, checked one chunk at a time."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    blank = True
    try:
        with _open_regular(path) as handle:
            chunk = handle.read(BINARY_SNIFF_BYTES)
            if b"\x00" in chunk:
                return False
            while chunk:
                blank = blank and not chunk.strip()
                if CONTROL_CHARACTERS.search(decoder.decode(chunk)):
                    return False
                chunk = handle.read(READ_CHUNK_BYTES)
            decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError, InputError):
        return False
    return not blank


def _read_front_matter_article(path: Path, text: str) -> RawArticle:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise InputError(path, "no YAML front matter: start the file with a '---' block giving "
                               "title, author and date")
    try:
        meta = load_front_matter(match.group(1))
    except Problem as problem:
        raise InputError(path, str(problem)) from None
    if not isinstance(meta, dict):
        raise InputError(path, "front matter must be a mapping of fields (title: ..., author: ...)")
    fields = _validated_fields(path, meta)
    body = text[match.end():]
    paragraphs = _paragraphs(body)
    if not paragraphs:
        raise InputError(path, "no body text after the front matter")
    return RawArticle(article_id=fields["id"] or _id_from_file_name(path), author=fields["author"],
                      date=fields["date"], title=fields["title"], source_path=path,
                      paragraphs=paragraphs, outlet=fields["outlet"], url=fields["url"])


def _id_from_file_name(path: Path) -> str:
    article_id = _slug(path.stem)
    if not article_id:
        raise InputError(path, f"no article id can be made from the file name '{path.stem}' "
                               "(it has no letters a-z or digits); give an id: in the front matter")
    return article_id


def _csv_articles(path: Path) -> Unit:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    with _open_text(path) as handle:
        yield from _rows_to_articles(path, _csv_rows(path, handle), "row", first_number=2)


def _csv_rows(path: Path, handle: TextIO) -> Iterator[dict]:
    """The rows of a CSV file as dicts keyed by its header, read strictly: a quote left open,
    text after a closing quote, or a row whose fields do not match the header is an error
    naming the row (an unquoted comma in a text would otherwise cut it, and an unclosed quote
    swallow the rows after it). Blank lines are skipped and not numbered."""
    reader = csv.reader(handle, strict=True)
    number = 1
    try:
        header = next(reader, [])
        if len(set(header)) < len(header):
            raise InputError(path, "the header row names a column twice")
        for record in reader:
            if not record:
                continue
            number += 1
            if len(record) != len(header):
                raise InputError(path, f"row {number} (line {reader.line_num}): {len(record)} fields "
                                       f"where the header has {len(header)}; put text holding "
                                       "commas in double quotes")
            _check_run_on(path, header, record, number)
            yield dict(zip(header, record))
    except csv.Error as error:
        raise InputError(path, f"malformed CSV at line {reader.line_num} (row {number + 1}): "
                               f"{error}; check its quotes") from None


def _check_run_on(path: Path, header: list[str], record: list[str], number: int) -> None:
    """Refuse a field that holds a line shaped like a row of this file (as many fields as the
    header, a date in the date column): the sign of a quote left open that swallowed the rows
    after it and happened to be closed at the end of one."""
    if "date" not in header:
        return
    date_column = header.index("date")
    for value in record:
        if "\n" not in value:
            continue
        for line in value.split("\n")[1:]:
            try:
                fields = next(csv.reader([line]), [])
            except csv.Error:
                continue
            if len(fields) == len(header) and _is_iso_date(fields[date_column]):
                raise InputError(path, f"row {number}: a field runs into what looks like the next "
                                       f"row ('{shown(line)}'); check for a quote left open")


def _is_iso_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text.strip())
    except ValueError:
        return False
    return True


def _jsonl_articles(path: Path) -> Unit:
    with _open_text(path) as handle:
        yield from _rows_to_articles(path, _jsonl_rows(path, handle), "line", first_number=1)


def _jsonl_rows(path: Path, handle: TextIO) -> Iterator[dict]:
    """The objects of a JSONL file, one per "\\n"-ended line (a U+2028 inside a string is
    text, not a line end), numbered from 1; blank lines are skipped but numbered."""
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            row = load_json_line(line)
        except Problem as problem:
            raise InputError(path, f"line {number}: {problem}") from None
        if not isinstance(row, dict):
            raise InputError(path, f"line {number}: each line must be a JSON object")
        yield row


def _rows_to_articles(path: Path, rows: Iterable[dict], unit: str, first_number: int) -> Unit:
    """One article per row. A bad row is reported only once every row has been parsed, so a
    file that is malformed further down is reported as malformed, whichever comes first."""
    problem: InputError | None = None
    number = first_number - 1
    for number, row in enumerate(rows, start=first_number):
        if problem is not None:
            continue
        try:
            article = _row_article(path, row, number, f"{unit} {number}: ")
        except InputError as error:
            problem = error
            continue
        yield article
    if number < first_number:
        raise InputError(path, "no articles (header only)")
    if problem is not None:
        raise problem


def _row_article(path: Path, row: dict, number: int, where: str) -> RawArticle:
    fields = _validated_fields(path, row, prefix=where)
    text = row.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError(path, f"{where}'text' must be text, not {type(text).__name__}")
    try:
        check_characters(text or "", "text")
    except Problem as problem:
        raise InputError(path, f"{where}{problem}") from None
    paragraphs = _paragraphs(text) if text else []
    if not paragraphs:
        raise InputError(path, f"{where}no body text in 'text'")
    article_id = fields["id"] or _slug(f"{fields['author']}-{fields['date']}-{fields['title']}")
    return RawArticle(article_id=article_id, author=fields["author"], date=fields["date"],
                      title=fields["title"], source_path=path, source_row=number,
                      paragraphs=paragraphs, outlet=fields["outlet"], url=fields["url"])


def _validated_fields(path: Path, meta: dict, prefix: str = "") -> dict[str, str]:
    """The article's fields as text; one ``InputError`` for the first problem: a missing
    required field, a value that is not text, a control character, a name that would read
    back as a missing value, a date that is not a real date or a malformed id."""
    try:
        # A TOML catalog's unquoted date is already a date.
        fields = {name: meta[name].isoformat() if name == "date" and isinstance(meta.get(name), dt.date)
                  else text_field(meta.get(name), name) for name in REQUIRED_FIELDS + OPTIONAL_FIELDS}
    except Problem as problem:
        raise InputError(path, f"{prefix}{problem}") from None
    missing = [name for name in REQUIRED_FIELDS if not fields[name]]
    if missing:
        raise InputError(path, f"{prefix}missing required field{'s' if len(missing) > 1 else ''}: "
                               + ", ".join(missing))
    try:
        for name in ("title", "author"):
            check_not_missing(fields[name], name)
    except Problem as problem:
        raise InputError(path, f"{prefix}{problem}") from None
    fields["date"] = _iso_date(path, meta["date"], prefix)
    if fields["id"] and _slug(fields["id"]) != fields["id"]:
        raise InputError(path, f"{prefix}id '{shown(fields['id'])}' may hold only lower-case "
                               "letters, digits and hyphens")
    return fields


def _iso_date(path: Path, value: object, prefix: str = "") -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    raise InputError(path, f"{prefix}date '{shown(value)}' is not a date; write it as YYYY-MM-DD")


def _paragraphs(body: str) -> list[str]:
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    blocks = (" ".join(line.strip() for line in block.split("\n")) for block in _BLANK_LINES.split(body))
    return [block.strip() for block in blocks if _has_text(block)]


def _has_text(block: str) -> bool:
    """Whether ``normalise(block)`` would keep anything (without normalising it)."""
    return bool(_INVISIBLE.sub("", block).strip())


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


# ---------------------------------------------------------------------------------------
# Catalogs and cleaning


def _catalog_units(catalog_path: Path) -> Iterator[Unit | InputError]:
    """One unit per catalog entry, so a bad entry does not stop the others."""
    try:
        catalog = tomllib.loads(read_text(catalog_path))
    except (ValueError, RecursionError) as error:  # TOMLDecodeError is a ValueError
        yield InputError(catalog_path, f"malformed TOML: {shown(error) if str(error) else 'nested too deeply'}")
        return
    except InputError as error:
        yield error
        return
    entries = catalog.get("articles")
    if not isinstance(entries, list) or not entries:
        yield InputError(catalog_path, "no [[articles]] entries")
        return
    for number, entry in enumerate(entries, start=1):
        yield _catalog_entry_articles(catalog_path, number, entry)


def _catalog_entry_articles(catalog_path: Path, number: int, entry: object) -> Unit:
    yield _read_catalog_entry(catalog_path, number, entry)


def _read_catalog_entry(catalog_path: Path, number: int, entry: object) -> RawArticle:
    where = f"article {number}: "
    _check_catalog_entry(catalog_path, entry, where)
    assert isinstance(entry, dict)
    fields = _validated_fields(catalog_path, entry, prefix=where)
    path = _catalog_file(catalog_path, entry["file"], where)
    if not os.path.lexists(path):
        raise InputError(path, f"listed in {catalog_path.name} but no such file")
    text = read_text(path)
    expected = entry.get("sha256")
    if expected and _sha256(path) != expected:
        raise InputError(path, f"SHA-256 differs from {catalog_path.name}: the raw file was changed")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept, removed = apply_line_rules(path, lines, entry.get("cleaning", []))
    paragraphs = _paragraphs("\n".join(line or "" for line in kept))
    if any(rule.get("rule") == "join_continuations" for rule in entry.get("cleaning", [])):
        paragraphs, joins = join_continuations(paragraphs, _rule_reason(entry, "join_continuations"))
        if not joins:
            raise InputError(path, "cleaning rule join_continuations matched no paragraph")
        removed += joins
    if not paragraphs:
        raise InputError(path, "no body text left after cleaning")
    return RawArticle(article_id=fields["id"] or _id_from_file_name(path), author=fields["author"],
                      date=fields["date"], title=fields["title"], source_path=path,
                      paragraphs=paragraphs, outlet=fields["outlet"], url=fields["url"],
                      removed=removed)


def _check_catalog_entry(catalog_path: Path, entry: object, where: str) -> None:
    """The types a catalog entry's fields must have (beyond the article fields)."""
    if not isinstance(entry, dict):
        raise InputError(catalog_path, f"{where}must be a table ([[articles]] with fields)")
    file = entry.get("file")
    if not isinstance(file, str) or not file.strip():
        raise InputError(catalog_path, f"{where}missing required field: file (the file's name, "
                                       "relative to the catalog)")
    if not isinstance(entry.get("sha256", ""), str):
        raise InputError(catalog_path, f"{where}sha256 must be text")
    rules = entry.get("cleaning", [])
    if not isinstance(rules, list) or not all(isinstance(rule, dict) for rule in rules):
        raise InputError(catalog_path, f"{where}cleaning must be a list of [[articles.cleaning]] tables")
    for number, rule in enumerate(rules, start=1):
        for key in ("rule", "pattern", "reason"):
            if not isinstance(rule.get(key, ""), str):
                raise InputError(catalog_path, f"{where}cleaning rule {number}: {key} must be text")


def _catalog_file(catalog_path: Path, name: str, where: str) -> Path:
    """The file a catalog entry names, which must lie in the catalog's folder (or below)."""
    folder = catalog_path.parent
    path = folder / name
    try:
        inside = Path(name).is_absolute() is False and path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):
        inside = False
    if not inside:
        raise InputError(catalog_path, f"{where}file '{shown(name)}' lies outside the catalog's "
                                       "folder; catalogs may list only files beside or below them")
    return path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with _open_regular(path) as handle:
        while chunk := handle.read(READ_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def apply_line_rules(path: Path, lines: list[str], rules: Iterable[dict]
                     ) -> tuple[list[str | None], list[RemovedLine]]:
    """Apply drop_line and drop_from rules; removed lines become ``None`` (a paragraph break)."""
    kept: list[str | None] = list(lines)
    removed: list[RemovedLine] = []
    for number, rule in enumerate(rules, start=1):
        name = rule.get("rule")
        if name not in CLEANING_RULES:
            raise InputError(path, f"cleaning rule {number}: unknown rule '{name}' "
                                   f"(use one of {', '.join(CLEANING_RULES)})")
        if name == "join_continuations":
            continue
        try:
            pattern = re.compile(rule["pattern"])
        except (KeyError, re.error) as error:
            raise InputError(path, f"cleaning rule {number}: bad or missing pattern ({error})") from None
        hits = [i for i, line in enumerate(kept)
                if line is not None and pattern.fullmatch(normalise(line))]
        if not hits:
            raise InputError(path, f"cleaning rule {number} ({name} '{shown(rule['pattern'])}') "
                                   "matched no line")
        if name == "drop_from":
            hits = [i for i in range(hits[0], len(kept)) if kept[i] is not None]
        for i in hits:
            if normalise(kept[i]):
                removed.append(RemovedLine(i + 1, name, rule.get("reason", ""), kept[i]))
            kept[i] = None
    removed.sort(key=lambda line: line.line_no)
    return kept, removed


def join_continuations(paragraphs: list[str], reason: str) -> tuple[list[str], list[RemovedLine]]:
    """Join every paragraph that begins in lower case to the one before it."""
    joined: list[str] = []
    joins: list[RemovedLine] = []
    for paragraph in paragraphs:
        starts_lower = normalise(paragraph)[:1].islower()
        if joined and starts_lower:
            joined[-1] = f"{joined[-1]} {paragraph}"
            joins.append(RemovedLine(0, "join_continuations", reason,
                                     f"paragraph break before: {paragraph[:60]}…"))
        else:
            joined.append(paragraph)
    return joined, joins


def _rule_reason(entry: dict, name: str) -> str:
    return next((rule.get("reason", "") for rule in entry.get("cleaning", [])
                 if rule.get("rule") == name), "")


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
