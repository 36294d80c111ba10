"""Run the numbered notebooks headless, in order, and render the write-up.

* Each notebook runs in the project's own Python (nbclient, the ``python3`` kernel of the
  interpreter running this code), from the ``notebooks/`` folder.
* By default the executed copies are thrown away, so committed notebooks stay untouched;
  ``update_notebooks=True`` writes them back (outputs only, no timings), which is how their
  stored outputs are refreshed for strict nbval.
* With ``corpus`` paths, every notebook gets those paths through its ``parameters`` cell
  (papermill-style: an injected cell right after it), and figures and the write-up go to
  ``output_dir`` instead of ``figures/`` and ``build/``.
* The write-up notebook is rendered to one self-contained HTML file (images embedded, code
  hidden, table of contents).
* Then every article gets its annotated page, ``articles/<article_id>.html`` beside the
  write-up (``article_pages.py``), built from the rows the export writes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .._plumbing.atomic import write_atomically, write_text_atomically
from .._plumbing.paths import BUILD_DIR, NOTEBOOKS_DIR
from ..measures.dictionaries import Dictionaries
from .writeup import ANSI_ESCAPE

WRITE_UP_NOTEBOOK = "05-write-up.ipynb"
WRITE_UP_HTML = "write-up.html"
PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
CELL_TIMEOUT_SECONDS = 600


class NotebookFailed(Exception):
    """A notebook cell raised: names the notebook, the cell and the error."""

    def __init__(self, notebook: str, cell_number: int, error: str):
        self.notebook, self.cell_number, self.error = notebook, cell_number, error
        super().__init__(f"{notebook}, cell {cell_number}: {error}")


@dataclass(frozen=True)
class ReportResult:
    notebooks: list[str]
    figures_dir: Path
    write_up: Path | None
    article_pages: list[Path] = field(default_factory=list)


def numbered_notebooks(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """Notebooks whose names start with a number, in run order."""
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb"))


def run_report(*, corpus: Sequence[Path] = (), output_dir: Path | None = None,
               update_notebooks: bool = False, progress: Callable[[str], None] | None = None,
               notebooks: Sequence[Path] | None = None, dictionaries: Path | None = None) -> ReportResult:
    """Execute the notebooks in order and render the write-up; see the module docstring.
    ``dictionaries``: a folder of per-corpus dictionaries (``analysis.measures.dictionaries``)."""
    if update_notebooks and corpus:
        raise ValueError("--update-notebooks stores outputs for the bundled corpus only")
    say = progress or (lambda message: None)
    paths = list(notebooks) if notebooks is not None else numbered_notebooks()
    figures_dir = (output_dir / "figures") if output_dir else None
    build_dir = output_dir if output_dir else BUILD_DIR
    parameters = _parameters(corpus, figures_dir, dictionaries)
    executed_write_up = None
    for number, path in enumerate(paths, start=1):
        say(f"[{number}/{len(paths)}] {path.name}")
        notebook = execute_notebook(path, parameters, progress=say)
        if update_notebooks:
            write_notebook_atomically(notebook, path)
        if path.name == WRITE_UP_NOTEBOOK:
            executed_write_up = notebook
    write_up = None
    if executed_write_up is not None:
        write_up = render_write_up(executed_write_up, build_dir / WRITE_UP_HTML)
        # Only the name: the folder may be a staging folder, renamed once the report is done.
        say(f"write-up: {write_up.name} rendered")
    from .._plumbing.paths import FIGURES_DIR
    from .article_pages import write_article_pages

    pages = write_article_pages(build_dir, corpus, Dictionaries(dictionaries), progress=say)
    return ReportResult([p.name for p in paths], figures_dir or FIGURES_DIR, write_up, pages)


def _parameters(corpus: Sequence[Path], figures_dir: Path | None,
                dictionaries: Path | None = None) -> dict[str, object]:
    if not corpus:
        return {}
    return {"CORPUS": [str(Path(p).resolve()) for p in corpus],
            "FIGURES_DIR": str(figures_dir.resolve()) if figures_dir else None,
            "DICTIONARIES": str(Path(dictionaries).resolve()) if dictionaries else None}


def execute_notebook(path: Path, parameters: dict[str, object] | None = None,
                     progress: Callable[[str], None] | None = None) -> nbformat.NotebookNode:
    """Execute one notebook in this interpreter's kernel; raise ``NotebookFailed`` on error."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = nbformat.read(path, as_version=4)
    if parameters:
        inject_parameters(notebook, parameters)
    client = NotebookClient(notebook, timeout=CELL_TIMEOUT_SECONDS, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}},
                            record_timing=False, allow_errors=False)
    code_cells = [i for i, cell in enumerate(notebook.cells) if cell.cell_type == "code"]
    _report_cell_progress(client, code_cells, path.name, progress)
    try:
        client.execute()
    except CellExecutionError as error:
        failing = _failing_cell(notebook)
        raise NotebookFailed(path.name, failing, _first_error_line(error)) from None
    return notebook


def _report_cell_progress(client, code_cells: list[int], name: str,
                          progress: Callable[[str], None] | None) -> None:
    if progress is None:
        return

    def on_cell_start(cell, cell_index, **_):
        if cell.cell_type == "code":
            done = code_cells.index(cell_index) + 1
            progress(f"    {name}: cell {done}/{len(code_cells)}")

    client.on_cell_start = on_cell_start


def _failing_cell(notebook: nbformat.NotebookNode) -> int:
    for number, cell in enumerate(notebook.cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return number
    return 0


def _first_error_line(error: Exception) -> str:
    """The line of a cell's error that names it, without the terminal colour codes that
    IPython's traceback carries."""
    lines = [line for line in ANSI_ESCAPE.sub("", str(error)).splitlines() if line.strip()]
    named = [line for line in lines if "Error" in line or "Exception" in line]
    return (named[-1] if named else lines[-1] if lines else type(error).__name__).strip()


def inject_parameters(notebook: nbformat.NotebookNode, parameters: dict[str, object]) -> None:
    """Insert a cell assigning ``parameters`` right after the cell tagged ``parameters``."""
    source = "\n".join(f"{name} = {value!r}" for name, value in parameters.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": [INJECTED_TAG]})
    cell["id"] = INJECTED_TAG
    tagged = [i for i, c in enumerate(notebook.cells)
              if PARAMETERS_TAG in c.get("metadata", {}).get("tags", [])]
    if not tagged:
        raise ValueError("notebook has no cell tagged 'parameters'")
    notebook.cells.insert(tagged[0] + 1, cell)


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def write_notebook_atomically(notebook: nbformat.NotebookNode, path: Path) -> None:
    """Write an executed notebook without run-dependent data: no timings, and no widget views,
    whose model ids are random, and no saved widget state (re-run the cell to get the widget)."""
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        cell.get("metadata", {}).pop("execution", None)
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW, None)
    write_atomically(path, lambda temporary: nbformat.write(notebook, temporary))


def render_write_up(notebook: nbformat.NotebookNode, target: Path) -> Path:
    """Render the executed write-up to one self-contained HTML file, code hidden."""
    from .writeup import notebook_to_html

    write_text_atomically(target, notebook_to_html(notebook))
    return target


def default_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
