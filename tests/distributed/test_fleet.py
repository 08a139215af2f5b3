"""Three workers and one ingest make the archive the one-process crawl makes; killing a
worker and the ingest mid-way loses and doubles nothing; politeness holds for the fleet."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest
from demo_helpers import CRAWL_TIMEOUT, DemoCrawl, query
from fleet_helpers import (
    archive_rows,
    counting_mirror,
    start_ingest,
    start_worker,
    wait_for_workers,
)

from newsarchive.archive.warcfiles import resolve
from newsarchive.archive.warcread import read_record_at
from newsarchive.bench.localserver import stop_process
from newsarchive.crawl.distributed import keys

pytestmark = pytest.mark.slow

#: Seconds the mirror waits before each answer, so three workers overlap.
LATENCY = 0.05


def wait_all(processes: list[subprocess.Popen[bytes]], logs: list[Path]) -> None:
    """Wait for the processes; fail with the log of one that failed."""
    for process, log in zip(processes, logs, strict=True):
        try:
            code = process.wait(timeout=CRAWL_TIMEOUT)
        finally:
            stop_process(process)
        assert code == 0, log.read_text(errors="replace")[-3000:]


def queued_items(redis_url: str) -> int:
    """Items the workers have put on the stream so far (their heartbeats)."""
    server = keys.connect(redis_url)
    return sum(json.loads(raw)["items"] for raw in server.hvals(keys.Keys().workers))


def assert_rows_point_at_records(db: Path) -> None:
    """Every row that names a WARC record names one the project's reader finds, in the
    archive's WARC folder, for the row's page (the response) or failure (its journal)."""
    rows = query(db, "SELECT url, warc_file, warc_offset, 'response' FROM articles "
                 "UNION ALL SELECT url, warc_file, warc_offset, NULL FROM failures "
                 "WHERE warc_file IS NOT NULL")  # fmt: skip
    assert any(kind for *_, kind in rows), rows
    for url, name, offset, kind in rows:
        assert name.startswith("warc/newsarchive-"), name  # named as one process names it
        record = read_record_at(resolve(name, db), offset)
        assert record.kind == (kind or record.kind)
        assert record.kind in ("response", "metadata")
        if kind:
            assert record.uri == url


def test_three_workers_make_the_one_process_archive(
    demo_crawl: DemoCrawl, redis_url: str, tmp_path: Path
) -> None:
    db = tmp_path / "fleet.db"
    workdir = tmp_path / "workers"  # the workers' working directory (their logs go there)
    workdir.mkdir()
    fleet = {"ARCHIVE_WARC_DIR": str(tmp_path / "warc")}  # the fleet's shared WARC folder
    # gated: the mirror answers nothing until all three workers are up, so a worker that
    # started first (its siblings slowed by a loaded machine) cannot fetch everything alone
    mirror = counting_mirror(LATENCY, gated=True)
    logs = [workdir / f"worker{i}.log" for i in range(3)] + [tmp_path / "ingest.log"]
    with mirror as base_url:
        processes = [start_worker(redis_url, base_url, demo_crawl.spiders, log, **fleet)
                     for log in logs[:3]]  # fmt: skip
        processes.append(start_ingest(redis_url, db, logs[3], **fleet))
        try:
            assert len(wait_for_workers(redis_url, 3, processes)) == 3
        finally:
            mirror.server.gate.set()  # type: ignore[attr-defined]
        wait_all(processes, logs)
    assert archive_rows(db) == archive_rows(demo_crawl.db)
    # workers never open SQLite; each writes its own WARC files in the shared folder
    assert not [p.name for p in workdir.rglob("*") if ".db" in p.name]
    assert not (workdir / "warc").exists()
    # each worker that fetched wrote files of its own (a late worker may find nothing left)
    recorded = query(db, "SELECT json_extract(stats, '$.\"archive/redis/worker\"') FROM crawls "
                     "WHERE json_extract(stats, '$.\"archive/warc/records\"') > 0")  # fmt: skip
    writers = {p.name.rsplit("-", 3)[0] for p in (tmp_path / "warc").iterdir()}
    assert len(writers) == len({row[0] for row in recorded}) >= 2
    assert_rows_point_at_records(db)
    # politeness: the fleet never had more requests in progress on a host than one
    # worker may (CONCURRENT_REQUESTS_PER_DOMAIN = 2)
    peak = mirror.server.peak  # type: ignore[attr-defined]
    assert peak
    assert max(peak.values()) <= 2, peak
    assert "ingested" in logs[3].read_text()
    # one crawls row per worker and spider, with the counts of what ingest stored
    crawls = query(db, "SELECT spider, finish_reason, stored, skipped, failed, "
                   "json_extract(stats, '$.\"archive/redis/worker\"') FROM crawls")  # fmt: skip
    assert len(crawls) == 3 * len(demo_crawl.spiders), crawls
    assert {row[0] for row in crawls} == set(demo_crawl.spiders)
    assert {row[1] for row in crawls} == {"finished"}
    assert len({row[5] for row in crawls}) == 3
    # each item is counted as ingest stored it: an article found later to be a copy was
    # stored first (as in one process), a page a dead worker's task redid counts twice
    rows = archive_rows(db)
    assert sum(row[2] for row in crawls) >= len(rows["articles"])
    assert sum(row[3] for row in crawls) >= len(rows["skipped"])
    assert sum(row[4] for row in crawls) >= len(rows["failures"]) > 0
    # the validators of every article page reached the archive (the first re-check is a
    # conditional request, as after a one-process crawl)
    validators = dict(query(db, "SELECT url, etag FROM validators"))
    fetched = [url for (url,) in query(db, "SELECT fetched_url FROM articles")]
    assert fetched
    assert all(validators[url].startswith('"') for url in fetched), (fetched, validators)


def test_killed_worker_and_ingest_lose_and_double_nothing(
    demo_crawl: DemoCrawl, redis_url: str, tmp_path: Path
) -> None:
    db = tmp_path / "killed.db"
    logs = [tmp_path / f"worker{i}.log" for i in range(3)] + [tmp_path / "ingest.log"]
    with counting_mirror(0.2) as base_url:
        workers = [start_worker(redis_url, base_url, demo_crawl.spiders, log)
                   for log in logs[:3]]  # fmt: skip
        ingest = start_ingest(redis_url, db, logs[3])
        deadline = time.monotonic() + CRAWL_TIMEOUT
        while queued_items(redis_url) < 8 and time.monotonic() < deadline:
            assert workers[0].poll() is None, logs[0].read_text(errors="replace")[-3000:]
            time.sleep(0.1)
        for victim in (workers[0], ingest):
            victim.kill()  # SIGKILL: no flush, no acknowledgement, no goodbye
            victim.wait(timeout=10)
        stored_when_killed = query(db, "SELECT count(*) FROM articles")[0][0]
        assert stored_when_killed < len(archive_rows(demo_crawl.db)["articles"])
        workers[0] = start_worker(redis_url, base_url, demo_crawl.spiders, logs[0])
        ingest = start_ingest(redis_url, db, logs[3])
        wait_all([*workers, ingest], logs)
    assert archive_rows(db) == archive_rows(demo_crawl.db)
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
