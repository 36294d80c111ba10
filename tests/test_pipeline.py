"""The streaming export: same bytes as the whole-corpus tables, whatever the engine, the
number of processes or the format."""

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from inputs import GOOD, folder_with_bad_files

from analysis import load_corpus
from analysis.corpus import InputError, plan_corpus
from analysis.corpus.synthetic import write_synthetic_corpus
from analysis.export import sinks
from analysis.export.cli import main
from analysis.export.pipeline import TABLES, ExportOptions, analyse_article, table_columns
from analysis.measures.blame import blame_table
from analysis.measures.framing import frames_table
from analysis.measures.keyness import keyness_table
from analysis.measures.readability import article_readability
from analysis.measures.sourcing import sourcing_measures
from analysis.measures.speakers import quotes_table
from analysis.measures.tone import article_tone, with_tone

PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    """Twenty articles resampled from the seeds' paragraphs, four writers."""
    folder = tmp_path_factory.mktemp("synthetic")
    write_synthetic_corpus(folder, 20, seed=7)
    return folder


def whole_corpus_tables(paths: list[Path], domain: bool = False) -> dict[str, pd.DataFrame]:
    """The export as it was computed before streaming: every measure on the whole corpus."""
    corpus = load_corpus(paths)
    sentences = with_tone(corpus.sentences, domain=domain)
    articles = corpus.articles.merge(article_tone(sentences), on="article_id", how="left")
    if domain:
        articles = articles.merge(article_tone(sentences, prefix="domain_"), on="article_id", how="left")
    articles = articles.merge(article_readability(corpus.paragraphs, corpus.sentences), on="article_id", how="left")
    articles = articles.merge(sourcing_measures(corpus.articles, corpus.paragraphs, corpus.sentences),
                              on="article_id", how="left")
    return {"articles": articles, "paragraphs": corpus.paragraphs.drop(columns=["text_original"]),
            "sentences": sentences, "blame": blame_table(corpus.sentences),
            "frames": frames_table(corpus.paragraphs), "quotes": quotes_table(corpus.sentences),
            "keyness": keyness_table(corpus.sentences)}


def export(out: Path, corpus: Path | None, *options: str) -> Path:
    args = ["export", "--out", str(out), *(["--corpus", str(corpus)] if corpus else []), *options]
    assert main(args) == 0
    return out


def csv_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.csv"))}


@pytest.mark.parametrize("which, options", [("bundled", ()), ("bundled", ("--domain-lexicon",)),
                                            pytest.param("synthetic", (), marks=pytest.mark.slow)])
def test_streaming_export_equals_the_whole_corpus_tables(tmp_path, synthetic, which, options):
    corpus = synthetic if which == "synthetic" else None
    written = csv_bytes(export(tmp_path / "out", corpus, "--jobs", "1", *options))
    expected = whole_corpus_tables([corpus] if corpus else [], domain=bool(options))
    assert list(written) == sorted(f"{name}.csv" for name in TABLES)
    for name, table in expected.items():
        assert list(table.columns) == table_columns(ExportOptions(domain_tone=bool(options)))[name]
        assert written[f"{name}.csv"] == table.to_csv(index=False, lineterminator="\n").encode("utf-8"), name


@pytest.mark.parametrize("which", ["bundled", pytest.param("synthetic", marks=pytest.mark.slow)])
def test_two_processes_write_the_same_bytes_as_one(tmp_path, synthetic, which):
    corpus = synthetic if which == "synthetic" else None
    one = csv_bytes(export(tmp_path / "one", corpus, "--jobs", "1"))
    two = csv_bytes(export(tmp_path / "two", corpus, "--jobs", "2"))
    assert one == two


def test_csv_sink_writes_what_pandas_writes_for_every_kind_of_value(tmp_path):
    rows = [{"text": 'He said "no", then\nleft; café', "count": 3, "share": 0.1 + 0.2,
             "tiny": 1e-05, "huge": 1e16, "missing": float("nan"), "flag": True, "empty": ""},
            {"text": "", "count": -1, "share": 2.0, "tiny": -0.0, "huge": 123456789.125,
             "missing": float("nan"), "flag": False, "empty": ""}]
    columns = list(rows[0])
    with sinks.open_sink(tmp_path, {"t": columns, "none": ["a", "b"]}) as sink:
        sink.append("t", rows[:1])
        sink.append("t", rows[1:])
    assert (tmp_path / "t.csv").read_bytes() == pd.DataFrame(rows).to_csv(
        index=False, lineterminator="\n").encode("utf-8")
    assert (tmp_path / "none.csv").read_bytes() == b"a,b\n"


def test_csv_and_jsonl_sources_stream_row_by_row(tmp_path, monkeypatch):
    rows = load_corpus().paragraphs.groupby("article_id", sort=False)["text"].apply("\n\n".join)
    table = pd.DataFrame({"title": ["One", "Two"], "author": ["Ann Lee", "Bo Park"],
                          "date": ["2026-01-02", "2026-01-03"], "text": rows.tolist()})
    table.to_csv(tmp_path / "articles.csv", index=False)
    table.to_json(tmp_path / "articles.jsonl", orient="records", lines=True)
    monkeypatch.setattr("analysis.corpus.readers.READ_CHUNK_BYTES", 64)  # many pieces per file
    for source in ("articles.csv", "articles.jsonl"):
        assert (csv_bytes(export(tmp_path / f"{source}-1", tmp_path / source, "--jobs", "1"))
                == csv_bytes(export(tmp_path / f"{source}-2", tmp_path / source, "--jobs", "2")))
    assert load_corpus([tmp_path / "articles.jsonl"]).articles["n_paragraphs"].tolist() == [15, 14]


def test_planning_holds_ids_and_reads_articles_again_lazily(tmp_path):
    (tmp_path / "a.md").write_text(GOOD)
    (tmp_path / "b.md").write_text(GOOD.replace("Ada Byrne", "Ben Cole"))
    plan = plan_corpus([tmp_path])
    assert plan.article_ids == ("a", "b") and len(plan) == 2
    articles = plan.articles()
    assert next(articles).author == "Ada Byrne"
    (tmp_path / "b.md").write_text(GOOD.replace("Ada Byrne", "Ben Cole").replace("title:", "id: other\ntitle:"))
    with pytest.raises(InputError, match="changed while the corpus was being read"):
        next(articles)


def test_analyse_article_returns_rows_of_every_table():
    plan = plan_corpus()
    article = next(plan.articles())
    result = analyse_article(article, plan.source_file(article))
    columns = table_columns()
    assert result.author == "Marc Champion" and result.terms["putin"] > 0
    assert set(result.rows) == set(TABLES) - {"keyness"}
    for name, rows in result.rows.items():
        assert rows and all(set(row) == set(columns[name]) for row in rows), name
    assert len(result.rows["articles"]) == 1 and len(result.rows["frames"]) == 5 * 15


def test_an_export_process_sets_its_long_lived_objects_aside_once():
    # In a fresh process: freezing is what the export does to its own processes, not to the tests'.
    script = ("import gc\n"
              "from analysis.corpus import plan_corpus\n"
              "from analysis.export.pipeline import analyse_article, analyse_for_export\n"
              "plan = plan_corpus()\n"
              "first, second = plan.articles()\n"
              "result = analyse_for_export(first, plan.source_file(first))\n"
              "frozen = gc.get_freeze_count()\n"
              "analyse_for_export(second, plan.source_file(second))\n"
              "assert gc.get_freeze_count() == frozen, 'froze twice'\n"
              "assert result == analyse_article(first, plan.source_file(first))\n"
              "print(frozen)\n")
    completed = subprocess.run([sys.executable, "-c", script], cwd=PROJECT, capture_output=True,
                               text=True, check=True)
    # The pipeline, the lexicons and the dictionaries: some 100,000 objects the collector tracks.
    assert int(completed.stdout) > 50_000


@pytest.mark.slow
def test_parquet_holds_the_same_tables_as_csv(tmp_path, synthetic, monkeypatch):
    csv = export(tmp_path / "csv", synthetic, "--jobs", "1")
    monkeypatch.setattr(sinks.ParquetSink, "batch_rows", 50)  # several row groups per table
    parquet = export(tmp_path / "parquet", synthetic, "--format", "parquet", "--jobs", "2")
    assert sorted(path.name for path in parquet.iterdir()) == sorted(
        [f"{name}.parquet" for name in TABLES] + ["manifest.json"])
    assert pq.ParquetFile(parquet / "sentences.parquet").num_row_groups > 1
    for name in TABLES:
        table = pd.read_parquet(parquet / f"{name}.parquet")
        assert table.to_csv(index=False, lineterminator="\n") == (csv / f"{name}.csv").read_text(encoding="utf-8"), name


def test_missing_dask_or_pyarrow_is_one_line_saying_how_to_install(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    for option, extra in ((["--engine", "dask"], "dask"), (["--format", "parquet"], "parquet")):
        status = main(["export", "--out", str(tmp_path / "out"), *option])
        err = capsys.readouterr().err.strip().splitlines()
        assert status == 2 and len(err) == 1 and f"pip install '.[{extra}]'" in err[0], err
        assert err[0].startswith(f"error: {option[0]} {option[1]} needs ")
        assert not (tmp_path / "out").exists()


def test_scheduler_needs_the_dask_engine(tmp_path, capsys):
    assert main(["export", "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert capsys.readouterr().err == "error: --scheduler needs --engine dask\n"


def test_bad_input_is_reported_the_same_way_with_two_processes(tmp_path, capsys):
    folder = folder_with_bad_files(tmp_path)
    (folder / "rows.jsonl").write_bytes(b'{"title": "T", "author": "A", "date": "2026-01-01", "text": "x."}\n{oops\n')
    out = tmp_path / "out"
    assert main(["export", "--out", str(out), "--corpus", str(folder), "--jobs", "2"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: {folder / 'bad-date.md'}: date 'soon' is not a date; write it as YYYY-MM-DD",
                   f"error: {folder / 'empty.md'}: empty file",
                   f"error: {folder / 'rows.jsonl'}: line 2: malformed JSON (Expecting property name "
                   "enclosed in double quotes)"]
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["articles"]

    assert main(["export", "--out", str(out), "--corpus", str(folder), "--jobs", "2", "--skip-invalid"]) == 0
    assert capsys.readouterr().err.count("skipped: ") == 3
    assert pd.read_csv(out / "articles.csv")["article_id"].tolist() == ["good"]


def test_a_failing_article_leaves_nothing_behind(tmp_path, monkeypatch):
    def fail(*args):
        raise RuntimeError("analysis failed")

    monkeypatch.setattr("analysis.export.pipeline.attribution_rows", fail)
    with pytest.raises(RuntimeError):
        main(["export", "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_a_csv_export_never_imports_pandas(tmp_path, synthetic):
    # pandas takes half a second to import and the per-article work needs none of it
    # (analysis/_plumbing/lazy_pandas.py); the tables must still be complete.
    script = ("import sys; from analysis.export.cli import main; status = main(sys.argv[1:]); "
              "print('pandas' in sys.modules); sys.exit(status)")
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        run = subprocess.run([sys.executable, "-c", script, "export", "--corpus", str(synthetic),
                              "--out", str(out), "--jobs", jobs],
                             capture_output=True, text=True, check=True)
        assert run.stdout == "False\n"
        assert csv_bytes(out) == csv_bytes(export(tmp_path / f"in-process-{jobs}", synthetic, "--jobs", jobs))


SCHEDULER_SCRIPT = """
import logging, sys
from dask.distributed import LocalCluster
from analysis.export.cli import main
with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None,
                  silence_logs=logging.ERROR) as cluster:
    status = main(["export", "--engine", "dask", "--scheduler", cluster.scheduler_address, *sys.argv[1:]])
sys.exit(status)
"""


@pytest.mark.dask
def test_dask_writes_the_same_bytes_on_its_own_cluster_and_on_a_scheduler(tmp_path, synthetic):
    expected = csv_bytes(export(tmp_path / "local", synthetic, "--jobs", "1"))
    # Subprocesses, so a hung cluster fails the test after 60 s instead of hanging the suite.
    own = subprocess.run([sys.executable, "-m", "analysis", "export", "--corpus", str(synthetic),
                          "--out", str(tmp_path / "own"), "--engine", "dask", "--jobs", "2"],
                         capture_output=True, text=True, cwd=PROJECT, timeout=60)
    assert own.returncode == 0, own.stderr
    assert own.stderr == f"wrote {len(TABLES)} tables for 20 articles to {tmp_path / 'own'}\n"
    assert csv_bytes(tmp_path / "own") == expected
    remote = subprocess.run([sys.executable, "-c", SCHEDULER_SCRIPT, "--corpus", str(synthetic),
                             "--out", str(tmp_path / "remote")],
                            capture_output=True, text=True, cwd=PROJECT, timeout=60)
    assert remote.returncode == 0, remote.stderr
    assert csv_bytes(tmp_path / "remote") == expected


def test_batches_shrink_so_that_every_worker_gets_the_same_share():
    from analysis.export.engines import JOBS_PER_BATCH, Pooled, batch_size

    assert batch_size(40, 2) == 5  # eight batches of five: 20 articles for each worker
    assert batch_size(160, 2) == JOBS_PER_BATCH
    assert batch_size(3, 2) == 1
    assert batch_size(0, 4) == 1
    sizes = []

    def submit(function, *args):
        from concurrent.futures import Future

        sizes.append(len(args[1]))
        future = Future()
        future.set_result(function(*args))
        return future

    results = list(Pooled(submit, window=8, batch=batch_size(40, 2)).map(lambda n: n * n, [(n,) for n in range(40)]))
    assert results == [n * n for n in range(40)]
    assert sizes == [5] * 8
