"""Where per-article work runs: this process, local worker processes, or a Dask cluster.

Every engine offers the same ``map(function, jobs)``: it calls ``function(*job)`` for each
job and yields the results in job order, whatever order they finish in. The parallel engines
send jobs in batches and keep at most ``window`` batches submitted and not yet consumed, so
neither the jobs read ahead nor the results waiting to be written grow with the corpus.

Local worker processes never outlive the export: when it fails or is interrupted they are
terminated, and each one watches its parent and exits when the parent is gone, even if it
was killed outright (SIGKILL), so none is left orphaned.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

from .._plumbing.optional import require

Result = TypeVar("Result")
ENGINES = ("local", "dask")
# Batches in flight per worker: enough to keep every worker busy while the parent writes.
BATCHES_PER_WORKER = 4
# Jobs sent to a worker at once, at most: each submission costs the parent (and a Dask
# scheduler) a fixed overhead, about half a millisecond here, so jobs travel in batches.
JOBS_PER_BATCH = 8
# How often a worker checks that its parent is still there.
PARENT_CHECK_SECONDS = 1.0
# How long to wait for a Dask scheduler to answer (Dask's own default is 30 s).
SCHEDULER_TIMEOUT_SECONDS = 10
# How long terminated workers get to exit before the parent stops waiting for them.
WORKER_EXIT_SECONDS = 5


class EngineError(Exception):
    """The engine cannot start (a Dask scheduler unreachable or its address malformed);
    reported as one ``error:`` line."""


class Engine(Protocol):
    def map(self, function: Callable[..., Result], jobs: Iterable[tuple]) -> Iterator[Result]:
        """``function(*job)`` for every job, in job order."""


class InProcess:
    """Runs every job here, one after the other."""

    def map(self, function: Callable[..., Result], jobs: Iterable[tuple]) -> Iterator[Result]:
        return (function(*job) for job in jobs)


class Pooled:
    """Runs jobs through ``submit`` (a ``concurrent.futures`` or Dask ``submit``) in batches
    of ``batch`` jobs, keeping at most ``window`` batches in flight."""

    def __init__(self, submit: Callable[..., Any], window: int, batch: int = JOBS_PER_BATCH):
        self.submit = submit
        self.window = window
        self.batch = batch

    def map(self, function: Callable[..., Result], jobs: Iterable[tuple]) -> Iterator[Result]:
        pending: deque[Future] = deque()
        try:
            for batch in _batches(jobs, self.batch):
                pending.append(self.submit(run_batch, function, batch))
                if len(pending) >= self.window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def batch_size(jobs: int, workers: int) -> int:
    """Jobs per batch for ``jobs`` jobs on ``workers`` workers: ``JOBS_PER_BATCH``, or fewer
    when that would leave some workers a batch more than others (40 articles in batches of
    eight on two workers: 24 for one, 16 for the other; in batches of five, 20 each)."""
    return max(1, min(JOBS_PER_BATCH, -(-jobs // (workers * BATCHES_PER_WORKER))))


def run_batch(function: Callable[..., Result], jobs: list[tuple]) -> list[Result]:
    """``function(*job)`` for each job, in a worker."""
    return [function(*job) for job in jobs]


def _batches(jobs: Iterable[tuple], size: int) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for job in jobs:
        batch.append(job)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@contextmanager
def local_processes(workers: int, jobs: int) -> Iterator[Engine]:
    """``workers`` local processes for ``jobs`` jobs (``InProcess`` for one worker, which
    needs no pool)."""
    if workers <= 1:
        yield InProcess()
        return
    executor = ProcessPoolExecutor(max_workers=workers, initializer=prepare_worker,
                                   initargs=(os.getpid(),))
    try:
        yield Pooled(executor.submit, window=BATCHES_PER_WORKER * workers, batch=batch_size(jobs, workers))
    except BaseException:
        _stop(executor)
        raise
    executor.shutdown(wait=True)


def prepare_worker(parent: int) -> None:
    """Set up a local worker: leave SIGINT and SIGTERM to the parent, which stops the workers
    itself (a worker's own KeyboardInterrupt would only print a traceback), and exit as soon
    as the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True,
                     name="parent-watch").start()


def _exit_with_parent(parent: int) -> None:
    # An orphan is adopted by another process, so its parent id changes.
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _stop(executor: ProcessPoolExecutor) -> None:
    """Cancel what is queued and terminate the workers, without waiting for running jobs."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(WORKER_EXIT_SECONDS)


def require_dask() -> None:
    """Fail early, with the install hint, when Dask's distributed scheduler is missing."""
    require("dask.distributed", "--engine dask", extra="dask", package="dask[distributed]")


@contextmanager
def dask_cluster(scheduler: str | None, workers: int, jobs: int) -> Iterator[Engine]:
    """A Dask client for ``jobs`` jobs: of the scheduler at ``scheduler`` (its workers must be
    able to import this package), or of a local cluster of ``workers`` single-threaded
    processes.

    Dask's own log messages are silenced; errors in jobs still reach the caller.
    """
    distributed = require("dask.distributed", "--engine dask", extra="dask",
                          package="dask[distributed]")
    logging.getLogger("distributed").setLevel(logging.ERROR)
    cluster = None
    if scheduler is None:
        cluster = distributed.LocalCluster(n_workers=max(workers, 1), threads_per_worker=1,
                                           processes=True, dashboard_address=None,
                                           silence_logs=logging.ERROR)
    client = _client(distributed, cluster if cluster is not None else scheduler)
    try:
        threads = sum(client.nthreads().values()) or 1

        def submit(function: Callable[..., Result], *args: Any) -> Any:
            # pure=False: every article is a new task; hashing arguments to deduplicate costs time.
            return client.submit(function, *args, pure=False)

        yield Pooled(submit, window=BATCHES_PER_WORKER * threads, batch=batch_size(jobs, threads))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _client(distributed: Any, address: Any) -> Any:
    """A Dask client; ``EngineError`` if the scheduler cannot be reached in
    ``SCHEDULER_TIMEOUT_SECONDS`` or its address is malformed."""
    try:
        return distributed.Client(address, timeout=SCHEDULER_TIMEOUT_SECONDS)
    except (OSError, TimeoutError, ValueError, TypeError) as error:
        problem = " ".join(str(error).split()) or type(error).__name__
        raise EngineError(f"--scheduler {address}: cannot connect to a Dask scheduler "
                          f"({problem[:200]})") from None
