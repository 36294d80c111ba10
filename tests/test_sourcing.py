"""Sourcing: quotations and speakers, named sources, figures, hedges and boosters, questions."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.corpus import RawArticle, build_tables
from analysis.matching import fold_case
from analysis.sourcing import (_NUMBER, attributions, certainty_markers, has_figure_hint,
                               direct_quotations, find_numbers, named_sources, quotes_table,
                               rhetorical_questions, sources_table,
                               sourcing_measures)


def corpus_of(*paragraphs: str, author: str = "Ada Byrne", article_id: str = "a1"):
    raw = RawArticle(article_id=article_id, author=author, date="2026-03-01", title="t",
                     source_path=Path("a1.md"), paragraphs=list(paragraphs))
    return build_tables([raw], Path("."))


def speakers(sentence: str) -> list[tuple[str, str, str]]:
    return [(kind, speaker.text, speaker.source) for kind, speaker, _ in attributions(sentence)]


# ---------------------------------------------------------------------------------------
# Quotations


@pytest.mark.parametrize("sentence, speaker, source", [
    # “…,” warned X (straight quotes)
    ('"The harbour will reopen within a month," warned director Ingrid Solberg.',
     "director Ingrid Solberg", "Ingrid Solberg"),
    # X said that “…”
    ("Mayor Tomas Brenner said that “the bridge tolls will pay for the clinic.”",
     "Mayor Tomas Brenner", "Tomas Brenner"),
    # “…,” pointed out X
    ("“We cannot wait for another winter,” pointed out Lena Varga.", "Lena Varga", "Lena Varga"),
    # “…,” X, appositive, said
    ("“Nobody here trusts the ceasefire,” Pavel Kirov, a fisherman from the delta, said.",
     "Pavel Kirov", "Pavel Kirov"),
    # according to X, “…”
    ("According to the Baltic Shipping Council, “freight rates doubled in a single week.”",
     "Baltic Shipping Council", "Baltic Shipping Council"),
    # X told reporters: “…”
    ("Later, envoy Rhea Stoll told reporters: “The text is not ready for signing.”",
     "envoy Rhea Stoll", "Rhea Stoll"),
    # a title is dropped from the source's name
    ("“We hold every village on the river,” said Gen. Anna Pryce.", "Gen. Anna Pryce", "Anna Pryce"),
    # a pronoun is not resolved
    ("“The grain is rotting in the silos,” he said.", "", ""),
    # no attribution in the sentence
    ("The banner read “no more empty promises from anyone” in red.", "", ""),
])
def test_quotation_speaker_by_attribution_pattern(sentence, speaker, source):
    # The attribution belongs to the quotation and is not listed again as reported speech.
    assert speakers(sentence) == [("direct", speaker, source)]


def test_scare_quotes_of_up_to_three_words_are_not_quotations():
    sentence = "He called the envoy a “mugger”, the plan a “smash and grab” and the talks “theatre”."
    assert direct_quotations(sentence) == []
    assert speakers(sentence) == []


def test_quotation_interrupted_by_its_attribution_gives_two_quotes_by_one_speaker():
    sentence = "“We will talk to anyone,” Ana Ruiz said, “but only after the guns fall silent.”"
    assert speakers(sentence) == [("direct", "Ana Ruiz", "Ana Ruiz")] * 2


def test_quotes_table_has_documented_columns_and_quote_text():
    corpus = corpus_of('"The harbour will reopen within a month," warned Ingrid Solberg. '
                       "It did not.")
    table = quotes_table(corpus.sentences)
    assert list(table.columns) == ["article_id", "author", "sentence_id", "speaker", "quote"]
    assert table.iloc[0].to_dict() == {
        "article_id": "a1", "author": "Ada Byrne", "sentence_id": "a1:p01:s001",
        "speaker": "Ingrid Solberg", "quote": "The harbour will reopen within a month"}


# ---------------------------------------------------------------------------------------
# Reported speech and named sources


@pytest.mark.parametrize("sentence, expected", [
    ("Economist Mara Quill said the blockade had halved exports.",
     [("reported", "Economist Mara Quill", "Mara Quill")]),
    ("The talks will fail, wrote historian Jonas Eke.",
     [("reported", "historian Jonas Eke", "Jonas Eke")]),
    ("Some analysts say the deal is fragile.", [("reported", "analysts", "")]),
    ("Shortly after, the Harbour Authority announced a new toll.",
     [("reported", "Harbour Authority", "Harbour Authority")]),
    ("According to a survey by the Delta Farmers Union, yields fell.",
     [("according_to", "Delta Farmers Union", "Delta Farmers Union")]),
    ("According to the survey, yields fell.", [("according_to", "the survey", "")]),
    ("He said the port was closed.", []),
    ("Russia’s claims are false.", []),
])
def test_reported_speech_and_according_to(sentence, expected):
    assert speakers(sentence) == expected


def test_named_sources_merge_a_surname_into_the_full_name():
    corpus = corpus_of("Ilona Marsh said the dam would hold. Marsh added that repairs were "
                       "underway. Officials said nothing. According to the Water Board, it held.")
    sources = sources_table(corpus.sentences)
    assert list(sources["kind"]) == ["reported", "reported", "reported", "according_to"]
    assert named_sources(sources) == ["Ilona Marsh", "Water Board"]


# ---------------------------------------------------------------------------------------
# Numbers, certainty markers, questions


def test_figures_count_once_and_dates_years_and_model_numbers_do_not():
    text = ("Exports fell 12% to $3.4 billion in 2025, from 40,000-45,000 tonnes on March 3; "
            "the F-16 arrived on 12/05 and hundreds of thousands fled, a million more stayed.")
    assert find_numbers(text) == ["12%", "$3.4 billion", "40,000-45,000",
                                  "hundreds of thousands", "a million"]


def test_figures_in_any_case_are_read_as_written():
    assert find_numbers("HUNDREDS OF THOUSANDS fled; 30 PER CENT stayed; 5°C, 5°c") == [
        "HUNDREDS OF THOUSANDS", "30 PER CENT", "5°C", "5°c"]


NUMBER_WORDS = ["hundreds", "Thousands", "tens", "of", "a", "few", "One", "several", "million",
                "BILLION", "trillion", "bn", "dozens", "percent", "per", "cent", "%", "$", "€",
                "5", "12,000", "3.5", "-", "to", "–", "°C", "seven", "hundred", "March", "2025"]


@given(st.lists(st.sampled_from(NUMBER_WORDS), max_size=8), st.sampled_from(["", " "]))
def test_every_figure_holds_a_digit_or_a_scale_word(tokens, separator):
    # find_numbers skips sentences without a hint of a figure; the hint must not miss one.
    text = separator.join(tokens) if separator else " ".join(tokens).replace(" - ", "-")
    folded = fold_case(text)
    if _NUMBER.search(folded):
        assert has_figure_hint(folded)


def test_certainty_markers_in_the_writers_voice_only():
    corpus = corpus_of(
        "The plan may fail, and it clearly lacks money. "
        "“This will certainly work in the end,” said Ida Holm, though it might not. "
        "In May the army could not advance. Military might is not enough. Perhaps."
    )
    markers = certainty_markers(corpus.sentences)
    assert list(markers.columns) == ["article_id", "author", "sentence_id", "kind", "category", "marker"]
    found = list(zip(markers["kind"], markers["category"], markers["marker"]))
    assert found == [("hedges", "modal", "may"), ("boosters", "adverb", "clearly"),
                     ("hedges", "modal", "might"), ("hedges", "adverb", "Perhaps")]


def test_rhetorical_questions_exclude_quoted_questions():
    corpus = corpus_of(
        "Who pays for this? “Why now, after all these years?” asked Ida Holm. The answer is plain.",
        "“Will the lights stay on this winter? Nobody in the village knows.",
        "And what then (if anything)?",
    )
    questions = rhetorical_questions(corpus.sentences, corpus.paragraphs)
    assert list(questions["text"]) == ["Who pays for this?", "And what then (if anything)?"]


def test_sourcing_measures_per_article():
    corpus = corpus_of(
        "Why would anyone sign? Prices rose 40% in a year, perhaps more, clearly a shock. "
        "“The shops are empty every single morning,” said economist Nils Berg.",
    )
    measures = sourcing_measures(corpus.articles, corpus.paragraphs, corpus.sentences)
    assert list(measures.columns) == ["article_id", "numbers_per_1k", "quotes_per_1k", "named_sources",
                                      "hedges_per_1k", "boosters_per_1k", "rhetorical_questions"]
    row = measures.iloc[0]
    per_1k = round(1000 / corpus.articles["n_words"].iloc[0], 2)
    assert row["numbers_per_1k"] == row["quotes_per_1k"] == per_1k
    assert row["hedges_per_1k"] == row["boosters_per_1k"] == per_1k
    assert (row["named_sources"], row["rhetorical_questions"]) == (1, 1)
