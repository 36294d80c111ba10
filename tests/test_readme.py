"""The README's findings table and the validation figures in docs/ copy numbers from the
notebooks; keep them in step."""

from analysis import load_corpus, stats, tone
from analysis._plumbing.paths import PROJECT_ROOT
from analysis.comparison import attribution_agreement as agreement
from analysis.measures.actors import load_actors
from analysis.measures.blame import blame_matrix, blame_table

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
ATTRIBUTION = (PROJECT_ROOT / "docs" / "attribution.md").read_text(encoding="utf-8")
METHODS = (PROJECT_ROOT / "docs" / "methods.md").read_text(encoding="utf-8")


def test_blame_numbers_in_the_readme_match_the_measure():
    corpus = load_corpus()
    matrix = blame_matrix(blame_table(corpus.sentences), corpus.sentences, list(load_actors().groups),
                          corpus.authors).set_index(["author", "group"])
    europe = matrix.loc[("Diane Francis", "europe")]
    assert f"Europe ({int(europe['sentences'])} sentences, {europe['per_1k_words']:.1f} per 1,000 words)" in README
    assert matrix.loc[("Marc Champion", "europe"), "sentences"] == 0
    us = [int(matrix.loc[(writer, "us"), "sentences"]) for writer in ("Marc Champion", "Diane Francis")]
    assert f"US in {us[0]} sentences, Francis in {us[1]}" in README


def test_validation_numbers_in_the_readme_and_docs_match_the_notebook():
    corpus = load_corpus()
    development = agreement.agreement(corpus.sentences, agreement.load_gold()).set_index("label")
    micro = development.loc["all (micro)"]
    assert f"precision {micro['precision']:.2f} and recall {micro['recall']:.2f} on these columns" in README
    row = f"| writer's blame | {micro['precision']:.2f} | {micro['recall']:.2f} | {micro['f1']:.2f} |"
    assert row in ATTRIBUTION
    heldout = agreement.load_heldout()
    predictions = agreement.heldout_predictions(heldout)
    held = agreement.heldout_agreement(heldout, predictions).set_index("label").loc["all (micro)"]
    held_interval = agreement.heldout_interval(heldout, predictions)
    held_span = f"{held_interval['f1_low']:.2f}–{held_interval['f1_high']:.2f}"
    assert f"F1 {held['f1']:.2f} on held-out stories written case by case (95% interval {held_span})" in README
    assert f"F1 {held['f1']:.2f} ({held_span})" in METHODS
    development_interval = agreement.agreement_interval(corpus.sentences, agreement.load_gold())
    development_span = f"{development_interval['f1_low']:.2f}–{development_interval['f1_high']:.2f}"
    assert f"F1 {micro['f1']:.2f} (95%\ninterval {development_span})" in METHODS
    assert f"| {micro['f1']:.2f} | {development_span} |" in ATTRIBUTION
    assert f"| {held['f1']:.2f} | {held_span} |" in ATTRIBUTION
    assert f"| writer's blame | {held['precision']:.2f} | {held['recall']:.2f} | {held['f1']:.2f} |" in ATTRIBUTION
    assert f"F1 {held['f1']:.3f}, shown rounded" in ATTRIBUTION
    columns = agreement.load_heldout(agreement.COLUMNS_FILE)
    set_3 = agreement.heldout_by_story(columns, agreement.heldout_predictions(columns, agreement.COLUMNS_DIR))
    set_3_all = set_3.set_index("story").loc["all"]
    scores = f"{set_3_all['precision']:.2f} | {set_3_all['recall']:.2f} | {set_3_all['f1']:.2f}"
    assert f"| writer's blame | {scores} | {set_3_all['f1_low']:.2f}–{set_3_all['f1_high']:.2f} |" in ATTRIBUTION
    column_sets = agreement.heldout_columns()
    overall = agreement.heldout_by_story(*column_sets).set_index("story").loc["all"]
    column_span = f"{overall['f1_low']:.2f}–{overall['f1_high']:.2f}"
    assert (f"only {overall['f1']:.2f} (recall {overall['recall']:.2f}; interval {column_span}) on held-out "
            "stories written as opinion") in README
    scores = f"{overall['precision']:.2f} | {overall['recall']:.2f} | {overall['f1']:.2f}"
    assert (f"sets 3 to 27 pooled, {overall['sentences']:.0f} sentences | held out | writer's blame | {scores} | "
            f"{column_span} |") in ATTRIBUTION
    assert f"F1 {overall['f1']:.2f} ({column_span})" in METHODS
    by_rule = agreement.precision_by_rule(*column_sets).set_index("rule")
    for rule in ("question", "counterfactual", "explicit", "harm", "inaction", "shared", "characterisation",
                 "continued", "finding"):
        assert f"`{rule}` {by_rule.loc[rule, 'right']} of {by_rule.loc[rule, 'pairs']}" in ATTRIBUTION
    hard = agreement.false_blame_on_hard_negatives(heldout, predictions)
    assert f"the rules blame someone in {hard['blamed']}" in ATTRIBUTION
    assert f"{hard['blamed']} of {hard['n']} hard negatives falsely blamed" in METHODS


def test_tone_and_sentence_length_numbers_in_the_readme_match_the_statistics():
    corpus = load_corpus()
    scored = tone.with_tone(corpus.sentences)
    row = stats.compare_writers(scored, ["compound"], "sentence", corpus.authors).iloc[0]
    assert f"−{abs(row['mean_a']):.2f} vs −{abs(row['mean_b']):.2f}, 95% CI of the difference " \
           f"−{abs(row['ci_low']):.2f} to {row['ci_high']:.2f}" in README
    lengths = stats.compare_writers(corpus.sentences, ["n_words"], "sentence", corpus.authors).iloc[0]
    assert f"{lengths['mean_a']:.1f} vs {lengths['mean_b']:.1f} words" in README
    assert f"{lengths['ci_low']:.1f} to {lengths['ci_high']:.1f}" in README
