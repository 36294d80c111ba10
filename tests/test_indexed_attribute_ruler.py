"""The indexed attribute ruler sets exactly what spaCy's stock attribute ruler sets.

* Real text: every sentence and paragraph of the bundled seeds, the harbour test corpus, a
  synthetic corpus (its paragraphs are the seeds' as received, so it adds their odd spacing
  only), the development and held-out validation passages, and sentences written to reach the
  rare patterns, parsed by the stock pipeline and by ``parsing.parse``: every token the same.
* Documents built from the patterns themselves, with tags, labels and words each pattern asks
  for and unset values among them ('' is what an unset tag or label reads as): both rulers
  give every token the same attributes, and every pattern matches somewhere. This reaches what
  the tagger never produces, such as a word tagged as white space.
* A pattern the index does not support makes it refuse, and ``parsing.english`` keeps the
  stock ruler.
"""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

import pandas as pd
import pytest
import spacy
from spacy.tokens import Doc

from analysis import load_corpus
from analysis.corpus.synthetic import write_synthetic_corpus
from analysis.measures import parsing
from analysis.measures.indexed_attribute_ruler import FACTORY, IndexedAttributeRuler, compile_rules

ROOT = Path(__file__).resolve().parents[1]
HARBOUR_ARTICLES = ROOT / "tests" / "corpora" / "harbour" / "articles"
PASSAGES = (ROOT / "data" / "validation" / "blame_passages.csv",
            ROOT / "data" / "validation" / "heldout" / "blame_heldout.csv")
# Each reaches a multi-token, REGEX, DEP-keyed or white-space pattern of en_core_web_sm 3.8
# (checked below against the loaded patterns, so a new pattern without a sentence fails).
OWN_SENTENCES = [
    "They ain't here.", "We're gonna win, and you gotta see it.", "C'mon, there is time.",
    "Let's go, y'all.",
    "Nothin' doin', said the ol' man; we're goin' nowhere and somethin' tells me 'em folks had 'nuff.",
    "It  is\nwhat it is.\n\nI gave it to you.", "I think you saw it, and it saw me.",
    "There are two reasons, and there was one more.",
    "He did it because he had to, and she does what she has.", "He is but a boy.",
    "They saw I and him.", "It hit i on the head.", "The council  met.  Then   it left.",
    "That is what those were.", "He has been waiting, but it was being built.",
    "You'll see them; I'd go.\n", "Tab\there\tand\tthere.", "A \n\u00a0x B", "x \u2028 y",
]
# Words a REGEX of the patterns may be after; each is used where a pattern's regex finds it.
REGEX_WORDS = ["nothin'", "nuthin'", "y'", "y", "n't", "nt", "n'", "t"]
SPACES = [" ", "\n", "\n\n", "\t", " \n ", "\u00a0"]


@pytest.fixture(scope="module")
def stock():
    nlp = spacy.load(parsing.pipeline_package(), disable=["ner"])
    parsing.keep_prefixed_hyphens(nlp)  # the same tokens, so that only the ruler differs
    return nlp


def annotations(doc: Doc) -> list[tuple]:
    return [(token.text, token.pos_, token.tag_, token.dep_, token.head.i, token.lemma_,
             str(token.morph)) for token in doc]


def rare(entry: dict) -> bool:
    """Whether a rule has a longer pattern, a REGEX, a DEP key, or asks for white space."""
    return any(len(tokens) > 1 or any(
        key.upper() == "DEP" or (key.upper() == "IS_SPACE" and value is True)
        or (isinstance(value, dict) and "REGEX" in value) for spec in tokens for key, value in spec.items())
        for tokens in entry["patterns"])


def real_texts(folder: Path) -> list[str]:
    write_synthetic_corpus(folder, 30, seed=0)
    texts = []
    for corpus in (load_corpus(), load_corpus([HARBOUR_ARTICLES]), load_corpus([folder])):
        texts += corpus.sentences["text"].tolist() + corpus.paragraphs["text"].tolist()
    for path in PASSAGES:
        texts += pd.read_csv(path, dtype=str, keep_default_na=False)["text"].tolist()
    return list(dict.fromkeys(texts + OWN_SENTENCES))


def test_the_pipeline_runs_the_indexed_ruler_where_the_stock_one_was(stock):
    names = parsing.english().pipe_names
    assert "attribute_ruler" not in names
    assert names.index(FACTORY) == stock.pipe_names.index("attribute_ruler")


def test_every_token_of_every_text_parses_as_with_the_stock_pipeline(stock, tmp_path):
    texts = real_texts(tmp_path / "synthetic")
    # the pipeline itself, not parse(), which also reads typographic apostrophes as straight ones
    ours = [annotations(doc) for doc in parsing.english().pipe(texts, disable=parsing.PARSE_DISABLED,
                                                                batch_size=parsing.BATCH_SIZE)]
    theirs = [annotations(doc) for doc in stock.pipe(texts, batch_size=parsing.BATCH_SIZE)]
    assert len(texts) > 600 and sum(map(len, theirs)) > 15_000
    differences = [(text, a, b) for text, a, b in zip(texts, ours, theirs) if a != b]
    assert differences == []


def test_the_own_sentences_reach_every_rare_pattern(stock):
    ruler = stock.get_pipe("attribute_ruler")
    wanted = {rule for rule, entry in enumerate(ruler.patterns) if rare(entry)}
    matched = {rule for doc in stock.pipe(OWN_SENTENCES, disable=["attribute_ruler", "lemmatizer"])
               for rule, *_ in ruler.match(doc)}
    assert len(wanted) > 15 and wanted <= matched


def _satisfying(value, pool: list[str], draw: random.Random) -> str:
    if isinstance(value, str):
        return value
    if "IN" in value:
        return draw.choice(value["IN"])
    if "NOT_IN" in value:
        return draw.choice([item for item in pool if item not in value["NOT_IN"]])
    return draw.choice([word for word in REGEX_WORDS if re.search(value["REGEX"], word)])


def pattern_documents(stock, count: int, seed: int = 0) -> list[Doc]:
    """Documents of a few instances of random patterns among random tokens."""
    draw = random.Random(seed)
    entries = stock.get_pipe("attribute_ruler").patterns
    tags = ["", "_SP", *stock.get_pipe("tagger").labels]
    labels = ["", *stock.get_pipe("parser").labels]
    words = sorted({value for entry in entries for tokens in entry["patterns"] for spec in tokens
                    for key, value in spec.items() if key.upper() == "LOWER" and isinstance(value, str)})
    words += ["council", "ferry", "Harbour", "I", "It", "THE"]

    def token(spec: dict) -> tuple[str, str, str]:
        word, tag, label = draw.choice(words + SPACES), draw.choice(tags), draw.choice(labels)
        for key, value in spec.items():
            if key.upper() == "LOWER":
                word = _satisfying(value, words, draw)
                word = draw.choice([word, word.upper(), word.capitalize()])
            elif key.upper() == "TAG":
                tag = _satisfying(value, tags, draw)
            elif key.upper() == "DEP":
                label = _satisfying(value, labels, draw)
            elif key.upper() == "IS_SPACE":
                word = draw.choice(SPACES if value else words)
        return word, tag, label

    documents = []
    for _ in range(count):
        pieces = []
        for _ in range(draw.randint(1, 3)):
            pieces += [token({}) for _ in range(draw.randint(0, 2))]
            pieces += [token(spec) for spec in draw.choice(draw.choice(entries)["patterns"])]
        doc = Doc(stock.vocab, words=[word for word, _, _ in pieces],
                  spaces=[draw.random() < 0.5 for _ in pieces])
        for token_, (_, tag, label) in zip(doc, pieces):
            token_.tag_, token_.dep_ = tag, label
        documents.append(doc)
    return documents


def test_documents_built_from_the_patterns_get_the_stock_rulers_attributes(stock):
    ruler = stock.get_pipe("attribute_ruler")
    indexed = IndexedAttributeRuler(stock.vocab, compile_rules(ruler.patterns, stock.vocab))
    matched: set[int] = set()
    differences = []
    for doc in pattern_documents(stock, 4000):
        copy = doc.copy()
        matched |= {rule for rule, *_ in ruler.match(doc)}
        if annotations(ruler(doc)) != annotations(indexed(copy)):
            differences.append((annotations(doc), annotations(copy)))
    assert differences[:3] == []
    assert matched == set(range(len(ruler.patterns)))


@pytest.mark.parametrize("pattern, attrs, index", [
    ([{"LOWER": "gon", "OP": "+"}], {"LEMMA": "go"}, 0),
    ([{"LOWER": "gon"}, {"OP": "?"}], {"LEMMA": "go"}, 0),
    ([{"POS": "NOUN"}], {"LEMMA": "x"}, 0),
    ([{"LOWER": {"FUZZY": "gonna"}}], {"LEMMA": "go"}, 0),
    ([{"LENGTH": {">=": 3}}], {"LEMMA": "x"}, 0),
    ([{"TAG": {"IS_SUBSET": ["NN"]}}], {"LEMMA": "x"}, 0),
    ([{"LOWER": {"REGEX": {"IN": ["a"]}}}], {"LEMMA": "x"}, 0),
    ([{"_": {"flag": True}}], {"LEMMA": "x"}, 0),
    ([{"IS_SPACE": "yes"}], {"LEMMA": "x"}, 0),
    ([{"LOWER": "a"}], {"NORM": "x"}, 0),
    ([{"LOWER": "a"}], {"_": {"flag": True}}, 0),
    ([{"LOWER": "a"}], {"LEMMA": "x"}, 1),
])
def test_an_unsupported_pattern_makes_the_compiler_refuse(stock, pattern, attrs, index):
    patterns = stock.get_pipe("attribute_ruler").patterns
    assert compile_rules(patterns, stock.vocab) is not None
    assert compile_rules([*patterns, {"patterns": [pattern], "attrs": attrs, "index": index}],
                         stock.vocab) is None


@pytest.fixture
def pipeline_with_an_unsupported_pattern(tmp_path, monkeypatch):
    package = tmp_path / "pipeline_with_an_operator"
    package.mkdir()
    (package / "__init__.py").write_text(textwrap.dedent(f"""
        import {parsing.pipeline_package()} as english

        def load():
            nlp = english.load()
            nlp.get_pipe("attribute_ruler").add([[{{"LOWER": "gon", "OP": "+"}}]], {{"LEMMA": "go"}})
            return nlp
    """), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(parsing, "PIPELINE_PACKAGES", (package.name,))
    parsing.english.cache_clear()
    yield
    parsing.english.cache_clear()


def test_with_an_unsupported_pattern_the_pipeline_keeps_the_stock_ruler(
        pipeline_with_an_unsupported_pattern, stock):
    names = parsing.english().pipe_names
    assert "attribute_ruler" in names and FACTORY not in names
    sentence = "We're gonna win."
    assert annotations(next(parsing.parse([sentence]))) == annotations(stock(sentence))
