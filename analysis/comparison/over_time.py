"""Tone, blame and frames per month and writer, for corpora that span several months.

Each series is ``clustered.monthly_means`` of a per-unit measure: a sentence's VADER compound,
whether a sentence blames anyone in the writer's own voice (0 or 1, so the mean is the share
of sentences that blame), whether a paragraph uses a frame's vocabulary (0 or 1). Intervals
resample the month's articles (a month with one article has none).
"""

from __future__ import annotations

import pandas as pd

from .clustered import monthly_means, spans_several_months

BLAME_COLUMN = "blames"


def tone_by_month(scored: pd.DataFrame, articles: pd.DataFrame, writers: list[str]) -> pd.DataFrame:
    """Mean sentence compound per month and writer (``monthly_means`` columns)."""
    return monthly_means(scored, "compound", articles, writers)


def blame_by_month(blame: pd.DataFrame, sentences: pd.DataFrame, articles: pd.DataFrame,
                   writers: list[str]) -> pd.DataFrame:
    """Share of sentences that blame anyone in the writer's own voice, per month and writer
    (``monthly_means`` columns; ``mean`` is the share)."""
    own = set(blame.loc[blame["stance"] == "writer", "sentence_id"])
    units = sentences[["article_id", "author", "sentence_id"]].assign(
        **{BLAME_COLUMN: sentences["sentence_id"].isin(own).astype(float)})
    return monthly_means(units, BLAME_COLUMN, articles, writers)


def frames_by_month(frames: pd.DataFrame, articles: pd.DataFrame, writers: list[str]) -> pd.DataFrame:
    """Share of paragraphs using each frame's vocabulary, per month and writer: month, author,
    frame, n_articles, share (no intervals: this is a table to read, not a test)."""
    present = frames.assign(present=(frames["score"] > 0).astype(float))
    tables = []
    for frame, rows in present.groupby("frame", sort=False):
        monthly = monthly_means(rows, "present", articles, writers)
        tables.append(monthly.assign(frame=frame)[["month", "author", "frame", "n_articles", "mean"]])
    if not tables:
        return pd.DataFrame(columns=["month", "author", "frame", "n_articles", "share"])
    return pd.concat(tables, ignore_index=True).rename(columns={"mean": "share"})


def over_time_markdown(tone: pd.DataFrame, blame: pd.DataFrame, articles: pd.DataFrame) -> str:
    """One sentence per writer: tone and the share of blaming sentences in the first and the
    last month they wrote in; or why there is no series."""
    if not spans_several_months(articles):
        return "The corpus covers a single month: there is no series over time."
    lines = []
    for writer in dict.fromkeys(tone["author"]):
        own_tone = tone[tone["author"] == writer].sort_values("month")
        own_blame = blame[blame["author"] == writer].sort_values("month")
        if len(own_tone) < 2:
            lines.append(f"- **{writer}** wrote in one month only ({own_tone['month'].iloc[0]}).")
            continue
        first, last = own_tone.iloc[0], own_tone.iloc[-1]
        share = own_blame.set_index("month")["mean"]
        lines.append(f"- **{writer}**: mean sentence tone {first['mean']:+.2f} in {first['month']}, "
                     f"{last['mean']:+.2f} in {last['month']}; sentences that blame someone "
                     f"{share.get(first['month'], 0):.0%} then {share.get(last['month'], 0):.0%}.")
    return "\n".join(lines)
