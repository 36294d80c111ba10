"""Blame rules on hard cases written for these tests, and validation floors."""

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.actors import load_actors
from analysis.blame import (ParagraphMemory, blame_matrix, blame_table, load_gold, load_passages,
                            sentence_blame, validate)
from analysis.paths import PROJECT_ROOT

DATA = PROJECT_ROOT / "tests" / "data"


def blamed(*sentences: str) -> list[set[str]]:
    """Blamed groups per sentence of one paragraph."""
    memory = ParagraphMemory()
    return [{hit.group for hit in sentence_blame(text, memory)} for text in sentences]


@pytest.mark.parametrize("sentence, groups", [
    ("Brussels is to blame for the stalemate.", {"europe"}),
    ("Washington is why the grain deal collapsed.", {"us"}),
    ("The real obstacle to a settlement is the Kremlin.", {"russia"}),
    ("The obstacle to a settlement is not the Kremlin.", set()),
    ("Moscow reneged on the prisoner swap.", {"russia"}),
    ("The drones were launched by Russia at dawn.", {"russia"}),
    ("He wants to destroy Ukraine.", set()),
    ("The Kremlin wants to destroy Ukraine.", {"russia"}),
    ("Congress refused to fund the air defences.", {"us"}),
    ("Berlin and Paris did nothing while the shelling went on.", {"europe"}),
    ("Putin will not sign any ceasefire.", {"russia"}),
    ("Why would the Kremlin stop now?", {"russia"}),
    ("Critics insist that Zelensky is the problem.", set()),
    ("Zelensky deserves credit for holding the coalition together.", set()),
    ("If Washington fails to act, the front may break.", set()),
    ("Russia did not attack the convoy.", set()),
    ("Putin’s treachery surprised nobody.", {"russia"}),
])
def test_single_sentences(sentence, groups):
    assert blamed(sentence) == [groups]


def test_pronoun_continues_the_previous_subject_not_its_object():
    assert blamed("Putin spoke with Trump on Friday.", "He then reneged on the truce.") == [set(), {"russia"}]


def test_elliptical_follow_up_completes_a_negated_attribution():
    assert blamed("The impediment to peace is not Moscow.", "It is Brussels.") == [set(), {"europe"}]


def test_possessive_with_curly_and_straight_apostrophes():
    assert blamed("The Kremlin’s propaganda spread.") == blamed("The Kremlin's propaganda spread.") == [{"russia"}]


def test_blame_table_rows_carry_the_evidence():
    sentences = pd.DataFrame({"article_id": "a", "author": "W", "paragraph_id": "a:p01",
                              "sentence_id": ["a:p01:s001", "a:p01:s002"],
                              "text": ["Talks resumed in Geneva.", "Moscow sabotages the talks."]})
    table = blame_table(sentences)
    assert table[["sentence_id", "actor", "group", "rule"]].values.tolist() == [["a:p01:s002", "russia", "russia", "harm"]]
    assert table["cue"].iloc[0] == "Moscow sabotages"


def test_matrix_counts_shares_and_rates():
    corpus = load_corpus()
    groups = list(load_actors().groups)
    table = blame_table(corpus.sentences)
    matrix = blame_matrix(table, corpus.sentences, groups, corpus.authors)
    assert len(matrix) == len(groups) * 2
    row = matrix[(matrix["author"] == "Diane Francis") & (matrix["group"] == "europe")].iloc[0]
    francis = corpus.sentences[corpus.sentences["author"] == "Diane Francis"]
    expected = table[(table["author"] == "Diane Francis") & (table["group"] == "europe")]["sentence_id"].nunique()
    assert row["sentences"] == expected
    assert row["per_1k_words"] == round(1000 * expected / francis["n_words"].sum(), 2)


# Floors sit a little below what was measured (see notebooks/03-blame.ipynb), so a change that
# makes the rules worse fails here. Measured: seeds micro-F1 0.69, held-out passages 0.50.
def test_agreement_with_hand_coding_of_the_seeds_has_a_floor():
    corpus = load_corpus()
    report = validate(corpus.sentences, load_gold(DATA / "blame_gold.csv")).set_index("label")
    assert report.loc["all (micro)", "f1"] >= 0.65
    assert report.loc["all (micro)", "precision"] >= 0.9


def test_agreement_on_held_out_passages_has_a_floor():
    sentences, gold = load_passages(DATA / "blame_passages.csv")
    report = validate(sentences, gold).set_index("label")
    assert report.loc["all (micro)", "f1"] >= 0.45
    assert report.loc["all (micro)", "precision"] >= 0.75
