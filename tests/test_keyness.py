"""Fightin' Words keyness (Monroe, Colaresi & Quinn 2008) and keyword in context."""

import math
from collections import Counter
from pathlib import Path

import pytest

from analysis.corpus import RawArticle, build_tables
from analysis.measures.keyness import keyness_table, kwic, kwic_terms, log_odds_z, term_counts, term_of, top_terms


def corpus_of(*articles: tuple[str, str]):
    raw = [RawArticle(article_id=f"a{i}", author=author, date="2026-03-01", title="t",
                      source_path=Path(f"a{i}.md"), paragraphs=[text])
           for i, (author, text) in enumerate(articles, start=1)]
    return build_tables(raw, Path("."))


def test_terms_are_lower_case_without_possessives_or_numbers():
    counts = term_counts(["Putin’s envoy met Europe's 27 leaders in the U.S. capital.", "PUTIN's 2 aides."])
    assert counts == Counter({"putin": 2, "envoy": 1, "met": 1, "europe": 1, "leaders": 1, "in": 1,
                              "the": 1, "u.s": 1, "capital": 1, "aides": 1})
    assert term_of("Kyiv’s") == "kyiv"


def test_z_scores_match_the_formula_on_a_hand_computed_example():
    # A: apple apple pear (3 words); B: pear plum plum (3 words); corpus n = 6.
    # Prior size a0 = 6, so every term's prior count is a_w = 6 * 2/6 = 2.
    corpus = corpus_of(("Ann", "Apple apple pear."), ("Bo", "Pear plum plum."))
    table = keyness_table(corpus.sentences, min_count=1, prior_size=6, stopwords=())
    # apple for Ann: delta = ln((2+2)/(3+6-2-2)) - ln((0+2)/(3+6-0-2)), var = 1/(2+2) + 1/(0+2)
    expected = (math.log(4 / 5) - math.log(2 / 7)) / math.sqrt(1 / 4 + 1 / 2)
    z = table.set_index(["author", "term"])["z"]
    assert z[("Ann", "apple")] == pytest.approx(expected, abs=1e-4)
    assert z[("Ann", "pear")] == 0
    assert z[("Ann", "plum")] == pytest.approx(-expected, abs=1e-4)
    assert z[("Bo", "plum")] == pytest.approx(expected, abs=1e-4)
    assert log_odds_z(2, 3, 0, 3, prior=2, prior_size=6) == pytest.approx(expected)


def test_table_order_counts_and_min_count():
    corpus = corpus_of(("Ann", "Apple apple pear."), ("Bo", "Pear plum plum kiwi."))
    table = keyness_table(corpus.sentences, min_count=2, prior_size=6, stopwords=())
    assert list(table.columns) == ["author", "term", "count", "z"]
    assert "kiwi" not in set(table["term"])  # used once in the corpus
    # Ann first (corpus order), then z descending; ties would fall back to the term.
    assert list(zip(table["author"], table["term"], table["count"])) == [
        ("Ann", "apple", 2), ("Ann", "pear", 1), ("Ann", "plum", 0),
        ("Bo", "plum", 2), ("Bo", "pear", 1), ("Bo", "apple", 0)]


def test_stopwords_count_towards_totals_but_are_not_listed():
    corpus = corpus_of(("Ann", "The apple and the pear."), ("Bo", "A plum and a pear."))
    listed = keyness_table(corpus.sentences, min_count=1)
    kept = keyness_table(corpus.sentences, min_count=1, stopwords=())
    assert not {"the", "and", "a"} & set(listed["term"])
    assert {"the", "and", "a"} <= set(kept["term"])
    merged = listed.merge(kept, on=["author", "term"], suffixes=("", "_kept"))
    assert (merged["z"] == merged["z_kept"]).all()


def test_top_terms_keeps_only_terms_beyond_the_threshold():
    corpus = corpus_of(("Ann", "Apple apple pear."), ("Bo", "Pear plum plum."))
    table = keyness_table(corpus.sentences, min_count=1, prior_size=6, stopwords=())
    assert list(top_terms(table, threshold=1.0)["term"]) == ["apple", "plum"]
    assert top_terms(table, threshold=1.96).empty


def test_kwic_shows_each_use_within_its_sentence():
    corpus = corpus_of(("Ann", "The old bridge at Kell was rebuilt twice. Bridges fail. "
                               "Kell’s mayor praised the bridge’s new design, and the bridge held."))
    table = kwic(corpus.sentences, "Bridge", window=2)
    assert list(table.columns) == ["sentence_id", "author", "left", "keyword", "right"]
    assert table[["left", "keyword", "right"]].values.tolist() == [
        ["The old", "bridge", "at Kell"],
        ["praised the", "bridge’s", "new design"],
        ["and the", "bridge", "held."],
    ]
    assert table["sentence_id"].tolist() == ["a1:p01:s001", "a1:p01:s003", "a1:p01:s003"]


def test_kwic_window_stops_at_the_sentence_edges_and_takes_one_word():
    corpus = corpus_of(("Ann", "Bridge first. Then the last bridge"))
    table = kwic(corpus.sentences, "bridge", window=5)
    assert table[["left", "right"]].values.tolist() == [["", "first."], ["Then the last", ""]]
    with pytest.raises(ValueError, match="one word"):
        kwic(corpus.sentences, "old bridge")


def test_one_writer_has_nobody_to_compare_against():
    corpus = corpus_of(("Ann", "Apple apple apple pear pear pear."))
    assert keyness_table(corpus.sentences, min_count=1).empty


def test_kwic_terms_stacks_terms_and_is_empty_for_none():
    corpus = corpus_of(("Ann", "Apple and pear."), ("Bo", "A pear."))
    assert kwic_terms(corpus.sentences, ["pear", "apple"])["keyword"].tolist() == ["pear", "pear", "Apple"]
    assert kwic_terms(corpus.sentences, []).empty


def test_a_term_that_is_the_whole_corpus_sets_no_writer_apart():
    # two writers who wrote nothing but "war" (a fuzzed corpus found the division by zero)
    corpus = corpus_of(("Ann", "War. War war."), ("Bo", "War war."))
    table = keyness_table(corpus.sentences, min_count=1)
    assert table.values.tolist() == [["Ann", "war", 3, 0.0], ["Bo", "war", 2, 0.0]]
