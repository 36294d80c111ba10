"""Reading article files: ``.md`` / ``.txt`` with YAML front matter, and ``.csv`` / ``.jsonl``
with one article per row; the article as read (``RawArticle``), and ``normalise``, the analysis
copy of a paragraph.

Raw files are read, never written; every problem is an ``InputError`` naming the file (and row).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .checks import (
    CONTROL_CHARACTERS,
    InputError,
    Problem,
    check_characters,
    check_not_missing,
    load_front_matter,
    load_json_line,
    shown,
    text_field,
)

ARTICLE_SUFFIXES = (".md", ".txt")
TABLE_SUFFIXES = (".csv", ".jsonl")
REQUIRED_FIELDS = ("title", "author", "date")
OPTIONAL_FIELDS = ("outlet", "url", "id")

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


# A source is read as a sequence of units, each of which loads whole or fails whole: a file,
# or one entry of a catalog (``catalog.py``). A unit is a lazy iterator of articles that raises
# InputError, so a CSV or JSONL file of any size is read one row at a time.

Unit = Iterator[RawArticle]


def normalise(text: str) -> str:
    """The analysis copy of a paragraph: NFC, plain spaces, folded white space."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    return _WHITE_SPACE.sub(" ", text).strip()


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


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with _open_regular(path) as handle:
        while chunk := handle.read(READ_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()
