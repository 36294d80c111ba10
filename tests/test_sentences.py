"""Sentence segmentation: the cases a careful reader checks, and a no-loss property."""

import csv
import json
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import load_corpus
from analysis.corpus import RawArticle, article_tables
from analysis.corpus.sentences import (
    MAX_SENTENCE_WORDS,
    SegmentationWarning,
    count_words,
    split_sentences,
)

DATA = Path(__file__).parent / "data"
GOLDEN_RULES = Path(__file__).parents[1] / "data" / "validation" / "segmentation_rules.jsonl"
MIN_GOLDEN_RULES_PASSED = 46


def texts(paragraph: str) -> list[str]:
    return [span.text for span in split_sentences(paragraph)]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The vote failed. Talks resume on Monday.", ["The vote failed.", "Talks resume on Monday."]),
        ("Mr. Lamb met Dr. Osei at noon. They agreed.", ["Mr. Lamb met Dr. Osei at noon.", "They agreed."]),
        ("Sanctions by the U.S. Treasury bite. Exports fell.",
         ["Sanctions by the U.S. Treasury bite.", "Exports fell."]),
        ("Aid came late from the U.S. The front moved.", ["Aid came late from the U.S.", "The front moved."]),
        ("Growth was 2.5 percent. Prices rose 3.1 percent.", ["Growth was 2.5 percent.", "Prices rose 3.1 percent."]),
        ("Harriet S. Truman spoke first. Others followed.", ["Harriet S. Truman spoke first.", "Others followed."]),
        ("It fell to -20°C. Pipes froze.", ["It fell to -20°C.", "Pipes froze."]),
        ("Would it last? Nobody knew!", ["Would it last?", "Nobody knew!"]),
    ],
)
def test_boundaries_a_careful_reader_accepts(paragraph, expected):
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The fund was sold to Harlow Inc. It closed within a year.",
         ["The fund was sold to Harlow Inc.", "It closed within a year."]),
        ("Shares of Harlow Inc. fell.", ["Shares of Harlow Inc. fell."]),
        ("The speech quoted Martin Luther King Jr. The hall stood.",
         ["The speech quoted Martin Luther King Jr.", "The hall stood."]),
        ("Tanks, shells, drones etc. The list grew.", ["Tanks, shells, drones etc.", "The list grew."]),
        ("Polls closed at 8 p.m. The count ran all night.",
         ["Polls closed at 8 p.m.", "The count ran all night."]),
        ("At 6 a.m. Gen. Syrsky briefed the cabinet.", ["At 6 a.m. Gen. Syrsky briefed the cabinet."]),
        ("Troops trained at Ft. Bragg before leaving.", ["Troops trained at Ft. Bragg before leaving."]),
        ("Snow closed Mt. Elbrus. Climbers turned back.", ["Snow closed Mt. Elbrus.", "Climbers turned back."]),
        ("The table is on p. 12 of the annex.", ["The table is on p. 12 of the annex."]),
        ("The answer was no. Talks ended.", ["The answer was no.", "Talks ended."]),
        ("The cat sat. Kyiv waited.", ["The cat sat.", "Kyiv waited."]),
        ("He trusted only his aide and I. Nobody else knew.",
         ["He trusted only his aide and I.", "Nobody else knew."]),
        ("Loans from the I.M.F. (International Monetary Fund) dried up. Kyiv borrowed elsewhere.",
         ["Loans from the I.M.F. (International Monetary Fund) dried up.", "Kyiv borrowed elsewhere."]),
        ("It was written by F. Scott Fitzgerald.", ["It was written by F. Scott Fitzgerald."]),
        ("The plan has three parts: 1) a ceasefire, 2) elections and 3) aid.",
         ["The plan has three parts: 1) a ceasefire, 2) elections and 3) aid."]),
    ],
)
def test_abbreviations_lists_and_initials_of_news_prose(paragraph, expected):
    assert texts(paragraph) == expected


def test_golden_rules_of_segmentation():
    """Our own 48 cases, one per category of pySBD's English golden rules (see the README)."""
    with open(GOLDEN_RULES, encoding="utf-8") as file:
        rules = [json.loads(line) for line in file]
    failed = [f"{rule['rule']} {rule['category']}: {texts(rule['text'])}"
              for rule in rules if texts(rule["text"]) != rule["sentences"]]
    assert len(rules) == 48
    assert len(rules) - len(failed) >= MIN_GOLDEN_RULES_PASSED, "\n".join(failed)


def test_quoted_passage_of_several_sentences_stays_whole():
    paragraph = "She said: “We will not sign. Not now, not ever.” The room went quiet."
    assert texts(paragraph) == ["She said: “We will not sign. Not now, not ever.”", "The room went quiet."]


def test_quotation_with_attribution_is_one_sentence():
    paragraph = "“They are paying for their own defeat,” noted the minister. Nobody replied."
    assert texts(paragraph) == ["“They are paying for their own defeat,” noted the minister.", "Nobody replied."]


def test_question_in_quotes_followed_by_attribution_is_one_sentence():
    paragraph = "“Who will pay for this?” asked the mayor of Lviv. The council had no answer."
    assert texts(paragraph) == ["“Who will pay for this?” asked the mayor of Lviv.", "The council had no answer."]


def test_parenthetical_with_inner_question_stays_whole():
    paragraph = "The fund stayed frozen. (The official reason? Legal risk.) Critics disagreed."
    assert texts(paragraph) == ["The fund stayed frozen.", "(The official reason? Legal risk.)", "Critics disagreed."]


def test_unbalanced_quote_does_not_swallow_the_paragraph():
    paragraph = "He called it “a trap. The talks went on. Nobody left."
    assert len(texts(paragraph)) == 3


def test_word_count_keeps_tokens_whole():
    assert count_words("The U.S. sent 30,000-35,000 well-known Putin’s aides.") == 7


SENTENCE_TEXT = st.text(alphabet=string.ascii_letters + string.digits + " .,!?;:'\"“”()-\u00a0",
                        min_size=0, max_size=300)


@settings(max_examples=300, deadline=None)
@given(SENTENCE_TEXT)
def test_segmentation_loses_and_invents_no_text(paragraph):
    spans = split_sentences(paragraph)
    for span in spans:
        assert paragraph[span.start:span.end] == span.text
        assert span.text == span.text.strip() and span.text
    covered = 0
    for span in spans:
        assert span.start >= covered and paragraph[covered:span.start].strip() == ""
        covered = span.end
    assert paragraph[covered:].strip() == ""
    assert "".join("".join(s.text.split()) for s in spans) == "".join(paragraph.split())
    # So a paragraph's words are its sentences' words (corpus.article_tables relies on it).
    assert count_words(paragraph) == sum(count_words(span.text) for span in spans)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["The talks stalled.", "Mr. Ruiz left early.", "Was it over?",
                                 "Aid from the U.S. Treasury slowed.", "Prices rose 2.5 percent.",
                                 "“It is over,” said the envoy."]), min_size=1, max_size=8))
def test_known_sentences_are_recovered_exactly(sentences):
    assert texts(" ".join(sentences)) == sentences


def test_bundled_columns_keep_their_sentences():
    """The seeds' sentences (ids, offsets, text) as they were before issue 13's rules: the
    validation sets in tests/data are keyed by these ids."""
    with open(DATA / "seed_sentences.csv", encoding="utf-8", newline="") as file:
        expected = [(row["sentence_id"], int(row["char_start"]), int(row["char_end"]), row["text"])
                    for row in csv.DictReader(file)]
    sentences = load_corpus().sentences
    actual = list(zip(sentences["sentence_id"], sentences["char_start"].astype(int),
                      sentences["char_end"].astype(int), sentences["text"]))
    assert len(expected) == 108
    assert actual == expected


def test_text_without_sentence_ends_is_cut_at_clauses_then_words():
    clause = "the talks went on and on " * 10 + "without end,"  # 61 words
    paragraph = " ".join([clause] * 8) + " " + "and on " * 300 + "until dawn."
    spans = split_sentences(paragraph)
    assert all(count_words(span.text) <= MAX_SENTENCE_WORDS for span in spans)
    assert [span.capped for span in spans] == [True] * (len(spans) - 1) + [False]
    assert spans[0].text.endswith("without end,")  # the last comma in reach, not word 200
    assert spans[-1].text.endswith("until dawn.")
    assert "".join(span.text.replace(" ", "") for span in spans) == paragraph.replace(" ", "")
    for span in spans:
        assert paragraph[span.start:span.end] == span.text


def test_ordinary_sentences_are_never_capped():
    paragraph = "The talks stalled, again. " * 300
    assert not any(span.capped for span in split_sentences(paragraph))


@settings(max_examples=300, deadline=None)
@given(SENTENCE_TEXT, st.integers(min_value=1, max_value=12))
def test_capped_segmentation_loses_and_invents_no_text(paragraph, max_words):
    spans = split_sentences(paragraph, max_words=max_words)
    covered = 0
    for span in spans:
        assert paragraph[span.start:span.end] == span.text and span.text == span.text.strip()
        assert span.start >= covered and paragraph[covered:span.start].strip() == ""
        assert len(span.text.split()) <= max_words
        covered = span.end
    assert paragraph[covered:].strip() == ""
    assert count_words(paragraph) == sum(count_words(span.text) for span in spans)


def test_cut_sentences_are_logged_and_warned_of_not_added_as_columns():
    article = RawArticle(article_id="a", author="X", date="2026-01-01", title="T",
                         source_path=Path("a.md"), paragraphs=["Short one.", "word " * 450])
    with pytest.warns(SegmentationWarning, match=r"a\.md: paragraph 2: 2 sentence break"):
        tables = article_tables(article, "a.md")
    assert [row["n_words"] for row in tables["sentences"]] == [2, 200, 200, 50]
    assert [row["sentence_id"] for row in tables["sentences"]] == ["a:p01:s001", "a:p02:s002",
                                                                   "a:p02:s003", "a:p02:s004"]
    [logged] = tables["removed"]
    assert logged["rule"] == "split_long_sentence" and logged["line_no"] == 0
