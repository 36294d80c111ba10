"""The write-up page: code hidden, outputs shown, errors visible, self-contained, stable."""

import base64
import io
from html.parser import HTMLParser

import nbformat
import pytest
from matplotlib.figure import Figure
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output, new_raw_cell

from analysis.presentation.writeup import ERROR_CLASS, notebook_to_html

CODE_MARKER = "secret_code_marker = 42"
TABLE_HTML = '<table class="dataframe"><tr><th>writer</th><td>Champion</td></tr></table>'
MARKDOWN = """# The Findings

Intro with a [plain link](https://example.org/source).

## Tone & blame

### Détails

#### Too deep for the contents

## Tone & blame
"""


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of the whole page."""

    def __init__(self, page: str):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def tiny_png() -> str:
    figure = Figure(figsize=(0.4, 0.3), dpi=50)
    figure.add_subplot().plot([0, 1], [1, 0])
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return base64.b64encode(buffer.getvalue()).decode()


PNG = tiny_png()


def executed_notebook() -> nbformat.NotebookNode:
    outputs = [
        new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure>"}),
        new_output("execute_result", data={"text/html": TABLE_HTML, "text/plain": "df repr"},
                   execution_count=1),
        new_output("stream", name="stdout", text="counted 3 < 4 sentences\n"),
        new_output("stream", name="stderr", text="UserWarning: careful\n"),
        new_output("error", ename="ValueError", evalue="bad corpus",
                   traceback=["\x1b[0;31mValueError\x1b[0m: bad corpus"]),
        new_output("display_data", data={"text/markdown": "**bold** output"}),
        new_output("display_data", data={"text/plain": "plain only"}),
        new_output("display_data", data={
            "application/vnd.jupyter.widget-view+json": {"model_id": "abc"},
            "text/plain": "HBox(children=...)"}),
    ]
    return new_notebook(cells=[
        new_markdown_cell(MARKDOWN),
        new_code_cell(CODE_MARKER, outputs=outputs, execution_count=1),
        new_raw_cell("raw cell text"),
    ])


@pytest.fixture(scope="module")
def page() -> str:
    return notebook_to_html(executed_notebook())


def test_code_inputs_and_raw_cells_are_not_shown(page):
    assert "secret_code_marker" not in page
    assert "raw cell text" not in page


def test_title_is_the_first_h1(page):
    assert "<title>The Findings</title>" in page


def test_contents_link_to_every_h1_to_h3_and_ids_are_unique(page):
    tags = Tags(page)
    ids = [attrs["id"] for _, attrs in tags.tags if attrs.get("id")]
    assert len(ids) == len(set(ids))
    toc_start = page.index('<nav class="toc"')
    toc_links = Tags(page[toc_start:page.index("</nav>", toc_start)]).all("a")
    targets = [link["href"] for link in toc_links]
    assert targets == ["#the-findings", "#tone-blame", "#details", "#tone-blame-2"]
    assert all(target[1:] in ids for target in targets)
    assert "too-deep-for-the-contents" in ids  # h4 gets an id but stays out of the contents


def test_png_is_embedded_as_a_data_uri_with_alt_text(page):
    images = Tags(page).all("img")
    assert [image["src"] for image in images] == [f"data:image/png;base64,{PNG}"]
    assert images[0]["alt"] == "Figure 1: Tone & blame"


def test_rich_outputs_win_and_plain_text_is_only_a_fallback(page):
    assert TABLE_HTML in page
    assert "df repr" not in page and "&lt;Figure&gt;" not in page
    assert "<strong>bold</strong> output" in page
    assert '<pre class="text-output">plain only</pre>' in page
    assert '<pre class="stream">counted 3 &lt; 4 sentences\n</pre>' in page


def test_widgets_are_skipped(page):
    assert "HBox" not in page and "model_id" not in page


def test_stderr_and_errors_are_shown_in_an_error_box_without_colour_codes(page):
    boxes = [attrs for attrs in Tags(page).all("pre") if attrs.get("class") == ERROR_CLASS]
    assert [box["data-kind"] for box in boxes] == ["stderr", "error"]
    assert "UserWarning: careful" in page
    assert "ValueError: bad corpus" in page
    assert "\x1b" not in page


def test_nothing_is_loaded_from_elsewhere(page):
    tags = Tags(page)
    assert not tags.all("script") and not tags.all("link") and not tags.all("iframe")
    sources = [attrs["src"] for _, attrs in tags.tags if "src" in attrs]
    assert sources and all(source.startswith("data:") for source in sources)
    links = [attrs["href"] for attrs in tags.all("a")]
    assert [link for link in links if not link.startswith("#")] == ["https://example.org/source"]
    assert "default-src 'none'" in page  # the Content-Security-Policy blocks anything else


def test_same_notebook_gives_the_same_bytes(tmp_path):
    path = tmp_path / "nb.ipynb"
    nbformat.write(executed_notebook(), path)
    first = notebook_to_html(nbformat.read(path, as_version=4)).encode()
    second = notebook_to_html(nbformat.read(path, as_version=4)).encode()
    assert first == second == notebook_to_html(executed_notebook()).encode()


def test_a_notebook_without_headings_gets_a_default_title_and_no_contents():
    page = notebook_to_html(new_notebook(cells=[new_markdown_cell("Just prose.")]))
    assert "<title>Write-up</title>" in page and '<nav class="toc"' not in page
