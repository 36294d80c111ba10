"""Figures about readability and sentence length."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ...comparison.stats import compare_writers, writer_means
from ...measures.readability import HIGHER_IS_HARDER
from . import (
    NEUTRAL,
    PAGE_WIDTH_INCHES,
    corpus_label,
    difference_title,
    finish,
    interval_dots,
    new_figure,
    source_line,
    writer_colours,
)

MEASURE_LABELS = {
    "flesch_reading_ease": "Flesch Reading Ease",
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "gunning_fog": "Gunning fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman–Liau",
    "automated_readability_index": "ARI",
    "dale_chall": "Dale–Chall",
    "mean_sentence_words": "words per sentence",
    "mean_word_chars": "characters per word",
    "mattr": "MATTR (vocabulary variety)",
}


def direction_note(measure: str) -> str:
    harder = HIGHER_IS_HARDER.get(measure)
    return {True: "higher = harder", False: "higher = easier", None: "higher = more varied"}[harder]


def plot_readability_intervals(paragraph_scores: pd.DataFrame, corpus,
                               measures: list[str] | None = None) -> Figure:
    """Each measure's paragraph-level mean per writer with a 95% bootstrap interval; ``measures``
    (default: all of ``MEASURE_LABELS``) in two columns, so that text stays legible at page width."""
    writers = corpus.authors
    colours = writer_colours(writers)
    measures = list(measures or MEASURE_LABELS)
    means = writer_means(paragraph_scores, measures, writers)
    nrows = math.ceil(len(measures) / 2)
    fig, axes = new_figure(PAGE_WIDTH_INCHES, 0.9 + (0.55 + 0.35 * len(writers)) * nrows + 0.6,
                           ncols=2, nrows=nrows, squeeze=False)
    for ax, measure in zip(axes.flat, measures):
        interval_dots(ax, means[means["measure"] == measure], writers, colours, direction_note(measure))
        ax.set_title(MEASURE_LABELS[measure], fontsize=10)
        if ax not in axes[:, 0]:
            ax.set_yticklabels([])
    for ax in axes.flat[len(measures):]:
        ax.set_visible(False)
    comparison = compare_writers(paragraph_scores, ["flesch_reading_ease"], "paragraph", writers)
    title = difference_title(comparison, "paragraphs", "easier to read on Flesch Reading Ease")
    return finish(fig, title, source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle="Means over paragraphs with 95% bootstrap intervals. Formulas by textstat; "
                           "short paragraphs make single scores noisy, hence the intervals.", numbers=means)


def plot_sentence_length_ecdf(corpus) -> Figure:
    """Cumulative distribution of sentence length per writer, medians marked."""
    writers = corpus.authors
    colours = writer_colours(writers)
    fig, ax = new_figure(8, 4.2)
    for writer in writers:
        lengths = np.sort(corpus.sentences.loc[corpus.sentences["author"] == writer, "n_words"].to_numpy())
        share = np.arange(1, len(lengths) + 1) / len(lengths)
        ax.step(lengths, share, where="post", color=colours[writer], label=f"{writer} (n = {len(lengths)})")
        ax.axvline(np.median(lengths), color=colours[writer], linestyle=":", linewidth=1)
    ax.axhline(0.5, color=NEUTRAL, linewidth=0.6)
    ax.set_xlabel("words per sentence")
    ax.set_ylabel("share of sentences this long or shorter")
    ax.set_ylim(0, 1.02)
    ax.legend(loc="lower right")
    comparison = compare_writers(corpus.sentences, ["n_words"], "sentence", writers)
    title = difference_title(comparison, "sentences", "longer")
    return finish(fig, title, source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle="Each step is one sentence; dotted lines mark each writer's median.",
                  numbers=corpus.sentences[["author", "sentence_id", "n_words"]])
