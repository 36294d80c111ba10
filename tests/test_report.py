"""The report: notebooks run headless, figures regenerate byte for byte, other corpora work."""

import hashlib
import subprocess
from pathlib import Path

import nbformat
import pytest

from analysis._plumbing.paths import FIGURES_DIR, PROJECT_ROOT
from analysis.presentation.report import (
    NotebookFailed,
    execute_notebook,
    inject_parameters,
    numbered_notebooks,
    run_report,
)

SECOND_WRITER_TEXT = [
    "The ministers met in Vienna on Tuesday. Officials said the draft was still open.",
    "Moscow rejected the proposal within hours. The Kremlin reneged on the grain corridor again.",
    "Brussels did nothing while the shelling went on, and Washington refused to act.",
    "Families in Odesa waited for news. Prices for bread rose by 12 percent in a month.",
]
FIRST_WRITER_TEXT = [
    "Negotiators gathered in Geneva for a third round. Few expected a breakthrough.",
    "Europe is to blame for the delay, one diplomat argued, though others disagreed.",
    "The talks could still succeed if both sides accept a ceasefire line. Is anyone listening?",
    "Russian forces shelled Kharkiv overnight. Aid groups counted the cost in lives and money.",
]


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*")) if p.is_file()}


def git_clean(*paths: str) -> bool:
    result = subprocess.run(["git", "status", "--porcelain", "--", *paths], cwd=PROJECT_ROOT,
                            capture_output=True, text=True)
    return result.returncode == 0 and result.stdout.strip() == ""


def test_numbered_notebooks_run_in_order():
    names = [p.name for p in numbered_notebooks()]
    assert names == sorted(names) and names[0].startswith("00-") and names[-1] == "05-write-up.ipynb"


def test_every_notebook_opens_with_question_method_and_caveats():
    for path in numbered_notebooks():
        first = nbformat.read(path, as_version=4).cells[0]
        assert first.cell_type == "markdown", path.name
        for heading in ("Question", "Method", "Caveat"):
            assert heading.lower() in first.source.lower(), (path.name, heading)


def test_every_notebook_has_a_parameters_cell():
    for path in numbered_notebooks():
        cells = nbformat.read(path, as_version=4).cells
        tagged = [c for c in cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1 and "CORPUS = []" in tagged[0].source, path.name


@pytest.mark.slow
def test_a_failing_cell_is_reported_with_notebook_and_cell(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1"),
                                               nbformat.v4.new_code_cell("1 / 0")])
    path = tmp_path / "99-broken.ipynb"
    nbformat.write(notebook, path)
    with pytest.raises(NotebookFailed) as failure:
        execute_notebook(path)
    assert failure.value.notebook == "99-broken.ipynb" and failure.value.cell_number == 2
    assert "ZeroDivisionError" in str(failure.value)


def test_injected_parameters_follow_the_parameters_cell():
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# t"),
        nbformat.v4.new_code_cell("CORPUS = []", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("print(CORPUS)")])
    inject_parameters(notebook, {"CORPUS": ["/data/x"]})
    assert notebook.cells[2].source == "CORPUS = ['/data/x']"
    nbformat.validate(notebook)


@pytest.mark.slow
@pytest.mark.skipif(not (PROJECT_ROOT / ".git").exists(), reason="needs a git checkout")
def test_regenerating_every_figure_changes_no_committed_byte():
    if not git_clean("figures", "notebooks"):
        pytest.skip("figures/ or notebooks/ already has uncommitted changes")
    before = digests(FIGURES_DIR)
    run_report()
    assert digests(FIGURES_DIR) == before
    assert git_clean("figures", "notebooks")


def write_article(folder: Path, name: str, author: str, title: str, paragraphs: list[str]) -> None:
    front = f"---\ntitle: {title}\nauthor: {author}\ndate: 2026-03-0{len(name) % 9 + 1}\n---\n\n"
    (folder / f"{name}.md").write_text(front + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


@pytest.mark.slow
def test_report_on_another_corpus_goes_to_its_own_folder(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    write_article(corpus, "ash", "Rowan Ash", "Talks in Geneva", FIRST_WRITER_TEXT)
    write_article(corpus, "birch", "Sol Birch", "Vienna draft", SECOND_WRITER_TEXT)
    committed = digests(FIGURES_DIR)
    out = tmp_path / "report"
    result = run_report(corpus=[corpus], output_dir=out)
    figures = {p.name for p in (out / "figures").glob("*.png")}
    assert {"00-lengths.png", "01-tone-distributions.png", "03-blame-matrix.png", "04-frame-profile.png"} <= figures
    html = (out / "write-up.html").read_text(encoding="utf-8")
    assert "Rowan Ash" in html and "Sol Birch" in html and "Marc Champion" not in html
    assert result.write_up == out / "write-up.html"
    assert digests(FIGURES_DIR) == committed


def test_stored_notebooks_carry_no_run_dependent_widget_data(tmp_path):
    from analysis.presentation.report import WIDGET_VIEW, write_notebook_atomically

    cell = nbformat.v4.new_code_cell("w", outputs=[nbformat.v4.new_output(
        "display_data", data={"text/plain": "Dropdown()", WIDGET_VIEW: {"model_id": "3f2a"}})])
    notebook = nbformat.v4.new_notebook(cells=[cell], metadata={"widgets": {"state": {"3f2a": {}}}})
    path = tmp_path / "n.ipynb"
    write_notebook_atomically(notebook, path)
    stored = nbformat.read(path, as_version=4)
    assert "widgets" not in stored.metadata
    assert stored.cells[0].outputs[0].data == {"text/plain": "Dropdown()"}


@pytest.mark.slow
def test_report_on_a_single_article_writes_a_write_up(tmp_path, capsys):
    # One article is one writer: every comparison between writers is empty, and the report
    # must say so rather than fail (issue #16).
    from analysis.export.cli import main

    corpus = tmp_path / "one"
    corpus.mkdir()
    write_article(corpus, "ash", "Rowan Ash", "Talks in Geneva", FIRST_WRITER_TEXT)
    out = tmp_path / "report"
    assert main(["report", "--corpus", str(corpus), "--out", str(out)]) == 0
    assert "Rowan Ash" in (out / "write-up.html").read_text(encoding="utf-8")
    assert (out / "manifest.json").is_file() and (out / "figures" / "01-tone-distributions.png").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one", "report"]


def test_a_failed_report_leaves_no_partial_output(tmp_path, capsys, monkeypatch):
    from analysis.export.cli import main

    def fail_halfway(*, corpus, output_dir, progress, **_):
        (output_dir / "figures").mkdir()
        (output_dir / "figures" / "00-lengths.png").write_bytes(b"half")
        raise NotebookFailed("01-tone.ipynb", 8, "IndexError: out of bounds")

    monkeypatch.setattr("analysis.presentation.report.run_report", fail_halfway)
    corpus = tmp_path / "one"
    corpus.mkdir()
    write_article(corpus, "ash", "Rowan Ash", "Talks in Geneva", FIRST_WRITER_TEXT)
    assert main(["report", "--corpus", str(corpus), "--out", str(tmp_path / "report")]) == 1
    assert capsys.readouterr().err == "error: notebook failed: 01-tone.ipynb, cell 8: IndexError: out of bounds\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one"]


def test_notebook_errors_carry_no_terminal_escape_codes():
    from analysis.presentation.report import _first_error_line

    coloured = Exception("\x1b[0;31m---------\x1b[0m\n\x1b[31mIndexError\x1b[39m: single positional indexer")
    assert _first_error_line(coloured) == "IndexError: single positional indexer"


HARBOUR = Path(__file__).parent / "corpora" / "harbour"


@pytest.mark.slow
def test_report_on_a_story_of_its_own_with_its_own_dictionaries(tmp_path):
    out = tmp_path / "report"
    result = run_report(corpus=[HARBOUR / "articles"], output_dir=out, dictionaries=HARBOUR / "dictionaries")
    figures = {p.name for p in (out / "figures").glob("*.png")}
    # Two months of articles: tone per month; several articles per writer: tone per article.
    assert {"01-tone-months.png", "01-tone-articles.png", "03-blame-months.png", "03-blame-matrix.png"} <= figures
    html = (out / "write-up.html").read_text(encoding="utf-8")
    for writer in ("Declan Ferris", "Yusuf Hale", "Margaret Ilsley"):
        assert writer in html
    # Labels from the story's actors file, comparisons over articles, each writer against the rest.
    assert "the council" in html and "Greyhaven" in html
    assert "articles" in html and "Holm" in html
    assert len(result.article_pages) == 9
