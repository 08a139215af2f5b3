"""How a pipeline stage uses the worker pool (:mod:`pipelines.pool`).

One pool serves every crawler of a process (``newsarchive crawl`` runs all spiders in
one process): :func:`acquire` and :func:`release` count its users. :class:`Offload` runs
a stage's function in that pool, or in the calling thread when there is none.
:class:`Sequencer` keeps items leaving a stage in the order they entered it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from scrapy.settings import BaseSettings

from pipelines import pool
from pipelines.pool import WARM_UP, JobCrashed, JobError, JobFailed, WorkerPool, default_workers


class Offload:
    """How a stage runs its CPU-heavy function: in the process's pool while its spider is
    open (``ARCHIVE_WORKERS`` workers, ``ARCHIVE_PAGE_TIMEOUT`` seconds per job), in the
    calling thread otherwise (no pool, no budget: outside a crawl, or with 0 workers).

    Either way an exception comes back as a :class:`JobError`, and ``order`` keeps the
    stage's items in the order they came. :meth:`run_each` sends calls in batches.
    """

    def __init__(self, settings: BaseSettings) -> None:
        self.workers = pool_size(settings)
        self.timeout = settings.getfloat("ARCHIVE_PAGE_TIMEOUT", 10.0)
        self.pool: WorkerPool | None = None
        self.order = Sequencer()
        self._batches = _Batches()

    def open(self) -> None:
        """Use the process's pool (call in the reactor's loop, when the spider opens)."""
        if self.workers > 0 and self.pool is None:
            self.pool = acquire(self.workers)

    def close(self) -> None:
        """Stop using the pool (calls still waiting for a batch fail)."""
        self._batches.fail_waiting()
        if self.pool is not None:
            release(self.pool)
            self.pool = None

    async def run(self, function: Callable[..., Any], *args: Any,
                  timeout: float | None = None, **kwargs: Any) -> Any:  # fmt: skip
        """``function(*args, **kwargs)``, in a worker if the pool is in use (``timeout``:
        this job's budget, if not the stage's)."""
        if self.pool is not None:
            budget = self.timeout if timeout is None else timeout
            return await self.pool.run(function, *args, timeout=budget, **kwargs)
        try:
            return function(*args, **kwargs)
        except Exception as error:
            raise JobFailed(type(error).__name__, str(error)[:500]) from error

    async def run_each(self, function: Callable[[Any], Any],
                       batch: Callable[[list[Any]], list[Any]], arg: Any,
                       timeout: float | None = None) -> Any:  # fmt: skip
        """``function(arg)``, sent to a worker with the other calls waiting at the time as
        one job ``batch([arg, ...])`` (one round trip for up to :data:`BATCH` calls).

        Calls wait while every worker has a batch, so a batch is one call when a worker
        is idle and grows under load. A batch's budget is that of one call (``timeout``,
        else the stage's: a batch of normal pages takes a fraction of it, and a stuck page
        costs its batch one budget, not one a page); a batch that fails (over budget,
        worker crashed, an error) is run again call by call, so each call ends as it
        would have alone.
        """
        if self.pool is None:
            return await self.run(function, arg, timeout=timeout)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._batches.waiting.append((arg, self.timeout if timeout is None else timeout, future))
        self._dispatch(function, batch)
        return await future

    def _dispatch(self, function: Callable[[Any], Any], batch: Callable[..., Any]) -> None:
        """Send waiting calls, a batch to each worker that has none."""
        state, pool = self._batches, self.pool
        while state.waiting and pool is not None and state.sent < pool.size:
            calls = state.waiting[:BATCH]
            del state.waiting[:BATCH]
            state.sent += 1
            task = asyncio.ensure_future(self._send(pool, function, batch, calls))
            state.tasks.add(task)
            task.add_done_callback(state.tasks.discard)

    async def _send(self, pool: WorkerPool, function: Callable[[Any], Any],
                    batch: Callable[..., Any], calls: list[_Call]) -> None:  # fmt: skip
        try:
            budget = max(call[1] for call in calls)
            try:
                if len(calls) == 1:
                    answers = [await pool.run(function, calls[0][0], timeout=budget)]
                else:
                    answers = await pool.run(batch, [call[0] for call in calls], timeout=budget)
            except JobError as error:
                if len(calls) == 1:
                    _settle(calls[0][2], error=error)
                    return
                await asyncio.gather(*(self._alone(pool, function, call) for call in calls))
                return
            for call, answer in zip(calls, answers, strict=True):
                _settle(call[2], answer)
        except asyncio.CancelledError:  # the loop ends: no call waits forever
            for call in calls:
                _settle(call[2], error=JobCrashed("the batch was cancelled"))
            raise
        except Exception as error:  # not the job's: the pool's (an argument not picklable)
            for call in calls:
                _settle(call[2], error=JobFailed(type(error).__name__, str(error)[:500]))
        finally:
            self._batches.sent -= 1
            self._dispatch(function, batch)

    @staticmethod
    async def _alone(pool: WorkerPool, function: Callable[[Any], Any], call: _Call) -> None:
        try:
            _settle(call[2], await pool.run(function, call[0], timeout=call[1]))
        except JobError as error:
            _settle(call[2], error=error)


#: Calls sent to a worker in one round trip, at most (:meth:`Offload.run_each`).
BATCH = 8

#: A call waiting for its batch: argument, budget (seconds), the caller's future.
_Call = tuple[Any, float, "asyncio.Future[Any]"]


@dataclass
class _Batches:
    """An :class:`Offload`'s calls waiting for a batch, and its batches under way."""

    waiting: list[_Call] = field(default_factory=list)
    sent: int = 0
    tasks: set[asyncio.Future[None]] = field(default_factory=set)

    def fail_waiting(self) -> None:
        waiting, self.waiting = self.waiting, []
        for call in waiting:
            _settle(call[2], error=JobCrashed("the pool was closed"))


def _settle(future: asyncio.Future[Any], result: Any = None,
            error: BaseException | None = None) -> None:  # fmt: skip
    """Give a caller its answer (unless it stopped waiting)."""
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


def pool_size(settings: BaseSettings) -> int:
    """The pool's workers: ``ARCHIVE_WORKERS``, by default one a core (0: no pool)."""
    workers = settings.get("ARCHIVE_WORKERS")
    return default_workers() if workers in (None, "") else int(workers)


def prestart(settings: BaseSettings) -> None:
    """Start the pool's workers ahead of the crawl (see :func:`pipelines.pool.prestart`):
    for a command whose every page goes to the pool; ``discard_prestarted`` after it."""
    pool.prestart(pool_size(settings))


# --- one pool per process ---------------------------------------------------------------


@dataclass
class _Shared:
    pool: WorkerPool
    users: int = 0


_SHARED: dict[int, _Shared] = {}


def acquire(size: int, warm_up: tuple[str, ...] = WARM_UP) -> WorkerPool:
    """The process's pool (its ``size`` workers start with its first job); one more user."""
    key = id(asyncio.get_running_loop())
    if key not in _SHARED:
        _SHARED[key] = _Shared(WorkerPool(size, warm_up))
    shared = _SHARED[key]
    shared.users += 1
    return shared.pool


def release(pool: WorkerPool) -> None:
    """One user less; the last one closes the pool."""
    for key, shared in list(_SHARED.items()):
        if shared.pool is pool:
            shared.users -= 1
            if shared.users <= 0:
                del _SHARED[key]
                pool.close()


# --- keeping the order ------------------------------------------------------------------


class Sequencer:
    """Items leave a stage in the order they entered it, however long each one takes.

    ``async with sequencer.turn(): ...`` takes a ticket on entry; on exit (result or
    exception) it waits until every earlier ticket has left.
    """

    def __init__(self) -> None:
        self._issued = 0
        self._next = 0  #: the ticket that may leave now
        self._left: set[int] = set()
        self._waiters: dict[int, asyncio.Future[None]] = {}

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        ticket = self._issued
        self._issued += 1
        try:
            yield
        finally:
            try:
                if ticket != self._next:
                    waiter = asyncio.get_running_loop().create_future()
                    self._waiters[ticket] = waiter
                    await waiter
            finally:
                self._waiters.pop(ticket, None)
                self._leave(ticket)

    def _leave(self, ticket: int) -> None:
        self._left.add(ticket)
        while self._next in self._left:
            self._left.remove(self._next)
            self._next += 1
        waiter = self._waiters.get(self._next)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
