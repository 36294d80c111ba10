"""Figures with one point per article, and per month: for corpora with several articles per writer.

Colours come from ``writer_colours`` in ``analysis.presentation.plots`` (Okabe–Ito, fixed by the writer's
order in the corpus). It has seven colours; from the eighth writer on, colours repeat, so
``writer_markers`` gives each repeat of a colour a different marker and no two writers look
the same. Figures are returned, not written: save them with ``analysis.presentation.plots.save_figure``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from . import (
    WRITER_COLOURS,
    corpus_label,
    finish,
    new_figure,
    source_line,
    writer_colours,
)

__all__ = ["MARKERS", "plot_article_strip", "plot_monthly_means", "writer_colours", "writer_markers"]

MARKERS = ["o", "s", "^", "D", "v", "P", "X"]


def writer_markers(writers: Sequence[str]) -> dict[str, str]:
    """One marker per writer: the n-th time a colour comes round, the n-th marker."""
    return {writer: MARKERS[(i // len(WRITER_COLOURS)) % len(MARKERS)] for i, writer in enumerate(writers)}


def _writers(table: pd.DataFrame, corpus) -> list[str]:
    """The corpus order, so colours match every other figure; table order if no corpus writers."""
    writers = list(getattr(corpus, "authors", []) or [])
    return writers or list(dict.fromkeys(table["author"]))


def plot_article_strip(per_article: pd.DataFrame, corpus, measure_label: str, title: str | None = None,
                       seed: int = 0) -> Figure:
    """Each article's mean as a point on its writer's row (``clustered.article_means`` rows).

    Point area grows with the article's number of sentences; a black bar marks the writer's
    mean over all sentences (the number the comparisons use). Writers with no article keep
    their empty row, so the rows line up with other figures.
    """
    writers = _writers(per_article, corpus)
    colours, markers = writer_colours(writers), writer_markers(writers)
    fig, ax = new_figure(8.5, max(2.6, 0.55 * len(writers) + 1.6))
    rng = np.random.default_rng(seed)  # fixed jitter: the same figure every run
    overall = {}
    for row, writer in enumerate(writers):
        found = per_article[per_article["author"] == writer]
        if found.empty:
            continue
        sizes = found["n_sentences"].to_numpy(float)
        jitter = rng.uniform(-0.15, 0.15, size=len(found))
        ax.scatter(found["mean"], row + jitter, s=15 + 60 * sizes / max(sizes.max(), 1),
                   color=colours[writer], marker=markers[writer], alpha=0.75, linewidths=0)
        overall[writer] = float(np.average(found["mean"], weights=sizes))
        ax.plot([overall[writer]] * 2, [row - 0.3, row + 0.3], color="black", linewidth=1.6)
    ax.set_yticks(range(len(writers)), writers)
    ax.set_ylim(len(writers) - 0.5, -0.5)
    ax.set_xlabel(f"{measure_label}, mean per article")
    if title is None:
        title = _strip_title(overall, measure_label, len(per_article))
    return finish(fig, title, source_line(len(getattr(corpus, "articles", per_article)), _label(corpus)),
                  subtitle="Each point is one article (larger = more sentences); the bar is the writer's mean "
                           "over all their sentences.", numbers=per_article)


def _strip_title(overall: dict[str, float], measure_label: str, n_articles: int) -> str:
    if not overall:
        return f"No article has a value for {measure_label}"
    top = max(overall, key=overall.get)
    return (f"{top}'s sentences score highest on {measure_label} (mean {overall[top]:.2f}); "
            f"{n_articles} articles, one point each")


def plot_monthly_means(monthly: pd.DataFrame, corpus, measure_label: str, title: str | None = None) -> Figure:
    """One line per writer through the months (``clustered.monthly_means`` rows), with 95% intervals.

    Every month between the first and the last has a place on the axis; months without an
    article from a writer break that writer's line rather than being bridged, and months with
    one article show a point with no interval (there is none to show).
    """
    writers = _writers(monthly, corpus)
    colours, markers = writer_colours(writers), writer_markers(writers)
    months = _all_months(monthly["month"]) if not monthly.empty else []
    position = {month: i for i, month in enumerate(months)}
    fig, ax = new_figure(max(6.0, 0.7 * len(months) + 3), 4.2)
    # A small sideways offset per writer so intervals in the same month do not hide each other.
    offsets = np.linspace(-0.15, 0.15, len(writers)) if len(writers) > 1 else [0.0]
    for offset, writer in zip(offsets, writers):
        found = monthly[monthly["author"] == writer].set_index("month").reindex(months)
        if found["mean"].isna().all():
            continue
        x = np.array([position[m] for m in months]) + offset
        ax.plot(x, found["mean"], color=colours[writer], marker=markers[writer], linewidth=1.5,
                markersize=5, label=writer)
        has_ci = found["ci_low"].notna().to_numpy()
        ax.errorbar(x[has_ci], found["mean"][has_ci],
                    yerr=[(found["mean"] - found["ci_low"])[has_ci], (found["ci_high"] - found["mean"])[has_ci]],
                    fmt="none", ecolor=colours[writer], capsize=3, linewidth=1)
    # Every month gets a place, so a gap in time looks like one; long spans label every n-th month.
    step = max(1, -(-len(months) // 12))
    ax.set_xticks(range(0, len(months), step), months[::step], rotation=45 if len(months) > 8 else 0)
    ax.set_xlabel("month")
    ax.set_ylabel(f"{measure_label} (mean over sentences)")
    if writers and not monthly.empty:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8.5)
    title = title or (f"{measure_label} month by month, {len(writers)} writers over {len(months)} months"
                      if months else f"No dated article has a value for {measure_label}")
    n_articles = len(corpus.articles) if hasattr(corpus, "articles") else int(monthly["n_articles"].sum())
    return finish(fig, title, source_line(n_articles, _label(corpus)),
                  subtitle="Mean over the month's sentences; bars: 95% cluster bootstrap over the month's "
                           "articles (none for a month with one article).", numbers=monthly)


def _all_months(months: pd.Series) -> list[str]:
    """Every month from the first to the last, as 'YYYY-MM', including months with no article."""
    periods = pd.PeriodIndex(sorted(months.unique()), freq="M")
    return [str(period) for period in pd.period_range(periods.min(), periods.max(), freq="M")]


def _label(corpus) -> str:
    return corpus_label(corpus) if hasattr(corpus, "is_bundled") else "user corpus"
