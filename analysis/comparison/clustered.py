"""Comparing k writers, with whole articles as the units when writers have several.

Sentences of one article are not independent: they share a topic, an editor and a day, so a
writer's 200 sentences from four articles are much less evidence than 200 unrelated sentences.
When any writer compared has more than one article, every comparison here therefore treats
the *article* as the unit (``unit`` = ``"article (cluster)"``):

* interval: a cluster bootstrap (Davison, A. C. & Hinkley, D. V. 1997, *Bootstrap Methods and
  their Application*, CUP, §3.8; Field, C. A. & Welsh, A. H. 2007, Bootstrapping clustered data,
  *J. R. Statist. Soc. B* 69:369–390): resample articles with replacement within each group,
  keep all the sentences of each drawn article, and take the percentile interval (Efron, B. &
  Tibshirani, R. J. 1993, *An Introduction to the Bootstrap*, Chapman & Hall) of the difference;
* the statistic is the **mean over the sentences of the (resampled) articles**, not the mean of
  article means: it is the same number the sentence-level tables and figures report, so a
  writer's mean does not change when the unit does, and each article weighs by its number of
  sentences, as it does for a reader. (The mean of article means would let a 5-sentence piece
  count as much as a 60-sentence one.) Only the uncertainty changes with the unit;
* p-value: a permutation test that reassigns whole *articles* between the two groups, never
  single sentences. When there are at most ``N_RESAMPLES`` distinct reassignments they are all
  enumerated and the p-value is exact; otherwise ``N_RESAMPLES`` random ones are drawn and
  p = (b + 1) / (N + 1) (Phipson, B. & Smyth, G. K. 2010, *Stat. Appl. Genet. Mol. Biol.* 9(1):39).
  The permuted statistic is the difference over its standard error (studentised), because
  "the rest" pools writers whose means differ: see ``article_permutation_p``;
* effect sizes (Cohen's d, Cliff's δ) are computed on the article means, the units tested.

With one article per writer the units stay sentences or paragraphs and the numbers are those
of ``analysis.comparison.stats``. Each writer is compared with the pooled rest (all other writers' units
together, so a prolific writer weighs more in "the rest"), and the k p-values are corrected
with Holm's step-down method (``p_holm``; Holm, S. 1979, *Scand. J. Statist.* 6:65–70).
With one article per writer and three or more writers, the sentence-level permutation is
studentised for the same reason as the article-level one; with two it is exactly
``stats.compare_two``, so existing two-writer tables do not change.
Pairs of writers get the same treatment in ``compare_pairs``. Fixed seeds: same input, same
output. Nothing here raises on degenerate input: missing comparisons are rows of NaN with a
``flag`` saying why, and empty input gives an empty table with the documented columns.
"""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd

from .stats import (
    CLUSTER_UNIT,
    COMPARISON_COLUMNS,
    UNIT_PLURALS,
    article_permutation_p,
    bootstrap_diff_ci,
    bootstrap_mean_ci,
    cliffs_delta,
    cluster_bootstrap_diff_ci,
    cluster_bootstrap_mean_ci,
    cohens_d,
    effect_label,
    holm_adjust,
    interval_meaning,
    permutation_p,
)

EACH_COLUMNS = ["measure", "unit", "writer", "n_writer", "n_rest", "n_articles_writer", "n_articles_rest",
                "mean_writer", "mean_rest", "diff", "ci_low", "ci_high", "p_perm", "p_holm",
                "cohens_d", "cliffs_delta", "effect", "flag"]
PAIR_COLUMNS = COMPARISON_COLUMNS + ["p_holm", "flag"]
# Below this many articles in a group the percentile interval of a cluster bootstrap is known to
# be too narrow (few distinct resamples); the row says so rather than hiding the number.
# Ten is a rule of thumb, not a theorem (Field & Welsh 2007 discuss the few-cluster case).
FEW_ARTICLES = 10


# ---------------------------------------------------------------------------------------
# Choosing the unit and comparing two groups


def choose_unit(units: pd.DataFrame, unit: str, writers: list[str] | None = None,
                writer_column: str = "author") -> str:
    """``"article (cluster)"`` when any of ``writers`` has more than one article in ``units``, else ``unit``."""
    if units.empty or "article_id" not in units.columns:
        return unit
    rows = units if writers is None else units[units[writer_column].isin(writers)]
    if rows.empty:
        return unit
    return CLUSTER_UNIT if rows.groupby(writer_column)["article_id"].nunique().max() > 1 else unit


def _article_table(rows: pd.DataFrame, measure: str) -> pd.DataFrame:
    """article_id, n (rows with a value), mean; in first-appearance order."""
    grouped = rows.dropna(subset=[measure]).groupby("article_id", sort=False)[measure]
    return pd.DataFrame({"n": grouped.size(), "mean": grouped.mean()}).reset_index()


def _compare_groups(a: pd.DataFrame, b: pd.DataFrame, measure: str, unit: str, studentized: bool) -> dict:
    """Unrounded statistics for group a minus group b, with a ``flag`` where something is missing.

    Articles are always permuted with a studentised statistic; sentences or paragraphs only when
    ``studentized`` (else exactly as ``stats.compare_two``, which the k = 2 tables must match).
    """
    articles_a = a["article_id"].nunique() if "article_id" in a else np.nan
    articles_b = b["article_id"].nunique() if "article_id" in b else np.nan
    row = {"n_a": 0, "n_b": 0, "articles_a": articles_a, "articles_b": articles_b, "mean_a": np.nan,
           "mean_b": np.nan, "diff": np.nan, "ci_low": np.nan, "ci_high": np.nan, "p_perm": np.nan,
           "cohens_d": np.nan, "cliffs_delta": np.nan, "flag": ""}
    if unit == CLUSTER_UNIT:
        table_a, table_b = _article_table(a, measure), _article_table(b, measure)
        values_a, values_b = table_a["mean"].to_numpy(), table_b["mean"].to_numpy()
        row.update(n_a=len(table_a), n_b=len(table_b))
        if len(table_a) and len(table_b):
            row["mean_a"] = np.average(values_a, weights=table_a["n"])
            row["mean_b"] = np.average(values_b, weights=table_b["n"])
            row["p_perm"] = article_permutation_p(values_a, table_a["n"], values_b, table_b["n"])
            row["ci_low"], row["ci_high"] = cluster_bootstrap_diff_ci(values_a, table_a["n"], values_b, table_b["n"])
    else:
        values_a, values_b = a[measure].dropna().to_numpy(float), b[measure].dropna().to_numpy(float)
        row.update(n_a=len(values_a), n_b=len(values_b))
        if len(values_a) >= 2 and len(values_b) >= 2:
            # The same calls, in the same order, as stats.compare_two: identical numbers at k = 2.
            row["ci_low"], row["ci_high"] = bootstrap_diff_ci(values_a, values_b)
            row["p_perm"] = (article_permutation_p(values_a, np.ones(len(values_a)), values_b, np.ones(len(values_b)))
                             if studentized else permutation_p(values_a, values_b))
        if len(values_a) and len(values_b):
            row["mean_a"], row["mean_b"] = values_a.mean(), values_b.mean()
    row["diff"] = row["mean_a"] - row["mean_b"]
    if len(values_a) and len(values_b):
        row["cliffs_delta"] = cliffs_delta(values_a, values_b)
    if len(values_a) >= 2 and len(values_b) >= 2:
        row["cohens_d"] = cohens_d(values_a, values_b)
    row["flag"] = _flag(len(values_a), len(values_b), unit)
    return row


def _flag(n_a: int, n_b: int, unit: str) -> str:
    plural = UNIT_PLURALS.get(unit, unit + "s")
    if n_a == 0 or n_b == 0:
        return "no rows with a value on one side: nothing to compare"
    if min(n_a, n_b) < 2:
        return f"fewer than 2 {plural} on one side: no interval"
    if unit == CLUSTER_UNIT and min(n_a, n_b) < FEW_ARTICLES:
        return (f"fewer than {FEW_ARTICLES} articles on one side: the interval is likely too narrow; "
                "rely on the permutation p")
    return ""


def _mirrored(row: dict) -> dict:
    """The same comparison with the two sides swapped."""
    swapped = {**row, "n_a": row["n_b"], "n_b": row["n_a"], "articles_a": row["articles_b"],
               "articles_b": row["articles_a"], "mean_a": row["mean_b"], "mean_b": row["mean_a"]}
    for key in ("diff", "cohens_d", "cliffs_delta"):
        swapped[key] = -row[key]
    swapped["ci_low"], swapped["ci_high"] = -row["ci_high"], -row["ci_low"]
    return swapped


def _rounded(row: dict) -> dict:
    """Round for display as ``stats.compare_two`` does (3 decimals, p to 4)."""
    out = dict(row)
    for key in ("mean_a", "mean_b", "diff", "ci_low", "ci_high", "cohens_d", "cliffs_delta"):
        out[key] = round(float(row[key]), 3)
    for key in ("p_perm", "p_holm"):
        if key in row:
            out[key] = round(float(row[key]), 4)
    out["effect"] = effect_label(row["cliffs_delta"]) if not np.isnan(row["cliffs_delta"]) else ""
    return out


# ---------------------------------------------------------------------------------------
# k writers


def compare_each_with_rest(units: pd.DataFrame, measure: str, unit: str, writers: list[str] | None = None,
                           writer_column: str = "author") -> pd.DataFrame:
    """Each writer against all the other writers pooled, on one measure; one row per writer.

    ``units`` has one row per sentence or paragraph with ``writer_column``, ``article_id`` and
    ``measure``; ``unit`` names those rows ("sentence" or "paragraph"). When any writer has more
    than one article the comparison uses articles (``unit`` column "article (cluster)"), see the
    module docstring. Columns (``EACH_COLUMNS``): measure, unit, writer, n_writer and n_rest (units
    in the test: sentences, paragraphs or articles), n_articles_writer, n_articles_rest,
    mean_writer, mean_rest (means over sentences/paragraphs), diff (writer − rest), ci_low,
    ci_high, p_perm, p_holm (Holm-adjusted across the k rows), cohens_d, cliffs_delta, effect,
    flag ("" when the row is complete, else why a value is missing or weak). With two writers
    the second row mirrors the first (one comparison, so p_holm = p_perm and the numbers equal
    ``compare_pairs``); with one writer the row is NaN with a flag.
    """
    if units.empty or measure not in units.columns:
        return pd.DataFrame(columns=EACH_COLUMNS)
    writers = list(writers) if writers is not None else list(dict.fromkeys(units[writer_column]))
    unit_used = choose_unit(units, unit, writers, writer_column)
    rows = []
    for writer in writers:
        if len(writers) == 2 and rows:
            # Two writers: the second row is the first seen from the other side, one comparison
            # and one p-value, so it is mirrored rather than recomputed (and not corrected twice).
            rows.append({**_mirrored(rows[0]), "writer": writer})
            continue
        mine = units[units[writer_column] == writer]
        rest = units[units[writer_column].isin([w for w in writers if w != writer])]
        # With three or more writers "the rest" mixes writers: studentise (see article_permutation_p).
        raw = _compare_groups(mine, rest, measure, unit_used, studentized=len(writers) > 2)
        if len(writers) < 2:
            raw["flag"] = "only one writer: no one to compare with"
        rows.append({"measure": measure, "unit": unit_used, "writer": writer, **raw})
    table = pd.DataFrame(rows)
    # Holm over the distinct comparisons: k of them, but only one when k = 2.
    table["p_holm"] = table["p_perm"].iloc[0] if len(writers) == 2 else holm_adjust(table["p_perm"])
    table = pd.DataFrame([_rounded(r) for r in table.to_dict("records")])
    renamed = table.rename(columns={"n_a": "n_writer", "n_b": "n_rest", "articles_a": "n_articles_writer",
                                    "articles_b": "n_articles_rest", "mean_a": "mean_writer", "mean_b": "mean_rest"})
    return renamed[EACH_COLUMNS]


def compare_pairs(units: pd.DataFrame, measures: list[str], unit: str, writers: list[str] | None = None,
                  writer_column: str = "author") -> pd.DataFrame:
    """Every pair of writers on each measure, choosing the unit like ``compare_each_with_rest``.

    With one article per writer the rows equal ``stats.compare_writers`` (same numbers, same
    ``COMPARISON_COLUMNS``) plus p_holm (Holm across the pairs of one measure) and flag; a pair
    that cannot be compared is a row of NaN with a flag instead of being left out.
    Columns: ``PAIR_COLUMNS``.
    """
    if units.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    writers = list(writers) if writers is not None else list(dict.fromkeys(units[writer_column]))
    unit_used = choose_unit(units, unit, writers, writer_column)
    tables = []
    for measure in (m for m in measures if m in units.columns):
        rows = [{"measure": measure, "unit": unit_used, "writer_a": a, "writer_b": b,
                 **_compare_groups(units[units[writer_column] == a], units[units[writer_column] == b],
                                   measure, unit_used, studentized=False)}
                for a, b in combinations(writers, 2)]
        if rows:
            table = pd.DataFrame(rows)
            table["p_holm"] = holm_adjust(table["p_perm"])
            tables.append(pd.DataFrame([_rounded(r) for r in table.to_dict("records")]))
    if not tables:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    return pd.concat(tables, ignore_index=True)[PAIR_COLUMNS]


def describe_each_with_rest(row: pd.Series, measure_label: str, others: str = "the other writers together") -> str:
    """One plain-language sentence for a ``compare_each_with_rest`` row, judged on its Holm p."""
    if row["flag"] and np.isnan(row["diff"]):
        return f"{row['writer']}: not compared on {measure_label} ({row['flag']})."
    plural = UNIT_PLURALS.get(row["unit"], row["unit"] + "s")
    direction = "higher" if row["diff"] > 0 else "lower"
    interval = (f"95% CI {row['ci_low']:.3g} to {row['ci_high']:.3g}" if not np.isnan(row["ci_low"])
                else "no interval")
    verdict = ("clear after Holm's correction for the comparisons made" if row["p_holm"] <= 0.05
               else "not clear after Holm's correction for the comparisons made")
    caveat = f" Note: {row['flag']}." if row["flag"] else ""
    return (f"{row['writer']} averages {abs(row['diff']):.3g} {direction} on {measure_label} than {others} "
            f"(mean {row['mean_writer']:.3g} vs {row['mean_rest']:.3g}; compared over "
            f"{plural}, {interval}; permutation p = {row['p_perm']:.3g}, Holm p = {row['p_holm']:.3g}; "
            f"Cliff's δ = {row['cliffs_delta']:.2f}, {row['effect']}): {verdict}.{caveat}")


def each_with_rest_markdown(table: pd.DataFrame, labels: dict[str, str] | None = None) -> str:
    """Bullets, one per ``compare_each_with_rest`` row, then what the interval means for the unit."""
    if table.empty:
        return ""
    labels = labels or {}
    others = "the other writer" if table["writer"].nunique() == 2 else "the other writers together"
    bullets = [f"- {describe_each_with_rest(row, labels.get(row['measure'], row['measure']), others)}"
               for _, row in table.iterrows()]
    return "\n".join(bullets) + "\n\n" + interval_meaning(table["unit"].iloc[0])


def writer_means_by_unit(units: pd.DataFrame, measures: list[str], unit: str, writers: list[str] | None = None,
                         writer_column: str = "author") -> pd.DataFrame:
    """Each writer's mean with a 95% interval from the chosen unit (cluster bootstrap over articles
    when any writer has several, else ``stats.writer_means``' bootstrap over units).

    Columns: measure, author, unit, n (units resampled), n_articles, mean, ci_low, ci_high;
    the first six of ``stats.writer_means`` keep their meaning, so ``plots.interval_dots`` takes it.
    """
    columns = ["measure", "author", "unit", "n", "n_articles", "mean", "ci_low", "ci_high"]
    if units.empty:
        return pd.DataFrame(columns=columns)
    writers = list(writers) if writers is not None else list(dict.fromkeys(units[writer_column]))
    unit_used = choose_unit(units, unit, writers, writer_column)
    rows = []
    for measure in (m for m in measures if m in units.columns):
        for writer in writers:
            mine = units[units[writer_column] == writer].dropna(subset=[measure])
            articles = _article_table(mine, measure) if "article_id" in mine else pd.DataFrame()
            if mine.empty:
                rows.append({"measure": measure, "author": writer, "unit": unit_used, "n": 0, "n_articles": 0,
                             "mean": np.nan, "ci_low": np.nan, "ci_high": np.nan})
                continue
            if unit_used == CLUSTER_UNIT:
                low, high = cluster_bootstrap_mean_ci(articles["mean"], articles["n"])
                n = len(articles)
            else:
                values = mine[measure].to_numpy(float)
                low, high = bootstrap_mean_ci(values) if len(values) > 1 else (np.nan, np.nan)
                n = len(values)
            rows.append({"measure": measure, "author": writer, "unit": unit_used, "n": n,
                         "n_articles": len(articles), "mean": round(float(mine[measure].mean()), 3),
                         "ci_low": round(low, 3), "ci_high": round(high, 3)})
    return pd.DataFrame(rows, columns=columns)


# ---------------------------------------------------------------------------------------
# Articles one by one, and over time


def article_means(units: pd.DataFrame, measure: str, articles: pd.DataFrame | None = None,
                  writer_column: str = "author") -> pd.DataFrame:
    """Per-article mean of a measure, for plotting one point per article.

    Columns: article_id, author, date (from ``articles``, i.e. ``corpus.articles``, or from
    ``units`` when it has a date column; else missing), n_sentences (rows of ``units`` with a
    value: sentences, or paragraphs if given a paragraph table), mean. Rows keep the order of
    first appearance; articles with no value are left out.
    """
    columns = ["article_id", "author", "date", "n_sentences", "mean"]
    if units.empty or measure not in units.columns:
        return pd.DataFrame(columns=columns)
    rows = units.dropna(subset=[measure]).groupby("article_id", sort=False)
    table = pd.DataFrame({"author": rows[writer_column].first(), "n_sentences": rows.size(),
                          "mean": rows[measure].mean().round(3)}).reset_index()
    if articles is not None and "date" in articles.columns:
        table = table.merge(articles[["article_id", "date"]].drop_duplicates("article_id"), on="article_id", how="left")
    elif "date" in units.columns:
        table["date"] = table["article_id"].map(units.groupby("article_id")["date"].first())
    else:
        table["date"] = np.nan
    return table[columns]


def _months(dates: pd.Series) -> pd.Series:
    """'YYYY-MM' for each parseable date; missing where a date does not parse."""
    parsed = pd.to_datetime(dates, errors="coerce", format="mixed")
    return parsed.dt.strftime("%Y-%m").where(parsed.notna())


def spans_several_months(articles: pd.DataFrame) -> bool:
    """True when the articles' dates (column ``date``) fall in more than one calendar month."""
    if articles.empty or "date" not in articles.columns:
        return False
    return _months(articles["date"]).nunique() > 1


def monthly_means(units: pd.DataFrame, measure: str, articles: pd.DataFrame, writers: list[str] | None = None,
                  writer_column: str = "author") -> pd.DataFrame:
    """Per month and writer: the mean over sentences of that month's articles, with an interval.

    Columns: month ('YYYY-MM'), author, n_articles, n_sentences, mean, ci_low, ci_high (95%
    cluster bootstrap over the month's articles), flag. A month with a single article has no
    interval (NaN and a flag): a sentence-level interval there would look more certain than the
    months with several articles, when it is less. Articles without a parseable date are left out.
    Months are sorted, writers in the given (or first-appearance) order.
    """
    columns = ["month", "author", "n_articles", "n_sentences", "mean", "ci_low", "ci_high", "flag"]
    per_article = article_means(units, measure, articles, writer_column)
    per_article = per_article.assign(month=_months(per_article["date"])).dropna(subset=["month"])
    if per_article.empty:
        return pd.DataFrame(columns=columns)
    writers = list(writers) if writers is not None else list(dict.fromkeys(per_article["author"]))
    # Unrounded article means, so a month's mean is exactly its sentences' mean.
    exact = _article_table(units, measure).set_index("article_id")["mean"]
    per_article["mean"] = per_article["article_id"].map(exact)
    rows = []
    for month in sorted(per_article["month"].unique()):
        for writer in writers:
            found = per_article[(per_article["month"] == month) & (per_article["author"] == writer)]
            if found.empty:
                continue
            low, high = cluster_bootstrap_mean_ci(found["mean"], found["n_sentences"])
            rows.append({"month": month, "author": writer, "n_articles": len(found),
                         "n_sentences": int(found["n_sentences"].sum()),
                         "mean": round(float(np.average(found["mean"], weights=found["n_sentences"])), 3),
                         "ci_low": round(low, 3), "ci_high": round(high, 3),
                         "flag": "" if len(found) > 1 else "one article: no interval"})
    return pd.DataFrame(rows, columns=columns)
