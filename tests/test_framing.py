"""Generic news frames: term matching, the dictionary, scores, profiles and agreement."""

import re
import textwrap
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import load_corpus
from analysis._plumbing.matching import compile_terms, fold_case, original
from analysis.corpus import RawArticle, build_tables
from analysis.measures.framing import (
    FRAMES,
    FrameDictionary,
    Indicator,
    dictionary_table,
    frame_agreement,
    frame_flow,
    frame_patterns,
    frame_profile,
    frames_table,
    load_frame_dictionary,
    load_frame_gold,
)

# Question numbers per frame in docs/codebooks/frames.md.
CODEBOOK_QUESTIONS = {"responsibility": 5, "human_interest": 5, "conflict": 4, "morality": 3,
                      "economic": 3}


def corpus_of(*articles: tuple[str, str, list[str]]):
    raw = [RawArticle(article_id=article_id, author=author, date="2026-03-01", title="t",
                      source_path=Path(f"{article_id}.md"), paragraphs=paragraphs)
           for article_id, author, paragraphs in articles]
    return build_tables(raw, Path("."))


def matched(terms: list[str], text: str) -> list[str]:
    return [original(text, m) for m in compile_terms(terms).finditer(fold_case(text))]


# ---------------------------------------------------------------------------------------
# Matching rules (documented in analysis/data/frames.toml)


def test_terms_match_whole_words_case_insensitively():
    assert matched(["war"], "An award for the War Office, and an anti-war march.") == ["War", "war"]


def test_trailing_star_matches_inflections_only_from_its_prefix():
    text = "Sanctions bite; the sanctioned banks lose a sanctuary."
    assert matched(["sanction*"], text) == ["Sanctions", "sanctioned"]


def test_possessive_may_follow_but_other_apostrophe_endings_may_not():
    assert matched(["children"], "The children’s ward and the children's school.") == ["children", "children"]
    assert matched(["won"], "They won; they won't stop; they won’t either.") == ["won"]


def test_phrases_span_any_white_space_and_the_longest_term_wins():
    assert matched(["at odds", "odds"], "The allies are at  odds, whatever the odds.") == ["at  odds", "odds"]


def test_curly_and_straight_apostrophes_are_the_same():
    assert matched(["shouldn't"], "We shouldn’t wait.") == ["shouldn’t"]


@pytest.mark.parametrize("bad", ["Capital", "two  spaces", "mid*dle", "", "semi;colon"])
def test_malformed_terms_are_refused(bad):
    with pytest.raises(ValueError, match="malformed term"):
        compile_terms([bad])


# ---------------------------------------------------------------------------------------
# The dictionary


def test_bundled_dictionary_covers_the_five_frames_with_codebook_questions():
    dictionary = load_frame_dictionary()
    assert dictionary.frames == list(FRAMES)
    assert dictionary.version
    for group in dictionary.indicators:
        assert group.questions, f"{group.frame}: indicator group without codebook questions"
        assert all(1 <= q <= CODEBOOK_QUESTIONS[group.frame] for q in group.questions)
    table = dictionary_table(dictionary)
    assert list(table.columns) == ["frame", "questions", "note", "terms"]
    assert set(table["frame"]) == set(FRAMES)


def test_dictionary_problems_name_the_file(tmp_path):
    path = tmp_path / "frames.toml"
    path.write_text('[frames.economic]\nlabel = "Economic"\n[[frames.economic.indicators]]\n'
                    'questions = [1]\nterms = []\n', encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(str(path)) + ".*no terms"):
        load_frame_dictionary(path)
    path.write_text('[frames.economic]\n[[frames.economic.indicators]]\nterms = ["Cost"]\n',
                    encoding="utf-8")
    with pytest.raises(ValueError, match="malformed term 'Cost'"):
        load_frame_dictionary(path)


# ---------------------------------------------------------------------------------------
# Scores


def small_dictionary(tmp_path):
    path = tmp_path / "frames.toml"
    path.write_text(textwrap.dedent("""
        version = "test"
        [frames.economic]
        [[frames.economic.indicators]]
        questions = [2]
        terms = ["cost*", "budget"]
        [frames.conflict]
        [[frames.conflict.indicators]]
        questions = [1]
        terms = ["rift", "at odds"]
    """), encoding="utf-8")
    return load_frame_dictionary(path)


def test_frames_table_scores_every_paragraph_on_every_frame(tmp_path):
    corpus = corpus_of(("a1", "Ada Byrne", [
        "The repairs will cost more than the budget allows, and costs keep rising.",
        "Nothing here but weather.",
    ]))
    table = frames_table(corpus.paragraphs, small_dictionary(tmp_path))
    assert list(table.columns) == ["article_id", "author", "paragraph_id", "frame", "score", "hits"]
    assert len(table) == 2 * 2  # zeros included
    first = table[table["paragraph_id"] == "a1:p01"].set_index("frame")
    assert first.loc["economic", "score"] == 3
    assert first.loc["economic", "hits"] == "cost; budget; costs"
    assert first.loc["conflict", "score"] == 0 and first.loc["conflict", "hits"] == ""
    assert table[table["paragraph_id"] == "a1:p02"]["score"].sum() == 0


def test_bundled_dictionary_finds_frame_vocabulary_in_a_written_paragraph():
    corpus = corpus_of(("a1", "Ada Byrne", [
        "Sanctions have drained the treasury, yet the two governments remain at odds over who "
        "must pay to rebuild the dam. Families downstream have lost their homes twice, and it "
        "would be shameful to abandon them.",
    ]))
    scores = frames_table(corpus.paragraphs).set_index("frame")
    assert scores.loc["economic", "hits"] == "Sanctions; pay; rebuild"
    assert "at odds" in scores.loc["conflict", "hits"]
    assert "must" in scores.loc["responsibility", "hits"]
    assert scores.loc["human_interest", "hits"] == "Families; homes"
    assert scores.loc["morality", "hits"] == "shameful; abandon"


def test_profile_rates_and_shares_are_per_writer(tmp_path):
    corpus = corpus_of(
        ("a1", "Ada Byrne", ["Costs rose.", "A rift opened over the budget and its costs."]),
        ("b1", "Ben Ortiz", ["Calm seas today."]),
    )
    frames = frames_table(corpus.paragraphs, small_dictionary(tmp_path))
    profile = frame_profile(frames, corpus.paragraphs).set_index(["author", "frame"])
    ada = profile.loc[("Ada Byrne", "economic")]
    # 3 matches in 2 + 9 = 11 words; both paragraphs have one.
    assert (ada["matches"], ada["n_words"], ada["per_1k"]) == (3, 11, round(3000 / 11, 2))
    assert ada["share_of_paragraphs"] == 1.0
    assert profile.loc[("Ada Byrne", "conflict"), "share_of_paragraphs"] == 0.5
    assert profile.loc[("Ben Ortiz", "economic"), "matches"] == 0
    assert list(dict.fromkeys(profile.index.get_level_values(0))) == ["Ada Byrne", "Ben Ortiz"]


def test_flow_places_paragraphs_by_position_in_their_article(tmp_path):
    corpus = corpus_of(("a1", "Ada Byrne", ["Costs.", "Calm.", "A rift.", "Calm."]))
    flow = frame_flow(frames_table(corpus.paragraphs, small_dictionary(tmp_path)), corpus.paragraphs)
    economic = flow[flow["frame"] == "economic"]
    assert economic["position"].tolist() == [0.125, 0.375, 0.625, 0.875]
    assert economic["score"].tolist() == [1, 0, 0, 0]


# ---------------------------------------------------------------------------------------
# Agreement with hand coding


def test_agreement_uses_presence_at_score_one(tmp_path):
    corpus = corpus_of(("a1", "Ada Byrne", ["Costs.", "A rift.", "Calm."]))
    frames = frames_table(corpus.paragraphs, small_dictionary(tmp_path))
    gold = pd.DataFrame({"economic": [True, True, False], "conflict": [False, True, False]},
                        index=["a1:p01", "a1:p02", "a1:p03"])
    table = frame_agreement(frames, gold).set_index("label")
    assert table.loc["economic", "precision"] == 1.0 and table.loc["economic", "recall"] == 0.5
    assert table.loc["conflict", "f1"] == 1.0
    assert table.loc["all (micro)", "true_pos"] == 2


def test_agreement_with_another_corpus_is_empty_not_wrong(tmp_path):
    corpus = corpus_of(("a1", "Ada Byrne", ["Costs."]))
    frames = frames_table(corpus.paragraphs, small_dictionary(tmp_path))
    assert frame_agreement(frames, load_frame_gold()).empty


def test_dictionary_agrees_with_the_hand_coded_paragraphs():
    # Measured with dictionary 1.1.0: micro-F1 0.80, kappa 0.60 (first pass, 1.0.0: 0.69).
    corpus = load_corpus()
    table = frame_agreement(frames_table(corpus.paragraphs), load_frame_gold()).set_index("label")
    assert table.loc["all (micro)", "n_units"] == 5 * 29
    assert table.loc["all (micro)", "f1"] >= 0.75


# Frames whose terms overlap on purpose: the same term in two frames, a term inside another's
# phrase, hyphenated and possessive words, wildcards.
OVERLAPPING = FrameDictionary("test", {"a": "A", "b": "B", "c": "C"}, (
    Indicator("a", (1,), "", ("war", "peace talks", "anti-war", "cost*")),
    Indicator("b", (1,), "", ("war", "talks", "war crimes", "talk*")),
    Indicator("c", (1,), "", ("crimes", "peace", "costly war", "children's")),
))
WORDS = ["war", "War", "peace", "talks", "talking", "anti-war", "war-crimes", "crimes", "costly",
         "costs", "children’s", "children's", "the", "award", "talk", "peace-talks"]


@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "  ", ", ", "-"]))
def test_one_pass_over_a_paragraph_finds_what_each_frame_finds_alone(words, separator):
    patterns = frame_patterns(OVERLAPPING)
    folded = fold_case(separator.join(words))
    assert patterns.spans(folded) == {frame: [m.span() for m in pattern.finditer(folded)]
                                      for frame, pattern in patterns.by_name.items()}


def test_one_pass_agrees_with_each_frame_alone_on_every_seed_paragraph():
    patterns = frame_patterns()
    for text in load_corpus().paragraphs["text"]:
        folded = fold_case(text)
        assert patterns.spans(folded) == {frame: [m.span() for m in pattern.finditer(folded)]
                                          for frame, pattern in patterns.by_name.items()}
