"""Agreement between hand coding (gold) and an automatic method, per label.

Precision = of the units the method marks, the share the coder also marked.
Recall    = of the units the coder marked, the share the method found.
F1        = their harmonic mean.
Cohen's kappa (Cohen 1960) = agreement beyond what the two marginal rates give by chance;
  1 is perfect, 0 chance level. With few positive units it is unstable: read it with ``n_gold``.
A metric whose denominator is zero is NaN, never silently 0 or 1.

How far a score on a few hundred sentences can be trusted: ``bootstrap_interval`` gives a
percentile bootstrap interval of the micro-averaged precision, recall and F1, resampling
whole paragraphs (a paragraph's sentences share their context and their coder's reading, so
they are not independent units).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py

AGREEMENT_COLUMNS = ["label", "n_units", "n_gold", "n_predicted", "true_pos", "false_pos",
                     "false_neg", "precision", "recall", "f1", "kappa"]


def binary_agreement(gold: Sequence[bool], predicted: Sequence[bool]) -> dict[str, float]:
    """Counts, precision, recall, F1 and Cohen's kappa for one yes/no label."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted must have the same length")
    pairs = list(zip(map(bool, gold), map(bool, predicted)))
    tp = sum(g and p for g, p in pairs)
    fp = sum(p and not g for g, p in pairs)
    fn = sum(g and not p for g, p in pairs)
    n = len(pairs)
    precision = share(tp, tp + fp)
    recall = share(tp, tp + fn)
    f1 = share(2 * tp, 2 * tp + fp + fn)
    return {"n_units": n, "n_gold": tp + fn, "n_predicted": tp + fp, "true_pos": tp,
            "false_pos": fp, "false_neg": fn, "precision": precision, "recall": recall,
            "f1": f1, "kappa": cohens_kappa(pairs)}


def cohens_kappa(pairs: Iterable[tuple[bool, bool]]) -> float:
    """Cohen's κ for (gold, predicted) yes/no pairs: (observed agreement − chance agreement) /
    (1 − chance agreement), chance from the two marginal rates; NaN for no pairs. Cohen, J.
    (1960) A coefficient of agreement for nominal scales, *Educational and Psychological
    Measurement* 20(1):37–46."""
    pairs = list(pairs)
    n = len(pairs)
    if n == 0:
        return math.nan
    observed = sum(g == p for g, p in pairs) / n
    gold_yes = sum(g for g, _ in pairs) / n
    predicted_yes = sum(p for _, p in pairs) / n
    expected = gold_yes * predicted_yes + (1 - gold_yes) * (1 - predicted_yes)
    return math.nan if expected == 1 else round((observed - expected) / (1 - expected), 4)


def label_agreement(gold: pd.DataFrame, predicted: pd.DataFrame, labels: Sequence[str]) -> pd.DataFrame:
    """Per-label agreement plus a micro-averaged ``all`` row.

    ``gold`` and ``predicted`` are indexed by unit id, with one boolean column per label;
    units missing from ``predicted`` count as all-negative.
    """
    predicted = predicted.reindex(gold.index).fillna(False).astype(bool)
    gold = gold.astype(bool)
    rows = [{"label": label, **binary_agreement(gold[label].tolist(), predicted[label].tolist())}
            for label in labels]
    stacked_gold = [v for label in labels for v in gold[label]]
    stacked_predicted = [v for label in labels for v in predicted[label]]
    rows.append({"label": "all (micro)", **binary_agreement(stacked_gold, stacked_predicted)})
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)


def share(numerator: int, denominator: int) -> float:
    """``numerator / denominator`` to four places; NaN when there is nothing to divide by."""
    return round(numerator / denominator, 4) if denominator else math.nan


def bootstrap_interval(gold: pd.DataFrame, predicted: pd.DataFrame, clusters: Sequence[str],
                       n_resamples: int | None = None, seed: int | None = None) -> dict[str, float]:
    """Percentile bootstrap interval (Efron & Tibshirani 1993, ch. 13) of the micro-averaged
    precision, recall and F1 of ``label_agreement``, resampling clusters with replacement.

    ``gold`` and ``predicted`` are as for ``label_agreement``; ``clusters`` names each unit's
    cluster (its paragraph or passage), in ``gold``'s order. Returns precision_low,
    precision_high, recall_low, recall_high, f1_low and f1_high; a bound is NaN when no
    resample has a denominator for it (no gold or no predicted unit at all). The number of
    resamples, the seed and the confidence are the project's (``stats``) unless given.
    Deterministic: the same inputs and seed give the same interval.
    """
    # Imported here: the export imports this module and needs neither.
    import numpy as np

    from .stats import CONFIDENCE, N_RESAMPLES, SEED

    n_resamples = N_RESAMPLES if n_resamples is None else n_resamples

    if len(clusters) != len(gold):
        raise ValueError("clusters must name the cluster of every unit of gold")
    # dtype given: a frame with no label columns (a story nobody blames) is float otherwise
    marked = predicted.reindex(gold.index).fillna(False).to_numpy(dtype=bool)
    coded = gold.to_numpy(dtype=bool)
    per_unit = np.stack([(coded & marked).sum(axis=1), (~coded & marked).sum(axis=1),
                         (coded & ~marked).sum(axis=1)], axis=1).astype(float)
    names, cluster_of_unit = np.unique(np.asarray(clusters, dtype=str), return_inverse=True)
    per_cluster = np.zeros((len(names), 3))
    np.add.at(per_cluster, cluster_of_unit, per_unit)
    draws = np.random.default_rng(SEED if seed is None else seed).integers(0, len(names),
                                                                           size=(n_resamples, len(names)))
    times_drawn = np.zeros((n_resamples, len(names)))
    np.add.at(times_drawn, (np.arange(n_resamples)[:, None], draws), 1)
    true_pos, false_pos, false_neg = (times_drawn @ per_cluster).T
    with np.errstate(invalid="ignore", divide="ignore"):
        scores = {"precision": true_pos / (true_pos + false_pos),
                  "recall": true_pos / (true_pos + false_neg),
                  "f1": 2 * true_pos / (2 * true_pos + false_pos + false_neg)}
    tail = 100 * (1 - CONFIDENCE) / 2
    interval = {}
    for name, values in scores.items():
        finite = values[~np.isnan(values)]
        low, high = np.percentile(finite, [tail, 100 - tail]) if finite.size else (math.nan, math.nan)
        interval[f"{name}_low"], interval[f"{name}_high"] = round(float(low), 4), round(float(high), 4)
    return interval
