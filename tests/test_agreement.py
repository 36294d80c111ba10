import math
from pathlib import Path

import pandas as pd
import pytest

from analysis.comparison import attribution_agreement
from analysis.comparison.agreement import binary_agreement, bootstrap_interval, label_agreement


def test_binary_agreement_counts_and_rates():
    result = binary_agreement([1, 1, 1, 0, 0, 0, 0, 0], [1, 1, 0, 1, 0, 0, 0, 0])
    assert (result["true_pos"], result["false_pos"], result["false_neg"]) == (2, 1, 1)
    assert result["precision"] == result["recall"] == result["f1"] == 0.6667
    # observed 6/8; chance 3/8*3/8 + 5/8*5/8 = 34/64
    assert result["kappa"] == round((0.75 - 34 / 64) / (1 - 34 / 64), 4)


def test_undefined_rates_are_nan_not_zero():
    result = binary_agreement([0, 0], [0, 0])
    assert math.isnan(result["precision"]) and math.isnan(result["recall"])


def test_label_agreement_treats_missing_units_as_negative():
    gold = pd.DataFrame({"a": [True, False], "b": [False, True]}, index=["u1", "u2"])
    predicted = pd.DataFrame({"a": [True], "b": [False]}, index=["u1"])
    table = label_agreement(gold, predicted, ["a", "b"]).set_index("label")
    assert table.loc["a", "f1"] == 1.0 and table.loc["b", "recall"] == 0.0
    assert table.loc["all (micro)", "true_pos"] == 1 and table.loc["all (micro)", "false_neg"] == 1


def test_heldout_scores_per_story_and_over_all_stories():
    from analysis.comparison.attribution_agreement import heldout_by_story

    coded = pd.DataFrame({
        "story": ["ferry", "ferry", "ferry", "mine", "mine"],
        "sentence_id": ["f1", "f2", "f3", "m1", "m2"],
        "passage_id": ["f-p1", "f-p1", "f-p2", "m-p1", "m-p1"],
        "blamed": ["council", "council;mayor", "", "owner", ""],
        "reported": ["", "", "", "", ""],
        "hard_negative": [False, False, True, False, True],
    })
    predictions = pd.DataFrame({
        "story": ["ferry", "ferry", "mine"],
        "sentence_id": ["f1", "f3", "m2"],
        "group": ["council", "mayor", "owner"],
        "stance": ["writer", "writer", "writer"],
    })
    table = heldout_by_story(coded, predictions).set_index("story")
    # ferry: 3 coded labels, 2 predicted, 1 right; mine: 1 coded, 1 predicted, wrong sentence
    assert table.loc["ferry", ["gold", "precision", "recall"]].tolist() == [3, 0.5, round(1 / 3, 4)]
    assert table.loc["mine", ["gold", "precision", "recall"]].tolist() == [1, 0.0, 0.0]
    assert table.loc["all", ["sentences", "gold", "precision", "recall"]].tolist() == [5, 4, round(1 / 3, 4), 0.25]
    assert table["falsely_blamed"].tolist() == [1, 1, 2]
    # every interval holds its own estimate
    assert (table["f1_low"] <= table["f1"]).all() and (table["f1"] <= table["f1_high"]).all()


def test_precision_by_rule_counts_each_rules_pairs_against_the_coders():
    coded = pd.DataFrame({"sentence_id": ["s1", "s2", "s3"], "blamed": ["council", "council;mayor", ""]})
    predictions = pd.DataFrame({
        "sentence_id": ["s1", "s1", "s2", "s3", "s3", "s2"],
        "group": ["council", "council", "mayor", "mayor", "council", "council"],
        "rule": ["harm", "harm", "harm", "continued", "continued", "continued"],
        "stance": ["writer", "writer", "writer", "writer", "writer", "reported"],
    })
    table = attribution_agreement.precision_by_rule(coded, predictions).set_index("rule")
    # harm: s1 council (twice, one pair) and s2 mayor, both coded; continued: two pairs on s3,
    # neither coded; a reported row is nobody's writer's blame
    assert table.loc["harm", ["pairs", "right", "precision"]].tolist() == [2, 2, 1.0]
    assert table.loc["continued", ["pairs", "right", "precision"]].tolist() == [2, 0, 0.0]
    assert list(table.index) == ["continued", "harm"]  # ties by name


def flags(values: list[bool]) -> pd.DataFrame:
    return pd.DataFrame({"blame": values}, index=[f"u{i}" for i in range(len(values))])


def test_perfect_agreement_has_an_interval_of_one_point():
    gold = flags([True, False, True, True] * 5)
    interval = bootstrap_interval(gold, gold, [f"p{i // 2}" for i in range(20)])
    assert set(interval.values()) == {1.0}


def test_bootstrap_interval_is_deterministic_and_holds_the_estimate():
    gold = flags([True, True, False, True, False, True, True, False] * 6)
    predicted = flags([True, False, False, True, True, True, False, False] * 6)
    clusters = [f"p{i // 4}" for i in range(48)]
    first = bootstrap_interval(gold, predicted, clusters)
    assert first == bootstrap_interval(gold, predicted, clusters)
    micro = label_agreement(gold, predicted, ["blame"]).set_index("label").loc["all (micro)"]
    for name in ("precision", "recall", "f1"):
        assert first[f"{name}_low"] < micro[name] < first[f"{name}_high"]


def test_sentences_of_one_paragraph_are_resampled_together():
    # the same 40 sentences: misses spread over paragraphs, or all in two paragraphs
    gold = flags([True] * 40)
    predicted = flags([i % 4 != 0 for i in range(40)])
    spread = bootstrap_interval(gold, predicted, [f"p{i // 4}" for i in range(40)])
    bunched = bootstrap_interval(gold, flags([False] * 10 + [True] * 30), [f"p{i // 4}" for i in range(40)])
    assert spread["recall_low"] == spread["recall_high"] == 0.75  # every paragraph misses one in four
    assert bunched["recall_high"] - bunched["recall_low"] > 0.2


def test_no_predicted_unit_leaves_precision_undefined():
    interval = bootstrap_interval(flags([True, False] * 4), flags([False] * 8), [f"p{i}" for i in range(8)])
    assert math.isnan(interval["precision_low"]) and interval["recall_high"] == 0.0


def _coded_set(folder, story: str, text: str, blamed: str) -> tuple:
    (folder / story).mkdir(parents=True)
    (folder / story / "actors.toml").write_text(
        'version = "1.0.0"\n[groups]\nagency = "the agency"\nother = "everyone else"\n'
        '[[actors]]\nid = "agency"\nname = "Agency"\ngroup = "agency"\nkind = "institution"\n'
        'aliases = ["the Agency"]\n', encoding="utf-8")
    file = folder / "coded.csv"
    file.write_text("story,passage_id,sentence_index,text,blamed,reported,case,hard_negative,note\n"
                    f'{story},p-a-p01,1,"{text}",{blamed},,plain,0,\n', encoding="utf-8")
    return folder, file


def test_pooled_sets_keep_apart_passages_two_coders_gave_the_same_id(tmp_path):
    first = _coded_set(tmp_path / "set_a", "alpha", "The Agency destroyed the files.", "agency")
    second = _coded_set(tmp_path / "set_b", "beta", "The Agency published the files.", "")
    coded, predictions = attribution_agreement.pooled_sets((first, second))
    assert list(coded["sentence_id"]) == ["set_a/p-a-p01:s01", "set_b/p-a-p01:s01"]
    assert list(coded["passage_id"]) == ["set_a/p-a-p01", "set_b/p-a-p01"]
    assert list(predictions["sentence_id"]) == ["set_a/p-a-p01:s01"]
    overall = attribution_agreement.heldout_by_story(coded, predictions).set_index("story").loc["all"]
    assert (overall["precision"], overall["recall"]) == (1.0, 1.0)


def _second_coding(path: Path, story: str, text: str, blamed: str, reported: str = "") -> Path:
    path.write_text("story,passage_id,sentence_index,text,blamed,reported,note\n"
                    f'{story},p-a-p01,1,"{text}",{blamed},{reported},\n', encoding="utf-8")
    return path


def test_between_coders_scores_the_second_coding_against_the_first_and_the_rules_against_each(tmp_path):
    text = "The Agency destroyed the files."
    folder, file = _coded_set(tmp_path / "set_a", "alpha", text, "agency")
    agreeing = _second_coding(tmp_path / "agreeing.csv", "alpha", text, "agency")
    dissenting = _second_coding(tmp_path / "dissenting.csv", "alpha", text, "", reported="agency")
    table = attribution_agreement.between_coders(((folder, file, agreeing),)).set_index("set")
    assert table.loc["set_a", ["sentences", "gold", "precision", "recall", "f1"]].tolist() == [1, 1, 1.0, 1.0, 1.0]
    assert table.loc["set_a", "rules_f1_first"] == table.loc["set_a", "rules_f1_second"] == 1.0
    table = attribution_agreement.between_coders(((folder, file, dissenting),)).set_index("set")
    assert table.loc["set_a", "recall"] == 0.0
    # the rules blame the Agency, as the first coder does and the second does not
    assert (table.loc["set_a", "rules_f1_first"], table.loc["set_a", "rules_f1_second"]) == (1.0, 0.0)


def test_a_second_coding_of_other_sentences_is_refused(tmp_path):
    folder, file = _coded_set(tmp_path / "set_a", "alpha", "The Agency destroyed the files.", "agency")
    other = _second_coding(tmp_path / "other.csv", "alpha", "The Agency kept the files.", "agency")
    with pytest.raises(ValueError, match="other.csv: its sentences differ"):
        attribution_agreement.between_coders(((folder, file, other),))
