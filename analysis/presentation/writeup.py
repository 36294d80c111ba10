"""Render an executed notebook as one self-contained HTML page: the write-up.

Readers get prose, tables and figures, not code: code inputs are dropped and outputs kept.
Figures are embedded as ``data:`` URIs and the style sheet is inline, so the file opens
offline, anywhere, and travels as one attachment; a Content-Security-Policy forbids loading
anything else. Errors and stderr are shown in a red box, never hidden, so a broken run is
visible to readers and to ``tests/test_browser.py``. The page depends only on the notebook:
the same notebook gives the same bytes.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from itertools import count
from typing import Any

import mistune
import nbformat
from mistune.util import striptags

# Outputs carrying this class are errors or stderr; tests look for it.
ERROR_CLASS = "error-box"
TOC_LEVELS = (1, 2, 3)
DEFAULT_TITLE = "Write-up"
_WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
# Terminal control sequences (colours, cursor moves) in a kernel's traceback text.
ANSI_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")

# Inline styles and data: images only; nothing else may load, even from an HTML output.
_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

_CSS = """
body { max-width: 720px; margin: 0 auto; padding: 2rem 1.25rem 4rem; color: #1b1b1b;
  background: #fff; font: 17px/1.6 Georgia, "DejaVu Serif", "Times New Roman", serif; }
h1, h2, h3, h4, nav, table, figcaption { font-family: "DejaVu Sans", "Segoe UI", Helvetica,
  Arial, sans-serif; }
h1, h2, h3, h4 { line-height: 1.25; margin: 2em 0 .5em; }
h1 { font-size: 1.85rem; margin-top: .5em; }
h2 { font-size: 1.4rem; border-bottom: 1px solid #ddd; padding-bottom: .2em; }
h3 { font-size: 1.15rem; }
a { color: #0b5394; }
nav.toc { border: 1px solid #ddd; background: #fafafa; padding: .75rem 1.25rem;
  margin: 1.5rem 0 2.5rem; font-size: .95rem; }
nav.toc p { margin: 0 0 .4em; font-weight: bold; }
nav.toc ul { list-style: none; margin: 0; padding: 0; }
nav.toc .toc-h2 { padding-left: 1.25em; }
nav.toc .toc-h3 { padding-left: 2.5em; }
figure { margin: 1.5rem 0; }
img { max-width: 100%; height: auto; }
.html-output { overflow-x: auto; }
table { border-collapse: collapse; border: 0; margin: 1rem 0; font-size: .85rem;
  line-height: 1.4; }
th, td { padding: .3em .6em; border: 0; border-bottom: 1px solid #ddd; text-align: left;
  vertical-align: top; }
thead th { border-bottom: 2px solid #888; }
tbody tr:nth-child(even) { background: #f6f6f6; }
pre, code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
pre { white-space: pre-wrap; background: #f6f6f6; padding: .75em 1em; }
/* Tables from analysis/presentation/display.py: full width; at phone width each row's cells stack,
   headed by their column names, so no column is cut off. */
table.findings-table { width: 100%; }
.findings-table td { overflow-wrap: anywhere; }
@media (max-width: 600px) {
  .findings-table thead { display: none; }
  .findings-table tr { display: block; border-bottom: 1px solid #bbb; padding: .4em 0; }
  .findings-table td { display: block; border: 0; padding: .1em .3em; }
  .findings-table td::before { content: attr(data-label) ": "; font-weight: bold; }
}
.error-box { background: #fdecea; border-left: 4px solid #c62828; color: #5f1212; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav.toc { background: none; }
  figure, table, pre { break-inside: avoid; }
  a { color: inherit; }
}
"""


class _HeadingRenderer(mistune.HTMLRenderer):
    """Markdown to HTML, giving every heading a unique id and recording h1–h3 for the TOC.

    One renderer serves the whole notebook, so ids stay unique across cells.
    """

    def __init__(self) -> None:
        # Notebook markdown may carry raw HTML, which Jupyter renders too: keep it.
        super().__init__(escape=False)
        self.headings: list[tuple[int, str, str]] = []  # (level, id, plain text)
        self._ids: set[str] = set()

    def heading(self, text: str, level: int, **attrs: Any) -> str:
        plain = html.unescape(striptags(text)).strip()
        anchor = self._unique(_slug(plain))
        if level in TOC_LEVELS:
            self.headings.append((level, anchor, plain))
        return f'<h{level} id="{anchor}">{text}</h{level}>\n'

    def _unique(self, anchor: str) -> str:
        candidate, number = anchor, 1
        while candidate in self._ids:
            number += 1
            candidate = f"{anchor}-{number}"
        self._ids.add(candidate)
        return candidate


def _slug(text: str) -> str:
    """An ASCII id, so TOC fragments need no URL encoding."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "section"


def notebook_to_html(notebook: nbformat.NotebookNode) -> str:
    """The executed ``notebook`` as one self-contained HTML document, code hidden."""
    renderer = _HeadingRenderer()
    markdown: Callable[[str], str] = mistune.create_markdown(
        renderer=renderer, plugins=["table", "strikethrough"])
    figures = count(1)
    body = []
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            body.append(f'<div class="markdown">\n{markdown(cell.source)}</div>')
        elif cell.cell_type == "code":
            outputs = [_render_output(output, markdown, renderer, figures)
                       for output in cell.get("outputs", [])]
            if any(outputs):
                body.append('<div class="output">\n' + "\n".join(filter(None, outputs))
                            + "\n</div>")
    title = next((text for level, _, text in renderer.headings if level == 1), DEFAULT_TITLE)
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        _toc(renderer.headings),
        "<main>",
        *body,
        "</main>",
        "</body>",
        "</html>",
        "",
    ])


def _toc(headings: list[tuple[int, str, str]]) -> str:
    if not headings:
        return ""
    items = "\n".join(f'<li class="toc-h{level}"><a href="#{anchor}">{html.escape(text)}</a></li>'
                      for level, anchor, text in headings)
    return f'<nav class="toc" aria-label="Contents">\n<p>Contents</p>\n<ul>\n{items}\n</ul>\n</nav>'


def _render_output(output: nbformat.NotebookNode, markdown: Callable[[str], str],
                   renderer: _HeadingRenderer, figures: Iterator[int]) -> str:
    """One output as HTML, or "" for outputs a static page cannot show."""
    kind = output.get("output_type")
    if kind == "stream":
        if output.get("name") == "stderr":
            return _error_box(output.get("text", ""), "stderr")
        return f'<pre class="stream">{html.escape(output.get("text", ""))}</pre>'
    if kind == "error":
        traceback = "\n".join(output.get("traceback", []))
        return _error_box(traceback or f"{output.get('ename')}: {output.get('evalue')}", "error")
    if kind in ("display_data", "execute_result"):
        return _render_data(output.get("data", {}), markdown, renderer, figures)
    return ""


def _render_data(data: dict[str, Any], markdown: Callable[[str], str],
                 renderer: _HeadingRenderer, figures: Iterator[int]) -> str:
    """The richest representation this page can show, as Jupyter would pick it."""
    if _WIDGET_MIME in data:
        # A widget needs a live kernel; its text/plain fallback is only a repr.
        return ""
    if "image/png" in data:
        encoded = "".join(data["image/png"].split())
        section = renderer.headings[-1][2] if renderer.headings else ""
        alt = f"Figure {next(figures)}" + (f": {section}" if section else "")
        return (f'<figure><img alt="{html.escape(alt)}" '
                f'src="data:image/png;base64,{encoded}"></figure>')
    if "text/html" in data:
        return f'<div class="html-output">\n{data["text/html"]}\n</div>'
    if "text/markdown" in data:
        return f'<div class="markdown-output">\n{markdown(data["text/markdown"])}</div>'
    if "text/plain" in data:
        return f'<pre class="text-output">{html.escape(data["text/plain"])}</pre>'
    return ""


def _error_box(text: str, kind: str) -> str:
    # Tracebacks carry terminal colour codes, meaningless in a page.
    plain = ANSI_ESCAPE.sub("", text)
    return f'<pre class="{ERROR_CLASS}" data-kind="{kind}">{html.escape(plain)}</pre>'
