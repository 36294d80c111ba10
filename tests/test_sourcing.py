"""Sourcing: figures, hedges and boosters, questions, and the per-article measures."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from analysis._plumbing.matching import fold_case
from analysis.corpus import RawArticle, build_tables
from analysis.measures.sourcing import (
    _NUMBER,
    certainty_markers,
    find_numbers,
    has_figure_hint,
    rhetorical_questions,
    sourcing_measures,
)


def corpus_of(*paragraphs: str, author: str = "Ada Byrne", article_id: str = "a1"):
    raw = RawArticle(article_id=article_id, author=author, date="2026-03-01", title="t",
                     source_path=Path("a1.md"), paragraphs=list(paragraphs))
    return build_tables([raw], Path("."))


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
