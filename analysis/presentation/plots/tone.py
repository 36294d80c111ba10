"""Figures about tone (VADER scores of sentences)."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from ...comparison.stats import compare_writers, writer_means
from ...measures.tone import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, TONE_LABELS, tone_label
from . import (
    NEUTRAL,
    PAGE_WIDTH_INCHES,
    corpus_label,
    difference_title,
    finish,
    new_figure,
    points_and_box,
    source_line,
    writer_colours,
)

LABEL_COLOURS = {"negative": "#D55E00", "neutral": "#BBBBBB", "positive": "#0072B2"}


def plot_tone_distributions(scored: pd.DataFrame, corpus) -> Figure:
    """Sentence compound scores per writer, and the share of negative/neutral/positive sentences."""
    writers = corpus.authors
    colours = writer_colours(writers)
    fig, (left, right) = new_figure(PAGE_WIDTH_INCHES, 4.4, ncols=2, gridspec_kw={"width_ratios": [3, 2]})
    values = {w: scored.loc[scored["author"] == w, "compound"] for w in writers}
    points_and_box(left, values, colours, "VADER compound per sentence (−1 negative … +1 positive)")
    for threshold in (NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD):
        left.axvline(threshold, color=NEUTRAL, linewidth=0.8, linestyle=":")
    left.set_title("Every sentence")
    shares = (scored.assign(tone=scored["compound"].map(tone_label))
              .groupby("author")["tone"].value_counts(normalize=True).unstack(fill_value=0)
              .reindex(index=writers, columns=TONE_LABELS, fill_value=0))
    starts = pd.Series(0.0, index=writers)
    for label in TONE_LABELS:
        right.barh(range(len(writers)), shares[label], left=starts, color=LABEL_COLOURS[label], label=label)
        for row, writer in enumerate(writers):
            if shares.loc[writer, label] >= 0.08:
                right.text(starts[writer] + shares.loc[writer, label] / 2, row,
                           f"{shares.loc[writer, label]:.0%}", ha="center", va="center", fontsize=9)
        starts += shares[label]
    right.set_yticks(range(len(writers)), [""] * len(writers))
    right.set_ylim(len(writers) - 0.5, -0.5)
    right.set_xlim(0, 1)
    right.set_xlabel("share of sentences")
    right.set_title("Sentences by tone")
    right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncols=2, fontsize=9)
    comparison = compare_writers(scored, ["compound"], "sentence", writers)
    title = difference_title(comparison, "sentences", "more positive")
    return finish(fig, title, source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle="Stock VADER, scored sentence by sentence; thresholds ±0.05 as VADER's authors recommend.",
                  numbers=scored[["author", "sentence_id", "compound", "tone"]])


def plot_tone_trajectory(paragraph_tones: pd.DataFrame, corpus) -> Figure:
    """Mean sentence tone of each paragraph against its position in the article."""
    colours = writer_colours(corpus.authors)
    fig, ax = new_figure(9, 4.2)
    for writer in corpus.authors:
        rows = paragraph_tones[paragraph_tones["author"] == writer]
        for _, article in rows.groupby("article_id", sort=False):
            ax.plot(article["position"], article["tone_mean"], marker="o", color=colours[writer],
                    label=writer, linewidth=1.5, markersize=4)
    ax.axhline(0, color=NEUTRAL, linewidth=0.8)
    ax.set_xlabel("position in the article (0 = first paragraph, 1 = last)")
    ax.set_ylabel("paragraph tone (mean compound)")
    ax.set_xlim(0, 1)
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles))
    ax.legend(unique.values(), unique.keys(), loc="upper left")
    halves = (paragraph_tones.assign(half=paragraph_tones["position"] >= 0.5)
              .groupby(["author", "half"])["tone_mean"].mean())
    drift = "; ".join(f"{w} {halves.get((w, False), float('nan')):+.2f} → {halves.get((w, True), float('nan')):+.2f}"
                      for w in corpus.authors)
    return finish(fig, f"Mean paragraph tone, first half → second half of the article: {drift}",
                  source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle="Each point is one paragraph; paragraphs with one or two sentences swing most.",
                  numbers=paragraph_tones)


def plot_stock_vs_domain(scored: pd.DataFrame, corpus) -> Figure:
    """Writer means of stock and domain-extended VADER, with intervals, and per-sentence shift."""
    writers = corpus.authors
    colours = writer_colours(writers)
    fig, (left, right) = new_figure(10, 4.2, ncols=2)
    means = writer_means(scored, ["compound", "domain_compound"], writers)
    for offset, (measure, marker) in enumerate((("compound", "o"), ("domain_compound", "s"))):
        for row, writer in enumerate(writers):
            found = means[(means["measure"] == measure) & (means["author"] == writer)].iloc[0]
            left.errorbar(found["mean"], row + (offset - 0.5) * 0.3,
                          xerr=[[found["mean"] - found["ci_low"]], [found["ci_high"] - found["mean"]]],
                          fmt=marker, color=colours[writer], mfc="white" if offset else colours[writer],
                          capsize=3,
                          label=("stock VADER" if not offset else "with domain lexicon") if row == 0 else None)
    left.axvline(0, color=NEUTRAL, linewidth=0.8)
    left.set_yticks(range(len(writers)), writers)
    left.set_ylim(len(writers) - 0.5, -0.5)
    left.set_xlabel("mean sentence compound, 95% bootstrap CI")
    left.legend(loc="upper left", fontsize=8.5)
    left.set_title("Writer means")
    for writer in writers:
        rows = scored[scored["author"] == writer]
        right.scatter(rows["compound"], rows["domain_compound"], s=16, alpha=0.7, color=colours[writer],
                      linewidths=0, label=writer)
    right.plot([-1, 1], [-1, 1], color=NEUTRAL, linewidth=0.8, linestyle=":")
    right.set_xlabel("stock VADER compound")
    right.set_ylabel("with domain lexicon")
    right.set_title("Every sentence (off the diagonal = moved)")
    moved = (scored["domain_compound"] - scored["compound"]).abs() >= 0.05
    stock, domain = (compare_writers(scored, [m], "sentence", writers) for m in ("compound", "domain_compound"))
    title = f"The domain lexicon moves {moved.mean():.0%} of sentences by ≥ 0.05"
    if not stock.empty and not domain.empty:  # empty: one writer, nothing to compare
        stock, domain = stock.iloc[0], domain.iloc[0]
        title += (f"; the difference {stock['writer_a']} − {stock['writer_b']} goes from "
                  f"{stock['diff']:+.2f} to {domain['diff']:+.2f}")
    return finish(fig, title, source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle="Topic words (war, peace, security…) neutralised; genre words (reneged, invasion…) added.",
                  numbers=scored[["author", "sentence_id", "compound", "domain_compound"]])
