"""Comparing writers at the level of sentences or paragraphs.

Two articles are two documents: at the article level there is nothing to test. What can be
compared is the population of sentences (or paragraphs) *within these texts*. Every
comparison here reports, for writer A minus writer B:

* ``diff``: the difference in means;
* ``ci_low``, ``ci_high``: a percentile bootstrap 95% interval for that difference
  (Efron & Tibshirani 1993), resampling units within each writer;
* ``p_perm``: a two-sided permutation test of "the labels A/B do not matter"
  (difference in means, with the +1 correction of Phipson & Smyth 2010);
* ``cohens_d``: difference in means over the pooled standard deviation;
* ``cliffs_delta``: P(a > b) − P(a < b) over all pairs, robust to outliers and skew
  (|δ| < 0.147 negligible, < 0.33 small, < 0.474 medium, otherwise large; Romano et al. 2006).

What this supports: a statement about how the sentences of these texts differ. What it does
not: a claim about either writer in general, because sentences of one article are not
independent draws from a writer's work (they share topic, editor and day). Random draws use
a fixed seed, so every number is reproducible.

When a writer has several articles, the units become the articles (``CLUSTER_UNIT``). The
primitives for that are at the end of this module (``cluster_bootstrap_diff_ci``,
``cluster_bootstrap_mean_ci``, ``article_permutation_p``); ``analysis.comparison.clustered`` uses them to
compare each writer with the pooled rest (Holm-corrected, ``holm_adjust``), pairs of writers,
and writers month by month, and explains the choices.

References: Efron, B. & Tibshirani, R. J. (1993) *An Introduction to the Bootstrap*, Chapman &
Hall. Phipson, B. & Smyth, G. K. (2010) Permutation p-values should never be zero, *Stat. Appl.
Genet. Mol. Biol.* 9(1):39. Holm, S. (1979) A simple sequentially rejective multiple test
procedure, *Scand. J. Statist.* 6:65–70. Davison, A. C. & Hinkley, D. V. (1997) *Bootstrap
Methods and their Application*, CUP, §3.8. Field, C. A. & Welsh, A. H. (2007) Bootstrapping
clustered data, *J. R. Statist. Soc. B* 69:369–390. Janssen, A. (1997) Studentized permutation
tests for non-i.i.d. hypotheses, *Stat. Probab. Lett.* 36:9–21. Chung, E. & Romano, J. P.
(2013) Exact and asymptotically robust permutation tests, *Ann. Statist.* 41:484–507. \
Romano, J. et al. (2006) Appropriate statistics for
ordinal level data, annual meeting of the Florida Association of Institutional Research.
"""

from __future__ import annotations

from itertools import combinations
from math import comb

import numpy as np
import pandas as pd

N_RESAMPLES = 10_000
SEED = 20260205
CONFIDENCE = 0.95
# The unit name used when whole articles are resampled and permuted (analysis.comparison.clustered).
CLUSTER_UNIT = "article (cluster)"
UNIT_PLURALS = {"sentence": "sentences", "paragraph": "paragraphs", CLUSTER_UNIT: "articles"}
COMPARISON_COLUMNS = ["measure", "unit", "writer_a", "writer_b", "n_a", "n_b", "mean_a", "mean_b",
                      "diff", "ci_low", "ci_high", "p_perm", "cohens_d", "cliffs_delta", "effect"]


def bootstrap_diff_ci(a: np.ndarray, b: np.ndarray, n_resamples: int = N_RESAMPLES,
                      seed: int = SEED, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """Percentile bootstrap interval for mean(a) − mean(b)."""
    rng = np.random.default_rng(seed)
    a, b = np.asarray(a, float), np.asarray(b, float)
    means_a = a[rng.integers(0, len(a), (n_resamples, len(a)))].mean(axis=1)
    means_b = b[rng.integers(0, len(b), (n_resamples, len(b)))].mean(axis=1)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(means_a - means_b, [tail, 100 - tail])
    return float(low), float(high)


def bootstrap_mean_ci(values: np.ndarray, n_resamples: int = N_RESAMPLES, seed: int = SEED,
                      confidence: float = CONFIDENCE) -> tuple[float, float]:
    """Percentile bootstrap interval for one writer's mean."""
    rng = np.random.default_rng(seed)
    values = np.asarray(values, float)
    means = values[rng.integers(0, len(values), (n_resamples, len(values)))].mean(axis=1)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(low), float(high)


def permutation_p(a: np.ndarray, b: np.ndarray, n_resamples: int = N_RESAMPLES, seed: int = SEED) -> float:
    """Two-sided permutation p-value for a difference in means."""
    rng = np.random.default_rng(seed)
    a, b = np.asarray(a, float), np.asarray(b, float)
    pooled = np.concatenate([a, b])
    observed = abs(a.mean() - b.mean())
    permuted = np.argsort(rng.random((n_resamples, len(pooled))), axis=1)
    shuffled = pooled[permuted]
    diffs = np.abs(shuffled[:, :len(a)].mean(axis=1) - shuffled[:, len(a):].mean(axis=1))
    # A small tolerance so ties with the observed difference are not lost to rounding.
    extreme = int(np.sum(diffs >= observed - 1e-12))
    return (extreme + 1) / (n_resamples + 1)


def cohens_d(a: np.ndarray, b: np.ndarray) -> float:
    """Cohen's d: the difference in means over the pooled standard deviation (NaN when both
    samples are constant). Cohen, J. (1988) *Statistical Power Analysis for the Behavioral
    Sciences*, 2nd ed., Lawrence Erlbaum, ch. 2."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    pooled_var = ((len(a) - 1) * a.var(ddof=1) + (len(b) - 1) * b.var(ddof=1)) / (len(a) + len(b) - 2)
    return float((a.mean() - b.mean()) / np.sqrt(pooled_var)) if pooled_var > 0 else float("nan")


def cliffs_delta(a: np.ndarray, b: np.ndarray) -> float:
    """Cliff's δ = P(a > b) − P(a < b) over all pairs, in [−1, 1]: positive when ``a`` tends
    to be larger; robust to outliers and skew. Cliff, N. (1993) Dominance statistics: ordinal
    analyses to answer ordinal questions, *Psychological Bulletin* 114(3):494–509."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    greater = (a[:, None] > b[None, :]).sum()
    less = (a[:, None] < b[None, :]).sum()
    return float((greater - less) / (len(a) * len(b)))


def effect_label(delta: float) -> str:
    """Romano et al. (2006) thresholds for |Cliff's delta|."""
    size = abs(delta)
    if size < 0.147:
        return "negligible"
    if size < 0.33:
        return "small"
    if size < 0.474:
        return "medium"
    return "large"


def compare_two(a: np.ndarray, b: np.ndarray) -> dict[str, float]:
    """Every statistic above for one pair of samples, rounded for display."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    low, high = bootstrap_diff_ci(a, b)
    delta = cliffs_delta(a, b)
    return {"n_a": len(a), "n_b": len(b), "mean_a": round(a.mean(), 3), "mean_b": round(b.mean(), 3),
            "diff": round(a.mean() - b.mean(), 3), "ci_low": round(low, 3), "ci_high": round(high, 3),
            "p_perm": round(permutation_p(a, b), 4), "cohens_d": round(cohens_d(a, b), 3),
            "cliffs_delta": round(delta, 3), "effect": effect_label(delta)}


def compare_writers(table: pd.DataFrame, measures: list[str], unit: str,
                    writers: list[str] | None = None, writer_column: str = "author") -> pd.DataFrame:
    """Compare every pair of writers on each measure; one row per measure and pair.

    ``table`` has one row per unit (sentence or paragraph). Missing values are dropped per
    measure. Columns: see ``COMPARISON_COLUMNS``.
    """
    writers = writers or list(dict.fromkeys(table[writer_column]))
    rows = []
    for measure in measures:
        for writer_a, writer_b in combinations(writers, 2):
            a = table.loc[table[writer_column] == writer_a, measure].dropna().to_numpy()
            b = table.loc[table[writer_column] == writer_b, measure].dropna().to_numpy()
            if len(a) < 2 or len(b) < 2:
                continue
            rows.append({"measure": measure, "unit": unit, "writer_a": writer_a, "writer_b": writer_b,
                         **compare_two(a, b)})
    return pd.DataFrame(rows, columns=COMPARISON_COLUMNS)


def writer_means(table: pd.DataFrame, measures: list[str], writers: list[str] | None = None,
                 writer_column: str = "author") -> pd.DataFrame:
    """Each writer's mean of each measure with a bootstrap 95% interval.

    Columns: measure, author, n, mean, ci_low, ci_high.
    """
    writers = writers or list(dict.fromkeys(table[writer_column]))
    rows = []
    for measure in measures:
        for writer in writers:
            values = table.loc[table[writer_column] == writer, measure].dropna().to_numpy()
            if len(values) == 0:
                continue
            low, high = bootstrap_mean_ci(values) if len(values) > 1 else (np.nan, np.nan)
            rows.append({"measure": measure, "author": writer, "n": len(values),
                         "mean": round(float(values.mean()), 3), "ci_low": round(low, 3),
                         "ci_high": round(high, 3)})
    return pd.DataFrame(rows, columns=["measure", "author", "n", "mean", "ci_low", "ci_high"])


def describe_comparison(row: pd.Series, measure_label: str, unit_plural: str) -> str:
    """One plain-language sentence for a comparison row, with its interval and caveat."""
    direction = "higher" if row["diff"] > 0 else "lower"
    interval_excludes_zero = row["ci_low"] > 0 or row["ci_high"] < 0
    verdict = ("the interval excludes zero" if interval_excludes_zero
               else "the interval includes zero, so these texts do not settle the direction")
    floor = 1 / (N_RESAMPLES + 1)
    p_text = f"p ≤ {floor:.4f}, the smallest a {N_RESAMPLES:,}-draw test can show" if row["p_perm"] <= floor * 1.5 \
        else f"p = {row['p_perm']:.3g}"
    return (f"{row['writer_a']}'s {unit_plural} score {abs(row['diff']):.3g} {direction} on {measure_label} "
            f"than {row['writer_b']}'s (mean {row['mean_a']:.3g} vs {row['mean_b']:.3g}; 95% CI of the "
            f"difference {row['ci_low']:.3g} to {row['ci_high']:.3g}; permutation {p_text}; "
            f"Cliff's δ = {row['cliffs_delta']:.2f}, {row['effect']}); {verdict}.")


def findings_markdown(comparison: pd.DataFrame, labels: dict[str, str] | None = None) -> str:
    """A bullet list, one plain-language finding per comparison row (see ``describe_comparison``)."""
    labels = labels or {}
    return "\n".join("- " + describe_comparison(row, labels.get(row["measure"], row["measure"]),
                                                UNIT_PLURALS.get(row["unit"], row["unit"] + "s"))
                     for _, row in comparison.iterrows())


def holm_adjust(p_values) -> np.ndarray:
    """Holm (1979) step-down adjusted p-values, in the order given.

    With m p-values sorted p(1) ≤ … ≤ p(m), the adjusted value of p(i) is
    max over j ≤ i of min(1, (m − j + 1) · p(j)); rejecting where it is ≤ α controls the
    family-wise error rate at α under any dependence between the tests (Holm, S. 1979, A simple
    sequentially rejective multiple test procedure, Scand. J. Statist. 6:65–70). Missing
    values stay missing and do not count in m: a comparison that could not be made is not a test.
    """
    p = np.asarray(p_values, dtype=float)
    adjusted = np.full(p.shape, np.nan)
    present = np.flatnonzero(~np.isnan(p))
    m = len(present)
    if m == 0:
        return adjusted
    order = present[np.argsort(p[present], kind="stable")]
    scaled = np.minimum(1.0, (m - np.arange(m)) * p[order])
    # The running maximum keeps the adjusted values in the same order as the raw ones.
    adjusted[order] = np.maximum.accumulate(scaled)
    return adjusted


def interval_meaning(unit: str, confidence: float = CONFIDENCE) -> str:
    """One plain-language sentence saying what a comparison's interval means for its unit."""
    level = f"{confidence:.0%}"
    if unit == CLUSTER_UNIT:
        return (f"The {level} interval comes from resampling whole articles, each with all its sentences, so it "
                "shows how far the difference could move with another set of articles like these by the same "
                "writers; sentences of one article count together, not as separate pieces of evidence.")
    plural = UNIT_PLURALS.get(unit, unit + "s")
    return (f"The {level} interval comes from resampling the {plural} of these texts, so it shows how far the "
            f"difference could move with other {plural} like these; with one article per writer it describes "
            "these articles, not the writers in general.")


# ---------------------------------------------------------------------------------------
# Articles as clusters (used by analysis.comparison.clustered): each article is
# (mean of its sentences, number of sentences)


def cluster_bootstrap_diff_ci(means_a, sizes_a, means_b, sizes_b, n_resamples: int = N_RESAMPLES,
                              seed: int = SEED, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """Cluster-bootstrap percentile interval for the sentence-weighted mean of a minus that of b.

    Each group's articles are resampled with replacement (its number of articles each time);
    the statistic is the mean over all sentences of the drawn articles (resampling the top
    level only, as Davison & Hinkley 1997 §3.8 and Field & Welsh 2007 recommend when clusters
    are the sampled units). NaN when a group has fewer than two articles, because one article
    says nothing about variation between articles.
    """
    if len(means_a) < 2 or len(means_b) < 2:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    diffs = _resampled_means(rng, means_a, sizes_a, n_resamples) - _resampled_means(rng, means_b, sizes_b, n_resamples)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(diffs, [tail, 100 - tail])
    return float(low), float(high)


def cluster_bootstrap_mean_ci(means, sizes, n_resamples: int = N_RESAMPLES, seed: int = SEED,
                              confidence: float = CONFIDENCE) -> tuple[float, float]:
    """Cluster-bootstrap percentile interval for one group's sentence-weighted mean (NaN if < 2 articles)."""
    if len(means) < 2:
        return float("nan"), float("nan")
    resampled = _resampled_means(np.random.default_rng(seed), means, sizes, n_resamples)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(resampled, [tail, 100 - tail])
    return float(low), float(high)


def _resampled_means(rng: np.random.Generator, means, sizes, n_resamples: int) -> np.ndarray:
    sizes = np.asarray(sizes, float)
    sums = np.asarray(means, float) * sizes
    drawn = rng.integers(0, len(sums), (n_resamples, len(sums)))
    return sums[drawn].sum(axis=1) / sizes[drawn].sum(axis=1)


def article_permutation_p(means_a, sizes_a, means_b, sizes_b, n_resamples: int = N_RESAMPLES,
                          seed: int = SEED, studentized: bool = True) -> float:
    """Two-sided p-value for the difference in sentence-weighted means, permuting whole articles.

    Exact (every split of the pooled articles into groups of the observed sizes) when there are
    at most ``n_resamples`` splits, so 2 articles against 2 can give no less than 2/6 = 1/3;
    otherwise Monte Carlo with the +1 of Phipson & Smyth (2010). NaN if a group is empty.

    The statistic is studentised (difference over its cluster standard error, a Welch-type t):
    "the rest" mixes writers whose means differ, and permuting a raw difference between groups
    of unequal size and spread tests exchangeability, not equal means; the studentised
    statistic keeps the test valid for equal means (Janssen, A. 1997, Stat. Probab. Lett.
    36:9–21; Chung, E. & Romano, J. P. 2013, Ann. Statist. 41:484–507). With fewer than two
    articles on a side there is no standard error and the raw difference is permuted.
    Sentences are articles of size 1, so the same function serves sentence units.
    """
    n_a, n_b = len(means_a), len(means_b)
    if n_a == 0 or n_b == 0:
        return float("nan")
    sizes = np.concatenate([np.asarray(sizes_a, float), np.asarray(sizes_b, float)])
    sums = np.concatenate([np.asarray(means_a, float), np.asarray(means_b, float)]) * sizes
    studentized = studentized and min(n_a, n_b) >= 2
    observed = abs(_statistic(sums, sizes, np.arange(n_a)[None, :], n_b, studentized)[0])
    exact = comb(n_a + n_b, n_a) <= n_resamples
    if exact:
        chosen = np.array(list(combinations(range(n_a + n_b), n_a)))
    else:
        rng = np.random.default_rng(seed)
        chosen = np.argsort(rng.random((n_resamples, n_a + n_b)), axis=1)[:, :n_a]
    statistics = np.abs(_statistic(sums, sizes, chosen, n_b, studentized))
    # A small relative tolerance so splits tying with the observed one are not lost to rounding.
    extreme = int(np.sum(statistics >= observed * (1 - 1e-9) - 1e-12))
    return extreme / len(chosen) if exact else (extreme + 1) / (n_resamples + 1)


def _statistic(sums: np.ndarray, sizes: np.ndarray, chosen: np.ndarray, n_b: int, studentized: bool) -> np.ndarray:
    """Difference (or t) of sentence-weighted means for each row of ``chosen`` (group a's articles).

    Group b is the complement; every sum is taken for a and obtained for b by subtraction.
    The variance of a cluster mean m = Σs/Σc is n/(n − 1) · Σ(s − m·c)² / (Σc)² (the ratio
    estimator's linearisation variance; for sentences, c = 1, it is Welch's s²/n).
    """
    n_a = chosen.shape[1]
    moments = [sums, sizes, sums * sums, sums * sizes, sizes * sizes]
    part_a = [m[chosen].sum(axis=1) for m in moments]
    part_b = [m.sum() - a for m, a in zip(moments, part_a)]
    mean_a, mean_b = part_a[0] / part_a[1], part_b[0] / part_b[1]
    if not studentized:
        return mean_a - mean_b
    var_a = _cluster_variance(mean_a, part_a, n_a)
    var_b = _cluster_variance(mean_b, part_b, n_b)
    # A floor, so two groups of identical articles give t = 0 or a large t, never 0/0.
    return (mean_a - mean_b) / np.sqrt(np.maximum(var_a + var_b, 1e-24))


def _cluster_variance(mean: np.ndarray, part: list[np.ndarray], n: int) -> np.ndarray:
    _, size, squares, cross, size_squares = part
    spread = np.maximum(squares - 2 * mean * cross + mean * mean * size_squares, 0.0)
    return n / (n - 1) * spread / (size * size)
