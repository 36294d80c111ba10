"""Plain-language findings for the write-up, computed from the analysis tables.

Every sentence here is built from numbers passed in, so the write-up says what the data say
for whichever corpus it runs on, and nothing is typed in by hand.
"""

from __future__ import annotations

import pandas as pd


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def lead(corpus) -> str:
    """Who wrote what, and how much text each contributes."""
    pieces = []
    for row in corpus.articles.itertuples(index=False):
        outlet = f" ({row.outlet})" if row.outlet else ""
        pieces.append(f"{row.author}{outlet}, {row.date}: “{row.title}”, {row.n_words:,} words in "
                      f"{row.n_sentences} sentences")
    return (f"This write-up compares {len(corpus.articles)} opinion articles by {len(corpus.authors)} writers: "
            + "; ".join(pieces) + ". Every number below comes from the `analysis` library and can be traced "
            "to the sentences behind it in the numbered notebooks.")


def blame_summary(matrix: pd.DataFrame, writers: list[str], top: int = 3) -> str:
    """For each writer, the groups blamed most, with counts and rates per 1,000 words."""
    lines = []
    for writer in writers:
        rows = (matrix[(matrix["author"] == writer) & (matrix["sentences"] > 0)]
                .sort_values(["sentences", "group"], ascending=[False, True]).head(top))
        if rows.empty:
            lines.append(f"- **{writer}**: the rules find no blame sentence.")
            continue
        parts = [f"{r.group} in {r.sentences} sentence{'s' if r.sentences != 1 else ''} ({r.per_1k_words:g} per 1,000 words)"
                 for r in rows.itertuples(index=False)]
        lines.append(f"- **{writer}** blames {_join(parts)}.")
    return "\n".join(lines)


def evidence_examples(blame: pd.DataFrame, matrix: pd.DataFrame, writers: list[str],
                      cells_per_writer: int = 2, sentences_per_cell: int = 2) -> pd.DataFrame:
    """A few evidence sentences for each writer's most-blamed groups, in article order."""
    frames = []
    for writer in writers:
        top_groups = (matrix[(matrix["author"] == writer) & (matrix["sentences"] > 0)]
                      .sort_values(["sentences", "group"], ascending=[False, True])["group"].head(cells_per_writer))
        for group in top_groups:
            rows = blame[(blame["author"] == writer) & (blame["group"] == group)].drop_duplicates("sentence_id")
            frames.append(rows.head(sentences_per_cell)[["author", "group", "cue", "sentence_id", "text"]])
    if not frames:
        return pd.DataFrame(columns=["author", "group", "cue", "sentence_id", "text"])
    return pd.concat(frames, ignore_index=True)


def validation_sentence(seeds: pd.DataFrame, held_out: pd.DataFrame) -> str:
    """One sentence on how far to trust the blame rules."""
    seed = seeds.set_index("label").loc["all (micro)"]
    test = held_out.set_index("label").loc["all (micro)"]
    return (f"Against blind hand coding, the blame rules reach precision {seed['precision']:.2f} and recall "
            f"{seed['recall']:.2f} (F1 {seed['f1']:.2f}) on the two bundled columns, and F1 {test['f1']:.2f} "
            f"(precision {test['precision']:.2f}, recall {test['recall']:.2f}) on held-out passages they were "
            "never tuned on. Blame counts are therefore a lower bound: what the rules flag is almost always "
            "blame, but they miss blame that needs inference across sentences.")


def tone_shares(article_tone: pd.DataFrame, corpus) -> str:
    """Share of negative, neutral and positive sentences per writer."""
    merged = article_tone.merge(corpus.articles[["article_id", "author"]], on="article_id")
    return "\n".join(f"- **{row.author}**: {row.share_negative:.0%} of sentences negative, "
                     f"{row.share_neutral:.0%} neutral, {row.share_positive:.0%} positive "
                     f"(mean compound {row.tone_mean:+.2f})" for row in merged.itertuples(index=False))


def frame_summary(profile: pd.DataFrame, writers: list[str]) -> str:
    """Per writer, frames by share of paragraphs, and the widest gap between writers."""
    lines = []
    for writer in writers:
        rows = profile[profile["author"] == writer].sort_values(["share_of_paragraphs", "frame"], ascending=[False, True])
        parts = [f"{r.frame.replace('_', ' ')} {r.share_of_paragraphs:.0%}" for r in rows.itertuples(index=False)]
        lines.append(f"- **{writer}**: share of paragraphs with each frame's vocabulary: {', '.join(parts)}.")
    if len(writers) >= 2:
        shares = profile.pivot(index="frame", columns="author", values="share_of_paragraphs")[writers]
        gap = (shares.max(axis=1) - shares.min(axis=1)).sort_values(ascending=False, kind="stable")
        frame = gap.index[0]
        detail = " vs ".join(f"{w} {shares.loc[frame, w]:.0%}" for w in writers)
        lines.append(f"- The widest difference is **{frame.replace('_', ' ')}** ({detail} of paragraphs).")
    return "\n".join(lines)


def sourcing_summary(measures: pd.DataFrame, corpus) -> str:
    """Per writer: figures, quotations, named sources, hedges, boosters, rhetorical questions."""
    merged = measures.merge(corpus.articles[["article_id", "author"]], on="article_id")
    return "\n".join(
        f"- **{r.author}**: {r.numbers_per_1k:g} figures and {r.quotes_per_1k:g} direct quotations per 1,000 "
        f"words, {r.named_sources} named sources, {r.hedges_per_1k:g} hedges and {r.boosters_per_1k:g} boosters "
        f"per 1,000 words, {r.rhetorical_questions} rhetorical question{'s' if r.rhetorical_questions != 1 else ''}."
        for r in merged.itertuples(index=False))
