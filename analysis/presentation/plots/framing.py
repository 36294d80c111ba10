"""Figures about framing, sourcing and distinctive vocabulary (notebook 04).

Every title states the finding, computed from the table it draws; nothing here is random.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib import ticker
from matplotlib.figure import Figure

from ...measures.keyness import MIN_COUNT, PRIOR_SIZE
from . import (
    NEUTRAL,
    PAGE_WIDTH_INCHES,
    corpus_label,
    finish,
    new_figure,
    source_line,
    writer_colours,
)

Z_THRESHOLD = 1.96
SOURCING_MEASURES = {
    "numbers_per_1k": ("figures", "per 1,000 words"),
    "quotes_per_1k": ("direct quotations", "per 1,000 words"),
    "named_sources": ("named sources", "per article"),
    "hedges_per_1k": ("hedges", "per 1,000 words"),
    "boosters_per_1k": ("boosters", "per 1,000 words"),
    "rhetorical_questions": ("rhetorical questions", "per article"),
}


def _frame_name(frame: str) -> str:
    return frame.replace("_", " ")


# ---------------------------------------------------------------------------------------
# Frames


def plot_frame_profile(profile: pd.DataFrame, corpus) -> Figure:
    """Frame vocabulary per 1,000 words for each writer, labelled with the share of paragraphs.

    ``profile`` is :func:`analysis.measures.framing.frame_profile` output.
    """
    authors = list(dict.fromkeys(profile["author"]))
    frames = list(dict.fromkeys(profile["frame"]))
    colours = writer_colours(corpus.authors)
    rates = profile.pivot(index="frame", columns="author", values="per_1k").loc[frames, authors]
    shares = profile.pivot(index="frame", columns="author",
                           values="share_of_paragraphs").loc[frames, authors]
    fig, ax = new_figure(PAGE_WIDTH_INCHES, 1.0 + 0.75 * len(frames))
    height = 0.8 / len(authors)
    for i, author in enumerate(authors):
        rows = np.arange(len(frames)) + (i - (len(authors) - 1) / 2) * height
        ax.barh(rows, rates[author], height=height * 0.92, color=colours[author], label=author)
        for row, rate, share in zip(rows, rates[author], shares[author]):
            ax.text(rate + 0.3, row, f"{rate:.1f} ({share:.0%} of paragraphs)", va="center",
                    fontsize=9, color="#404040")
    ax.set_yticks(range(len(frames)), [_frame_name(f) for f in frames])
    ax.set_ylim(len(frames) - 0.5, -0.5)
    # Room right of the longest bar for its label.
    ax.set_xlim(0, rates.to_numpy().max() * 1.8 + 1)
    ax.set_xlabel("indicator matches per 1,000 words")
    ax.legend(loc="lower right")
    subtitle = ("Dictionary indicators per 1,000 words (analysis/data/frames.toml); in brackets, "
                "the share of the writer's paragraphs with at least one match.")
    return finish(fig, _profile_title(rates), source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle=subtitle, numbers=profile)


def _profile_title(rates: pd.DataFrame) -> str:
    """Which frame each writer leans on most, and which frame separates them most."""
    tops = {author: rates[author].idxmax() for author in rates.columns}
    gaps = rates.max(axis=1) - rates.min(axis=1)
    widest = gaps.idxmax()
    if len(set(tops.values())) == 1:
        frame = _frame_name(next(iter(tops.values())))
        lead = f"{frame.capitalize()} vocabulary is the densest for every writer"
    else:
        lead = "; ".join(f"{author} leans most on {_frame_name(frame)}" for author, frame in tops.items())
    if len(rates.columns) < 2:
        return lead
    high, low = rates.loc[widest].idxmax(), rates.loc[widest].idxmin()
    return (f"{lead}. Widest gap: {_frame_name(widest)} "
            f"({high} {rates.loc[widest, high]:.1f} vs {low} {rates.loc[widest, low]:.1f})")


def plot_frame_flow(flow: pd.DataFrame, corpus) -> Figure:
    """Frame scores paragraph by paragraph, one panel per article.

    ``flow`` is :func:`analysis.measures.framing.frame_flow` output. Darker cells: more indicator
    matches; the number in a cell is the score.
    """
    articles = list(dict.fromkeys(flow["article_id"]))
    frames = list(dict.fromkeys(flow["frame"]))
    colours = writer_colours(corpus.authors)
    fig, axes = new_figure(10, 0.6 + 1.9 * len(articles), nrows=len(articles), squeeze=False)
    vmax = max(int(flow["score"].max()), 1)
    for ax, article in zip(axes[:, 0], articles):
        rows = flow[flow["article_id"] == article]
        grid = rows.pivot(index="frame", columns="paragraph_no", values="score").loc[frames]
        ax.imshow(grid.to_numpy(), aspect="auto", cmap="Greys", vmin=0, vmax=vmax * 1.6)
        for (y, x), score in np.ndenumerate(grid.to_numpy()):
            if score:
                ax.text(x, y, str(int(score)), ha="center", va="center", fontsize=7.5)
        ax.set_yticks(range(len(frames)), [_frame_name(f) for f in frames])
        ax.set_xticks(range(grid.shape[1]), [str(c) for c in grid.columns], fontsize=8)
        ax.grid(False)
        author = rows["author"].iloc[0]
        ax.set_title(f"{author} · {article}", color=colours[author], fontsize=10)
    axes[-1, 0].set_xlabel("paragraph")
    return finish(fig, _flow_title(flow, frames), source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle="Frame indicator matches in each paragraph, from the first paragraph "
                           "to the last.", numbers=flow)


def _flow_title(flow: pd.DataFrame, frames: list[str]) -> str:
    """How each article moves between the leading frames of its first and second half
    (ties go to the frame listed first in the dictionary)."""
    phrases, shifts = [], 0
    for _, rows in flow.groupby("article_id", sort=False):
        halves = (rows.pivot_table(index="frame", columns=rows["position"] >= 0.5, values="score",
                                   aggfunc="sum")
                  .reindex(index=frames, columns=[False, True], fill_value=0).fillna(0))
        opening, closing = (halves[half].idxmax() if halves[half].sum() else None for half in (False, True))
        shifts += opening != closing
        author = rows["author"].iloc[0]
        if opening == closing:
            phrases.append(f"{author} stays with {_frame_name(opening)}" if opening
                           else f"{author} uses no frame vocabulary")
        else:
            phrases.append(f"{author} moves from {_frame_name(opening or 'no frame')} to "
                           f"{_frame_name(closing or 'no frame')}")
    if len(phrases) <= 3:
        return "; ".join(phrases) + " (the most frequent frame, first half to second)"
    return f"{shifts} of {len(phrases)} articles close on a different frame than they open"


# ---------------------------------------------------------------------------------------
# Sourcing


def writer_sourcing(measures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Sourcing measures per writer: rates pooled over the writer's words, counts per article.

    Index: author (corpus order); columns: the measures of ``SOURCING_MEASURES``.
    """
    merged = measures.merge(articles[["article_id", "author", "n_words"]], on="article_id")
    rows = {}
    for author, group in merged.groupby("author", sort=False):
        words = group["n_words"].sum()
        rows[author] = {measure: (float((group[measure] * group["n_words"]).sum() / words)
                                  if unit == "per 1,000 words" and words else float(group[measure].mean()))
                        for measure, (_, unit) in SOURCING_MEASURES.items()}
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("author")


def plot_sourcing_profile(measures: pd.DataFrame, corpus) -> Figure:
    """The six sourcing measures side by side, one bar per writer.

    ``measures`` is :func:`analysis.measures.sourcing.sourcing_measures` output. When a writer has
    several articles, each article is a dot over the writer's bar.
    """
    by_writer = writer_sourcing(measures, corpus.articles)
    colours = writer_colours(corpus.authors)
    authors = list(by_writer.index)
    merged = measures.merge(corpus.articles[["article_id", "author"]], on="article_id")
    several = merged["author"].duplicated().any()
    fig, axes = new_figure(11, 1.6 + 0.9 * len(authors) * 2, nrows=2, ncols=3, squeeze=False)
    for ax, (measure, (noun, unit)) in zip(axes.flat, SOURCING_MEASURES.items()):
        values = by_writer[measure]
        ax.barh(range(len(authors)), values, color=[colours[a] for a in authors], height=0.6)
        for row, value in enumerate(values):
            ax.text(value, row, f" {value:.1f}" if unit == "per 1,000 words" else f" {value:g}",
                    va="center", fontsize=8.5)
        if several:
            for row, author in enumerate(authors):
                points = merged.loc[merged["author"] == author, measure]
                ax.scatter(points, [row] * len(points), s=12, color="black", zorder=3)
        ax.set_yticks(range(len(authors)), authors)
        ax.set_ylim(len(authors) - 0.5, -0.5)
        ax.set_xlim(0, max(values.max() * 1.35, 1))
        ax.set_title(f"{noun} {unit}", fontsize=10)
    for ax in axes[:, 1:].flat:
        ax.set_yticklabels([])
    return finish(fig, _sourcing_title(by_writer), source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle="Figures, quotations and sources: evidence the writer brings in; hedges "
                           "and boosters: how tentative or certain the writer's own voice is.",
                  numbers=measures)


def _sourcing_title(by_writer: pd.DataFrame) -> str:
    """The two measures on which the writers differ most (largest max/min ratio)."""
    if len(by_writer) < 2:
        return f"Sourcing profile of {by_writer.index[0]}"
    ratios = {}
    for measure in SOURCING_MEASURES:
        high, low = by_writer[measure].max(), by_writer[measure].min()
        ratios[measure] = math.inf if low == 0 and high > 0 else (high / low if low else 1.0)
    ranked = [m for m in sorted(SOURCING_MEASURES, key=lambda m: -ratios[m]) if ratios[m] > 1][:2]
    clauses = []
    for measure in ranked:
        noun, unit = SOURCING_MEASURES[measure]
        column = by_writer[measure]
        high, low = column.idxmax(), column.idxmin()
        if column[low] == 0:
            if unit == "per 1,000 words":
                amount = f"{column[high]:.1f} {noun} {unit}"
            else:
                amount = f"{column[high]:g} {noun if column[high] != 1 else noun[:-1]}"
            clauses.append(f"{high} has {amount}, {low} none")
        else:
            clauses.append(f"{high} uses {ratios[measure]:.1f}× as many {noun} as {low}")
    return "; ".join(clauses) if clauses else "The writers source their columns alike"


# ---------------------------------------------------------------------------------------
# Fightin' Words


def plot_keyness(keyness: pd.DataFrame, corpus, n_labels: int = 8,
                 prior_size: float = PRIOR_SIZE, min_count: int = MIN_COUNT) -> Figure:
    """z-score of every term against its corpus frequency, one panel per writer.

    ``keyness`` is :func:`analysis.measures.keyness.keyness_table` output; ``prior_size`` and
    ``min_count`` are the values it was computed with (shown in the subtitle). Points above
    the dashed line at z = 1.96 are the writer's distinctive words, in the writer's colour;
    the ``n_labels`` highest are named (terms at the same point share one label).
    """
    authors = corpus.authors
    colours = writer_colours(authors)
    totals = keyness.groupby("term")["count"].sum()
    fig, axes = new_figure(5.2 * len(authors), 5, ncols=len(authors), squeeze=False, sharey=True)
    for ax, author in zip(axes[0], authors):
        rows = keyness[keyness["author"] == author].assign(total=lambda t: t["term"].map(totals))
        ax.set_title(f"{author} vs the rest", color=colours[author], fontsize=10)
        if rows.empty:
            ax.text(0.5, 0.5, f"no term used {min_count} times or more\nby two or more writers",
                    ha="center", va="center", transform=ax.transAxes, color=NEUTRAL)
            continue
        distinctive = rows["z"] > Z_THRESHOLD
        ax.scatter(rows.loc[~distinctive, "total"], rows.loc[~distinctive, "z"], s=14,
                   color=NEUTRAL, alpha=0.5, linewidths=0)
        ax.scatter(rows.loc[distinctive, "total"], rows.loc[distinctive, "z"], s=22,
                   color=colours[author], linewidths=0)
        for level in (Z_THRESHOLD, -Z_THRESHOLD):
            ax.axhline(level, color="black", linestyle="--", linewidth=0.8)
        _label_top_terms(ax, rows.head(n_labels), rows)
        _log_count_axis(ax, rows["total"])
        ax.set_xlabel("uses in the whole corpus (log scale)")
    axes[0, 0].set_ylabel("z (positive: more typical of this writer)")
    subtitle = (f"Log-odds ratio with informative Dirichlet prior (Monroe et al. 2008), prior size "
                f"{prior_size:g}; terms used at least {min_count} times; stopwords left out.")
    return finish(fig, _keyness_title(keyness), source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle=subtitle, numbers=keyness)


def _log_count_axis(ax, counts: pd.Series) -> None:
    """A log x axis with plain-number ticks (1, 2, 5, 10, 20, 50, …) over the counts' range."""
    ax.set_xscale("log")
    low, high = counts.min(), counts.max()
    ticks = [m * 10 ** e for e in range(int(math.log10(high)) + 2) for m in (1, 2, 5)]
    ax.set_xticks([t for t in ticks if low / 1.5 <= t <= high * 1.5], minor=False)
    ax.xaxis.set_major_formatter(ticker.FuncFormatter(lambda value, _: f"{value:g}"))
    ax.xaxis.set_minor_formatter(ticker.NullFormatter())


def _label_top_terms(ax, top: pd.DataFrame, rows: pd.DataFrame) -> None:
    """Label the top terms; terms that share a point are listed in one label."""
    placed: dict[tuple[float, float], list[str]] = {}
    for row in top.itertuples(index=False):
        placed.setdefault((row.total, row.z), [])
    for row in rows.itertuples(index=False):
        if (row.total, row.z) in placed:
            placed[(row.total, row.z)].append(row.term)
    for (total, z), terms in placed.items():
        label = ", ".join(terms[:3]) + (f" +{len(terms) - 3}" if len(terms) > 3 else "")
        ax.annotate(label, (total, z), xytext=(4, 3), textcoords="offset points", fontsize=8)


def _keyness_title(keyness: pd.DataFrame) -> str:
    distinctive = keyness[keyness["z"] > Z_THRESHOLD]
    if distinctive.empty:
        return f"No word marks one writer against the others at z > {Z_THRESHOLD}"
    if len(distinctive) <= 3:
        listed = ", ".join(f"“{row.term}” ({row.author}, {row.count} uses)"
                           for row in distinctive.itertuples(index=False))
        verb = "passes" if len(distinctive) == 1 else "pass"
        return f"Few words separate the writers: only {listed} {verb} z > {Z_THRESHOLD}"
    per_writer = distinctive.groupby("author", sort=False)["term"].apply(lambda t: ", ".join(t.head(3)))
    return "Distinctive words: " + "; ".join(f"{author}: {terms}" for author, terms in per_writer.items())
