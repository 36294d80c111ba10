"""Browser checks in headless Chromium: the write-up page, and every notebook in JupyterLab.

Deselect with ``pytest -m "not browser"``. Screenshots go to ``build/screenshots/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat
import pytest
from browser import CHROMIUM_FLAGS, LabServer, find_chromium, in_ci, start_lab, unavailable

from analysis._plumbing.paths import BUILD_DIR, NOTEBOOKS_DIR
from analysis.presentation.report import inject_parameters, numbered_notebooks, render_write_up
from analysis.presentation.writeup import ERROR_CLASS

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Route

pytestmark = pytest.mark.browser

WRITE_UP = NOTEBOOKS_DIR / "05-write-up.ipynb"
SCREENSHOTS = BUILD_DIR / "screenshots"
NOTEBOOK_LOAD_MS = 60_000
NOTEBOOK_RUN_MS = 180_000
# What an error looks like in an output's text: a traceback, or an exception's name.
ERROR_TEXT = re.compile(r"Traceback|\w*Error\b")
# JupyterLab renders both stderr streams and tracebacks with this MIME type.
STDERR_MIME = "application/vnd.jupyter.stderr"


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    """A headless Chromium with a fresh profile; skipped without one, failed in CI.

    Module-scoped so Playwright's event loop is gone before nbval's kernels start.
    """
    executable = find_chromium()
    if executable is None:
        unavailable("Chromium not found (looked at $CHROMIUM_PATH, else /usr/bin/chromium and "
                    "PATH): `apt-get install chromium` or set CHROMIUM_PATH")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None  # reported outside the handler, without a chained traceback
    if sync_playwright is None:
        unavailable("Playwright is not installed: `pip install -e '.[dev]'`")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("chromium-profile"), executable_path=executable,
            headless=True, args=CHROMIUM_FLAGS, viewport={"width": 1280, "height": 900})
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(chromium: BrowserContext) -> Iterator[Page]:
    new_page = chromium.new_page()
    try:
        yield new_page
    finally:
        new_page.close()


def local_only(page: Page, allowed: tuple[str, ...]) -> list[str]:
    """Abort every request whose URL does not start with ``allowed``; return their URLs."""
    refused: list[str] = []

    def route(request_route: Route) -> None:
        url = request_route.request.url
        if url.startswith(allowed):
            request_route.continue_()
        else:
            refused.append(url)
            request_route.abort()

    page.route("**/*", route)
    return refused


def console_errors(page: Page) -> list[str]:
    """The text of every console error the page logs from now on (CSP violations included)."""
    errors: list[str] = []

    def record(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("console", record)
    return errors


def screenshot_path(name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / name


def test_write_up_renders_in_chromium(page: Page, tmp_path: Path) -> None:
    if not WRITE_UP.exists():
        if in_ci():
            pytest.fail(f"{WRITE_UP.name} is missing", pytrace=False)
        pytest.skip(f"{WRITE_UP.name} does not exist yet")
    html = render_write_up(nbformat.read(WRITE_UP, as_version=4), tmp_path / "write-up.html")
    refused = local_only(page, ("file://", "data:"))
    errors = console_errors(page)
    page.goto(html.as_uri(), wait_until="load")
    page.screenshot(path=screenshot_path("write-up.png"), full_page=True)

    images = page.eval_on_selector_all(
        "img", "images => images.map(i => ({alt: i.alt, ok: i.complete && i.naturalWidth > 0}))")
    assert images, "the write-up has no figure"
    assert [image["alt"] for image in images if not image["ok"]] == []
    assert page.locator(f".{ERROR_CLASS}").count() == 0, "the write-up shows an error or stderr"
    outputs = page.eval_on_selector_all(".output", "areas => areas.map(a => a.innerText)")
    assert [text for text in outputs if ERROR_TEXT.search(text)] == []
    toc_targets = page.eval_on_selector_all(
        "nav.toc a", "links => links.map(a => a.getAttribute('href'))")
    assert toc_targets, "the write-up has no table of contents"
    missing = page.evaluate(
        "targets => targets.filter(t => !document.getElementById(t.slice(1)))", toc_targets)
    assert missing == []
    assert refused == [] and errors == []


@pytest.fixture(scope="module")
def lab(chromium: BrowserContext, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """JupyterLab on throw-away copies of the notebooks, so running them changes no file.

    Each copy gets ``FIGURES_DIR`` set beside it (as ``analysis report --out`` does), so the
    project's figures are not rewritten either. Requests ``chromium`` first so that a missing
    browser skips before a server starts.
    """
    scratch = tmp_path_factory.mktemp("lab")
    root = scratch / "notebooks"
    root.mkdir()
    for path in numbered_notebooks():
        notebook = nbformat.read(path, as_version=4)
        inject_parameters(notebook, {"FIGURES_DIR": str(scratch / "figures")})
        nbformat.write(notebook, root / path.name)
    server = start_lab(root, scratch)
    try:
        yield server
    finally:
        server.stop()


# The open notebook is loaded, its kernel idle, and no cell waits to run or runs ("[*]").
NOTEBOOK_IDLE = """() => {
  const panel = window.jupyterapp?.shell.currentWidget;
  const session = panel?.sessionContext;
  return Boolean(panel?.context?.isReady && session?.session?.kernel
    && session.kernelDisplayStatus === 'idle'
    && ![...panel.node.querySelectorAll('.jp-InputPrompt')]
         .some(prompt => prompt.textContent.includes('[*]')));
}"""

# Run All Cells through Lab's own command, without awaiting it here, so that the wait below
# stays bounded; the command's promise says whether every cell succeeded.
RUN_ALL = """() => {
  window.runAllResult = 'running';
  window.jupyterapp.commands.execute('notebook:run-all-cells').then(
    ok => { window.runAllResult = ok ? 'ok' : 'a cell failed'; },
    error => { window.runAllResult = String(error); });
}"""


@pytest.mark.parametrize("notebook", numbered_notebooks(), ids=lambda path: path.stem)
def test_notebook_runs_in_jupyterlab(page: Page, lab: LabServer, notebook: Path) -> None:
    refused = local_only(page, (lab.base_url + "/",))
    try:
        # ?reset: a fresh layout, so notebooks opened by earlier tests do not reopen.
        page.goto(f"{lab.base_url}/lab/tree/{notebook.name}?reset&token={lab.token}")
        page.wait_for_function(NOTEBOOK_IDLE, timeout=NOTEBOOK_LOAD_MS)
        page.evaluate(RUN_ALL)
        page.wait_for_function("() => window.runAllResult !== 'running'",
                               timeout=NOTEBOOK_RUN_MS)
        page.wait_for_function(NOTEBOOK_IDLE, timeout=NOTEBOOK_RUN_MS)
        stderr = page.eval_on_selector_all(
            f'.jp-OutputArea-output[data-mime-type="{STDERR_MIME}"]',
            "outputs => outputs.map(o => o.innerText)")
        run_all = page.evaluate("() => window.runAllResult")
    finally:
        # Also on a timeout: the picture shows where the notebook got stuck.
        page.screenshot(path=screenshot_path(f"lab-{notebook.stem}.png"))
        lab.shut_down_sessions()

    assert [text for text in stderr if ERROR_TEXT.search(text)] == []
    assert run_all == "ok"
    assert refused == []
