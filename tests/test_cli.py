"""The export command: tables, and one-line errors for every kind of bad input."""

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from inputs import GOOD, folder_with_bad_files

from analysis.export.cli import main
from analysis.measures.blame import BLAME_COLUMNS


def export(tmp_path, *args):
    out = tmp_path / "out"
    return main(["export", "--out", str(out), *args]), out


def test_export_writes_the_tables_for_the_bundled_corpus(tmp_path):
    status, out = export(tmp_path)
    assert status == 0
    articles = pd.read_csv(out / "articles.csv")
    sentences = pd.read_csv(out / "sentences.csv")
    assert articles["author"].tolist() == ["Marc Champion", "Diane Francis"]
    assert len(sentences) == articles["n_sentences"].sum()
    assert (out / "paragraphs.csv").read_bytes().startswith(b"article_id,author,paragraph_id")
    blame = pd.read_csv(out / "blame.csv")
    assert list(blame.columns) == BLAME_COLUMNS
    assert set(blame["sentence_id"]) <= set(sentences["sentence_id"])


def test_export_replaces_a_folder_it_wrote_and_nothing_else(tmp_path, capsys):
    status, out = export(tmp_path)
    (out / "stale.csv").write_text("old")
    status, out = export(tmp_path)
    assert status == 0 and not (out / "stale.csv").exists() and (out / "manifest.json").is_file()
    (out / "manifest.json").unlink()
    status, out = export(tmp_path)
    assert status == 2 and (out / "articles.csv").exists()
    assert f"error: {out}: is a folder this tool did not write" in capsys.readouterr().err


BAD_INPUTS = {
    "empty.md": (b"", "empty file"),
    "blank.md": (b"  \n\n", "empty file"),
    "binary.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    "latin1.md": (GOOD.replace("Byrne", "Béla").encode("latin-1"), "not UTF-8"),
    "no-front.md": (b"Just a body.\n", "no YAML front matter"),
    "bad-yaml.md": (b"---\ntitle: [unclosed\nauthor: A\n---\n\nBody.\n", "malformed YAML"),
    "no-author.md": (b"---\ntitle: T\ndate: 2026-01-01\n---\n\nBody.\n", "missing required field: author"),
    "bad-date.md": (b"---\ntitle: T\nauthor: A\ndate: last Tuesday\n---\n\nBody.\n", "is not a date"),
    "no-body.md": (b"---\ntitle: T\nauthor: A\ndate: 2026-01-01\n---\n\n\n", "no body text"),
    "rows.csv": (b"title,author,date\nT,A,2026-01-01\n", "no body text"),
    "rows.jsonl": (b'{"title": "T", "author": "A", "date": "2026-01-01", "text": "x."}\n{oops\n', "malformed JSON"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gets_one_line_naming_file_and_problem(tmp_path, capsys, name):
    data, problem = BAD_INPUTS[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    status, out = export(tmp_path, "--corpus", str(bad))
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 1 and err[0].startswith(f"error: {bad}: ") and problem in err[0]
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == [name]
    assert bad.read_bytes() == data


def test_missing_path(tmp_path, capsys):
    status, out = export(tmp_path, "--corpus", str(tmp_path / "nowhere.md"))
    assert status == 2 and "nowhere.md: no such file or folder" in capsys.readouterr().err


def test_duplicate_ids_are_refused(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.md").write_text(GOOD)
    (tmp_path / "b" / "same.md").write_text(GOOD)
    status, _ = export(tmp_path, "--corpus", str(tmp_path / "a"), "--corpus", str(tmp_path / "b"))
    assert status == 2 and "duplicate article id 'same'" in capsys.readouterr().err


def test_folder_lists_every_bad_file_and_skip_invalid_exports_the_rest(tmp_path, capsys):
    folder = folder_with_bad_files(tmp_path)
    status, out = export(tmp_path, "--corpus", str(folder))
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and len(err) == 2 and not out.exists()
    assert {line.split(": ")[1] for line in err} == {str(folder / "bad-date.md"), str(folder / "empty.md")}

    status, out = export(tmp_path, "--corpus", str(folder), "--skip-invalid")
    err = capsys.readouterr().err
    assert status == 0 and err.count("skipped: ") == 2
    assert pd.read_csv(out / "articles.csv")["article_id"].tolist() == ["good"]


def test_no_traceback_from_the_real_command(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe\x00b\x00a\x00d")
    result = subprocess.run([sys.executable, "-m", "analysis", "export", "--out", str(tmp_path / "o"),
                             "--corpus", str(bad)], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_help_documents_every_option():
    result = subprocess.run([sys.executable, "-m", "analysis", "export", "--help"], capture_output=True,
                            text=True, cwd=Path(__file__).resolve().parents[1])
    for option in ("--out", "--corpus", "--skip-invalid", "--domain-lexicon", "--format", "--jobs",
                   "--engine", "--scheduler"):
        assert option in result.stdout
