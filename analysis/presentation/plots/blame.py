"""Figures about blame attribution and actors."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..annotate import group_label
from . import (
    NEUTRAL,
    PAGE_WIDTH_INCHES,
    corpus_label,
    finish,
    new_figure,
    source_line,
    writer_colours,
)

# Paul Tol's "muted" scheme (colour-blind safe), one colour per actor group; writers keep the
# Okabe-Ito colours, so groups and writers never share a colour role.
GROUP_COLOURS = {"russia": "#CC6677", "us": "#332288", "europe": "#DDCC77", "ukraine": "#117733",
                 "west": "#88CCEE", "media": "#AA4499", "other": "#BBBBBB"}


MIN_SENTENCES_FOR_TITLE = 5

def matrix_title(matrix: pd.DataFrame, writers: list[str], labels: Mapping[str, str] | None = None) -> str:
    """Who each writer blames most, and the group on which the writers differ most (per 1,000 words);
    groups by their display ``labels``."""
    tops = {}
    for writer in writers:
        rows = matrix[matrix["author"] == writer].sort_values(["sentences", "group"], ascending=[False, True])
        if len(rows) and rows["sentences"].iloc[0] > 0:
            tops[writer] = rows["group"].iloc[0]
    if not tops:
        return "The rules find no blame in these texts"
    shared = len(set(tops.values())) == 1 and len(tops) == len(writers)
    if shared:
        lead = f"{'Both' if len(writers) == 2 else 'All'} blame {group_label(next(iter(tops.values())), labels)} most"
    else:
        lead = "; ".join(f"{w} blames {group_label(g, labels)} most" for w, g in tops.items())
    if len(writers) < 2:
        return lead
    rates = matrix.pivot(index="group", columns="author", values="per_1k_words")[writers]
    if shared:
        # The shared top group is already named; the news is the largest gap elsewhere.
        rates = rates.drop(index=next(iter(tops.values())))
    gap = (rates.max(axis=1) - rates.min(axis=1)).sort_values(ascending=False, kind="stable")
    group = gap.index[0]
    counts = matrix[matrix["group"] == group].set_index("author")["sentences"]
    detail = ", ".join(f"{w} {counts[w]}" for w in writers)
    besides = " besides it" if shared else ""
    return f"{lead}; the widest gap{besides} is on {group_label(group, labels)} (sentences: {detail})"


def plot_blame_matrix(matrix: pd.DataFrame, corpus, labels: Mapping[str, str] | None = None) -> Figure:
    """Writer × group heat map: shading = share of sentences, labels = count and per 1,000 words;
    groups by their display ``labels``."""
    writers = corpus.authors
    groups = list(dict.fromkeys(matrix["group"]))
    share = matrix.pivot(index="author", columns="group",
                         values="share_of_sentences").reindex(index=writers, columns=groups)
    counts = matrix.pivot(index="author", columns="group", values="sentences").reindex(index=writers, columns=groups)
    per_1k = matrix.pivot(index="author", columns="group", values="per_1k_words").reindex(index=writers, columns=groups)
    fig, ax = new_figure(PAGE_WIDTH_INCHES, 1.6 + 0.9 * len(writers))
    image = ax.imshow(share.to_numpy(dtype=float), cmap="Reds", vmin=0, vmax=max(0.3, float(share.max().max())),
                      aspect="auto")
    for row in range(len(writers)):
        for col in range(len(groups)):
            value = share.iat[row, col]
            ax.text(col, row, f"{counts.iat[row, col]}\n{per_1k.iat[row, col]:g}/1k",
                    ha="center", va="center", fontsize=9, color="white" if value > 0.18 else "black")
    ax.set_xticks(range(len(groups)), [group_label(group, labels) for group in groups])
    ax.set_yticks(range(len(writers)), writers)
    ax.grid(False)
    colourbar = fig.colorbar(image, ax=ax, fraction=0.03, pad=0.02)
    colourbar.set_label("share of sentences")
    title = matrix_title(matrix, writers, labels)
    return finish(fig, title, source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle="Sentences that blame each group (count, and per 1,000 words); shading = share of the "
                           "writer's sentences. Rule-based; see the validation below.", numbers=matrix)


def plot_blame_positions(blame: pd.DataFrame, sentences: pd.DataFrame, corpus,
                         labels: Mapping[str, str] | None = None) -> Figure:
    """Where in each article the sentences of the writer's own blame fall (as in the blame
    matrix; reported blame is left out), coloured by blamed group (by its display label)."""
    writers = corpus.authors
    own = blame[blame["stance"] == "writer"]
    positioned = own.drop_duplicates(["sentence_id", "group"]).merge(
        sentences[["sentence_id", "position"]], on="sentence_id")
    groups = [g for g in GROUP_COLOURS if g in set(positioned["group"])]
    fig, ax = new_figure(9, 1.4 + 0.9 * len(writers))
    offsets = np.linspace(-0.25, 0.25, max(len(groups), 1))
    for row, writer in enumerate(writers):
        ax.axhline(row, color="#E5E5E5", linewidth=6, zorder=0)
        for offset, group in zip(offsets, groups):
            points = positioned[(positioned["author"] == writer) & (positioned["group"] == group)]
            ax.scatter(points["position"], np.full(len(points), row + offset), s=36, color=GROUP_COLOURS[group],
                       edgecolors="black", linewidths=0.4, label=group_label(group, labels) if row == 0 else None,
                       zorder=2)
    ax.set_yticks(range(len(writers)), writers)
    ax.set_ylim(len(writers) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.set_xlabel("position in the article (0 = first sentence, 1 = last)")
    ax.grid(axis="y", visible=False)
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles))
    ax.legend(unique.values(), unique.keys(), loc="upper center", bbox_to_anchor=(0.5, -0.35), ncols=len(unique))
    halves = []
    for writer in writers:
        rows = positioned[positioned["author"] == writer]
        if len(rows):
            halves.append(f"{writer}: {np.mean(rows['position'] < 0.5):.0%} in the first half")
    title = "Where blame falls — " + "; ".join(halves) if halves else "No blame found"
    return finish(fig, title, source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle="Each dot is one sentence blaming one group.",
                  numbers=positioned[["author", "sentence_id", "group", "position"]])


def plot_group_tone(group_tone: pd.DataFrame, corpus, labels: Mapping[str, str] | None = None) -> Figure:
    """Mean sentence tone of the sentences mentioning each group, per writer, with intervals;
    groups by their display labels."""
    writers = corpus.authors
    colours = writer_colours(writers)
    groups = [g for g in GROUP_COLOURS if g in set(group_tone["group"])]
    fig, ax = new_figure(9, 1.2 + 0.55 * len(groups))
    offsets = np.linspace(-0.15, 0.15, len(writers))
    for offset, writer in zip(offsets, writers):
        rows = group_tone[group_tone["author"] == writer].set_index("group").reindex(groups)
        positions = np.arange(len(groups)) + offset
        valid = rows["mean"].notna().to_numpy()
        lower = (rows["mean"] - rows["ci_low"]).fillna(0).to_numpy()
        upper = (rows["ci_high"] - rows["mean"]).fillna(0).to_numpy()
        ax.errorbar(rows["mean"].to_numpy()[valid], positions[valid], xerr=[lower[valid], upper[valid]],
                    fmt="o", color=colours[writer], capsize=3, label=writer)
        for y, n, x in zip(positions[valid], rows["n"].to_numpy()[valid], rows["mean"].to_numpy()[valid]):
            ax.annotate(f"n={int(n)}", (x, y), xytext=(6, 3), textcoords="offset points", fontsize=7, color="#555555")
    ax.axvline(0, color=NEUTRAL, linewidth=0.8)
    ax.set_yticks(range(len(groups)), [group_label(group, labels) for group in groups])
    ax.set_ylim(len(groups) - 0.5, -0.5)
    ax.set_xlabel("mean VADER compound of sentences mentioning the group (95% bootstrap CI)")
    ax.legend(loc="lower right")
    enough = group_tone[group_tone["n"] >= MIN_SENTENCES_FOR_TITLE].sort_values(["mean", "group"])
    if enough.empty:
        title = "Too few sentences mention any group to compare tone"
    else:
        worst = enough.iloc[0]
        title = (f"Most negative company (groups with ≥ {MIN_SENTENCES_FOR_TITLE} sentences): "
                 f"{group_label(worst['group'], labels)} in "
                 f"{worst['author']}'s column, mean {worst['mean']:+.2f} over {int(worst['n'])} sentences")
    return finish(fig, title, source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle="Tone of the sentences that mention a group, not stance toward it: "
                           "a sentence naming two groups counts for both.", numbers=group_tone)
