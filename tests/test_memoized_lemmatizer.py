"""The memoized lemmatizer sets exactly the lemmas spaCy's stock lemmatizer sets, and the
parse's per-token memory answers as the question itself would.

Real text: the bundled seeds' sentences and every validation passage (development, held-out
and training), parsed by the stock pipeline and by ``parsing.parse``: every lemma the same.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import spacy

from analysis import load_corpus
from analysis.measures import memoized_lemmatizer, parsing
from analysis.measures.memoized_lemmatizer import FACTORY, MemoizedLemmatizer, replace_lemmatizer

ROOT = Path(__file__).resolve().parents[1]
VALIDATION = ROOT / "data" / "validation"
# Lemmas of every kind: base forms (which the stock cache leaves out), inflections, a lemma the
# attribute ruler sets ("n't" -> "not"), proper nouns, typographic apostrophes, numbers.
OWN_SENTENCES = [
    "The ministers didn't answer; she's been saying the councils were wrong.",
    "Mayor Ilse Brandt’s aides hid 4,000 letters and ignored the best advice.",
    "Running faster, the wolves ran and the mice were caught.",
    "He'd have gone, but they're better at it than we are.",
]


@pytest.fixture(scope="module")
def stock():
    nlp = spacy.load(parsing.pipeline_package(), disable=["ner"])
    parsing.keep_prefixed_hyphens(nlp)
    return nlp


def _validation_texts() -> list[str]:
    texts = []
    for table in sorted(VALIDATION.rglob("*.csv")):
        frame = pd.read_csv(table, dtype=str, keep_default_na=False)
        if "text" in frame.columns:
            texts += frame["text"].tolist()
    return texts


def _lemmas(docs) -> list[list[str]]:
    return [[token.lemma_ for token in doc] for doc in docs]


def test_the_pipeline_uses_the_memoized_lemmatizer():
    assert FACTORY in parsing.english().pipe_names
    assert "lemmatizer" not in parsing.english().pipe_names


def test_every_lemma_is_the_stock_lemmatizers(stock):
    texts = load_corpus().sentences["text"].tolist() + _validation_texts() + OWN_SENTENCES
    assert len(texts) > 3000
    straight = [text.replace(parsing.TYPOGRAPHIC_APOSTROPHE, "'") for text in texts]
    assert _lemmas(parsing.parse(texts)) == _lemmas(stock.pipe(straight))


def test_a_lemma_the_attribute_ruler_set_is_kept(stock):
    doc = next(parsing.parse(["They didn't answer."]))
    assert [token.lemma_ for token in doc] == ["they", "do", "not", "answer", "."]


def test_lemmas_stay_right_when_the_memory_is_full(monkeypatch, stock):
    monkeypatch.setattr(memoized_lemmatizer, "MEMORY", 3)
    memoized = MemoizedLemmatizer(stock.get_pipe("lemmatizer"))
    with stock.select_pipes(disable=["lemmatizer"]):
        docs = list(stock.pipe(OWN_SENTENCES))
    expected = _lemmas(stock.pipe(OWN_SENTENCES))
    assert _lemmas(memoized(doc) for doc in docs) == expected
    assert len(memoized._lemmas) <= 3


def test_a_component_that_is_not_spacys_lemmatizer_is_left_in_place():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", name="lemmatizer")
    assert replace_lemmatizer(nlp) is False
    assert nlp.pipe_names == ["lemmatizer"]


def test_a_question_per_token_is_answered_once_per_token_of_each_document():
    asked = []

    @parsing.per_token
    def first_letter(token):
        asked.append(token.i)
        return token.text[0]

    one, two = parsing.parse(["The council waited.", "Mayors act."])
    assert [first_letter(token) for token in one] * 2 == ["T", "c", "w", "."] * 2
    assert asked == [0, 1, 2, 3]
    assert [first_letter(token) for token in two] == ["M", "a", "."]
    assert asked == [0, 1, 2, 3, 0, 1, 2]


def test_the_listed_tokens_are_the_documents_in_order_and_listed_once():
    doc = next(parsing.parse(["Nobody at the ministry asked."]))
    listed = parsing.tokens(doc)
    assert [token.i for token in listed] == list(range(len(doc)))
    assert [token.text for token in listed] == [token.text for token in doc]
    assert parsing.tokens(doc) is listed
