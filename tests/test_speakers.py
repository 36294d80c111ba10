"""Quotations and their speakers from the parse (docs/codebooks/sourcing.md)."""

from pathlib import Path

import pytest

from analysis import load_corpus
from analysis.corpus import RawArticle, build_tables
from analysis.measures.speakers import QUOTE_COLUMNS, named_sources, quotes_table


def corpus_of(*paragraphs: str):
    raw = RawArticle(article_id="a1", author="Ada Byrne", date="2026-03-01", title="t",
                     source_path=Path("a1.md"), paragraphs=list(paragraphs))
    return build_tables([raw], Path("."))


def quotes(*paragraphs: str) -> list[tuple[str, str, str]]:
    table = quotes_table(corpus_of(*paragraphs).sentences)
    return list(zip(table["kind"], table["speaker"], table["source"]))


@pytest.mark.parametrize("sentence, speaker, source", [
    ('"The harbour will reopen within a month," warned director Ingrid Solberg.',
     "director Ingrid Solberg", "Ingrid Solberg"),
    ("Mayor Tomas Brenner said that “the bridge tolls will pay for the clinic.”",
     "Mayor Tomas Brenner", "Tomas Brenner"),
    ("“We cannot wait for another winter,” pointed out Lena Varga.", "Lena Varga", "Lena Varga"),
    ("“Nobody here trusts the ceasefire,” Pavel Kirov, a fisherman from the delta, said.",
     "Pavel Kirov", "Pavel Kirov"),
    ("According to the Baltic Shipping Council, “freight rates doubled in a single week.”",
     "the Baltic Shipping Council", "Baltic Shipping Council"),
    ("Later, envoy Rhea Stoll told reporters: “The text is not ready for signing.”",
     "envoy Rhea Stoll", "Rhea Stoll"),
    ("“We hold every village on the river,” said Gen. Anna Pryce.", "Gen. Anna Pryce", "Anna Pryce"),
    ("“I absolutely do.”", "", ""),
])
def test_direct_quotation_speaker(sentence, speaker, source):
    assert quotes(sentence) == [("direct", speaker, source)]


def test_scare_quotes_and_titles_are_not_quotations():
    assert quotes("He called the envoy a “mugger”, the plan a “smash and grab” and the talks “theatre”.") == []
    assert quotes("She watched the film “Winter on Fire” twice.") == []


def test_a_quoted_word_inside_reported_speech_belongs_to_that_speech():
    assert quotes("The mayor said there would be no “breakthrough” before May.") == [
        ("indirect", "The mayor", "")]


def test_interrupted_quotation_gives_two_quotes_by_one_speaker():
    sentence = "“We will talk to anyone,” Ana Ruiz said, “but only after the guns fall silent.”"
    assert quotes(sentence) == [("direct", "Ana Ruiz", "Ana Ruiz")] * 2


def test_pronoun_speaker_is_resolved_within_the_paragraph():
    assert quotes("Ilona Marsh spoke first. Then she stated bluntly: “The dam will not hold.”") == [
        ("direct", "Ilona Marsh", "")]


def test_a_pronoun_earlier_in_the_sentence_refers_to_its_subject():
    found = quotes("When the new minister, Ilona Marsh, set her goals, she said that “the dam comes first.”")
    assert found == [("direct", "Ilona Marsh", "")]


def test_an_unattributed_quotation_continues_the_previous_speaker():
    found = quotes("“The river is rising,” said Ilona Marsh. “We have two days at most.”")
    assert found == [("direct", "Ilona Marsh", "Ilona Marsh")] * 2


@pytest.mark.parametrize("sentence, expected", [
    ("Economist Mara Quill said the blockade had halved exports.",
     [("indirect", "Economist Mara Quill", "Mara Quill")]),
    ("The talks will fail, wrote historian Jonas Eke.", [("indirect", "historian Jonas Eke", "Jonas Eke")]),
    ("Some analysts say the deal is fragile.", [("indirect", "Some analysts", "")]),
    ("According to a survey by the Delta Farmers Union, yields fell.",
     [("indirect", "the Delta Farmers Union", "Delta Farmers Union")]),
    ("Russia’s claims are false.", []),
])
def test_indirect_speech(sentence, expected):
    assert quotes(sentence) == expected


def test_quotes_table_columns_offsets_and_actor_group():
    sentence = "“Moscow will not stop,” Zelensky said."
    table = quotes_table(corpus_of(sentence).sentences)
    assert list(table.columns) == QUOTE_COLUMNS
    row = table.iloc[0]
    assert (row["speaker"], row["speaker_group"], row["quote"]) == ("Zelensky", "ukraine", "Moscow will not stop")
    assert sentence[row["quote_start"]:row["quote_end"]].startswith("Moscow will not stop")


def test_named_sources_merge_a_surname_into_the_full_name():
    table = quotes_table(corpus_of("Ilona Marsh said the dam would hold. Marsh added that repairs were "
                                   "underway. According to the Water Board, it held.").sentences)
    assert named_sources(table) == ["Ilona Marsh", "Water Board"]


def test_every_direct_quotation_of_the_bundled_columns_has_a_speaker():
    table = quotes_table(load_corpus().sentences)
    direct = table[table["kind"] == "direct"]
    assert len(direct) >= 5
    assert (direct["speaker"] != "").all(), direct.loc[direct["speaker"] == "", "quote"].tolist()


def test_a_quoted_sentence_split_by_its_attribution_is_two_parts_with_one_speaker():
    assert quotes("“The ferry,” said Lena Varga, “is our only lifeline.”") == [
        ("direct", "Lena Varga", "Lena Varga"), ("direct", "Lena Varga", "Lena Varga")]


def test_a_clause_a_verb_of_saying_is_set_in_is_indirect_speech():
    table = quotes_table(corpus_of("The ferry, Lena Varga said, will never return.").sentences)
    assert table[["kind", "speaker"]].values.tolist() == [["indirect", "Lena Varga"]]
    assert table["quote"].iloc[0].startswith("The ferry") and table["quote"].iloc[0].endswith("return")


def test_a_whole_sentence_in_quotation_marks_continues_the_speaker():
    assert quotes("Lena Varga has fished here for forty years. “We were never asked,” she said. "
                  "“Not once.”") == [("direct", "Lena Varga", "")] * 2


def test_a_statement_issued_has_its_issuer_as_speaker():
    assert quotes("The Baltic Shipping Council issued a statement: “Freight rates will fall.”") == [
        ("direct", "The Baltic Shipping Council", "Baltic Shipping Council")]
