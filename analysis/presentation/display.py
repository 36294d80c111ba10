"""Tables as a reader sees them in the write-up: no DataFrame index, readable column names,
formatted numbers, long text wrapped to the page, and links to the annotated sentences.

``display_table`` returns an object Jupyter shows as HTML (``_repr_html_``) and the write-up
keeps as it is; every cell is escaped, and carries its heading (``data-label``) so that the
write-up can stack a row's cells at phone width instead of cutting columns off.
"""

from __future__ import annotations

import html
import numbers
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from .annotate import group_label
from .article_pages import sentence_href

TABLE_CLASS = "findings-table"
LINK_COLUMN = "Read"


@dataclass(frozen=True)
class HtmlTable:
    """An HTML table that Jupyter displays as such."""

    html: str

    def _repr_html_(self) -> str:
        return self.html


def display_table(frame: pd.DataFrame, columns: Mapping[str, str],
                  formats: Mapping[str, str | Callable[[object], str]] | None = None,
                  href: Callable[[Mapping[str, object]], str] | None = None,
                  caption: str = "") -> HtmlTable:
    """``frame``'s ``columns`` (name -> heading, in that order) as an HTML table.

    ``formats`` gives a format spec (``".2f"``) or a function per column; other numbers get
    thousands separators and at most three decimals. ``href`` makes a last column linking
    each row (for instance to its sentence: ``sentence_link``).
    """
    formats = formats or {}
    head = "".join(f"<th>{html.escape(label)}</th>" for label in columns.values())
    if href is not None:
        head += f"<th>{LINK_COLUMN}</th>"
    rows = []
    for row in frame.to_dict("records"):
        cells = "".join(f'<td data-label="{html.escape(label, quote=True)}">'
                        f"{html.escape(_format(row.get(name), formats.get(name)))}</td>"
                        for name, label in columns.items())
        if href is not None:
            cells += (f'<td data-label="{LINK_COLUMN}"><a href="{html.escape(href(row), quote=True)}">'
                      "sentence</a></td>")
        rows.append(f"<tr>{cells}</tr>")
    title = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return HtmlTable(f'<table class="{TABLE_CLASS}">{title}<thead><tr>{head}</tr></thead>'
                     f"<tbody>{''.join(rows)}</tbody></table>")


def sentence_link(row: Mapping[str, object]) -> str:
    """The annotated page of a row's sentence (the row has article_id and sentence_id)."""
    return sentence_href(str(row["article_id"]), str(row["sentence_id"]))


def _format(value: object, spec: str | Callable[[object], str] | None) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if callable(spec):
        return spec(value)
    if spec:
        return format(value, spec)
    if isinstance(value, bool) or not isinstance(value, numbers.Number):
        return str(value)
    if isinstance(value, numbers.Integral):
        return f"{value:,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def group_formatter(labels: Mapping[str, str] | None) -> Callable[[object], str]:
    """A ``formats`` entry showing group ids by their display labels."""
    return lambda group: group_label(str(group), labels)


def blame_evidence_table(evidence: pd.DataFrame, labels: Mapping[str, str] | None = None) -> HtmlTable:
    """Blame evidence rows (author, group, cue, article_id, sentence_id, text) with links."""
    return display_table(evidence, {"author": "Writer", "group": "Blamed", "cue": "Words that blame",
                                    "text": "Sentence"},
                         {"group": group_formatter(labels)}, href=sentence_link)


def quotes_display_table(quotes: pd.DataFrame, labels: Mapping[str, str] | None = None) -> HtmlTable:
    """Quotations (author, speaker, quote, article_id, sentence_id; kind when the table has
    it) with who said them and links; an unnamed speaker shows as "(unnamed)"."""
    named = quotes.assign(speaker=quotes["speaker"].fillna("").replace("", "(unnamed)"))
    columns = {"author": "Writer", "speaker": "Speaker", "quote": "Quotation"}
    if "kind" in quotes:
        columns = {"author": "Writer", "speaker": "Speaker", "kind": "Kind", "quote": "Quotation"}
    return display_table(named, columns, href=sentence_link)


def agreement_display_table(agreement: pd.DataFrame) -> HtmlTable:
    """Agreement with hand coding (label, n_gold, n_predicted, precision, recall, f1, kappa;
    see ``agreement.label_agreement``) with readable headings and two decimals."""
    scores = {name: ".2f" for name in ("precision", "recall", "f1", "kappa")}
    return display_table(agreement, {"label": "Frame", "n_gold": "Coder found", "n_predicted":
                                     "Dictionary found", "precision": "Precision", "recall": "Recall",
                                     "f1": "F1", "kappa": "Cohen's κ"},
                         {**scores, "label": lambda label: str(label).replace("_", " ")})
