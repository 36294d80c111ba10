"""Plain-language findings for the write-up, computed from the analysis tables.

Every sentence here is built from numbers passed in, so the write-up says what the data say
for whichever corpus it runs on, and nothing is typed in by hand.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .annotate import group_label
from .article_pages import ARTICLES_FOLDER, page_name


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
            + "; ".join(pieces) + ". Every number below comes from the `analysis` library and links to the "
            "sentences behind it, highlighted in the annotated articles. " + read_articles(corpus))


def article_href(article_id: str, **filters: str) -> str:
    """The annotated page of an article, relative to the write-up; ``filters`` (``group=``,
    ``show=``) open it filtered."""
    query = "&".join(f"{name}={value}" for name, value in filters.items())
    return f"{ARTICLES_FOLDER}/{page_name(article_id)}" + (f"?{query}" if query else "")


def read_articles(corpus, note: str = "") -> str:
    """A line linking every annotated article by writer and title, with an optional note."""
    links = ", ".join(f"[{row.author}, “{row.title}”]({article_href(row.article_id)})"
                      for row in corpus.articles.itertuples(index=False))
    return f"Read the annotated articles: {links}" + (f" ({note})." if note else ".")


def _writer_links(corpus_articles: pd.DataFrame, writer: str, **filters: str) -> str:
    """Links to a writer's annotated articles: "read them", or numbered when there are several."""
    ids = corpus_articles.loc[corpus_articles["author"] == writer, "article_id"].tolist()
    if len(ids) == 1:
        return f"[read them]({article_href(ids[0], **filters)})"
    return "read them in " + ", ".join(f"[article {number}]({article_href(article_id, **filters)})"
                                       for number, article_id in enumerate(ids, start=1))


def blame_summary(matrix: pd.DataFrame, writers: list[str], top: int = 3,
                  labels: Mapping[str, str] | None = None, articles: pd.DataFrame | None = None) -> str:
    """For each writer, the groups blamed most, with counts and rates per 1,000 words; with
    ``articles`` (article_id, author), each count links to its sentences on the annotated
    pages, filtered to the group."""
    lines = []
    for writer in writers:
        rows = (matrix[(matrix["author"] == writer) & (matrix["sentences"] > 0)]
                .sort_values(["sentences", "group"], ascending=[False, True]).head(top))
        if rows.empty:
            lines.append(f"- **{writer}**: the rules find no blame sentence.")
            continue
        # One article: each count links to its group's sentences. Several: one set of links
        # after the line, so the prose stays short however many articles a writer has.
        single = articles is not None and (articles["author"] == writer).sum() == 1
        parts = [f"{group_label(r.group, labels)} in {r.sentences} sentence{'s' if r.sentences != 1 else ''} "
                 f"({r.per_1k_words:g} per 1,000 words"
                 + (f"; {_writer_links(articles, writer, group=r.group)})" if single else ")")
                 for r in rows.itertuples(index=False)]
        links = f" ({_writer_links(articles, writer, show='blame')}.)" if (
            articles is not None and not single) else ""
        lines.append(f"- **{writer}** blames {_join(parts)}.{links}")
    return "\n".join(lines)


EVIDENCE_COLUMNS = ["author", "group", "cue", "article_id", "sentence_id", "text"]


def evidence_examples(blame: pd.DataFrame, matrix: pd.DataFrame, writers: list[str],
                      cells_per_writer: int = 2, sentences_per_cell: int = 2) -> pd.DataFrame:
    """A few evidence sentences for each writer's most-blamed groups, in article order;
    columns ``EVIDENCE_COLUMNS``. Only blame in the writer's own voice when ``blame`` has a
    ``stance`` column: reported blame is not the writer's."""
    if "stance" in blame:
        blame = blame[blame["stance"] == "writer"]
    frames = []
    for writer in writers:
        top_groups = (matrix[(matrix["author"] == writer) & (matrix["sentences"] > 0)]
                      .sort_values(["sentences", "group"], ascending=[False, True])["group"].head(cells_per_writer))
        for group in top_groups:
            rows = blame[(blame["author"] == writer) & (blame["group"] == group)].drop_duplicates("sentence_id")
            frames.append(rows.head(sentences_per_cell)[EVIDENCE_COLUMNS])
    if not frames:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    return pd.concat(frames, ignore_index=True)


def agreement_sentence(seeds: pd.DataFrame, seeds_interval: Mapping[str, float], stories: pd.DataFrame,
                       columns: pd.DataFrame | None = None) -> str:
    """A few sentences on how far to trust the blame measure: ``seeds`` is the agreement table
    of the bundled columns (with an "all (micro)" row) and ``seeds_interval`` its
    ``agreement_interval``; ``stories`` and, when given, ``columns`` are ``heldout_by_story``
    tables of held-out stories it was never tuned on (``columns``: written as opinion columns)."""
    seed = seeds.set_index("label").loc["all (micro)"]
    test = stories.set_index("story").loc["all"]
    text = (f"Against blind hand coding, the blame measure reaches precision {seed['precision']:.2f} and "
            f"recall {seed['recall']:.2f} (F1 {seed['f1']:.2f}, 95% interval "
            f"{_span(seeds_interval['f1_low'], seeds_interval['f1_high'])}) on the two bundled columns, and F1 "
            f"{test['f1']:.2f} ({_span(test['f1_low'], test['f1_high'])}; precision {test['precision']:.2f}, "
            f"recall {test['recall']:.2f}) on held-out stories it was never tuned on. On "
            f"{test['hard_negatives']:.0f} sentences built to tempt it into blame where the writer blames "
            f"nobody, it blames someone in {test['falsely_blamed']:.0f}.")
    if columns is not None:
        overall = columns.set_index("story").loc["all"]
        span = _span(overall["f1_low"], overall["f1_high"])
        text += (f" On {overall['sentences']:,.0f} held-out sentences written as opinion columns, closer to "
                 f"what it is used on, it reaches F1 {overall['f1']:.2f} ({span}; precision "
                 f"{overall['precision']:.2f}, recall {overall['recall']:.2f}): it finds about "
                 f"{100 * overall['recall']:.0f}% of the blame a careful reader finds in column prose.")
    return text + (" The intervals resample whole paragraphs: on a few hundred sentences, a score is "
                   "known to within several points. Blame counts are therefore a lower bound: what it "
                   "flags is mostly blame, but it misses blame that needs inference across sentences "
                   "or world knowledge.")


def _span(low: float, high: float) -> str:
    return f"{low:.2f}–{high:.2f}"


def writer_comparison(units: pd.DataFrame, measures: Mapping[str, str], unit: str,
                      writers: list[str]) -> str:
    """Plain-language comparisons of the writers on ``measures`` (column -> label): for two
    writers one against the other, for more each against the rest (Holm-corrected), with
    articles as the units when a writer has several (``clustered``); a sentence when there is
    nobody to compare."""
    from ..comparison.clustered import choose_unit, compare_each_with_rest, compare_pairs
    from ..comparison.stats import findings_markdown, interval_meaning

    if len(writers) < 2:
        return f"Only one writer ({_join(writers) or 'none'}): there is nobody to compare with."
    used = choose_unit(units, unit, writers)
    if len(writers) == 2:
        text = findings_markdown(compare_pairs(units, list(measures), unit, writers), dict(measures))
        return text + "\n\n" + interval_meaning(used)
    tables = {measure: compare_each_with_rest(units, measure, unit, writers) for measure in measures}
    return each_with_rest_grid(tables, measures, writers) + "\n\n" + interval_meaning(used)


def each_with_rest_grid(tables: Mapping[str, pd.DataFrame], measures: Mapping[str, str],
                        writers: list[str]) -> str:
    """One compact Markdown table for k writers: a row per writer, a column per measure, each
    cell the writer's difference from the other writers together with its 95% interval; a
    star marks a difference that stays clear after Holm's correction (p ≤ 0.05)."""
    header = "| writer | " + " | ".join(measures.values()) + " |"
    lines = [header, "|---|" + "---:|" * len(measures)]
    for writer in writers:
        cells = []
        for measure in measures:
            row = tables[measure].set_index("writer").loc[writer]
            if pd.isna(row["diff"]):
                cells.append("n/a")
                continue
            star = "*" if row["p_holm"] <= 0.05 else ""
            cells.append(f"{row['diff']:+.3g} ({row['ci_low']:.3g} to {row['ci_high']:.3g}){star}")
        lines.append(f"| {writer} | " + " | ".join(cells) + " |")
    return ("Each writer minus the other writers together (95% interval); * clear after Holm's "
            "correction for the comparisons made.\n\n" + "\n".join(lines))


def tone_shares(scored: pd.DataFrame, corpus) -> str:
    """Per writer, over all their sentences (``tone.with_tone`` rows): the shares of negative,
    neutral and positive sentences and the mean compound, with links to the tinted articles."""
    lines = []
    for writer in corpus.authors:
        rows = scored[scored["author"] == writer]
        if rows.empty:
            lines.append(f"- **{writer}**: no sentences.")
            continue
        shares = rows["tone"].value_counts(normalize=True)
        lines.append(f"- **{writer}**: {shares.get('negative', 0):.0%} of sentences negative, "
                     f"{shares.get('neutral', 0):.0%} neutral, {shares.get('positive', 0):.0%} positive "
                     f"(mean compound {rows['compound'].mean():+.2f}; every sentence tinted by its tone: "
                     f"{_writer_links(corpus.articles, writer)})")
    return "\n".join(lines)


def frame_summary(profile: pd.DataFrame, writers: list[str], articles: pd.DataFrame | None = None) -> str:
    """Per writer, frames by share of paragraphs, and the widest gap between writers; with
    ``articles`` (article_id, author), links to the pages that tag each paragraph's frames."""
    lines = []
    for writer in writers:
        rows = profile[profile["author"] == writer].sort_values(["share_of_paragraphs", "frame"],
                                                                 ascending=[False, True])
        parts = [f"{r.frame.replace('_', ' ')} {r.share_of_paragraphs:.0%}" for r in rows.itertuples(index=False)]
        links = (f" (frames are tagged beside each paragraph: {_writer_links(articles, writer)})"
                 if articles is not None else "")
        lines.append(f"- **{writer}**: share of paragraphs with each frame's vocabulary: {', '.join(parts)}{links}.")
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
        f"per 1,000 words, {r.rhetorical_questions} rhetorical question{'s' if r.rhetorical_questions != 1 else ''} "
        f"([quotations marked in the article]({article_href(r.article_id, show='quotes')}))."
        for r in merged.itertuples(index=False))


def main_findings(matrix: pd.DataFrame, scored: pd.DataFrame, paragraph_scores: pd.DataFrame,
                  profile: pd.DataFrame, writers: list[str],
                  labels: Mapping[str, str] | None = None, articles: pd.DataFrame | None = None) -> str:
    """The lead: the main findings in words, one sentence per measure; with ``articles``
    (article_id, author), each writer's blame count links to those sentences.

    ``matrix``: blame_matrix (author, group, sentences); ``scored``: sentences with author
    and tone ("negative"/"neutral"/"positive"); ``paragraph_scores``: paragraphs with author
    and flesch_reading_ease; ``profile``: frame_profile (author, frame, share_of_paragraphs).
    """
    return " ".join(filter(None, [_blame_lead(matrix, writers, labels, articles), _tone_lead(scored, writers),
                                  _readability_lead(paragraph_scores, writers),
                                  _frame_lead(profile, writers)]))


def _blame_lead(matrix: pd.DataFrame, writers: list[str], labels: Mapping[str, str] | None,
                articles: pd.DataFrame | None) -> str:
    tops = {}
    for writer in writers:
        rows = matrix[(matrix["author"] == writer) & (matrix["sentences"] > 0)].sort_values(
            ["sentences", "group"], ascending=[False, True])
        if len(rows):
            tops[writer] = (rows["group"].iloc[0], int(rows["sentences"].iloc[0]))
    if not tops:
        return "The blame rules find no blame in these articles."
    def count(writer: str, group: str, n: int) -> str:
        words = f"{n} sentence{'s' if n != 1 else ''}"
        ids = [] if articles is None else articles.loc[articles["author"] == writer, "article_id"].tolist()
        return f"[{words}]({article_href(ids[0], group=group)})" if ids else words

    counts = _join([f"{writer} in {count(writer, group, n)}" for writer, (group, n) in tops.items()])
    groups = {group for group, _ in tops.values()}
    if len(groups) == 1 and len(tops) == len(writers) > 1:
        who = "Both writers" if len(writers) == 2 else "All the writers"
        return f"{who} blame {group_label(groups.pop(), labels)} most often ({counts})."
    return _join([f"{writer} blames {group_label(group, labels)} most often ({count(writer, group, n)})"
                  for writer, (group, n) in tops.items()]) + "."


def _tone_lead(scored: pd.DataFrame, writers: list[str]) -> str:
    # Shares only, no ranking: whether the writers differ is the tone section's comparison.
    shares = scored.assign(negative=scored["tone"] == "negative").groupby("author")["negative"].mean()
    shares = shares.reindex(writers).dropna()
    if shares.empty:
        return ""
    return "By VADER's reading, " + _join([f"{share:.0%} of {writer}'s sentences"
                                            for writer, share in shares.items()]) + " are negative."


def _readability_lead(paragraph_scores: pd.DataFrame, writers: list[str]) -> str:
    means = paragraph_scores.groupby("author")["flesch_reading_ease"].mean().reindex(writers).dropna()
    if len(means) < 2:
        return ""
    ranked = means.sort_values(kind="stable")
    others = _join([f"{means[w]:.0f} for {w}" for w in ranked.index[1:]])
    return (f"{ranked.index[0]} is the harder read (Flesch reading ease {ranked.iloc[0]:.0f} on average "
            f"over paragraphs, against {others}; lower is harder).")


def _frame_lead(profile: pd.DataFrame, writers: list[str]) -> str:
    if len(writers) < 2 or profile.empty:
        return ""
    shares = profile.pivot(index="frame", columns="author", values="share_of_paragraphs")[writers]
    gap = (shares.max(axis=1) - shares.min(axis=1)).sort_values(ascending=False, kind="stable")
    frame = gap.index[0]
    detail = _join([f"{shares.loc[frame, w]:.0%} of {w}'s paragraphs" for w in writers])
    return f"Their framing differs most on {frame.replace('_', ' ')}: its vocabulary is in {detail}."
