"""Benchmark sentence segmentation: accuracy on our golden rules, speed, and pathological text.

    .venv/bin/python benchmarks/segmentation.py [--articles N] [--baseline REV] [--no-export]

Reports, as Markdown:

* golden rules passed (``data/validation/segmentation_rules.jsonl``, our own 48 cases);
* time to segment the bundled seeds' paragraphs and those of N synthetic articles (default
  200; ``analysis.corpus.synthetic``), best of five passes, and the number of sentences found;
* time to segment one unpunctuated paragraph of 2,000 to 200,000 words, which shows whether
  time grows linearly with a sentence's length (pySBD only up to 8,000 words: it grows
  quadratically, about 23 s at 32,000 words on the reference machine);
* unless ``--no-export``, the wall time and peak memory of ``python -m analysis export --jobs 1``
  on a 200,000-word unpunctuated article (issue 16: well under a minute).

Compared: the project's splitter as it is, the splitter at git revision ``--baseline`` (read
with ``git show``; for before/after figures) and pySBD when it is installed
(``pip install pysbd``; it is not a dependency of the project).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from functools import cache
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]

RULES = PROJECT / "data" / "validation" / "segmentation_rules.jsonl"
LONG_WORDS = (2_000, 8_000, 50_000, 200_000)
PYSBD_MAX_WORDS = 8_000
EXPORT_WORDS = 200_000
PASSES = 5

Splitter = Callable[[str], list[str]]


def splitters(baseline: str | None) -> dict[str, Splitter]:
    """The splitters to compare, by name, each returning a paragraph's sentences as text."""
    from analysis.corpus.sentences import split_sentences

    found: dict[str, Splitter] = {"project": lambda text: [span.text for span in split_sentences(text)]}
    if baseline:
        module = _module_at(baseline)
        found[f"project at {baseline}"] = lambda text: [span.text for span in module.split_sentences(text)]
    try:
        import pysbd
    except ImportError:
        print("(pySBD not installed: pip install pysbd to compare)", file=sys.stderr)
    else:
        segmenter = pysbd.Segmenter(language="en", clean=False)
        found["pySBD"] = lambda text: [sentence.strip() for sentence in segmenter.segment(text)]
    return found


def _module_at(revision: str):
    # analysis/sentences.py moved to analysis/corpus/sentences.py; older revisions have the first.
    for path in ("analysis/corpus/sentences.py", "analysis/sentences.py"):
        shown = subprocess.run(["git", "show", f"{revision}:{path}"], cwd=PROJECT, capture_output=True, text=True)
        if shown.returncode == 0:
            break
    shown.check_returncode()
    source = shown.stdout
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sentences_at_revision.py"
        path.write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location("sentences_at_revision", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


def golden_rules(split: Splitter) -> int:
    rules = [json.loads(line) for line in RULES.read_text(encoding="utf-8").splitlines()]
    return sum(split(rule["text"]) == rule["sentences"] for rule in rules)


def best_time(split: Splitter, paragraphs: list[str]) -> tuple[float, int]:
    """Best of ``PASSES`` passes over ``paragraphs`` (seconds) and the sentences found."""
    times, found = [], 0
    for _ in range(PASSES):
        start = time.perf_counter()
        found = sum(len(split(paragraph)) for paragraph in paragraphs)
        times.append(time.perf_counter() - start)
    return min(times), found


@cache
def unpunctuated(words: int, seed: int = 0) -> str:
    """``words`` words of the seeds in random order, with no punctuation at all."""
    from analysis.corpus import load_corpus

    bare = ("".join(c for c in word if c.isalnum())
            for word in " ".join(load_corpus().paragraphs["text"]).split())
    vocabulary = [word for word in bare if word]
    draw = random.Random(seed)
    return " ".join(draw.choice(vocabulary) for _ in range(words))


def export_time(folder: Path) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of exporting one unpunctuated 200,000-word article."""
    article = folder / "unpunctuated.md"
    article.write_text("---\ntitle: No full stops\nauthor: A Writer\ndate: 2026-01-01\n---\n\n"
                       + unpunctuated(EXPORT_WORDS) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "analysis", "export", "--corpus", str(article),
               "--out", str(folder / "out"), "--jobs", "1"]
    start = time.perf_counter()
    subprocess.run(command, cwd=PROJECT, check=True, capture_output=True)
    seconds = time.perf_counter() - start
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--baseline", help="git revision of the splitter to compare with")
    parser.add_argument("--no-export", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(PROJECT))  # the project's package, when run as benchmarks/segmentation.py
    from analysis.corpus import load_corpus
    from analysis.corpus.synthetic import write_synthetic_corpus

    warnings.simplefilter("ignore")
    found = splitters(args.baseline)
    seeds = load_corpus().paragraphs["text"].tolist()
    with tempfile.TemporaryDirectory() as folder:
        write_synthetic_corpus(Path(folder) / "corpus", args.articles, seed=0)
        synthetic = load_corpus([Path(folder) / "corpus"]).paragraphs["text"].tolist()
        header = ("| splitter | golden rules (of 48) | seeds: ms, sentences "
                  f"| {args.articles} synthetic articles: ms, sentences | ms per article |")
        lines = [header, "|---|---:|---:|---:|---:|"]
        for name, split in found.items():
            seed_time, seed_sentences = best_time(split, seeds)
            synthetic_time, synthetic_sentences = best_time(split, synthetic)
            lines.append(f"| {name} | {golden_rules(split)} | {seed_time * 1000:.1f}, {seed_sentences} "
                         f"| {synthetic_time * 1000:.0f}, {synthetic_sentences} "
                         f"| {synthetic_time * 1000 / args.articles:.2f} |")
        lines += ["", "| splitter | " + " | ".join(f"{n:,} words unpunctuated" for n in LONG_WORDS) + " |",
                  "|---|" + "---:|" * len(LONG_WORDS)]
        for name, split in found.items():
            cells = []
            for words in LONG_WORDS:
                if name == "pySBD" and words > PYSBD_MAX_WORDS:
                    cells.append("not run")
                    continue
                seconds, _ = _once(split, unpunctuated(words))
                cells.append(f"{seconds:.3f} s")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        if not args.no_export:
            seconds, peak = export_time(Path(folder))
            lines += ["", (f"`export --jobs 1` of one unpunctuated {EXPORT_WORDS:,}-word article: "
                           f"{seconds:.1f} s, peak memory {peak:.0f} MB.")]
    print("\n".join(lines))


def _once(split: Splitter, text: str) -> tuple[float, int]:
    """Seconds and sentences of one pass over ``text``."""
    start = time.perf_counter()
    found = len(split(text))
    return time.perf_counter() - start, found


if __name__ == "__main__":
    main()
