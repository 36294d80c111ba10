"""Statistics for comparing writers: intervals, permutation tests, effect sizes."""

import numpy as np
import pandas as pd
import pytest

from analysis import clustered, stats


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


# ---------------------------------------------------------------------------------------
# Holm, k writers, articles as clusters, time (analysis.comparison.clustered)


def synthetic_units(writers: dict[str, float], articles_per_writer: int = 4, sentences: int = 20,
                    article_sd: float = 0.0, noise_sd: float = 0.1, seed: int = 1,
                    first_month: int = 1) -> pd.DataFrame:
    """Sentences with a writer shift, an article effect shared by its sentences, and noise."""
    rng = np.random.default_rng(seed)
    rows = []
    for writer, shift in writers.items():
        for number in range(articles_per_writer):
            effect = rng.normal(0, article_sd)
            date = f"2026-{first_month + number % 3:02d}-{10 + number:02d}"
            for value in shift + effect + rng.normal(0, noise_sd, sentences):
                rows.append({"author": writer, "article_id": f"{writer}-{number}", "date": date, "x": value})
    return pd.DataFrame(rows)


def test_holm_against_a_hand_computed_example():
    # sorted 0.005, 0.01, 0.03, 0.04 -> ×4, ×3, ×2, ×1 = 0.02, 0.03, 0.06, 0.04 -> running max 0.06
    assert stats.holm_adjust([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert stats.holm_adjust([0.5, 0.6]) == pytest.approx([1.0, 1.0])  # capped at 1


def test_holm_leaves_missing_p_values_out_of_the_count():
    adjusted = stats.holm_adjust([0.02, np.nan, 0.04])
    assert adjusted[0] == pytest.approx(0.04) and np.isnan(adjusted[1]) and adjusted[2] == pytest.approx(0.04)
    assert np.isnan(stats.holm_adjust([np.nan])).all() and len(stats.holm_adjust([])) == 0


def test_cluster_interval_is_wider_than_the_sentence_interval_when_articles_differ():
    units = synthetic_units({"A": 0.0, "B": 0.0}, articles_per_writer=6, sentences=30, article_sd=0.5)
    a, b = (units[units["author"] == w] for w in "AB")
    sentence_low, sentence_high = stats.bootstrap_diff_ci(a["x"].to_numpy(), b["x"].to_numpy())
    means_a, means_b = (t.groupby("article_id")["x"].agg(["mean", "size"]) for t in (a, b))
    low, high = clustered.cluster_bootstrap_diff_ci(means_a["mean"], means_a["size"], means_b["mean"], means_b["size"])
    assert (high - low) > 2 * (sentence_high - sentence_low)
    assert low < a["x"].mean() - b["x"].mean() < high


def test_article_permutation_with_two_articles_each_cannot_go_below_one_third():
    # Perfectly separated writers, 50 sentences per article: a sentence-level test would give
    # its floor of 1/10001, but 4 articles split 2 + 2 only 6 ways, 2 of them this extreme.
    p = clustered.article_permutation_p([1.0, 1.1], [50, 50], [0.0, 0.1], [50, 50])
    assert p == pytest.approx(1 / 3)
    units = synthetic_units({"A": 1.0, "B": 0.0}, articles_per_writer=2, sentences=50)
    row = clustered.compare_each_with_rest(units, "x", "sentence").iloc[0]
    assert row["unit"] == stats.CLUSTER_UNIT and row["p_perm"] == pytest.approx(0.3333, abs=1e-4)
    assert (row["n_writer"], row["n_rest"]) == (2, 2)


def test_each_with_rest_permutes_articles_between_the_writer_and_the_rest():
    # 3 writers × 2 articles: one writer's 2 against 4 others, C(6, 2) = 15 splits, one as extreme.
    units = synthetic_units({"A": 1.0, "B": 0.0, "C": 0.05}, articles_per_writer=2, sentences=10)
    table = clustered.compare_each_with_rest(units, "x", "sentence")
    assert table.loc[0, "p_perm"] == pytest.approx(1 / 15, abs=1e-4)


def test_a_studentised_permutation_is_not_swamped_by_a_mixed_rest():
    # A tight writer 0.3 above a rest that mixes writers at 0 and 1: permuting the raw difference
    # puts far-apart articles in the writer's group and hides the shift; the t statistic does not.
    rng = np.random.default_rng(3)
    writer = 0.8 + rng.normal(0, 0.02, 6)
    rest = np.concatenate([rng.normal(0, 0.02, 12), rng.normal(1, 0.02, 12)])
    raw = clustered.article_permutation_p(writer, [10] * 6, rest, [10] * 24, studentized=False)
    studentised = clustered.article_permutation_p(writer, [10] * 6, rest, [10] * 24)
    assert studentised < 0.05 and raw > 0.2
    at_the_mean = 0.5 + rng.normal(0, 0.02, 6)  # the rest's mean: no difference to find
    assert clustered.article_permutation_p(at_the_mean, [10] * 6, rest, [10] * 24) > 0.5


def test_monte_carlo_permutation_is_used_when_splits_are_many():
    rng = np.random.default_rng(0)
    p = clustered.article_permutation_p(rng.normal(1, 0.1, 20), [10] * 20, rng.normal(0, 0.1, 20), [10] * 20)
    assert p == pytest.approx(1 / (stats.N_RESAMPLES + 1))


def test_four_writers_give_four_rows_with_holm_adjusted_p_values():
    units = synthetic_units({"A": 0.5, "B": 0.0, "C": 0.0, "D": -0.1}, articles_per_writer=5, article_sd=0.05)
    table = clustered.compare_each_with_rest(units, "x", "sentence")
    assert list(table.columns) == clustered.EACH_COLUMNS
    assert table["writer"].tolist() == ["A", "B", "C", "D"] and len(table) == 4
    assert (table["unit"] == stats.CLUSTER_UNIT).all() and (table["n_writer"] == 5).all()
    assert (table["n_rest"] == 15).all() and (table["n_articles_rest"] == 15).all()
    assert table["p_holm"].tolist() == pytest.approx(stats.holm_adjust(table["p_perm"]), abs=1e-4)
    assert (table["p_holm"] >= table["p_perm"]).all()
    a = table.iloc[0]
    assert a["diff"] > 0.4 and a["ci_low"] > 0 and a["p_holm"] < 0.05 and "too narrow" in a["flag"]
    rest_mean = units.loc[units["author"] != "A", "x"].mean()
    assert a["mean_rest"] == pytest.approx(rest_mean, abs=1e-3)  # the mean over the rest's sentences
    assert table.equals(clustered.compare_each_with_rest(units, "x", "sentence"))  # fixed seeds


def test_one_article_per_writer_keeps_sentence_units_and_matches_the_pairwise_table():
    units = synthetic_units({"A": 0.2, "B": 0.0}, articles_per_writer=1, sentences=25, noise_sd=0.3)
    assert clustered.choose_unit(units, "sentence") == "sentence"
    old = stats.compare_writers(units, ["x"], "sentence")
    pairs = clustered.compare_pairs(units, ["x"], "sentence")
    assert pairs[stats.COMPARISON_COLUMNS].equals(old)
    assert pairs.loc[0, "p_holm"] == pairs.loc[0, "p_perm"]
    each = clustered.compare_each_with_rest(units, "x", "sentence")
    first, second = each.iloc[0], each.iloc[1]
    assert ((first["diff"], first["ci_low"], first["p_perm"])
            == (old.loc[0, "diff"], old.loc[0, "ci_low"], old.loc[0, "p_perm"]))
    assert ((second["diff"], second["ci_low"], second["ci_high"])
            == (-first["diff"], -first["ci_high"], -first["ci_low"]))
    assert second["p_perm"] == second["p_holm"] == first["p_holm"] == first["p_perm"]


def test_pairs_switch_to_articles_and_correct_across_pairs():
    units = synthetic_units({"A": 0.5, "B": 0.0, "C": 0.0}, articles_per_writer=3)
    pairs = clustered.compare_pairs(units, ["x"], "sentence")
    assert list(pairs.columns) == clustered.PAIR_COLUMNS and len(pairs) == 3
    assert (pairs["unit"] == stats.CLUSTER_UNIT).all() and (pairs["n_a"] == 3).all()
    assert pairs["p_holm"].tolist() == pytest.approx(stats.holm_adjust(pairs["p_perm"]), abs=1e-4)
    assert "too narrow" in pairs.loc[0, "flag"]  # 3 articles a side
    assert "articles score" in stats.findings_markdown(pairs.iloc[:1])


def test_degenerate_inputs_give_empty_tables_or_flagged_rows():
    empty = pd.DataFrame(columns=["author", "article_id", "x"])
    assert clustered.compare_each_with_rest(empty, "x", "sentence").empty
    assert clustered.compare_pairs(empty, ["x"], "sentence").empty
    assert clustered.article_means(empty, "x").empty
    assert clustered.monthly_means(empty, "x", empty.assign(date=[])).empty
    assert not clustered.spans_several_months(pd.DataFrame(columns=["date"]))
    one_writer = synthetic_units({"A": 0.0}, articles_per_writer=3)
    row = clustered.compare_each_with_rest(one_writer, "x", "sentence").iloc[0]
    assert np.isnan(row["diff"]) and np.isnan(row["p_holm"]) and "one writer" in row["flag"]
    units = synthetic_units({"A": 0.0, "B": 0.1}, articles_per_writer=2)
    table = clustered.compare_each_with_rest(units, "x", "sentence", writers=["A", "B", "Z"])
    z = table.set_index("writer").loc["Z"]
    assert z["n_writer"] == 0 and np.isnan(z["diff"]) and np.isnan(z["p_perm"]) and "no rows" in z["flag"]
    assert table["p_holm"].notna().sum() == 2  # Z's missing test does not count in Holm's m
    pairs = clustered.compare_pairs(units, ["x"], "sentence", writers=["A", "Z"])
    assert len(pairs) == 1 and np.isnan(pairs.loc[0, "diff"]) and pairs.loc[0, "flag"]


def test_one_article_against_several_gives_a_p_value_but_no_interval():
    units = pd.concat([synthetic_units({"A": 1.0}, articles_per_writer=1),
                       synthetic_units({"B": 0.0}, articles_per_writer=3)])
    row = clustered.compare_each_with_rest(units, "x", "sentence").iloc[0]
    assert row["unit"] == stats.CLUSTER_UNIT and np.isnan(row["ci_low"]) and np.isnan(row["cohens_d"])
    assert row["p_perm"] == pytest.approx(0.25) and "no interval" in row["flag"]  # 4 splits, 1 extreme
    single = synthetic_units({"A": 0.0, "B": 0.0}, articles_per_writer=1, sentences=1)
    row = clustered.compare_each_with_rest(single, "x", "sentence").iloc[0]
    assert row["unit"] == "sentence" and np.isnan(row["p_perm"]) and "fewer than 2" in row["flag"]


def test_interval_meaning_names_the_unit():
    assert "whole articles" in stats.interval_meaning(stats.CLUSTER_UNIT)
    assert "sentences of these texts" in stats.interval_meaning("sentence")
    units = synthetic_units({"A": 0.5, "B": 0.0, "C": 0.0}, articles_per_writer=5)
    text = clustered.each_with_rest_markdown(clustered.compare_each_with_rest(units, "x", "sentence"), {"x": "tone"})
    assert (text.startswith("- A averages") and "Holm" in text
            and text.endswith(stats.interval_meaning(stats.CLUSTER_UNIT)))


def test_writer_means_by_unit_uses_the_cluster_bootstrap_when_writers_have_several_articles():
    units = synthetic_units({"A": 0.0, "B": 0.0}, articles_per_writer=6, article_sd=0.5)
    means = clustered.writer_means_by_unit(units, ["x"], "sentence")
    sentence = stats.writer_means(units, ["x"])
    assert (means["unit"] == stats.CLUSTER_UNIT).all() and means["n"].tolist() == [6, 6]
    assert means["mean"].tolist() == sentence["mean"].tolist()
    assert ((means["ci_high"] - means["ci_low"]) > (sentence["ci_high"] - sentence["ci_low"])).all()


def test_article_means_and_months():
    units = synthetic_units({"A": 0.0, "B": 1.0}, articles_per_writer=4, sentences=5)
    articles = units.groupby("article_id", sort=False)[["author", "date"]].first().reset_index()
    per_article = clustered.article_means(units.drop(columns="date"), "x", articles)
    assert per_article.columns.tolist() == ["article_id", "author", "date", "n_sentences", "mean"]
    assert len(per_article) == 8 and (per_article["n_sentences"] == 5).all()
    assert per_article.loc[0, "date"] == "2026-01-10"
    assert clustered.spans_several_months(articles)
    assert not clustered.spans_several_months(articles.assign(date="2026-02-05"))
    monthly = clustered.monthly_means(units, "x", articles)
    # articles 0 and 3 fall in January, 1 in February, 2 in March
    assert monthly[["month", "author", "n_articles"]].values.tolist()[:2] == [["2026-01", "A", 2], ["2026-01", "B", 2]]
    january = units[(units["author"] == "A") & units["date"].str.startswith("2026-01")]["x"].mean()
    assert monthly.loc[0, "mean"] == pytest.approx(january, abs=1e-3) and monthly.loc[0, "n_sentences"] == 10
    assert monthly.loc[0, "ci_low"] <= monthly.loc[0, "mean"] <= monthly.loc[0, "ci_high"]
    february = monthly[monthly["month"] == "2026-02"].iloc[0]
    assert np.isnan(february["ci_low"]) and february["flag"] == "one article: no interval"


def test_article_figures_draw_k_writers_and_save(tmp_path):
    import matplotlib.pyplot as plt

    from analysis.presentation.plots import WRITER_COLOURS, save_figure
    from analysis.presentation.plots.articles import (
        plot_article_strip,
        plot_monthly_means,
        writer_colours,
        writer_markers,
    )

    writers = [f"W{i}" for i in range(9)]
    colours, markers = writer_colours(writers), writer_markers(writers)
    assert colours["W0"] == WRITER_COLOURS[0] and colours["W7"] == colours["W0"] and markers["W7"] != markers["W0"]
    assert writer_colours(writers[:3]) == {w: colours[w] for w in writers[:3]}  # stable given the order
    units = synthetic_units({w: i / 10 for i, w in enumerate(writers[:4])}, articles_per_writer=3, sentences=4)
    articles = units.groupby("article_id", sort=False)[["author", "date"]].first().reset_index()
    corpus = type("Corpus", (), {"authors": writers[:4], "articles": articles, "is_bundled": False})()
    strip = plot_article_strip(clustered.article_means(units, "x", articles), corpus, "tone")
    assert sum(len(c.get_offsets()) for c in strip.axes[0].collections) == 12
    lines = plot_monthly_means(clustered.monthly_means(units, "x", articles), corpus, "tone")
    assert len(lines.axes[0].get_legend().get_texts()) == 4
    gap = clustered.monthly_means(units, "x", articles.assign(date=articles["date"].str.replace("2026-02", "2026-06")))
    axis = plot_monthly_means(gap, corpus, "tone").axes[0]
    assert [t.get_text() for t in axis.get_xticklabels()][:2] == ["2026-01", "2026-02"]  # the gap is shown
    assert len(axis.get_xticks()) == 6
    written = save_figure(strip, "strip", tmp_path) + save_figure(lines, "months", tmp_path)
    assert all((tmp_path / name).exists() for name in ("strip.png", "strip.svg", "months.png", "months.svg"))
    assert len(written) == 6  # PNG, SVG and the plotted numbers (CSV) of each
    plt.close("all")
