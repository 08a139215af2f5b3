"""A process pool for the CPU-heavy stages, driven from the reactor's asyncio loop.

Extraction and classification run in worker processes, so the reactor thread keeps
fetching while pages are processed and every core works. The pool is not
:class:`concurrent.futures.ProcessPoolExecutor` because a page must have a wall-clock
budget: a job that runs past its ``timeout`` has its worker killed (``SIGKILL``) and
replaced, and the caller gets :class:`JobTimeout`; a worker that dies gets
:class:`JobCrashed`; an exception inside a job comes back as :class:`JobFailed`.

A worker (:mod:`pipelines.worker`) runs in its own session (Ctrl-C is the crawl's
business: Scrapy finishes the pages in progress), talking pickled messages over two
pipes. The stages are imported and warmed up (:data:`WARM_UP`) before it says ``ready``,
so that one-off cost is never charged to a page's budget: once per pool, in a *zygote*
that forks the workers (:mod:`pipelines.zygote`; Linux), else in each worker, a fresh
interpreter. What a worker writes to stderr goes to the crawl's log. When the crawl
process dies, even by ``SIGKILL``, the workers end.

The jobs are the light functions of :mod:`pipelines.jobs` (no Scrapy in a worker). How
a stage uses the pool (one pool per process, items kept in order) is
:mod:`pipelines.offload`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import pickle
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from pipelines.worker import BOOT, WORKER_ENV
from pipelines.zygote import AVAILABLE, Forked, Zygote

logger = logging.getLogger(__name__)

#: ``module:function`` names each worker calls once before its first job.
WARM_UP = ("pipelines.jobs:warm_up",)
#: Workers that die before they are ready, one after another, before the pool gives up.
MAX_EARLY_DEATHS = 3
#: Whether workers are forked from a warmed-up zygote (:mod:`pipelines.zygote`; Linux);
#: ``NEWSARCHIVE_FORK_WORKERS=0`` starts each as a fresh interpreter instead.
FORK = AVAILABLE and os.environ.get("NEWSARCHIVE_FORK_WORKERS", "1") != "0"


def default_workers() -> int:
    """The number of cores this process may run on (the pool's default size)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class JobError(Exception):
    """A job did not return a result; ``reason`` is a short slug for a failure row."""

    reason = "error"


class JobTimeout(JobError):
    """The job ran past its wall-clock budget; its worker was killed and replaced."""

    reason = "timeout"


class JobCrashed(JobError):
    """The worker died while running the job (killed, out of memory, a crash in C)."""

    reason = "worker-crashed"


class JobFailed(JobError):
    """The job raised: ``reason`` is the exception's class name as a slug."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(f"{type_name}: {message}" if message else type_name)
        self.reason = "".join(f"-{c.lower()}" if c.isupper() else c for c in type_name).lstrip("-")


# --- the pool ---------------------------------------------------------------------------


@dataclass(eq=False)
class Worker:
    """One worker process and the parent's ends of its pipes."""

    process: subprocess.Popen[bytes] | Forked
    inbox: Connection  #: what the worker says
    outbox: Connection  #: jobs for the worker
    ready: bool = False
    job: asyncio.Future[Any] | None = None  #: the answer awaited, while a job runs


# --- starting workers -------------------------------------------------------------------


#: The zygote of each warm-up list (:mod:`pipelines.zygote`), started by the first worker.
_ZYGOTES: dict[tuple[str, ...], Zygote] = {}


def launch(warm_up: tuple[str, ...] = WARM_UP) -> Worker:
    """Start one worker (no event loop needed: a pool listens to it later): forked from
    the warm-up list's zygote where that works, else a fresh interpreter."""
    if FORK:
        zygote = _ZYGOTES.get(warm_up)
        if zygote is None or not zygote.alive():
            zygote = _ZYGOTES[warm_up] = Zygote(warm_up)
        return Worker(*zygote.fork())
    return launch_fresh(warm_up)


def stop_zygotes() -> None:
    """Let the zygotes go (the workers they forked live on; the next worker starts one)."""
    while _ZYGOTES:
        _ZYGOTES.popitem()[1].stop()


def launch_fresh(warm_up: tuple[str, ...] = WARM_UP) -> Worker:
    """Start one worker as a fresh interpreter."""
    to_parent, from_worker = os.pipe()
    to_worker, from_parent = os.pipe()
    config = {"path": sys.path, "fds": [to_worker, from_worker], "warm_up": warm_up,
              "parent": os.getpid()}  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-c", BOOT], pass_fds=(to_worker, from_worker),
        env={**os.environ, WORKER_ENV: json.dumps(config)}, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    os.close(to_worker)
    os.close(from_worker)
    assert process.stderr is not None
    os.set_blocking(process.stderr.fileno(), False)
    return Worker(process, Connection(to_parent, writable=False),
                  Connection(from_parent, readable=False))  # fmt: skip


#: Workers started ahead of their pool (:func:`prestart`), with their warm-up lists.
_PRESTARTED: list[tuple[tuple[str, ...], Worker]] = []


def prestart(size: int, warm_up: tuple[str, ...] = WARM_UP) -> None:
    """Start ``size`` workers now, before any event loop runs: a command whose every page
    needs the pool (re-extraction, WARC import) calls it first, so the workers import and
    warm up while Scrapy starts. The next pool with the same warm-up adopts them (what
    it does not adopt, :func:`discard_prestarted` stops)."""
    have = sum(1 for wanted, _ in _PRESTARTED if wanted == warm_up)
    for _ in range(max(0, size - have)):
        _PRESTARTED.append((warm_up, launch(warm_up)))


def _take_prestarted(warm_up: tuple[str, ...]) -> Worker | None:
    for n, (wanted, worker) in enumerate(_PRESTARTED):
        if wanted == warm_up:
            del _PRESTARTED[n]
            if worker.process.poll() is None:
                return worker
            _close_pipes(worker)
            return _take_prestarted(warm_up)
    return None


def discard_prestarted() -> None:
    """Stop the prestarted workers no pool adopted."""
    while _PRESTARTED:
        _, worker = _PRESTARTED.pop()
        worker.process.terminate()
        reap(worker)
    stop_zygotes()


def reap(worker: Worker) -> None:
    """Wait for a stopped worker (killed after 5 s) and close its pipes."""
    try:
        worker.process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        worker.process.kill()
        worker.process.wait(timeout=5)
    _close_pipes(worker)


def _close_pipes(worker: Worker) -> None:
    for conn in (worker.inbox, worker.outbox):
        conn.close()
    if worker.process.stderr is not None:
        worker.process.stderr.close()


@dataclass(eq=False)
class WorkerPool:
    """``size`` worker processes; :meth:`run` sends a job to the next idle one."""

    size: int
    warm_up: tuple[str, ...] = WARM_UP
    workers: list[Worker] = field(default_factory=list)
    _idle: deque[Worker] = field(default_factory=deque)
    _waiting: deque[asyncio.Future[Worker]] = field(default_factory=deque)
    _closed: bool = False
    _early_deaths: int = 0  #: workers that died before they were ready, in a row
    _started: bool = False

    def start(self) -> None:
        """Start the workers (they say ``ready`` once warmed up), adopting those that
        :func:`prestart` started. Call in the loop; the first :meth:`run` does it if nobody
        did (a crawl that fetches no page starts none)."""
        if self._started:
            return
        self._started = True
        started = time.monotonic()
        for _ in range(self.size):
            self._spawn()
        logger.debug("%d workers started in %.2f s", self.size, time.monotonic() - started)

    def _spawn(self) -> Worker:
        worker = _take_prestarted(self.warm_up) or launch(self.warm_up)
        self.workers.append(worker)
        loop = asyncio.get_running_loop()
        loop.add_reader(worker.inbox.fileno(), self._readable, worker)
        assert worker.process.stderr is not None
        loop.add_reader(worker.process.stderr.fileno(), self._log_stderr, worker)
        return worker

    def _log_stderr(self, worker: Worker) -> None:
        """Pass what a worker writes to stderr to the crawl's log."""
        assert worker.process.stderr is not None
        try:
            data = os.read(worker.process.stderr.fileno(), 65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            with suppress(ValueError, OSError):
                asyncio.get_running_loop().remove_reader(worker.process.stderr.fileno())
            return
        for line in data.decode(errors="replace").splitlines():
            if line.strip():
                logger.info("worker %d: %s", worker.process.pid, line)

    def _readable(self, worker: Worker) -> None:
        """The worker said something: ``ready``, an answer, or nothing (it died)."""
        try:
            message = pickle.loads(worker.inbox.recv_bytes())
        except (EOFError, OSError, pickle.UnpicklingError):
            code = worker.process.poll()
            self._replace(worker, JobCrashed(f"worker {worker.process.pid} died ({code})"))
            return
        if message[0] == "ready":
            worker.ready = True
        elif worker.job is not None and not worker.job.done():
            worker.job.set_result(message)
        worker.job = None
        self._hand_over(worker)

    def _hand_over(self, worker: Worker) -> None:
        """Give an idle worker to the first caller still waiting, or keep it idle."""
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    def _replace(self, worker: Worker, error: JobError | None = None) -> None:
        """Kill a stuck or dead worker, fail its job, and start another in its place."""
        if worker not in self.workers:  # replaced already (it died while handed over)
            return
        self._stop(worker, kill=True)
        if error is not None and worker.job is not None and not worker.job.done():
            worker.job.set_exception(error)
        self._early_deaths = 0 if worker.ready else self._early_deaths + 1
        if self._early_deaths >= MAX_EARLY_DEATHS:  # workers cannot start: stop trying
            logger.error("worker processes die on start-up (%s -c %r); no pool",
                         sys.executable, BOOT)  # fmt: skip
            self.close()
        if not self._closed:
            self._spawn()

    def _stop(self, worker: Worker, kill: bool) -> None:
        self._signal_stop(worker, kill)
        reap(worker)

    def _signal_stop(self, worker: Worker, kill: bool) -> None:
        """Stop listening to a worker and ask it to stop (or kill it); :func:`reap` waits."""
        loop = asyncio.get_running_loop()
        for stream in (worker.inbox, worker.process.stderr):
            with suppress(ValueError, OSError, AttributeError):
                loop.remove_reader(stream.fileno())  # type: ignore[union-attr]
        if worker in self.workers:
            self.workers.remove(worker)
        with suppress(ValueError):
            self._idle.remove(worker)
        if kill:
            worker.process.kill()
        else:  # idle: nothing to finish, so no interpreter shutdown to wait for (~1 s)
            worker.process.terminate()

    async def run(self, function: Callable[..., Any], *args: Any, timeout: float = 0,
                  **kwargs: Any) -> Any:  # fmt: skip
        """``function(*args, **kwargs)`` in a worker; its result, or a :class:`JobError`.

        ``function`` must be importable by name (a module-level function). ``timeout``
        (seconds, 0 = none) is the job's budget from the moment a worker takes it;
        waiting for an idle worker does not count.
        """
        if self._closed:
            raise JobCrashed("the worker pool is closed")
        payload = pickle.dumps((function, args, kwargs), protocol=pickle.HIGHEST_PROTOCOL)
        self.start()
        loop = asyncio.get_running_loop()
        if self._idle:
            worker = self._idle.popleft()
        else:
            waiter: asyncio.Future[Worker] = loop.create_future()
            self._waiting.append(waiter)
            try:
                worker = await waiter
            except asyncio.CancelledError:
                if self._closed:
                    raise JobCrashed("the worker pool is closed") from None
                raise
        worker.job = answer = loop.create_future()
        try:
            worker.outbox.send_bytes(payload)
            message = await asyncio.wait_for(answer, timeout or None)
        except TimeoutError:
            worker.job = None
            self._replace(worker)
            raise JobTimeout(f"over {timeout:g} s") from None
        except asyncio.CancelledError:
            worker.job = None
            self._replace(worker)
            raise
        except OSError as error:  # the pipe broke while sending
            worker.job = None
            self._replace(worker)
            raise JobCrashed(str(error)) from error
        if message[0] == "ok":
            return message[1]
        raise JobFailed(message[1], message[2])

    def close(self) -> None:
        """Stop every worker (an idle one with ``SIGTERM``, a busy one with ``SIGKILL``)."""
        self._closed = True
        for waiter in self._waiting:
            if not waiter.done():
                waiter.cancel()
        stopping = list(self.workers)
        for worker in stopping:  # all asked first, so they end at the same time
            busy = worker.job is not None or not worker.ready
            if worker.job is not None and not worker.job.done():
                worker.job.set_exception(JobCrashed("the pool was closed"))
            self._signal_stop(worker, kill=busy)
        for worker in stopping:
            reap(worker)
        if not _PRESTARTED:  # no worker to fork any more
            stop_zygotes()
