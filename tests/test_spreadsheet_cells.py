"""Spreadsheet safety of the exported tables (issue #16): a cell that a spreadsheet would run as
a formula is neutralised in CSV, numbers are kept, and the raw text is there on request."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.export.cli import main

FORMULAS = ("title,author,date,text\n"
            '=HYPERLINK("http://x.example/steal"),@Ada Byrne,2026-01-01,"-Minus first. Then +plus."\n')


def run(*args: str) -> int:
    return main(["export", "--jobs", "1", *args])


def test_formula_cells_are_neutralised_numbers_kept_and_raw_on_request(tmp_path):
    path = tmp_path / "formula.csv"
    path.write_text(FORMULAS, encoding="utf-8")
    assert run("--corpus", str(path), "--out", str(tmp_path / "safe")) == 0
    safe = pd.read_csv(tmp_path / "safe" / "articles.csv")
    assert safe["title"].tolist() == ["'=HYPERLINK(\"http://x.example/steal\")"]
    assert safe["author"].tolist() == ["'@Ada Byrne"]
    sentences = pd.read_csv(tmp_path / "safe" / "sentences.csv")
    assert sentences["text"].tolist()[0] == "'-Minus first."
    assert sentences["author"].eq("'@Ada Byrne").all()
    assert pd.api.types.is_float_dtype(sentences["compound"])  # numbers, negative ones too, untouched
    assert run("--corpus", str(path), "--out", str(tmp_path / "raw"), "--raw-csv") == 0
    raw = pd.read_csv(tmp_path / "raw" / "articles.csv")
    assert raw["title"].tolist() == ['=HYPERLINK("http://x.example/steal")']
    assert raw.drop(columns=["title", "author"]).equals(safe.drop(columns=["title", "author"]))


def test_parquet_keeps_the_text_as_it_was(tmp_path):
    pytest.importorskip("pyarrow")
    path = tmp_path / "formula.csv"
    path.write_text(FORMULAS, encoding="utf-8")
    assert run("--corpus", str(path), "--out", str(tmp_path / "pq"), "--format", "parquet") == 0
    assert pd.read_parquet(tmp_path / "pq" / "articles.parquet")["author"].tolist() == ["@Ada Byrne"]


def test_every_formula_start_is_neutralised_and_nothing_else():
    from analysis.export.sinks import neutralise

    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(f"{start}SUM(A1)") == f"'{start}SUM(A1)"
    for text in ("", "plain", "'quoted", " =spaced", "a=b"):
        assert neutralise(text) == text
