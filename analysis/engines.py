"""Where per-article work runs: this process, local worker processes, or a Dask cluster.

Every engine offers the same ``map(function, jobs)``: it calls ``function(*job)`` for each
job and yields the results in job order, whatever order they finish in. The parallel engines
send jobs in batches and keep at most ``window`` batches submitted and not yet consumed, so
neither the jobs read ahead nor the results waiting to be written grow with the corpus.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

from .optional import require

Result = TypeVar("Result")
ENGINES = ("local", "dask")
# Batches in flight per worker: enough to keep every worker busy while the parent writes.
BATCHES_PER_WORKER = 4
# Jobs sent to a worker at once: each submission costs the parent (and a Dask scheduler) a
# fixed overhead, about half a millisecond here, so jobs travel in batches.
JOBS_PER_BATCH = 8


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
def local_processes(workers: int) -> Iterator[Engine]:
    """``workers`` local processes (``InProcess`` for one, which needs no pool)."""
    if workers <= 1:
        yield InProcess()
        return
    executor = ProcessPoolExecutor(max_workers=workers)
    try:
        yield Pooled(executor.submit, window=BATCHES_PER_WORKER * workers)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def require_dask() -> None:
    """Fail early, with the install hint, when Dask's distributed scheduler is missing."""
    require("dask.distributed", "--engine dask", extra="dask", package="dask[distributed]")


@contextmanager
def dask_cluster(scheduler: str | None, workers: int) -> Iterator[Engine]:
    """A Dask client: of the scheduler at ``scheduler`` (its workers must be able to import
    this package), or of a local cluster of ``workers`` single-threaded processes.

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
    client = distributed.Client(cluster if cluster is not None else scheduler)
    try:
        threads = sum(client.nthreads().values()) or 1

        def submit(function: Callable[..., Result], *args: Any) -> Any:
            # pure=False: every article is a new task; hashing arguments to deduplicate costs time.
            return client.submit(function, *args, pure=False)

        yield Pooled(submit, window=BATCHES_PER_WORKER * threads)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
