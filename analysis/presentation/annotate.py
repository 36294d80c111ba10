"""One article as a self-contained HTML page with the analysis drawn on its text.

``article_page`` is a pure function from one article's rows of the export tables to an HTML
string: paragraphs and sentences, each sentence tinted by its VADER compound; blame in the
writer's own voice marked on actor and cue (one ``data-blame-group`` element per row),
reported blame marked apart; every quotation with its speaker (one ``data-speaker`` element
per row); each paragraph's frames in the margin; a summary panel and filters. The style
sheet and script are inline and a Content-Security-Policy admits only them (by hash), so the
page opens from a file, offline, and fetches nothing.

Tables (the export's columns; extra columns are ignored):

* ``article``: one row of articles.csv (title, author, outlet, date, readability measures).
* ``paragraphs``: paragraph_id, paragraph_no, text.
* ``sentences``: paragraph_id, sentence_id, char_start, char_end (within the paragraph),
  text, compound.
* ``blame``: sentence_id, actor, group, cue, rule, stance ("writer"/"reported"), holder,
  actor_start, actor_end, cue_start, cue_end (offsets within the sentence's text).
* ``quotes``: sentence_id, kind ("direct"/"indirect"), speaker, speaker_group, quote,
  quote_start, quote_end.
* ``frames``: paragraph_id, frame, score.
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import pandas as pd

from .._plumbing.paths import DATA_DIR
from .marks import Mark, attributes, render_marked

# VADER's own thresholds (±0.05) split neutral from the rest; ±0.5 marks strong tone.
TONE_BINS = ((-0.5, "tone-n2", "strongly negative (≤ −0.5)"),
             (-0.05, "tone-n1", "negative (−0.5 to −0.05)"),
             (0.05, "tone-0", "neutral (−0.05 to 0.05)"),
             (0.5, "tone-p1", "positive (0.05 to 0.5)"),
             (math.inf, "tone-p2", "strongly positive (≥ 0.5)"))
# Readability measures of the summary panel: label and number format.
READABILITY = {"flesch_reading_ease": ("Flesch reading ease", ".1f"),
               "flesch_kincaid_grade": ("Flesch–Kincaid grade", ".1f"),
               "mean_sentence_words": ("Words per sentence", ".1f"),
               "mattr": ("Vocabulary variety (MATTR)", ".2f")}


@dataclass(frozen=True)
class ArticleTables:
    """One article's rows of each export table (columns: see the module docstring)."""

    article: Mapping[str, Any]
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    blame: pd.DataFrame
    quotes: pd.DataFrame
    frames: pd.DataFrame


def article_tables(tables: Mapping[str, pd.DataFrame], article_id: str) -> ArticleTables:
    """The rows of ``article_id`` in export ``tables`` (articles, paragraphs, sentences,
    blame, quotes, frames), row order kept."""
    def rows(name: str) -> pd.DataFrame:
        table = tables[name]
        return table[table["article_id"] == article_id].reset_index(drop=True)

    articles = rows("articles")
    if articles.empty:
        raise KeyError(f"no article '{article_id}'")
    return ArticleTables(articles.iloc[0].to_dict(), rows("paragraphs"), rows("sentences"),
                         rows("blame"), rows("quotes"), rows("frames"))


def default_label(group: str) -> str:
    """A readable label from a group id until the actor dictionary gives one: short ids are
    taken for acronyms ("us" -> "US"), others capitalised ("europe" -> "Europe")."""
    words = str(group).replace("_", " ").replace("-", " ")
    return words.upper() if len(words) <= 2 else words[:1].upper() + words[1:]


def group_label(group: str, labels: Mapping[str, str] | None) -> str:
    """The display label of ``group``: ``labels`` first, ``default_label`` otherwise."""
    return (labels or {}).get(group) or default_label(group)


def tone_class(compound: float) -> str:
    """The tint class of a VADER compound score (``TONE_BINS``)."""
    return next(name for upper, name, _ in TONE_BINS if compound <= upper or upper == math.inf)


def article_page(tables: ArticleTables, labels: Mapping[str, str] | None = None,
                 back_href: str | None = "../write-up.html", focus: str | None = None) -> str:
    """The annotated page of one article (see the module docstring); ``labels`` maps group
    ids to display labels; ``back_href`` links to the write-up (None: no link); ``focus``, a
    sentence id, is scrolled to and outlined on opening (where a URL's #fragment cannot be
    used, as in an inline frame)."""
    article = tables.article
    title = str(article.get("title") or article.get("article_id", "Article"))
    css, script = asset("annotate.css"), asset("annotate.js")
    csp = (f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(script)}'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(title)} · annotated</title>", f"<style>{css}</style>", "</head>",
        f"<body{attributes({'data-focus': focus} if focus else {})}>", '<div class="page">',
        _header(article, title, back_href),
        f'<main aria-label="Annotated text">{_body(tables, labels)}</main>',
        f'<aside id="summary" aria-label="Summary and filters">{_summary(tables, labels)}</aside>',
        "</div>", f"<script>{script}</script>", "</body>", "</html>", ""])


@cache
def asset(name: str) -> str:
    """A package data file of the page (style sheet or script), as text."""
    return (DATA_DIR / name).read_text(encoding="utf-8")


def _sha256(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _text(value: object) -> str:
    return html.escape("" if _missing(value) else str(value), quote=True)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _header(article: Mapping[str, Any], title: str, back_href: str | None) -> str:
    byline = ", ".join(_text(article.get(key)) for key in ("author", "outlet", "date")
                       if not _missing(article.get(key)) and str(article.get(key)))
    back = f'<p><a href="{_text(back_href)}">← Back to the write-up</a></p>' if back_href else ""
    return (f"<header>{back}<h1>{_text(title)}</h1><p>{byline}</p><p>Sentences are tinted by "
            "tone; blame and quotations are marked on the words. Select or tab to a mark "
            'for its details. <a href="#summary">Summary, key and filters</a></p></header>')


def _body(tables: ArticleTables, labels: Mapping[str, str] | None) -> str:
    sentences = tables.sentences.groupby("paragraph_id", sort=False)
    blame = _by_sentence(tables.blame)
    quotes = _by_sentence(tables.quotes)
    frames = _paragraph_frames(tables.frames)
    hits = _frame_hits(tables.frames)
    parts = []
    for paragraph in tables.paragraphs.itertuples(index=False):
        rows = (sentences.get_group(paragraph.paragraph_id)
                if paragraph.paragraph_id in sentences.groups else tables.sentences.iloc[:0])
        text = _paragraph_text(str(paragraph.text), rows, blame, quotes, labels)
        tags = "".join(_frame_tag(frame, hits.get((paragraph.paragraph_id, frame), ""))
                       for frame in frames.get(paragraph.paragraph_id, []))
        aria = f' aria-label="Frames: {_text(", ".join(frames[paragraph.paragraph_id]))}"' if tags else ""
        parts.append(f'<div class="para" id="{_text(paragraph.paragraph_id)}"><p>{text}</p>'
                     f'<ul class="frames"{aria}>{tags}</ul></div>')
    return "\n".join(parts)


def _by_sentence(table: pd.DataFrame) -> dict[str, list[tuple[int, Mapping[str, Any]]]]:
    """Rows by sentence id, each with its position in the article's table (its row id)."""
    grouped: dict[str, list[tuple[int, Mapping[str, Any]]]] = {}
    for number, row in enumerate(table.to_dict("records")):
        grouped.setdefault(row["sentence_id"], []).append((number, row))
    return grouped


def _paragraph_frames(frames: pd.DataFrame) -> dict[str, list[str]]:
    found = frames[frames["score"] > 0] if "score" in frames else frames
    result: dict[str, list[str]] = {}
    for row in found.itertuples(index=False):
        result.setdefault(row.paragraph_id, []).append(str(row.frame).replace("_", " "))
    return result


def _frame_hits(frames: pd.DataFrame) -> dict[tuple[str, str], str]:
    """(paragraph_id, frame label) -> the indicator words found, as frames.csv lists them."""
    if "hits" not in frames:
        return {}
    return {(row.paragraph_id, str(row.frame).replace("_", " ")): "" if _missing(row.hits) else str(row.hits)
            for row in frames.itertuples(index=False)}


def _frame_tag(frame: str, hits: str) -> str:
    """A frame's tag in the margin; its indicator words in a tooltip."""
    title = f' title="{_text("Indicator words: " + hits)}"' if hits else ""
    return f"<li{title}>{_text(frame)}</li>"


def _paragraph_text(text: str, sentences: pd.DataFrame, blame: Mapping[str, list],
                    quotes: Mapping[str, list], labels: Mapping[str, str] | None) -> str:
    """The paragraph with each sentence as a tinted span holding its marks; the text between
    sentences (spaces) is kept as it is."""
    out, position = [], 0
    for sentence in sentences.to_dict("records"):
        start, end = int(sentence["char_start"]), int(sentence["char_end"])
        out.append(html.escape(text[position:start], quote=False))
        out.append(_sentence(sentence, blame.get(sentence["sentence_id"], []),
                             quotes.get(sentence["sentence_id"], []), labels))
        position = max(position, end)
    out.append(html.escape(text[position:], quote=False))
    return "".join(out)


def _sentence(sentence: Mapping[str, Any], blame: list, quotes: list,
              labels: Mapping[str, str] | None) -> str:
    text = str(sentence["text"])
    compound = float(sentence.get("compound", 0.0) or 0.0)
    marks = [mark for number, row in blame for mark in _blame_marks(number, row, text, labels)]
    marks += [_quote_mark(number, row, text, labels) for number, row in quotes]
    values = {"class": f"sentence {tone_class(compound)}", "id": sentence["sentence_id"],
              "data-sentence-id": sentence["sentence_id"], "data-compound": f"{compound:.4f}"}
    return f"<span{attributes(values)}>{render_marked(text, marks)}</span>"


def _blame_marks(number: int, row: Mapping[str, Any], text: str,
                 labels: Mapping[str, str] | None) -> list[Mark]:
    """Actor and cue of one blame row; only the writer's own blame gets ``data-blame-group``."""
    group = str(row["group"])
    label = group_label(group, labels)
    cue = _span(row, "cue", text, str(row.get("cue", "")))
    actor = _span(row, "actor", text, None, fallback=cue)
    row_id = f"blame-{number}"
    if str(row.get("stance") or "writer") == "reported":
        holder = "" if _missing(row.get("holder")) else str(row.get("holder") or "")
        tip = f"Reported blame: {holder or 'someone'} blames {label} · cue: {row.get('cue', '')}"
        common = {"class": "blame-reported", "data-row": row_id, "title": tip, "data-tip": tip}
        return [Mark(*actor, f"{row_id}a", common, {"tabindex": "0",
                                                    "data-reported-group": group}),
                Mark(*cue, f"{row_id}c", common)]
    tip = f"Blame: {label} · rule: {row.get('rule', '')} · cue: {row.get('cue', '')}"
    common = {"data-row": row_id, "title": tip, "data-tip": tip}
    return [Mark(*actor, f"{row_id}a", {**common, "class": "blame-actor"},
                 {"tabindex": "0", "data-blame-group": group}),
            Mark(*cue, f"{row_id}c", {**common, "class": "blame-cue"})]


def _quote_mark(number: int, row: Mapping[str, Any], text: str,
                labels: Mapping[str, str] | None) -> Mark:
    kind = str(row.get("kind") or "direct")
    speaker = "" if _missing(row.get("speaker")) else str(row.get("speaker"))
    group = row.get("speaker_group")
    of_group = f" ({group_label(str(group), labels)})" if not _missing(group) and group else ""
    tip = f"Quotation ({kind}) · speaker: {speaker or 'unnamed'}{of_group}"
    common = {"class": f"quote quote-{kind}", "data-row": f"quote-{number}", "title": tip,
              "data-tip": tip}
    span = _span(row, "quote", text, str(row.get("quote", "")))
    return Mark(*span, f"quote-{number}", common, {"tabindex": "0", "data-speaker": speaker})


def _span(row: Mapping[str, Any], name: str, text: str, needle: str | None,
          fallback: tuple[int, int] = (0, 0)) -> tuple[int, int]:
    """``row``'s ``NAME_start``/``NAME_end`` offsets; tables without them (exports made before
    offsets existed) get the first place where ``needle``, or its part before a "…", occurs."""
    start, end = row.get(f"{name}_start"), row.get(f"{name}_end")
    if not _missing(start) and not _missing(end) and start is not None:
        return int(start), int(end)
    for candidate in (needle or "", (needle or "").split("…")[0].strip()):
        found = text.find(candidate) if candidate else -1
        if found >= 0:
            return found, found + len(candidate)
    return fallback


def _summary(tables: ArticleTables, labels: Mapping[str, str] | None) -> str:
    """Blame by group (with a button filtering to it), frames, tone, readability and
    quotations, then the filters and the tone legend."""
    return "".join([_blame_summary(tables.blame, labels), _frame_summary(tables),
                    _tone_summary(tables.sentences), _readability_summary(tables.article),
                    _quote_summary(tables.quotes), _filters(tables.blame, labels), _legend()])


def _stances(blame: pd.DataFrame) -> pd.Series:
    if "stance" not in blame:
        return pd.Series("writer", index=blame.index)
    return blame["stance"].fillna("writer").replace("", "writer")


def _blame_summary(blame: pd.DataFrame, labels: Mapping[str, str] | None) -> str:
    if blame.empty:
        return "<h2>Blame</h2><p>The rules find no blame in this article.</p>"
    # Sentences, not rows, as the blame matrix counts them.
    stances = blame.assign(stance=_stances(blame)).drop_duplicates(["sentence_id", "group", "stance"])
    counts = pd.crosstab(stances["group"], stances["stance"]).reindex(
        columns=["writer", "reported"], fill_value=0)
    counts = counts.sort_values(["writer", "reported"], ascending=False, kind="stable")
    rows = "".join(f"<tr><td>{_group_button(str(group), row.writer > 0, labels)}</td>"
                   f'<td class="n">{row.writer}</td><td class="n">{row.reported}</td></tr>'
                   for group, row in counts.iterrows())
    return ("<h2>Blame</h2><p>Sentences blaming each group, in the writer's voice and reported "
            "from others.</p><table><thead><tr><th>Group</th><th>Writer</th><th>Reported</th>"
            f"</tr></thead><tbody>{rows}</tbody></table>")


def _group_button(group: str, filterable: bool, labels: Mapping[str, str] | None) -> str:
    """A group's label; a button showing only its sentences when the writer blames it."""
    label = _text(group_label(group, labels))
    if not filterable:
        return label
    return (f'<button type="button" data-group="{_text(group)}" '
            f'title="Show only sentences blaming {label}">{label}</button>')


def _frame_summary(tables: ArticleTables) -> str:
    frames = _paragraph_frames(tables.frames)
    counts = pd.Series([frame for names in frames.values() for frame in names],
                       dtype="object").value_counts()
    counts = counts.iloc[sorted(range(len(counts)), key=lambda i: (-counts.iloc[i],
                                                                   counts.index[i]))]
    total = len(tables.paragraphs)
    if counts.empty:
        return "<h2>Frames</h2><p>No frame vocabulary found.</p>"
    items = "".join(f"<li>{_text(frame)}: {count} of {total} paragraphs</li>"
                    for frame, count in counts.items())
    return f"<h2>Frames</h2><ul>{items}</ul>"


def _tone_summary(sentences: pd.DataFrame) -> str:
    compound = sentences["compound"].astype(float) if "compound" in sentences else pd.Series([])
    if compound.empty:
        return ""
    shares = (f"{(compound <= -0.05).mean():.0%} negative, "
              f"{((compound > -0.05) & (compound < 0.05)).mean():.0%} neutral, "
              f"{(compound >= 0.05).mean():.0%} positive")
    return (f"<h2>Tone</h2><p>{len(compound)} sentences: {shares}; mean VADER compound "
            f"{compound.mean():+.2f}.</p>")


def _readability_summary(article: Mapping[str, Any]) -> str:
    rows = "".join(f'<tr><td>{label}</td><td class="n">{float(article[key]):{spec}}</td></tr>'
                   for key, (label, spec) in READABILITY.items()
                   if key in article and not _missing(article[key]))
    return f"<h2>Readability</h2><table><tbody>{rows}</tbody></table>" if rows else ""


def _quote_summary(quotes: pd.DataFrame) -> str:
    kinds = (quotes["kind"] if "kind" in quotes else pd.Series("direct", index=quotes.index))
    direct, indirect = int((kinds == "direct").sum()), int((kinds == "indirect").sum())
    return (f"<h2>Quotations</h2><p>{direct} direct and {indirect} indirect, marked in "
            "purple with the speaker before them.</p>")


def _filters(blame: pd.DataFrame, labels: Mapping[str, str] | None) -> str:
    writer = blame[_stances(blame) == "writer"] if not blame.empty else blame
    options = "".join(f'<option value="{_text(group)}">{_text(group_label(str(group), labels))}'
                      "</option>" for group in dict.fromkeys(writer["group"]))
    return ('<form class="filters" hidden><h2>Filters</h2><fieldset><legend>Show</legend>'
            '<label><input type="radio" name="show" value="all" checked> Everything</label>'
            '<label><input type="radio" name="show" value="blame"> Blame only</label>'
            '<label><input type="radio" name="show" value="quotes"> Quotations only</label>'
            '</fieldset><label>Blamed group <select name="group">'
            f'<option value="">Any group</option>{options}</select></label>'
            '<button type="button" class="show-all">Show everything</button>'
            '<p id="filter-status" aria-live="polite"></p></form>')


def _legend() -> str:
    items = "".join(f'<li><span class="swatch {name}"></span>{_text(text)}</li>'
                    for _, name, text in TONE_BINS)
    return ('<div class="legend"><h2>Key</h2><p>Sentence tone (VADER compound):</p>'
            f"<ul>{items}</ul><p><span class=\"blame-actor\">Actor</span> and "
            '<span class="blame-cue">cue</span> of the writer\'s own blame; '
            '<span class="blame-reported">blame the writer reports</span>; '
            '<span class="quote">a quotation</span>.</p></div>')
