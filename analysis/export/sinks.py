"""Writing export tables piece by piece: CSV or Parquet files that grow as rows arrive.

A sink knows each table's columns and takes its rows in as many pieces as come (``append``),
in the order given. A CSV sink writes them at once; a Parquet sink holds at most
``ParquetSink.batch_rows`` rows per table. Either way memory stays flat however many pieces
come, and the files hold exactly what one write of the whole table would: a raw CSV file is
byte-identical to ``DataFrame.to_csv`` of all the rows at once (UTF-8, header row, "\\n"
line ends, no index), and a Parquet file holds the same columns and values.

Text from the corpus is untrusted, and a spreadsheet runs a cell that begins with ``=``,
``+``, ``-`` or ``@`` (or tab or carriage return) as a formula. A CSV sink therefore writes
such a text cell with a leading apostrophe (the OWASP rule), unless made with ``raw=True``;
numbers are never touched, and Parquet files always hold the text as it was.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TextIO

from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py
from .._plumbing.optional import require

FORMATS = ("csv", "parquet")
# A text cell starting with one of these is a formula to a spreadsheet.
FORMULA_STARTS = frozenset("=+-@\t\r")
# Rows per Parquet row group: each is held in memory until written.
PARQUET_BATCH_ROWS = 20_000

Rows = Sequence[Mapping[str, Any]]


class TableSink(Protocol):
    def append(self, name: str, rows: Rows) -> None:
        """Add ``rows`` (dicts keyed by the table's columns) to the end of table ``name``."""


class CsvSink:
    """``NAME.csv`` per table: UTF-8, header row, "\\n" line ends, no index.

    Rows are written as they come, by the standard library's csv writer, which is what
    ``DataFrame.to_csv`` uses too. Values are written as pandas writes a column of their
    type: text as is (but see ``neutralise``), numbers as ``str`` gives them (the shortest
    form that reads back the same float), True/False, and an empty field for a missing value
    (None or NaN).
    """

    def __init__(self, folder: Path, columns: Mapping[str, list[str]], raw: bool = False):
        self.raw = raw
        self.columns = dict(columns)
        self.files: dict[str, TextIO] = {}
        self.writers: dict[str, Any] = {}
        # Every file is begun at once, so a table that never gets a row still has its header.
        for name, table_columns in self.columns.items():
            self.files[name] = (folder / f"{name}.csv").open("w", encoding="utf-8", newline="")
            self.writers[name] = csv.writer(self.files[name], lineterminator="\n")
            self.writers[name].writerow(table_columns)

    def append(self, name: str, rows: Rows) -> None:
        columns = self.columns[name]
        # Inline rather than a function per cell, which would double the cost of this step. A
        # value unequal to itself is NaN; a text value is neutralised (see ``neutralise``).
        if self.raw:
            cells = [[value if value == value else None for value in map(row.__getitem__, columns)]
                     for row in rows]
        else:
            cells = [[("'" + value if value[:1] in FORMULA_STARTS else value)
                      if value.__class__ is str else (value if value == value else None)
                      for value in map(row.__getitem__, columns)] for row in rows]
        self.writers[name].writerows(cells)

    def close(self, complete: bool = True) -> None:
        """Close every file (whether or not the export completed: the files are written as
        rows come, so there is nothing left to write)."""
        for handle in self.files.values():
            handle.close()


def neutralise(text: str) -> str:
    """``text`` as a spreadsheet shows it and never runs it: with a leading apostrophe when
    it starts with a character that makes a formula."""
    return "'" + text if text[:1] in FORMULA_STARTS else text


class ParquetSink:
    """``NAME.parquet`` per table, one row group per ``batch_rows`` rows.

    Rows are held until a batch is full (small row groups compress badly). A table's schema
    is that of its first batch (a column with no values in it is a string column); later
    batches are converted to it, so every row group matches. A table that gets no rows has
    string columns.
    """

    batch_rows = PARQUET_BATCH_ROWS

    def __init__(self, folder: Path, columns: Mapping[str, list[str]]):
        self.arrow = require("pyarrow", "--format parquet", extra="parquet", package="pyarrow")
        self.parquet = require("pyarrow.parquet", "--format parquet", extra="parquet",
                               package="pyarrow")
        self.folder = folder
        self.columns = dict(columns)
        self.pending: dict[str, list[Mapping[str, Any]]] = {name: [] for name in self.columns}
        self.writers: dict[str, Any] = {}

    def append(self, name: str, rows: Rows) -> None:
        self.pending[name].extend(rows)
        if len(self.pending[name]) >= self.batch_rows:
            self._flush(name)

    def close(self, complete: bool = True) -> None:
        """Write what is held and finish every file (``complete``), or only release the
        files, after an error."""
        if complete:
            for name, columns in self.columns.items():
                self._flush(name)
                if name not in self.writers:
                    self._write(name, pd.DataFrame(columns=columns))
        for writer in self.writers.values():
            writer.close()

    def _flush(self, name: str) -> None:
        if self.pending[name]:
            self._write(name, pd.DataFrame(self.pending[name], columns=self.columns[name]))
        self.pending[name] = []

    def _write(self, name: str, rows: pd.DataFrame) -> None:
        if name not in self.writers:
            self.writers[name] = self.parquet.ParquetWriter(self.folder / f"{name}.parquet",
                                                            self._schema(rows))
        writer = self.writers[name]
        writer.write_table(self.arrow.Table.from_pandas(rows, schema=writer.schema,
                                                        preserve_index=False))

    def _schema(self, rows: pd.DataFrame) -> Any:
        schema = self.arrow.Schema.from_pandas(rows, preserve_index=False)
        for index, field in enumerate(schema):
            if self.arrow.types.is_null(field.type):
                schema = schema.set(index, field.with_type(self.arrow.string()))
        return schema


def require_format(table_format: str) -> None:
    """Fail early, with the install hint, when a format's optional dependency is missing."""
    if table_format == "parquet":
        require("pyarrow.parquet", "--format parquet", extra="parquet", package="pyarrow")


@contextmanager
def open_sink(folder: Path, columns: Mapping[str, list[str]],
              table_format: str = "csv", raw_csv: bool = False) -> Iterator[TableSink]:
    """A sink writing ``NAME.csv`` or ``NAME.parquet`` into ``folder`` for each table of
    ``columns`` (table name to column names). ``raw_csv`` writes text cells that would be
    formulas as they are (see the module docstring).

    Held rows are written only when the block ends without an error; after an error the
    files are closed unfinished, for the caller's atomic folder to discard.
    """
    if table_format not in FORMATS:
        raise ValueError(f"unknown table format {table_format!r}: use one of {', '.join(FORMATS)}")
    sink = (CsvSink(folder, columns, raw=raw_csv) if table_format == "csv"
            else ParquetSink(folder, columns))
    try:
        yield sink
    except BaseException:
        sink.close(complete=False)
        raise
    sink.close()
