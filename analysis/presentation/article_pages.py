"""Annotated article pages for a whole corpus, and the same view inline in JupyterLab.

The pages are built from exactly the rows the export writes (``pipeline.analyse_article``),
so each page's marks are the rows of sentences.csv, blame.csv and quotes.csv for its
article. ``report`` writes them to ``build/articles/`` (``DIR/articles/`` with ``--corpus``),
beside the write-up, which links to them as ``articles/<article_id>.html#<sentence_id>``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from .._plumbing.atomic import write_text_atomically
from ..corpus import plan_corpus
from ..export.pipeline import ARTICLE_TABLES, ExportOptions, analyse_article, table_columns
from ..measures.dictionaries import Dictionaries
from .annotate import article_page, article_tables, group_label

ARTICLES_FOLDER = "articles"


def default_labels(dictionaries: Dictionaries = Dictionaries()) -> dict[str, str]:
    """Group display labels from the actor dictionary in use (its ``[labels]``, with readable
    defaults for groups without one)."""
    return dict(dictionaries.actors().labels)


def export_tables(corpus: Sequence[Path | str] = (), article_ids: Sequence[str] | None = None,
                  dictionaries: Dictionaries = Dictionaries()) -> dict[str, pd.DataFrame]:
    """The per-article export tables (articles, paragraphs, sentences, blame, frames, quotes;
    columns as ``pipeline.table_columns``) of ``corpus`` (empty: the bundled seeds), for
    ``article_ids`` only when given."""
    plan = plan_corpus(list(corpus) or None)
    columns = table_columns()
    rows: dict[str, list] = {name: [] for name in ARTICLE_TABLES}
    wanted = set(article_ids) if article_ids is not None else None
    for article in plan.articles():
        if wanted is not None and article.article_id not in wanted:
            continue
        result = analyse_article(article, plan.source_file(article), ExportOptions(dictionaries=dictionaries))
        for name in ARTICLE_TABLES:
            rows[name].extend(result.rows[name])
    return {name: pd.DataFrame(rows[name], columns=columns[name]) for name in ARTICLE_TABLES}


def page_name(article_id: str) -> str:
    """The file name of an article's page (ids are file-name safe; quoting is a safeguard)."""
    return quote(article_id, safe="") + ".html"


def sentence_href(article_id: str, sentence_id: str, folder: str = ARTICLES_FOLDER) -> str:
    """The link from the write-up to one sentence on its article's page."""
    return f"{folder}/{page_name(article_id)}#{quote(sentence_id, safe=':')}"


def write_article_pages(out_dir: Path, corpus: Sequence[Path | str] = (),
                        dictionaries: Dictionaries = Dictionaries(),
                        progress: Callable[[str], None] | None = None) -> list[Path]:
    """Write one annotated page per article of ``corpus`` to ``out_dir/articles/``, with the
    corpus's dictionaries and their group labels."""
    tables = export_tables(corpus, dictionaries=dictionaries)
    labels = default_labels(dictionaries)
    folder = out_dir / ARTICLES_FOLDER
    written = []
    for article_id in tables["articles"]["article_id"]:
        page = article_page(article_tables(tables, article_id), labels)
        target = folder / page_name(article_id)
        write_text_atomically(target, page)
        written.append(target)
    if progress:
        # Only the folder's name: the report may be built in a staging folder, renamed when done.
        progress(f"annotated articles: {len(written)} pages in {ARTICLES_FOLDER}/")
    return written


def show_article(article_id: str, corpus: Sequence[Path | str] = (),
                 labels: Mapping[str, str] | None = None, sentence_id: str | None = None,
                 height: int = 640):
    """Display an article's annotated page inline in Jupyter, scrolled to ``sentence_id``
    when given; ``corpus`` as the notebooks' ``CORPUS`` (empty: the bundled seeds).

    The page goes in a sandboxed ``<iframe srcdoc>``: its style sheet and script stay apart
    from the notebook's, and its Content-Security-Policy still applies.
    """
    import html

    from IPython.display import HTML

    page = article_page(article_tables(export_tables(corpus, [article_id]), article_id),
                        labels if labels is not None else default_labels(), back_href=None,
                        focus=sentence_id)
    return HTML(f'<div class="annotated-article"><iframe title="Annotated article '
                f'{html.escape(article_id)}" sandbox="allow-scripts" style="width:100%;'
                f'height:{int(height)}px;border:1px solid #ddd" '
                f'srcdoc="{html.escape(page, quote=True)}"></iframe></div>')


def evidence_browser(blame: pd.DataFrame, corpus: Sequence[Path | str] = (),
                     labels: Mapping[str, str] | None = None):
    """Filter the blame evidence by writer and group in JupyterLab, and read any of its
    sentences marked up in its annotated article (``show_article``).

    ``blame``: blame_table rows (article_id, author, group, cue, rule, sentence_id, text;
    with a ``stance`` column, the writer's own blame only).
    """
    import ipywidgets as widgets
    from IPython.display import display

    labels = labels if labels is not None else default_labels()
    rows = blame[blame["stance"] == "writer"] if "stance" in blame else blame
    everyone = ("(all)", "")
    writer = widgets.Dropdown(options=[everyone, *((a, a) for a in dict.fromkeys(rows["author"]))],
                              description="Writer")
    group = widgets.Dropdown(options=[everyone, *((group_label(g, labels), g) for g in dict.fromkeys(rows["group"]))],
                             description="Group")
    sentence = widgets.Dropdown(description="Read", layout=widgets.Layout(width="100%"))
    table, article = widgets.Output(), widgets.Output()

    def chosen() -> pd.DataFrame:
        found = rows[rows["author"] == writer.value] if writer.value else rows
        return found[found["group"] == group.value] if group.value else found

    def show_rows(_: object = None) -> None:
        found = chosen()
        table.clear_output()
        with table:
            display(found[["author", "group", "cue", "rule", "sentence_id", "text"]]
                    .style.hide(axis="index").set_properties(subset=["text"], **{"white-space": "normal"}))
        unique = found.drop_duplicates("sentence_id")
        sentence.options = [(f"{r.sentence_id}: {r.text[:70]}…", (r.article_id, r.sentence_id))
                            for r in unique.itertuples(index=False)]

    def show_sentence(_: object = None) -> None:
        article.clear_output()
        if sentence.value:
            with article:
                display(show_article(*sentence.value[:1], corpus, labels, sentence_id=sentence.value[1]))

    writer.observe(show_rows, names="value")
    group.observe(show_rows, names="value")
    sentence.observe(show_sentence, names="value")
    show_rows()
    show_sentence()
    return widgets.VBox([widgets.HBox([writer, group]), table, sentence, article])
