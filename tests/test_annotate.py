"""The annotated article page: one mark per exported row, nesting, escaping, and the pages
that ``report`` writes for the bundled corpus."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
import pytest

from analysis.presentation.annotate import ArticleTables, article_page, article_tables, default_label
from analysis.presentation.marks import Mark, render_marked

PARAGRAPH_1 = "Moscow broke the deal. “We will not stop,” said Ivan Petrov, and <script>alert(1)</script> won."
PARAGRAPH_2 = "Critics say Brussels failed Ukraine. Peace is good."


def _sentence(pid: str, sid: str, paragraph: str, text: str, compound: float) -> dict:
    start = paragraph.index(text)
    return {"article_id": "a1", "author": "W", "paragraph_id": pid, "sentence_id": sid,
            "char_start": start, "char_end": start + len(text), "text": text, "compound": compound}


def _offsets(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _blame(sid: str, text: str, actor: str, cue: str, group: str, stance: str, holder: str = "") -> dict:
    actor_start, actor_end = _offsets(text, actor)
    cue_start, cue_end = _offsets(text, cue)
    return {"article_id": "a1", "author": "W", "sentence_id": sid, "text": text, "actor": actor,
            "group": group, "cue": cue, "rule": "harm", "stance": stance, "holder": holder,
            "actor_start": actor_start, "actor_end": actor_end, "cue_start": cue_start,
            "cue_end": cue_end}


def _quote(sid: str, text: str, quote: str, speaker: str, kind: str) -> dict:
    start, end = _offsets(text, quote)
    return {"article_id": "a1", "author": "W", "sentence_id": sid, "kind": kind,
            "speaker": speaker, "speaker_group": "", "quote": quote, "quote_start": start,
            "quote_end": end}


@pytest.fixture
def tables() -> ArticleTables:
    s1, s2 = "Moscow broke the deal.", "“We will not stop,” said Ivan Petrov, and <script>alert(1)</script> won."
    s3, s4 = "Critics say Brussels failed Ukraine.", "Peace is good."
    sentences = pd.DataFrame([_sentence("a1:p1", "a1:p1:s1", PARAGRAPH_1, s1, -0.6),
                              _sentence("a1:p1", "a1:p1:s2", PARAGRAPH_1, s2, 0.0),
                              _sentence("a1:p2", "a1:p2:s1", PARAGRAPH_2, s3, -0.3),
                              _sentence("a1:p2", "a1:p2:s2", PARAGRAPH_2, s4, 0.7)])
    blame = pd.DataFrame([
        _blame("a1:p1:s1", s1, "Moscow", "Moscow broke", "russia", "writer"),  # actor inside cue
        # The actor inside a quotation, cue crossing the quotation's end.
        _blame("a1:p1:s2", s2, "We", "We will not stop,” said", "ukraine", "writer"),
        _blame("a1:p2:s1", s3, "Brussels", "Brussels failed", "europe", "reported", "Critics"),
    ])
    quotes = pd.DataFrame([_quote("a1:p1:s2", s2, "We will not stop,", "Ivan Petrov", "direct"),
                           _quote("a1:p2:s1", s3, "Brussels failed Ukraine", "Critics", "indirect")])
    paragraphs = pd.DataFrame([{"article_id": "a1", "paragraph_id": "a1:p1", "paragraph_no": 1,
                                "text": PARAGRAPH_1},
                               {"article_id": "a1", "paragraph_id": "a1:p2", "paragraph_no": 2,
                                "text": PARAGRAPH_2}])
    frames = pd.DataFrame([{"article_id": "a1", "paragraph_id": "a1:p1", "frame": "conflict", "score": 2},
                           {"article_id": "a1", "paragraph_id": "a1:p2", "frame": "morality", "score": 0}])
    article = {"article_id": "a1", "author": "W <b>", "title": "<script>x</script>", "date": "2026-01-01",
               "flesch_reading_ease": 55.2}
    return ArticleTables(article, paragraphs, sentences, blame, quotes, frames)


class Elements(HTMLParser):
    """Start tags with their attributes, and the document's nesting checked as it goes."""

    VOID = frozenset({"meta", "input", "br", "img", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.starts.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1:]}>"
        self.open.pop()

    def handle_data(self, data):
        if self.open and self.open[-1] not in ("script", "style", "title"):
            self.text.append(data)

    def with_attribute(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for _, attrs in self.starts if name in attrs]


def parse(page: str) -> Elements:
    elements = Elements()
    elements.feed(page)
    elements.close()
    assert elements.open == []
    return elements


def test_one_mark_per_row(tables: ArticleTables) -> None:
    elements = parse(article_page(tables))
    assert [a["data-sentence-id"] for a in elements.with_attribute("data-sentence-id")] == \
        tables.sentences["sentence_id"].tolist()
    writer = tables.blame[tables.blame["stance"] == "writer"]
    assert [a["data-blame-group"] for a in elements.with_attribute("data-blame-group")] == \
        writer["group"].tolist()
    assert sorted(a["data-speaker"] for a in elements.with_attribute("data-speaker")) == \
        sorted(tables.quotes["speaker"])
    assert [a["data-reported-group"] for a in elements.with_attribute("data-reported-group")] == ["europe"]
    compounds = [float(a["data-compound"]) for a in elements.with_attribute("data-compound")]
    assert compounds == tables.sentences["compound"].tolist()


def test_hostile_text_is_escaped(tables: ArticleTables) -> None:
    hostile = '"><img src=x onerror=alert(1)>'
    blame = tables.blame.copy()
    blame.loc[0, "group"] = hostile
    quotes = tables.quotes.assign(speaker=hostile)
    frames = tables.frames.assign(frame=hostile)
    page = article_page(ArticleTables(tables.article, tables.paragraphs, tables.sentences, blame,
                                      quotes, frames))
    elements = parse(page)
    tags = [tag for tag, _ in elements.starts]
    assert tags.count("script") == 1 and "img" not in tags  # the page's own script only
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>" not in page
    assert elements.with_attribute("data-blame-group")[0]["data-blame-group"] == hostile


def test_text_is_kept_whole(tables: ArticleTables) -> None:
    """Marks add elements, never change the text: the paragraphs read as they were."""
    elements = parse(article_page(tables, back_href=None))
    body = "".join(elements.text)
    assert PARAGRAPH_1 in body and PARAGRAPH_2 in body


def test_overlapping_marks_nest_and_share_their_row() -> None:
    text = "abcdefghij"
    marks = [Mark(0, 6, "q", {"class": "q"}, {"data-speaker": "S"}),
             Mark(4, 9, "a", {"class": "a", "data-row": "r1"}, {"data-blame-group": "g"}),
             Mark(2, 2, "empty", {"class": "e"}, {"data-speaker": "T"})]
    out = render_marked(text, marks)
    elements = parse(f"<p>{out}</p>")
    assert "".join(elements.text) == text
    assert len(elements.with_attribute("data-blame-group")) == 1
    assert len(elements.with_attribute("data-speaker")) == 2
    fragments = [a for a in elements.with_attribute("data-row") if a["data-row"] == "r1"]
    assert len(fragments) == 2  # split at the quotation's end


def test_offsets_found_in_tables_without_them(tables: ArticleTables) -> None:
    """Exports made before offsets existed still get every mark."""
    old = ArticleTables(tables.article, tables.paragraphs, tables.sentences,
                        tables.blame.drop(columns=["actor_start", "actor_end", "cue_start", "cue_end",
                                                   "stance", "holder"]),
                        tables.quotes[["article_id", "sentence_id", "speaker", "quote"]],
                        tables.frames)
    elements = parse(article_page(old))
    assert len(elements.with_attribute("data-blame-group")) == 3
    assert len(elements.with_attribute("data-speaker")) == 2


def test_labels_and_frames(tables: ArticleTables) -> None:
    page = article_page(tables, labels={"russia": "Russia (the state)"})
    assert "Russia (the state)" in page and "<li>conflict</li>" in page
    assert "<li>morality</li>" not in page
    assert default_label("us") == "US" and default_label("europe") == "Europe"


def test_article_tables_selects_one_article(tables: ArticleTables) -> None:
    export = {"articles": pd.DataFrame([tables.article, {**tables.article, "article_id": "b"}]),
              "paragraphs": tables.paragraphs, "sentences": tables.sentences,
              "blame": tables.blame, "quotes": tables.quotes, "frames": tables.frames}
    chosen = article_tables(export, "a1")
    assert chosen.article["article_id"] == "a1" and len(chosen.sentences) == 4
    with pytest.raises(KeyError):
        article_tables(export, "missing")


@pytest.fixture(scope="module")
def bundled_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, pd.DataFrame], list]:
    """The bundled corpus exported to CSV as ``export`` does, and the pages ``report`` writes."""
    from analysis.corpus import plan_corpus
    from analysis.export.engines import InProcess
    from analysis.export.pipeline import export_to_folder
    from analysis.presentation.article_pages import write_article_pages

    folder = tmp_path_factory.mktemp("export")
    export_to_folder(plan_corpus(), folder, InProcess())
    tables = {name: pd.read_csv(folder / f"{name}.csv", keep_default_na=False)
              for name in ("articles", "sentences", "blame", "quotes")}
    return tables, write_article_pages(tmp_path_factory.mktemp("report"))


def marked_rows(elements: Elements, attribute: str) -> dict[str, str]:
    """Row id (``data-row``) -> value of ``attribute``, over the elements that carry it;
    a row marked twice fails."""
    found = [(a["data-row"], a[attribute]) for a in elements.with_attribute(attribute)]
    assert len(dict(found)) == len(found), "a row is marked more than once"
    return dict(found)


def test_each_page_marks_its_exported_rows(bundled_export) -> None:
    tables, pages = bundled_export
    assert sorted(page.stem for page in pages) == sorted(tables["articles"]["article_id"])
    for page in pages:
        elements = parse(page.read_text(encoding="utf-8"))
        article = {name: table[table["article_id"] == page.stem].reset_index(drop=True)
                   for name, table in tables.items()}
        blame, quotes = article["blame"], article["quotes"]
        writer = blame[blame["stance"] != "reported"] if "stance" in blame else blame
        assert [a["data-sentence-id"] for a in elements.with_attribute("data-sentence-id")] == \
            article["sentences"]["sentence_id"].tolist()
        assert marked_rows(elements, "data-blame-group") == \
            {f"blame-{number}": group for number, group in writer["group"].items()}
        assert marked_rows(elements, "data-speaker") == \
            {f"quote-{number}": speaker for number, speaker in quotes["speaker"].items()}


def test_show_article_displays_the_page_in_a_sandboxed_frame() -> None:
    import html

    from analysis.corpus import load_corpus
    from analysis.measures.blame import blame_table
    from analysis.presentation.article_pages import evidence_browser, show_article

    shown = show_article("francis-2026-02-05", sentence_id="francis-2026-02-05:p01:s001").data
    assert "<iframe" in shown and 'sandbox="allow-scripts"' in shown
    page = html.unescape(shown.split('srcdoc="', 1)[1].rsplit('"', 1)[0])
    elements = parse(page)
    assert elements.with_attribute("data-focus")[0]["data-focus"] == "francis-2026-02-05:p01:s001"
    assert elements.with_attribute("data-blame-group")
    browser = evidence_browser(blame_table(load_corpus().sentences))
    (writer, group), _, sentence, _ = [getattr(c, "children", c) for c in browser.children]
    writer.value = "Diane Francis"
    group.value = "europe"
    assert sentence.options and all(value[0] == "francis-2026-02-05" for _, value in sentence.options)


def test_report_writes_a_page_per_article_of_its_corpus(tmp_path) -> None:
    from analysis.presentation.report import run_report

    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "ash.md").write_text(
        "---\ntitle: Talks <in> Geneva\nauthor: Rowan Ash\ndate: 2026-03-01\n---\n\n"
        "Russia broke the ceasefire again. “We will not stop,” said Ivan Petrov.\n\n"
        "Europe did nothing to stop the attacks.\n", encoding="utf-8")
    result = run_report(corpus=[corpus], output_dir=tmp_path / "out", notebooks=[])
    assert result.article_pages == [tmp_path / "out" / "articles" / "ash.html"]
    elements = parse(result.article_pages[0].read_text(encoding="utf-8"))
    assert len(elements.with_attribute("data-sentence-id")) == 3
    assert elements.with_attribute("data-blame-group")
