"""The worker pool: jobs on all workers, a budget per job (stuck workers are killed and
replaced), crashes and errors as failures, items leaving a stage in the order they came."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from scrapy.settings import Settings

from pipelines.offload import Offload, Sequencer, acquire, release
from pipelines.pool import (
    JobCrashed,
    JobFailed,
    JobTimeout,
    WorkerPool,
    discard_prestarted,
    prestart,
)

#: Workers in these tests skip the stages' warm-up, and their jobs are functions of the
#: standard library, so a worker (and its replacement) starts in a fraction of a second.
NO_WARM_UP: tuple[str, ...] = ()


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


async def with_pool(size: int, body: Any) -> Any:
    pool = WorkerPool(size, warm_up=NO_WARM_UP)
    pool.start()
    try:
        return await body(pool)
    finally:
        pool.close()


def test_jobs_run_on_every_worker_at_once() -> None:
    async def body(pool: WorkerPool) -> tuple[int, float]:
        while not all(worker.ready for worker in pool.workers):
            await asyncio.sleep(0.05)
        pid = await pool.run(os.getpid)
        started = time.monotonic()
        await asyncio.gather(*(pool.run(time.sleep, 0.5) for _ in range(4)))
        return pid, time.monotonic() - started

    pid, seconds = run(with_pool(2, body))
    assert pid != os.getpid()
    assert seconds < 1.9  # four half-second jobs on two workers, not one after another


def test_a_job_over_budget_is_killed_and_its_worker_replaced() -> None:
    async def body(pool: WorkerPool) -> tuple[int, list[int]]:
        before = await pool.run(os.getpid)
        started = time.monotonic()
        with pytest.raises(JobTimeout):
            await pool.run(time.sleep, 3600, timeout=0.5)
        assert time.monotonic() - started < 5
        after = await asyncio.gather(*(pool.run(os.getpid, timeout=30) for _ in range(3)))
        return before, after

    before, after = run(with_pool(1, body))
    assert len(set(after)) == 1
    assert before not in after  # the one worker was killed and replaced


def test_a_dying_worker_fails_its_job_only() -> None:
    async def body(pool: WorkerPool) -> list[int]:
        with pytest.raises(JobCrashed):
            await pool.run(os._exit, 3, timeout=30)
        return list(await asyncio.gather(*(pool.run(os.getpid, timeout=30) for _ in range(3))))

    assert len(run(with_pool(1, body))) == 3


def test_an_exception_comes_back_with_its_name() -> None:
    async def body(pool: WorkerPool) -> JobFailed:
        with pytest.raises(JobFailed) as raised:
            await pool.run(int, "kein Wert", timeout=30)
        assert await pool.run(int, "42") == 42
        return raised.value

    error = run(with_pool(1, body))
    assert error.reason == "value-error"
    assert "kein Wert" in str(error)


def test_one_pool_per_process_closed_by_its_last_user() -> None:
    async def body() -> None:
        first, second = acquire(1, NO_WARM_UP), acquire(1, NO_WARM_UP)
        assert first is second
        release(first)
        assert await second.run(os.getpid, timeout=30) > 0
        release(second)
        with pytest.raises(JobCrashed):
            await second.run(os.getpid)

    run(body())


def test_a_pool_adopts_the_workers_started_ahead_and_the_rest_are_stopped() -> None:
    prestart(3, NO_WARM_UP)  # before any event loop runs
    from pipelines import pool as module

    ahead = [worker.process for _, worker in module._PRESTARTED]
    assert len(ahead) == 3

    async def body(pool: WorkerPool) -> set[int]:
        return set(await asyncio.gather(*(pool.run(os.getpid, timeout=30) for _ in range(8))))

    try:
        pids = run(with_pool(2, body))
        assert pids <= {p.pid for p in ahead}
        assert len(pids) >= 1
        left = [worker.process for _, worker in module._PRESTARTED]
        assert len(left) == 1
        assert left[0].poll() is None
    finally:
        discard_prestarted()
    assert all(p.poll() is not None for p in ahead)  # adopted ones closed with the pool too
    assert not module._PRESTARTED


def test_sequencer_keeps_the_order_of_entry() -> None:
    async def body() -> list[int]:
        order = Sequencer()
        left: list[int] = []

        async def item(number: int) -> None:
            async with order.turn():
                await asyncio.sleep(random.random() / 50)
                if number % 3 == 0:
                    raise ValueError(number)  # a dropped item keeps its place too
            left.append(number)

        results = await asyncio.gather(*(item(n) for n in range(30)), return_exceptions=True)
        assert sum(isinstance(r, ValueError) for r in results) == 10
        return left

    assert run(body()) == [n for n in range(30) if n % 3]


def test_offload_runs_in_process_outside_a_crawl() -> None:
    offload = Offload(Settings({"ARCHIVE_WORKERS": 2, "ARCHIVE_PAGE_TIMEOUT": 3}))
    assert (offload.workers, offload.timeout) == (2, 3.0)
    assert run(offload.run(os.getpid)) == os.getpid()
    with pytest.raises(JobFailed, match="ValueError"):
        run(offload.run(int, "x"))
    assert Offload(Settings()).workers >= 1


ORPHAN = """
import asyncio, os, sys, time
from pipelines.pool import WorkerPool

async def main():
    pool = WorkerPool(2, warm_up=())
    pool.start()
    while not all(w.ready for w in pool.workers):
        await asyncio.sleep(0.05)
    jobs = [asyncio.ensure_future(pool.run(time.sleep, 3600)) for _ in range(2)]
    await asyncio.sleep(0.5)
    print(*(w.process.pid for w in pool.workers), flush=True)
    await asyncio.gather(*jobs)

asyncio.run(main())
"""


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for its reaper does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_workers_end_with_a_killed_crawl_even_in_the_middle_of_a_job() -> None:
    crawl = subprocess.Popen([sys.executable, "-c", ORPHAN], stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).parent.parent.parent)  # fmt: skip
    try:
        assert crawl.stdout is not None
        pids = [int(pid) for pid in crawl.stdout.readline().split()]
        assert len(pids) == 2
        assert all(alive(pid) for pid in pids)
    finally:
        crawl.kill()  # SIGKILL: no clean-up in the crawl process
        crawl.wait(timeout=10)
        if crawl.stdout is not None:
            crawl.stdout.close()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in pids)


def test_workers_are_forked_from_one_warmed_up_zygote_and_replaced_from_it() -> None:
    async def body(pool: WorkerPool) -> tuple[set[int], set[int], float]:
        await asyncio.gather(*(pool.run(os.getpid, timeout=30) for _ in range(6)))
        parents = set(await asyncio.gather(*(pool.run(os.getppid) for _ in range(6))))
        with pytest.raises(JobTimeout):
            await pool.run(time.sleep, 3600, timeout=0.3)
        started = time.monotonic()
        after = set(await asyncio.gather(*(pool.run(os.getppid, timeout=30) for _ in range(4))))
        return parents, after, time.monotonic() - started

    parents, after, seconds = run(with_pool(2, body))
    assert len(parents) == 1  # one zygote forked both
    assert os.getpid() not in parents
    assert after == parents  # and the replacement
    assert seconds < 5


def test_workers_start_as_fresh_interpreters_when_forking_is_off(monkeypatch: Any) -> None:
    from pipelines import pool as module

    monkeypatch.setattr(module, "FORK", False)

    async def body(pool: WorkerPool) -> set[int]:
        return set(await asyncio.gather(*(pool.run(os.getppid, timeout=30) for _ in range(4))))

    assert run(with_pool(2, body)) == {os.getpid()}


def test_forked_workers_live_on_when_their_zygote_stops() -> None:
    from pipelines import pool as module

    async def body(pool: WorkerPool) -> tuple[int, int]:
        first = await pool.run(os.getpid, timeout=30)
        module.stop_zygotes()
        return first, await pool.run(os.getpid, timeout=30)

    first, again = run(with_pool(1, body))
    assert first == again
