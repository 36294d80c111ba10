"""The README's findings table copies numbers from the notebooks; keep it in step."""

from analysis import load_corpus, stats, tone
from analysis._plumbing.paths import PROJECT_ROOT
from analysis.measures.actors import load_actors
from analysis.measures.blame import blame_matrix, blame_table

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_blame_numbers_in_the_readme_match_the_rules():
    corpus = load_corpus()
    matrix = blame_matrix(blame_table(corpus.sentences), corpus.sentences, list(load_actors().groups),
                          corpus.authors).set_index(["author", "group"])
    francis_europe = matrix.loc[("Diane Francis", "europe")]
    assert f"Europe ({int(francis_europe['sentences'])} sentences, {francis_europe['per_1k_words']:.1f} per 1,000 words)" in README
    assert matrix.loc[("Marc Champion", "europe"), "sentences"] == 0
    us = [int(matrix.loc[(writer, "us"), "sentences"]) for writer in ("Marc Champion", "Diane Francis")]
    assert f"US in {us[0]} sentences, Francis in {us[1]}" in README


def test_tone_and_sentence_length_numbers_in_the_readme_match_the_statistics():
    corpus = load_corpus()
    scored = tone.with_tone(corpus.sentences)
    row = stats.compare_writers(scored, ["compound"], "sentence", corpus.authors).iloc[0]
    assert f"−{abs(row['mean_a']):.2f} vs −{abs(row['mean_b']):.2f}, 95% CI of the difference " \
           f"−{abs(row['ci_low']):.2f} to {row['ci_high']:.2f}" in README
    lengths = stats.compare_writers(corpus.sentences, ["n_words"], "sentence", corpus.authors).iloc[0]
    assert f"{lengths['mean_a']:.1f} vs {lengths['mean_b']:.1f} words" in README
    assert f"{lengths['ci_low']:.1f} to {lengths['ci_high']:.1f}" in README
