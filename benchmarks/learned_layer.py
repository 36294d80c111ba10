"""Would a learned layer over the rules find more of the blame? An experiment, not the measure.

For every (sentence, actor group the sentence names or refers to) pair of the development
material (training columns and development columns), a logistic regression is fitted on:
the rules' own verdict (writer's and reported blame, and whether the previous sentence
blamed the group), the mention's grammatical role, negation, modals and conditions on its
verb, question, quotation and reported speech, VADER valence of the governing verb and of the
sentence, and the lemmas of the governing verb's phrase (hashed into 1,024 columns). With
``--tensors`` it also reads the English pipeline's own pretrained context vectors (its tok2vec
layer, 96 numbers a word): those of the mention, of its governing verb and their mean over the
sentence. It is scored two ways:

- leaving one development story out at a time, at several thresholds;
- once on the held-out column sets (``COLUMN_SETS``: 3 to 13 when the first figures in
  docs/attribution.md were taken, 3 to 25 since) and the case-by-case stories, trained on all
  development material, at the threshold fixed beforehand (0.4) and at the one that scored
  best leaving one story out.

Usage: python benchmarks/learned_layer.py [--ridge 5] [--threshold 0.4] [--tensors]. Prints precision,
recall and F1 (micro over pairs; coded groups the sentence does not name count as misses), and
on the held-out sets how many pairs the layer adds to the rules' and how many of those the
coders blamed.
It takes a few minutes on two cores; docs/attribution.md records what it printed.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from analysis.comparison import attribution_agreement as agreement  # noqa: E402
from analysis.measures import attribution  # noqa: E402
from analysis.measures.blame import blame_table  # noqa: E402
from analysis.measures.negation import is_negated  # noqa: E402
from analysis.measures.parsing import english, sentence_text  # noqa: E402

ROLES = ("nsubj", "nsubjpass", "poss", "dobj", "pobj", "appos", "conj")
SPEECH_LEMMAS = {"say", "claim", "accuse", "insist", "argue", "tell", "suggest", "allege", "blame",
                 "write", "believe", "think", "call"}
CONDITION_WORDS = {"if", "unless", "whether", "should"}
LEMMA_COLUMNS = 1024
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
VALENCE = SentimentIntensityAnalyzer().lexicon


class Parses:
    """Keeps each sentence's parse, actors and quotations as the blame rules see them."""

    def __init__(self) -> None:
        self.seen: list[tuple] = []
        self._rules = attribution.sentence_blame

    def __enter__(self) -> Parses:
        def keep(doc, utterances, actors, cues):
            self.seen.append((doc, actors, utterances))
            return self._rules(doc, utterances, actors, cues)
        attribution.sentence_blame = keep
        return self

    def __exit__(self, *exc) -> None:
        attribution.sentence_blame = self._rules


def governing_verb(token):
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def lemma_column(lemma: str) -> int:
    return zlib.crc32(lemma.encode()) % LEMMA_COLUMNS


def context_vectors(doc) -> np.ndarray:
    """The pipeline's tok2vec output for each word of ``doc`` (the project's parse keeps no
    tensor when it restores typographic apostrophes, so the sentence is run through again)."""
    again = english()(sentence_text(doc).replace("\u2019", "'"))
    assert len(again) == len(doc), "the same words, one for one"
    return again.tensor


def pair_features(doc, utterances, mention_tokens, rules: tuple[bool, bool, bool], groups_named: int,
                  first_sentence: bool, tensors: bool = False) -> np.ndarray:
    mention = next((t for t in mention_tokens if t.dep_ in {"nsubj", "nsubjpass"}), mention_tokens[0])
    verb = governing_verb(mention)
    own = {t.i for t in mention_tokens}
    words = [w for w in doc if w.i not in own]
    phrase = [w for w in verb.subtree if w.i not in own]
    dense = [1.0, *(float(mention.dep_ == role) for role in ROLES), float(mention.dep_ not in ROLES),
             *map(float, rules), float(verb.dep_ == "ROOT"), VALENCE.get(verb.lemma_, 0.0) / 4,
             float(is_negated(verb)), float(any(c.tag_ == "MD" for c in verb.children)),
             float(any(w.lower_ in CONDITION_WORDS for w in doc)),
             float(doc.text.rstrip().rstrip("\"”’'").endswith("?")),
             float(any(start <= mention.idx < end for start, end in utterances)),
             float(any(a.lemma_ in SPEECH_LEMMAS and a.i != verb.i for a in verb.ancestors)),
             sum(VALENCE.get(w.lower_, 0) < 0 for w in words) / 3, sum(VALENCE.get(w.lower_, 0) > 0 for w in words) / 3,
             sum(-VALENCE.get(w.lower_, 0) for w in phrase if VALENCE.get(w.lower_, 0) < 0) / 4,
             sum(VALENCE.get(w.lower_, 0) for w in phrase if VALENCE.get(w.lower_, 0) > 0) / 4,
             groups_named / 3, float(first_sentence), float(doc[0].lower_ in {"but", "yet"}),
             float(mention.pos_ == "PRON")]
    lemmas = np.zeros(LEMMA_COLUMNS)
    for word in phrase:
        if word.pos_ in {"VERB", "NOUN", "ADJ", "ADV"}:
            lemmas[lemma_column(word.lemma_.lower())] = 1.0
    lemmas[lemma_column("VERB:" + verb.lemma_.lower())] = 1.0
    if not tensors:
        return np.concatenate([np.array(dense), lemmas])
    vectors = context_vectors(doc)
    return np.concatenate([np.array(dense), lemmas, vectors[mention.i], vectors[verb.i], vectors.mean(axis=0)])


def pairs(sets: Sequence[tuple[Path, Path]],
          tensors: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    """Features, coded labels, story and the rules' verdict of every pair; and the coded
    groups no pair can find (the sentence names no actor of them)."""
    rows, labels, stories, verdicts, unreachable = [], [], [], [], 0
    for folder, file in sets:
        coded = agreement.load_heldout(file)
        for story, story_rows in coded.groupby("story", sort=True):
            sentences = agreement.passage_sentences(story_rows)
            with Parses() as parses:
                table = blame_table(sentences, agreement.story_actors(story, folder))
            writer = table[table.stance == "writer"].groupby("sentence_id")["group"].agg(set)
            reported = table[table.stance == "reported"].groupby("sentence_id")["group"].agg(set)
            previous, passage = set(), None
            for row, sentence_id, (doc, actors, utterances) in zip(
                    story_rows.itertuples(), sentences["sentence_id"], parses.seen, strict=True):
                if row.passage_id != passage:
                    previous, passage = set(), row.passage_id
                named = defaultdict(list)
                for token in doc:
                    referent = actors.of_token(token)
                    if referent is not None:
                        named[referent.actor.group].append(token)
                gold = {g for g in row.blamed.split(";") if g}
                unreachable += len(gold - set(named))
                for group, mention_tokens in named.items():
                    verdict = (group in writer.get(sentence_id, set()), group in reported.get(sentence_id, set()),
                               group in previous)
                    rows.append(pair_features(doc, utterances, mention_tokens, verdict, len(named),
                                              row.sentence_index == 1, tensors))
                    labels.append(float(group in gold))
                    stories.append(f"{folder.name}/{story}")
                    verdicts.append(verdict[0])
                previous = writer.get(sentence_id, set())
    return np.array(rows), np.array(labels), np.array(stories), np.array(verdicts), unreachable


def fit(features: np.ndarray, labels: np.ndarray, ridge: float, steps: int = 25) -> np.ndarray:
    """Ridge-penalised logistic regression by Newton's method (the intercept unpenalised)."""
    weights = np.zeros(features.shape[1])
    penalty = ridge * np.r_[0.0, np.ones(features.shape[1] - 1)]
    for _ in range(steps):
        p = 1 / (1 + np.exp(-features @ weights))
        gradient = features.T @ (p - labels) + penalty * weights
        hessian = (features * (p * (1 - p))[:, None]).T @ features + np.diag(penalty)
        weights -= np.linalg.solve(hessian, gradient)
    return weights


def precision_recall(predicted: np.ndarray, labels: np.ndarray, unreachable: int) -> tuple[float, float]:
    hits = float((predicted & (labels == 1)).sum())
    found, coded = float(predicted.sum()), float((labels == 1).sum()) + unreachable
    return (hits / found if found else 0.0), (hits / coded if coded else 0.0)


def f1(predicted: np.ndarray, labels: np.ndarray, unreachable: int) -> float:
    precision, recall = precision_recall(predicted, labels, unreachable)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def scores(predicted: np.ndarray, labels: np.ndarray, unreachable: int) -> str:
    precision, recall = precision_recall(predicted, labels, unreachable)
    return f"precision {precision:.3f} recall {recall:.3f} F1 {f1(predicted, labels, unreachable):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ridge", type=float, default=5.0)
    parser.add_argument("--threshold", type=float, default=0.4)
    parser.add_argument("--tensors", action="store_true", help="add the pipeline's context vectors")
    options = parser.parse_args()
    development = (*agreement.TRAINING_SETS, (agreement.DEV_COLUMNS_DIR, agreement.DEV_COLUMNS_FILE))
    features, labels, stories, verdicts, unreachable = pairs(development, options.tensors)
    print(f"development: {len(labels)} pairs, {int(labels.sum())} coded blamed, {unreachable} unreachable")
    print(f"  rules              {scores(verdicts, labels, unreachable)}")
    held_back = np.zeros(len(labels))
    for story in np.unique(stories):
        out = stories == story
        held_back[out] = 1 / (1 + np.exp(-features[out] @ fit(features[~out], labels[~out], options.ridge)))
    for threshold in THRESHOLDS:
        print(f"  one story out, {threshold:.2f} {scores(held_back > threshold, labels, unreachable)}")
    best = max(THRESHOLDS, key=lambda threshold: f1(held_back > threshold, labels, unreachable))
    weights = fit(features, labels, options.ridge)
    for name, sets in ((f"held-out columns, sets 3 to {2 + len(agreement.COLUMN_SETS)}", agreement.COLUMN_SETS),
                       ("held-out stories, case by case", ((agreement.HELDOUT_DIR, agreement.HELDOUT_FILE),))):
        features, labels, _, verdicts, unreachable = pairs(sets, options.tensors)
        probability = 1 / (1 + np.exp(-features @ weights))
        print(f"{name}: {len(labels)} pairs")
        print(f"  rules              {scores(verdicts, labels, unreachable)}")
        for threshold, chosen in ((options.threshold, "fixed beforehand"), (best, "best one story out")):
            learned = probability > threshold
            print(f"  learned, {threshold:.2f}     {scores(learned, labels, unreachable)} ({chosen})")
            added, dropped = learned & ~verdicts, verdicts & ~learned
            print(f"  the layer adds {added.sum()} pairs to the rules' ({(added & (labels == 1)).sum()} coded blamed) "
                  f"and drops {dropped.sum()}")


if __name__ == "__main__":
    main()
