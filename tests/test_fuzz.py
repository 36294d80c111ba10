"""Fuzzing the export with hostile files (issue #16): property-based, bounded.

Hypothesis builds front-matter articles, CSV and JSONL files from hostile pieces (random
bytes, deep nesting, huge numbers, control characters, lone surrogates, YAML aliases, stray
quotes, long lines). Whatever it builds, ``export`` must end in one of two ways: exit 0 with
every table written and readable, or exit 2 with nothing but ``error:`` lines and no output
folder; never an exception (which the command line would show as a traceback), and never a
change to the input. Runs are in-process and small, so the suite takes seconds.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from analysis.export.cli import main
from analysis.export.pipeline import TABLES

FUZZ = settings(max_examples=50, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text with the characters that break things: controls, separators, surrogates, quotes, BOMs.
NASTY_CHARACTERS = st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\u2028",
                                    "\u2029", "\ufeff", "\ud800", "\udfff", "\r", "\n", "\t", '"',
                                    "'", ",", ":", "-", "=", "@", "+", "*", "&", "#", "[", "{",
                                    "\\", "é", "日", "\U0001f600"])
NASTY_TEXT = st.lists(st.one_of(NASTY_CHARACTERS, st.text(max_size=8)), max_size=20).map("".join)
WORDS = st.lists(st.sampled_from(["war", "peace", "blame", "Russia", "talks", "failed", "the",
                                  "never", "said", "good"]), min_size=1, max_size=400).map(" ".join)
BODY = st.one_of(WORDS, NASTY_TEXT, WORDS.map(lambda words: words + "."))
HUGE_NUMBER = st.integers(min_value=1, max_value=6000).map(lambda digits: "9" * digits)
DATE = st.one_of(st.just("2026-03-01"), st.just("2026-02-30"), st.just("2026-13-01"),
                 st.just("2026-03-01 10:00:00"), st.just("'2026-03-01'"), NASTY_TEXT, HUGE_NUMBER)


def mostly(valid: st.SearchStrategy, hostile: st.SearchStrategy) -> st.SearchStrategy:
    """``valid`` three times in four, so that whole runs succeed often enough to be checked."""
    return st.integers(min_value=0, max_value=3).flatmap(lambda k: hostile if k == 0 else valid)


NAMES = st.sampled_from(["Ada Byrne", "Ben Cole", "=cmd|' /C calc'!A0", "-Cy Ode", "@Dee",
                         "Grain and Guns", "+1 view", "1984"])


def yaml_value() -> st.SearchStrategy[str]:
    depth = st.integers(min_value=1, max_value=3000)
    return mostly(NAMES.map(json.dumps), _hostile_yaml(depth))


def _hostile_yaml(depth: st.SearchStrategy[int]) -> st.SearchStrategy[str]:
    return st.one_of(NASTY_TEXT, HUGE_NUMBER, st.just("NaN"), st.just(".nan"), st.just("yes"),
                     st.just("[a, b]"), st.just("{x: 1}"), st.just("&anchor [1, 2]"),
                     st.just("*anchor"), depth.map(lambda n: "[" * n + "]" * n),
                     st.just("Ada Byrne"), st.just('"quoted \\x07 escape"'))


@st.composite
def front_matter_articles(draw) -> bytes:
    fields = {"title": draw(yaml_value()), "author": draw(yaml_value()),
              "date": draw(mostly(st.just("2026-03-01"), DATE))}
    extra = draw(st.lists(st.tuples(st.sampled_from(["title", "outlet", "url", "id", "note", "a"]),
                                    yaml_value()), max_size=3))
    lines = [f"{key}: {value}" for key, value in list(fields.items()) + extra]
    lines = draw(st.permutations(lines))
    text = "---\n" + "\n".join(lines) + "\n---\n\n" + draw(mostly(WORDS, BODY)) + "\n"
    return _encode(draw, text)


def csv_field() -> st.SearchStrategy[str]:
    plain = st.one_of(WORDS, NASTY_TEXT, st.just("2026-03-01"), HUGE_NUMBER)
    return st.one_of(plain, plain.map(lambda text: '"' + text.replace('"', '""') + '"'),
                     plain.map(lambda text: '"' + text))  # a quote left open


def quoted(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return strategy.map(lambda text: '"' + text.replace('"', '""') + '"')


GOOD_ROW = st.tuples(quoted(NAMES), quoted(NAMES), st.just("2026-03-01"),
                     quoted(mostly(WORDS, NASTY_TEXT))).map(",".join)
HOSTILE_ROW = st.lists(csv_field(), min_size=1, max_size=6).map(",".join)


@st.composite
def csv_files(draw) -> bytes:
    header = draw(mostly(st.just("title,author,date,text"),
                         st.one_of(st.just("title,author,date,text,id"),
                                   st.just("title,title,date,text"), NASTY_TEXT)))
    rows = draw(st.lists(mostly(GOOD_ROW, HOSTILE_ROW), max_size=5))
    ending = draw(st.sampled_from(["\n", "\r\n", ""]))
    return _encode(draw, header + "\n" + "\n".join(rows) + ending)


def json_value() -> st.SearchStrategy:
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                        NASTY_TEXT, WORDS)
    return st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(NASTY_TEXT, inner, max_size=3)),
                        max_leaves=10)


@st.composite
def jsonl_files(draw) -> bytes:
    lines = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        row = {"title": draw(mostly(NAMES, json_value())), "author": draw(mostly(NAMES, json_value())),
               "date": draw(mostly(st.just("2026-03-01"), json_value())),
               "text": draw(mostly(WORDS, st.one_of(BODY, json_value())))}
        line = json.dumps(row, ensure_ascii=draw(st.booleans()))
        mangle = draw(mostly(st.just("none"),
                             st.sampled_from(["deep", "huge", "nan", "cut", "surrogate"])))
        if mangle == "deep":
            depth = draw(st.integers(min_value=1, max_value=200_000))
            line = line.replace('"text":', '"x": ' + "[" * depth + "]" * depth + ', "text":', 1)
        elif mangle == "huge":
            line = line.replace('"date":', f'"n": {draw(HUGE_NUMBER)}, "date":', 1)
        elif mangle == "nan":
            line = line.replace('"date":', '"n": NaN, "date":', 1)
        elif mangle == "cut":
            line = line[:draw(st.integers(min_value=0, max_value=len(line)))]
        elif mangle == "surrogate":
            line = line.replace('"title":', '"title": "\\udc80", "t":', 1)
        lines.append(line)
    return _encode(draw, "\n".join(lines) + "\n")


def _encode(draw, text: str) -> bytes:
    """The text as UTF-8 (lone surrogates and all), sometimes with random bytes spliced in."""
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        at = draw(st.integers(min_value=0, max_value=len(data)))
        data = data[:at] + draw(st.binary(max_size=16)) + data[at:]
    return data


def export_once(name: str, data: bytes, *options: str) -> None:
    """Export one file and check the outcome: complete tables, or only ``error:`` lines."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / name
        source.write_bytes(data)
        out = Path(folder) / "out"
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr):
            status = main(["export", "--jobs", "1", "--corpus", str(source), "--out", str(out), *options])
        lines = stderr.getvalue().splitlines()
        event(f"exit {status}")  # shown by pytest --hypothesis-show-statistics
        assert source.read_bytes() == data
        if status == 2:
            assert lines and all(line.startswith("error: ") for line in lines), lines
            assert sorted(p.name for p in Path(folder).iterdir()) == [name]
            return
        assert status == 0, lines
        assert all(line.startswith(("skipped: ", "wrote ")) for line in lines), lines
        assert sorted(p.name for p in out.iterdir()) == sorted([f"{t}.csv" for t in TABLES] + ["manifest.json"])
        articles = pd.read_csv(out / "articles.csv", keep_default_na=False)
        assert len(articles) >= 1 and (articles["n_words"] >= 0).all()
        assert (articles["article_id"] != "").all() and articles["article_id"].is_unique
        for table in TABLES:
            assert_no_formulas(out / f"{table}.csv")


def assert_no_formulas(path: Path) -> None:
    """No cell a spreadsheet would run: each starting with = + - @ is a number."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            for cell in row:
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    float(cell)


@FUZZ
@given(front_matter_articles())
def test_front_matter_articles(data):
    export_once("article.md", data)


@FUZZ
@given(csv_files())
def test_csv_files(data):
    export_once("articles.csv", data, "--skip-invalid")


@FUZZ
@given(jsonl_files())
def test_jsonl_files(data):
    export_once("articles.jsonl", data, "--skip-invalid")


@FUZZ
@given(st.sampled_from(["a.md", "a.txt", "a.csv", "a.jsonl"]), st.binary(max_size=2000))
def test_random_bytes(name, data):
    export_once(name, data)
