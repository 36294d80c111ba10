"""Hostile input and faults (issue #16): one clear line or a correct result, user files kept.

Each test gives the command something a careless or hostile user might: a folder it must not
replace, a file crafted to blow up a parser, a spreadsheet formula, a signal.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from inputs import GOOD

from analysis._plumbing.atomic import STAGING_MARKER, remove_stale_staging
from analysis.export.cli import main
from analysis.export.manifest import CREATED_BY, MANIFEST_NAME, is_tool_folder

PROJECT = Path(__file__).resolve().parents[1]
FRONT = "---\ntitle: Grain and Guns\nauthor: Ada Byrne\ndate: 2026-03-01\n---\n\n"
BODY = "The embargo held. Prices rose.\n"
HEADER = "title,author,date,text\n"


def run(*args: str) -> int:
    return main(["export", "--jobs", "1", *args])


def one_error(capsys, path: Path | str, problem: str) -> None:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith(f"error: {path}: ") and problem in err[0], err[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------------------
# Output folders: only the tool's own, never an input


@pytest.mark.parametrize("where, problem", [("corpus", "is the input"),
                                            (".", "holds the input"),
                                            ("corpus/out", "lies inside the input")])
def test_out_never_touches_an_input(tmp_path, corpus, capsys, where, problem):
    (tmp_path / "beside.txt").write_text("keep me")
    before = snapshot(tmp_path)
    out = tmp_path / where if where != "." else tmp_path
    assert run("--corpus", str(corpus), "--out", str(out)) == 2
    one_error(capsys, out, problem)
    assert snapshot(tmp_path) == before


def test_out_refuses_a_folder_it_did_not_write_and_names_what_to_do(tmp_path, corpus, capsys):
    mine = tmp_path / "thesis"
    mine.mkdir()
    (mine / "chapter.md").write_text("years of work")
    assert run("--corpus", str(corpus), "--out", str(mine)) == 2
    one_error(capsys, mine, "did not write")
    assert (mine / "chapter.md").read_text() == "years of work"


def test_out_may_be_an_empty_folder_and_is_then_the_tools(tmp_path, corpus):
    out = tmp_path / "empty"
    out.mkdir()
    assert run("--corpus", str(corpus), "--out", str(out)) == 0
    assert is_tool_folder(out) and (out / "articles.csv").is_file()


def test_a_forged_or_broken_manifest_does_not_make_a_folder_the_tools(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    for content in ("{", "[]", json.dumps({"tool": "oped-compare"}), "[" * 100_000):
        (folder / MANIFEST_NAME).write_text(content)
        assert not is_tool_folder(folder)
    (folder / MANIFEST_NAME).write_text(json.dumps({"tool": "oped-compare", "created_by": CREATED_BY}))
    assert is_tool_folder(folder)


def test_out_refuses_the_current_folder_the_root_and_a_link(tmp_path, corpus, capsys, monkeypatch):
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert run("--corpus", str(corpus), "--out", ".") == 2
    one_error(capsys, ".", "is the current folder")
    assert run("--corpus", str(corpus), "--out", "/") == 2
    one_error(capsys, "/", "mount point")
    (tmp_path / "link").symlink_to(tmp_path / "work")
    assert run("--corpus", str(corpus), "--out", str(tmp_path / "link")) == 2
    one_error(capsys, tmp_path / "link", "symbolic link")
    assert list((tmp_path / "work").iterdir()) == []


def test_out_refuses_a_mount_point(corpus, capsys):
    mount = next((m for m in ("/proc", "/dev", "/sys", "/dev/shm") if os.path.ismount(m)), None)
    if mount is None:
        pytest.skip("no mount point to try")
    assert run("--corpus", str(corpus), "--out", mount) == 2
    one_error(capsys, mount, "mount point")


def test_manifest_records_command_inputs_dictionaries_and_versions(tmp_path, corpus):
    out = tmp_path / "out"
    args = ["--corpus", str(corpus), "--out", str(out)]
    assert run(*args) == 0
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    assert manifest["tool"] == "oped-compare" and manifest["created_by"] == CREATED_BY
    assert manifest["command"] == ["export", "--jobs", "1", *args]
    assert manifest["inputs"] == [{"path": str(corpus / "good.md"),
                                   "sha256": hashlib.sha256(GOOD.encode()).hexdigest()}]
    names = {entry["name"] for entry in manifest["dictionaries"]}
    assert {"actors", "blame_cues", "frames"} <= names and "tone_domain" not in names  # not asked for
    assert all(len(entry["sha256"]) == 64 and not entry["path"].startswith("/")
               for entry in manifest["dictionaries"])
    assert set(manifest["versions"]) == {"vaderSentiment", "textstat", "spacy", "spacy_pipeline"}
    first = (out / MANIFEST_NAME).read_bytes()
    assert run(*args) == 0
    assert (out / MANIFEST_NAME).read_bytes() == first  # no time stamps: the same run, the same bytes


def test_the_bundled_seeds_are_named_relative_to_the_project(tmp_path):
    assert run("--out", str(tmp_path / "out")) == 0
    manifest = json.loads((tmp_path / "out" / MANIFEST_NAME).read_text())
    assert manifest["inputs"][0]["path"] == "seeds/catalog.toml"


# ---------------------------------------------------------------------------------------
# Staging folders and signals


def test_stale_staging_of_a_dead_run_is_removed_and_nothing_else(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    stale = tmp_path / f".out.oped-staging-{pid}-new-abc"
    live = tmp_path / f".out.oped-staging-{os.getpid()}-new-def"
    unmarked = tmp_path / f".out.oped-staging-{pid}-new-ghi"
    for folder in (stale, live, unmarked):
        folder.mkdir()
        (folder / "articles.csv").write_text("half")
    (stale / STAGING_MARKER).touch()
    (live / STAGING_MARKER).touch()
    assert remove_stale_staging(tmp_path / "out") == [stale]
    assert not stale.exists() and live.exists() and unmarked.exists()


def test_a_run_killed_between_its_two_renames_gets_its_previous_folder_back(tmp_path):
    dead = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True).stdout)
    retired = tmp_path / f".out.oped-staging-{dead}-old-xyz"
    (retired / "previous").mkdir(parents=True)
    (retired / STAGING_MARKER).touch()
    (retired / "previous" / "articles.csv").write_text("earlier export")
    remove_stale_staging(tmp_path / "out")
    assert (tmp_path / "out" / "articles.csv").read_text() == "earlier export"
    assert not retired.exists()


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pids: set[int]) -> set[int]:
    living = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            living.add(pid)
    return living


def wait_for(condition, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture(scope="module")
def long_corpus(tmp_path_factory) -> Path:
    from analysis.corpus.synthetic import write_synthetic_corpus

    folder = tmp_path_factory.mktemp("long")
    write_synthetic_corpus(folder, 1000, seed=3)  # long enough to be caught mid-way anywhere
    return folder


def start_export(long_corpus: Path, out: Path) -> subprocess.Popen:
    # A session of its own, as a terminal's job is a process group of its own; and Ctrl-C at
    # its default, as in a terminal's foreground job, even when these tests were started in
    # the background, where the shell has the job ignore SIGINT (and the export rightly keeps
    # ignoring it).
    process = subprocess.Popen([sys.executable, "-m", "analysis", "export", "--corpus", str(long_corpus),
                                "--out", str(out), "--jobs", "2"], cwd=PROJECT, start_new_session=True,
                               preexec_fn=_ctrl_c_at_its_default,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    def staged() -> bool:
        return any(p.name.startswith(f".{out.name}.oped-staging-") for p in out.parent.iterdir())

    assert wait_for(lambda: staged() and len(children(process.pid)) >= 2), "export never started"
    return process


def _ctrl_c_at_its_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("how", ["SIGTERM to the command", "Ctrl-C to its process group"])
def test_sigterm_and_ctrl_c_remove_staging_and_stop_the_workers(tmp_path, long_corpus, how):
    out = tmp_path / "out"
    process = start_export(long_corpus, out)
    workers = children(process.pid)
    if how.startswith("SIGTERM"):
        process.send_signal(signal.SIGTERM)
        status, last_line = 128 + signal.SIGTERM, "terminated"
    else:
        os.killpg(process.pid, signal.SIGINT)
        status, last_line = 130, "interrupted"
    _, err = process.communicate(timeout=60)
    assert process.returncode == status and err.strip().splitlines() == [last_line]
    assert list(tmp_path.iterdir()) == []
    assert wait_for(lambda: not alive(workers), 10)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_after_sigkill_workers_exit_and_the_next_run_cleans_up(tmp_path, long_corpus, corpus):
    out = tmp_path / "out"
    process = start_export(long_corpus, out)
    workers = children(process.pid)
    process.kill()
    process.communicate(timeout=60)
    assert wait_for(lambda: not alive(workers), 10), "workers outlived their parent"
    assert any(p.name.startswith(".out.oped-staging-") for p in tmp_path.iterdir())
    assert run("--corpus", str(corpus), "--out", str(out)) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out"]


# ---------------------------------------------------------------------------------------
# Output failures are one line


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_an_output_that_cannot_be_written_is_one_line(tmp_path, corpus, capsys, monkeypatch, code):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("analysis.export.sinks.CsvSink.append", fail)
    out = tmp_path / "out"
    assert run("--corpus", str(corpus), "--out", str(out)) == 2
    one_error(capsys, out, os.strerror(code))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path, corpus, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    out = blocker / "out"
    assert run("--corpus", str(corpus), "--out", str(out)) == 2
    one_error(capsys, out, "cannot be written")


def test_an_unreachable_scheduler_is_refused_without_a_corpus_read(tmp_path, corpus, capsys):
    pytest.importorskip("dask.distributed")
    assert run("--corpus", str(corpus), "--out", str(tmp_path / "o"), "--engine", "dask",
               "--scheduler", "nonsense:::1") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: --scheduler nonsense:::1: cannot connect")


# ---------------------------------------------------------------------------------------
# Hostile files


def billion_laughs() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    return "---\n" + "\n".join(lines) + "\ntitle: T\nauthor: A\ndate: 2026-01-01\n---\n\nBody.\n"


HOSTILE_FILES = {
    "laughs.md": (billion_laughs(), "uses a YAML alias (*a)"),
    "feb30.md": ("---\ntitle: T\nauthor: A\ndate: 2026-02-30\n---\n\nBody.\n", "date '2026-02-30' is not a date"),
    "month13.md": ("---\ntitle: T\nauthor: A\ndate: 2026-13-01\n---\n\nBody.\n", "is not a date"),
    "twice.md": ("---\ntitle: T\ntitle: U\nauthor: A\ndate: 2026-01-01\n---\n\nBody.\n", "gives 'title' twice"),
    "list.md": ("---\ntitle: [a, b]\nauthor: A\ndate: 2026-01-01\n---\n\nBody.\n",
                "'title' must be text, not a list"),
    "map.md": ("---\ntitle: T\nauthor: {name: A}\ndate: 2026-01-01\n---\n\nBody.\n",
               "'author' must be text, not a mapping"),
    "bool.md": ("---\ntitle: T\nauthor: A\noutlet: yes\ndate: 2026-01-01\n---\n\nBody.\n",
                "'outlet' must be text, not true/false"),
    "digits.md": (f"---\ntitle: {'9' * 5000}\nauthor: A\ndate: 2026-01-01\n---\n\nBody.\n",
                  "a number of 5000 digits"),
    "nested.md": ("---\ntitle: " + "[" * 5000 + "]" * 5000 + "\nauthor: A\ndate: 2026-01-01\n---\n\nBody.\n",
                  "nest"),
    "huge.md": ("---\ntitle: T\nauthor: A\ndate: 2026-01-01\nnote: " + "x" * 70_000 + "\n---\n\nBody.\n",
                "larger than 64 KB"),
    "late-nul.md": (FRONT + "x" * 9000 + "\x00 tail.\n", "control character U+0000 at line 7"),
    "bell.md": (FRONT + "A bell \x07 rings.\n", "control character U+0007"),
    "nan.md": ("---\ntitle: T\nauthor: NaN\ndate: 2026-01-01\n---\n\nBody.\n",
               "reads back from a table as a missing value"),
    "日本.md": (FRONT + BODY, "no article id can be made from the file name"),
    "nested.jsonl": ('{"title": ' + "[" * 100_000 + "]" * 100_000
                     + ', "author": "A", "date": "2026-01-01", "text": "x."}\n',
                     "line 1: malformed JSON (nested too deeply)"),
    "digits.jsonl": ('{"title": ' + "9" * 5000 + ', "author": "A", "date": "2026-01-01", "text": "x."}\n',
                     "a number of 5000 digits"),
    "surrogate.jsonl": ('{"title": "\\ud800", "author": "A", "date": "2026-01-01", "text": "x."}\n',
                        "lone surrogate (U+D800)"),
    "nan.jsonl": ('{"title": "T", "author": NaN, "date": "2026-01-01", "text": "x."}\n', "NaN is not a number"),
    "escape.jsonl": ('{"title": "T", "author": "A", "date": "2026-01-01", "text": "x.\\u001b[31m"}\n',
                     "'text' holds a control character (U+001B)"),
    "number.jsonl": ('{"title": "T", "author": "A", "date": "2026-01-01", "text": 5}\n', "'text' must be text"),
    "unclosed.csv": (HEADER + 'T1,A,2026-01-01,"Unclosed text\nT2,B,2026-01-02,Plain\nT3,C,2026-01-03,"Quoted"\n',
                     "malformed CSV at line 4 (row 2)"),
    "unclosed-end.csv": (HEADER + 'T1,A,2026-01-01,"Unclosed text\nT2,B,2026-01-02,Plain\n', "malformed CSV"),
    "run-on.csv": (HEADER + 'T1,A,2026-01-01,"Unclosed text\nT2,B,2026-01-02,Plain."\n',
                   "row 2: a field runs into what looks like the next row"),
    "commas.csv": (HEADER + "T1,A,2026-01-01,Text, cut by a comma\n",
                   "row 2 (line 2): 5 fields where the header has 4"),
    "short.csv": (HEADER + "T1,A,2026-01-01,Fine.\nT2,B\n", "row 3 (line 3): 2 fields"),
    "nul.csv": (HEADER + "T1,A,2026-01-01,Fine.\n" * 500 + "T2,B,2026-01-02,x\x00y\n", "control character U+0000"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_file_gets_one_line_and_leaves_nothing(tmp_path, capsys, name):
    text, problem = HOSTILE_FILES[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = path.read_bytes()
    assert run("--corpus", str(path), "--out", str(tmp_path / "out")) == 2
    one_error(capsys, path, problem)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name] and path.read_bytes() == before


def test_skip_invalid_skips_every_kind_of_problem(tmp_path, capsys):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    for name in ("feb30.md", "laughs.md", "list.md", "surrogate.jsonl", "unclosed.csv"):
        (folder / name).write_text(HOSTILE_FILES[name][0], encoding="utf-8")
    assert run("--corpus", str(folder), "--out", str(tmp_path / "out"), "--skip-invalid") == 0
    assert capsys.readouterr().err.count("skipped: ") == 5
    assert pd.read_csv(tmp_path / "out" / "articles.csv")["article_id"].tolist() == ["good"]


@pytest.mark.slow
def test_valid_json_with_a_line_separator_and_a_large_csv_field_are_read(tmp_path):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text('{"title": "T", "author": "A", "date": "2026-01-01", "text": "One.\u2028Two."}\n',
                     encoding="utf-8")
    big = tmp_path / "b.csv"
    big.write_text(HEADER + 'T,B,2026-01-02,"' + "word " * 40_000 + 'end."\n', encoding="utf-8")
    assert run("--corpus", str(jsonl), "--corpus", str(big), "--out", str(tmp_path / "out")) == 0
    articles = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert articles["n_words"].tolist()[1] == 40_001


def test_a_datetime_in_front_matter_is_still_a_date(tmp_path):
    path = tmp_path / "stamp.md"
    path.write_text("---\ntitle: T\nauthor: A\ndate: 2026-03-01 09:30:00\n---\n\nBody.\n")
    assert run("--corpus", str(path), "--out", str(tmp_path / "out")) == 0
    assert pd.read_csv(tmp_path / "out" / "articles.csv")["date"].tolist() == ["2026-03-01"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_not_waited_on(tmp_path, capsys):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    assert run("--corpus", str(fifo), "--out", str(tmp_path / "out")) == 2
    one_error(capsys, fifo, "not a regular file")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD)
    os.mkfifo(folder / "pipe.md")
    assert run("--corpus", str(folder), "--out", str(tmp_path / "out")) == 2
    one_error(capsys, folder / "pipe.md", "not a regular file")


def test_a_broken_link_in_a_folder_is_reported(tmp_path, capsys):
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD)
    (folder / "gone.md").symlink_to(tmp_path / "nowhere.md")
    assert run("--corpus", str(folder), "--out", str(tmp_path / "out")) == 2
    one_error(capsys, folder / "gone.md", "broken symbolic link")


def test_an_unreadable_folder_is_one_line(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()

    def refuse(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    assert main(["export", "--jobs", "1", "--corpus", str(folder), "--out", "/nonexistent-w16/out"]) == 2
    one_error(capsys, folder, "cannot be read (Permission denied)")


def test_a_file_name_that_is_not_utf8_is_reported(tmp_path, capsys):
    folder = tmp_path / "folder"
    folder.mkdir()
    try:
        (folder / os.fsdecode(b"caf\xe9.md")).write_text(GOOD)
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses such names")
    assert run("--corpus", str(folder), "--out", str(tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert err == f"error: {folder}/caf\\xe9.md: file name is not UTF-8; rename the file\n"


CATALOG_ENTRY = '[[articles]]\ntitle = "T"\nauthor = "A"\ndate = 2026-01-01\n'


@pytest.mark.parametrize("catalog, problem", [
    (CATALOG_ENTRY + 'file = "../secret.txt"\n', "lies outside the catalog's folder"),
    (CATALOG_ENTRY + 'file = "/etc/hostname"\n', "lies outside the catalog's folder"),
    (CATALOG_ENTRY + "file = 5\n", "missing required field: file"),
    ("articles = [1]\n", "article 1: must be a table"),
    (CATALOG_ENTRY + 'file = "a.txt"\ncleaning = "none"\n', "cleaning must be a list"),
    (CATALOG_ENTRY + 'file = "a.txt"\nsha256 = 7\n', "sha256 must be text"),
    ('[[articles]]\ntitle = ["T"]\nauthor = "A"\ndate = 2026-01-01\nfile = "a.txt"\n', "'title' must be text"),
    ("x = " + "[" * 3000 + "]" * 3000 + "\n", "malformed TOML"),
])
def test_a_catalog_reads_only_its_own_files_and_checks_types(tmp_path, capsys, catalog, problem):
    (tmp_path / "secret.txt").write_text("Private notes.\n")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Body text.\n")
    (folder / "catalog.toml").write_text(catalog)
    assert run("--corpus", str(folder), "--out", str(tmp_path / "out")) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and problem in err[0] and str(folder / "catalog.toml") in err[0], err


def test_no_traceback_from_a_non_utf8_argument():
    out = os.fsencode("/nonexistent-w16/") + b"\xff"
    result = subprocess.run([sys.executable, "-m", "analysis", "export", "--corpus", b"/nonexistent-w16/\xfe.md",
                             "--out", out], capture_output=True, cwd=PROJECT, check=False)
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert result.stderr.startswith(b"error: /nonexistent-w16/\\xfe.md: no such file or folder")
