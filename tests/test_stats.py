"""Statistics for comparing writers: intervals, permutation tests, effect sizes."""

import numpy as np
import pandas as pd
import pytest

from analysis import stats


def test_cliffs_delta_known_values():
    assert stats.cliffs_delta([4, 5], [1, 2]) == 1.0
    assert stats.cliffs_delta([1, 2, 3], [1, 2, 3]) == 0.0
    assert stats.cliffs_delta([1, 3], [2, 2]) == 0.0


def test_cohens_d_known_value():
    # means 2 and 4, both variances 1 (ddof=1) -> d = -2
    assert stats.cohens_d([1, 2, 3], [3, 4, 5]) == pytest.approx(-2.0)


def test_separated_samples_give_an_interval_excluding_zero_and_small_p():
    a = np.arange(20, 40)
    b = np.arange(0, 20)
    low, high = stats.bootstrap_diff_ci(a, b)
    assert 14 < low < 20 < high < 26
    assert stats.permutation_p(a, b) == pytest.approx(1 / (stats.N_RESAMPLES + 1))


def test_identical_samples_give_a_large_p_and_an_interval_around_zero():
    values = np.array([1.0, 4.0, 2.0, 8.0, 5.0, 7.0])
    low, high = stats.bootstrap_diff_ci(values, values.copy())
    assert low < 0 < high
    assert stats.permutation_p(values, values.copy()) > 0.9


def test_results_are_reproducible():
    a, b = [1.0, 5.0, 2.0, 9.0], [3.0, 3.0, 4.0, 2.0]
    assert stats.compare_two(a, b) == stats.compare_two(a, b)


def test_compare_writers_pairs_and_columns():
    table = pd.DataFrame({"author": ["A"] * 5 + ["B"] * 5 + ["C"] * 5, "x": list(range(15))})
    result = stats.compare_writers(table, ["x"], "sentence")
    assert list(result.columns) == stats.COMPARISON_COLUMNS
    assert result[["writer_a", "writer_b"]].values.tolist() == [["A", "B"], ["A", "C"], ["B", "C"]]
    assert result["diff"].tolist() == [-5.0, -10.0, -5.0]


def test_finding_sentence_says_when_the_interval_includes_zero():
    table = pd.DataFrame({"author": ["A"] * 4 + ["B"] * 4, "x": [1, 2, 3, 4, 2, 3, 1, 4]})
    text = stats.findings_markdown(stats.compare_writers(table, ["x"], "sentence"), {"x": "the measure"})
    assert text.startswith("- A's sentences score") and "do not settle the direction" in text
