"""Writing export tables piece by piece: CSV or Parquet files that grow as rows arrive.

A sink knows each table's columns, takes its rows in as many pieces as come (``append``)
and writes them in the order given, holding at most about ``batch_rows`` rows per table, so
memory stays flat however many pieces come. The files hold exactly what one write of the
whole table would: a CSV file is byte-identical to ``DataFrame.to_csv`` of all the rows at
once (UTF-8, header row, "\\n" line ends, no index), and a Parquet file holds the same
columns and values.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

from .optional import require

FORMATS = ("csv", "parquet")
# Rows held per table before they are written: small batches keep memory low; Parquet gets
# larger ones, because each batch becomes a row group and small row groups compress badly.
CSV_BATCH_ROWS = 2_000
PARQUET_BATCH_ROWS = 20_000

Rows = Sequence[Mapping[str, Any]]


class TableSink(Protocol):
    def append(self, name: str, rows: Rows) -> None:
        """Add ``rows`` (dicts keyed by the table's columns) to the end of table ``name``."""


class _BufferedSink(ABC):
    """Collects rows per table and writes them as a DataFrame every ``batch_rows`` rows.

    Every table's file is begun before any rows arrive, so a table that never gets a row is
    still written, with its columns.
    """

    batch_rows: int

    def __init__(self, folder: Path, columns: Mapping[str, list[str]]):
        self.folder = folder
        self.columns = dict(columns)
        self.pending: dict[str, list[Mapping[str, Any]]] = {name: [] for name in self.columns}
        for name in self.columns:
            self._start(name)

    def append(self, name: str, rows: Rows) -> None:
        self.pending[name].extend(rows)
        if len(self.pending[name]) >= self.batch_rows:
            self._flush(name)

    def close(self, complete: bool = True) -> None:
        """Write what is held and finish every file (``complete``), or only release the
        files, after an error."""
        if complete:
            for name in self.pending:
                self._flush(name)
        self._finish(complete)

    def _flush(self, name: str) -> None:
        if self.pending[name]:
            self._write(name, pd.DataFrame(self.pending[name], columns=self.columns[name]))
        self.pending[name] = []

    @abstractmethod
    def _start(self, name: str) -> None:
        """Begin the file of table ``name``."""

    @abstractmethod
    def _write(self, name: str, rows: pd.DataFrame) -> None:
        """Write a batch of rows at the end of table ``name``."""

    def _finish(self, complete: bool) -> None:
        """Release open files; formats that write whole pieces hold none."""


class CsvSink(_BufferedSink):
    """``NAME.csv`` per table: UTF-8, header row, "\\n" line ends, no index."""

    batch_rows = CSV_BATCH_ROWS

    def _start(self, name: str) -> None:
        pd.DataFrame(columns=self.columns[name]).to_csv(self._path(name), index=False,
                                                        encoding="utf-8", lineterminator="\n")

    def _write(self, name: str, rows: pd.DataFrame) -> None:
        rows.to_csv(self._path(name), mode="a", header=False, index=False, encoding="utf-8",
                    lineterminator="\n")

    def _path(self, name: str) -> Path:
        return self.folder / f"{name}.csv"


class ParquetSink(_BufferedSink):
    """``NAME.parquet`` per table, one row group per batch.

    A table's schema is that of its first batch (a column with no values in it is a string
    column); later batches are converted to it, so every row group matches. A table that
    gets no rows has string columns.
    """

    batch_rows = PARQUET_BATCH_ROWS

    def __init__(self, folder: Path, columns: Mapping[str, list[str]]):
        self.arrow = require("pyarrow", "--format parquet", extra="parquet", package="pyarrow")
        self.parquet = require("pyarrow.parquet", "--format parquet", extra="parquet",
                               package="pyarrow")
        self.writers: dict[str, Any] = {}
        super().__init__(folder, columns)

    def _start(self, name: str) -> None:
        """Nothing yet: the schema comes with the first batch."""

    def _write(self, name: str, rows: pd.DataFrame) -> None:
        if name not in self.writers:
            self.writers[name] = self.parquet.ParquetWriter(self.folder / f"{name}.parquet",
                                                            self._schema(rows))
        writer = self.writers[name]
        writer.write_table(self.arrow.Table.from_pandas(rows, schema=writer.schema,
                                                        preserve_index=False))

    def _finish(self, complete: bool) -> None:
        if complete:
            for name, columns in self.columns.items():
                if name not in self.writers:
                    self._write(name, pd.DataFrame(columns=columns))
        for writer in self.writers.values():
            writer.close()

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
              table_format: str = "csv") -> Iterator[TableSink]:
    """A sink writing ``NAME.csv`` or ``NAME.parquet`` into ``folder`` for each table of
    ``columns`` (table name to column names).

    Held rows are written only when the block ends without an error; after an error the
    files are closed unfinished, for the caller's atomic folder to discard.
    """
    if table_format not in FORMATS:
        raise ValueError(f"unknown table format {table_format!r}: use one of {', '.join(FORMATS)}")
    sink = CsvSink(folder, columns) if table_format == "csv" else ParquetSink(folder, columns)
    try:
        yield sink
    except BaseException:
        sink.close(complete=False)
        raise
    sink.close()
