"""Work spread over the machine's cores for the longest steps of a full build from YAML: parsing the
fact files and the articles (with the articles' mentions), then analysing the facts' texts for the
index (`analysis.py`) while this process runs the checks across files. Each is a pure function of
its inputs, so the result is the same whichever process did the work; only large jobs are worth the
workers' start (a fresh interpreter that imports the loader, about half a second), and one pool
serves both rounds.

"spawn", not "fork": the bot builds while its event loop and the index thread run, and a forked
child inherits any lock another thread holds at that moment (the stemmer's, logging's) and waits on
it forever.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # the pool's modules (multiprocessing, ~17 ms) load only when a build starts workers
    from concurrent.futures import ProcessPoolExecutor

log = logging.getLogger(__name__)
T = TypeVar("T")
WORKERS_ENV = "FACTDESK_WORKERS"


def workers() -> int:
    """Processes a build may use: every core (FACTDESK_WORKERS overrides it; 1 means none)."""
    try:
        wanted = int(os.environ.get(WORKERS_ENV, "0"))
    except ValueError:
        log.warning("%s=%r is not a number of processes; using every core", WORKERS_ENV, os.environ[WORKERS_ENV])
        wanted = 0
    if wanted > 0:
        return wanted
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else range(os.cpu_count() or 1)
    return max(1, len(cores))


def start(jobs: int) -> ProcessPoolExecutor | None:
    """Worker processes for `jobs` jobs (one per core, at most one per job), to be shut down by the
    caller; None when this machine has one core or the workers cannot start (the caller then does
    the work itself). One pool serves every round of a build: a fresh interpreter costs its start."""
    n = min(workers(), jobs)
    if n < 2:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        return ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError) as exc:
        log.warning("no worker processes (%s); building in one process", exc)
        return None


def pool_map(fn: Callable[..., T], jobs: list[tuple[Any, ...]],
             pool: ProcessPoolExecutor | None = None) -> Generator[T, None, None] | None:
    """`fn(*job)` for every job, in order, computed in worker processes; None when this machine has
    one core or the workers cannot start (the caller then does the work itself). With `pool` the
    jobs run there and the pool is left running; without, a pool is started and shut down after."""
    own = pool is None
    if pool is None:
        pool = start(len(jobs))
        if pool is None:
            return None
    running = pool

    def results() -> Generator[T, None, None]:
        try:
            yield from running.map(fn, *zip(*jobs, strict=True))
        finally:
            if own:
                running.shutdown(wait=True, cancel_futures=True)

    return results()
