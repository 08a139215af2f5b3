"""``import-warc --redis``: workers take the queued WARC files, ingest stores their items;
the archive and the accounting are the one-process import's, also when a worker dies
holding a file (its lease runs out and another worker reads the file again)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

import pytest
from demo_helpers import CRAWL_TIMEOUT
from fleet_helpers import archive_rows, set_args, start_ingest
from warc_helpers import WarcBuilder, article_html

from newsarchive.bench.localserver import stop_process
from newsarchive.crawl.distributed import keys
from newsarchive.crawl.distributed.warcqueue import (
    JobKnown,
    WarcKeys,
    WarcQueue,
    WarcTask,
    queue_files,
)
from newsarchive.crawl.warcimport import ImportSummary

#: Off-topic pages per file: enough that a file takes a worker a few seconds.
PAGES = 40
OFF_TOPIC = (b'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Bundesliga '
             b"%d</title></head><body><article><h1>Bundesliga meldet Rekord %d</h1><p>Die "
             b"Vereine der Bundesliga melden so viele Zuschauer wie nie. Die Stadien waren "
             b"voll, die Stimmung gut, und die Saison verspricht Spannung bis Mai.</p><p>Der "
             b"Liga-Chef lobte die Fans. Im Winter sollen neue Regeln folgen, sagte er am "
             b"Montag in Frankfurt.</p></article></body></html>")  # fmt: skip
#: The fleet's settings in these tests: a dead worker's file comes back after 3 s.
SETTINGS = {"ARCHIVE_REDIS_WORKER_TIMEOUT": "4", "ARCHIVE_REDIS_WARC_LEASE": "3"}


def newsarchive(*args: str, settings: dict[str, str] | None = None) -> list[str]:
    return [sys.executable, "-m", "newsarchive", *args, *set_args(settings or {})]


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three files: an article, an empty page (a failure), off-topic pages, a 404 and an
    image each."""
    folder = tmp_path_factory.mktemp("fleet-warcs")
    files = []
    for n in range(3):
        warc = WarcBuilder()
        warc.response(f"https://www.welt.de/wirtschaft/article{n}01/Banken.html",
                      article_html(f"Banken im Netz {n}", text=n))  # fmt: skip
        warc.response(f"https://www.welt.de/wirtschaft/article{n}02/Leer.html", b"  ")
        for page in range(PAGES):
            url = f"https://www.welt.de/wirtschaft/article{n}{page:03d}9/Bundesliga.html"
            warc.response(url, OFF_TOPIC % (page, page))
        warc.response(f"https://www.welt.de/wirtschaft/article{n}03/Weg.html", b"x",
                      status="404 Not Found")  # fmt: skip
        warc.response(f"https://www.welt.de/logo{n}.png", b"\x89PNG", content_type="image/png")
        path = folder / f"part{n}.warc.gz"
        warc.write(path)
        files.append(path)
    return files


def test_lease_runs_out_and_the_file_comes_back(redis_url: str) -> None:
    server = keys.connect(redis_url)
    job = queue_files(server, "t", ["/a.warc.gz", "/b.warc.gz"])
    first, second = WarcQueue(server, "t", "w1", 0.5), WarcQueue(server, "t", "w2", 30)
    a = first.take()
    assert a is not None
    assert a.source == "/a.warc.gz"
    assert a.job == job
    assert first.renew(a)
    assert not second.renew(a)
    b = second.take()
    assert b is not None
    assert b.source == "/b.warc.gz"
    assert second.take() is None
    assert second.leased() == 2
    time.sleep(0.7)  # w1 stops renewing: its file goes back to the head of the queue
    again = second.take()
    assert again == a
    assert not first.renew(a)
    assert second.renew(a)
    second.finish(a, ImportSummary(a.source, records=3))
    assert second.leased() == 1


def test_job_known_keeps_a_reread_files_own_pages(redis_url: str) -> None:
    server = keys.connect(redis_url)
    server.sadd(keys.Keys("t").archived, "https://x.de/old")
    mine = JobKnown(server, "t", WarcTask("j", "/a"), keys.Keys("t").archived)
    other = JobKnown(server, "t", WarcTask("j", "/b"), keys.Keys("t").archived)
    assert "https://x.de/old" in mine
    assert "https://x.de/new" not in mine  # claimed for /a
    mine.add("https://x.de/new")
    assert "https://x.de/new" in other
    assert "https://x.de/new" in mine
    again = JobKnown(server, "t", WarcTask("j", "/a"), keys.Keys("t").archived)
    server.sadd(keys.Keys("t").archived, "https://x.de/new")  # ingest stored it meanwhile
    assert "https://x.de/new" not in again  # /a read again keeps it
    assert server.hget(WarcKeys("t").job("j") + "claims", "https://x.de/new") == b"/a"


def queued_of(server: Any, source: str) -> int:
    """Entries of ``source``'s records on the stream."""
    entries = server.xrange(keys.Keys().stream)
    return sum(json.loads(fields[b"data"]).get("source_archive") == source
               for _, fields in entries)  # fmt: skip


def start_warc_worker(redis_url: str, name: str, log: IO[bytes], env: dict[str, str]
                      ) -> subprocess.Popen[bytes]:  # fmt: skip
    """``newsarchive worker --warc`` with the id ``name``."""
    settings = {**SETTINGS, "ARCHIVE_REDIS_WORKER_ID": name}
    command = newsarchive("worker", "--redis", redis_url, "--warc", settings=settings)
    return subprocess.Popen(
        command, stdout=log, stderr=log, env=env, cwd=log.name.rsplit("/", 1)[0]
    )


@pytest.mark.slow
def test_workers_import_like_one_process_and_take_over_a_dead_workers_file(
    warcs: list[Path], redis_url: str, tmp_path: Path
) -> None:
    paths = [str(p) for p in warcs]
    one = subprocess.run(newsarchive("import-warc", *paths, "--db", str(tmp_path / "one.db"),
                                     "--json"), capture_output=True, text=True,
                         timeout=CRAWL_TIMEOUT, check=False)  # fmt: skip
    assert one.returncode == 0, one.stderr[-2000:]
    with (tmp_path / "fleet.log").open("ab") as log:
        fleet, held = run_fleet(redis_url, paths, log, tmp_path)
    assert fleet == json.loads(one.stdout)
    assert fleet[0]["imported"] == 1
    assert fleet[0]["skipped"] == PAGES
    assert archive_rows(tmp_path / "fleet.db") == archive_rows(tmp_path / "one.db")
    ingested = (tmp_path / "ingest.log").read_text()
    assert "ingested" in ingested
    server, names = keys.connect(redis_url), WarcKeys(keys.DEFAULT_PREFIX)
    source = WarcTask.decode(held).source
    (job,) = {k.decode().split(":")[2] for k in server.keys("newsarchive:warc:*:done")}
    reading = json.loads(server.hget(names.job(job) + "done", source))
    assert reading["worker"] in ("w1", "w2")  # the dead worker's file was taken over


def run_fleet(redis_url: str, paths: list[str], log: IO[bytes], tmp_path: Path
              ) -> tuple[list[dict[str, object]], bytes]:  # fmt: skip
    """``import-warc --redis --wait``, 3 workers and ingest; the first worker is killed
    once it put items of its file on the stream. The summaries, and the task it held."""
    env = {**os.environ, "ARCHIVE_LOG_LEVEL": "WARNING"}
    waiting = subprocess.Popen(newsarchive("import-warc", "--redis", redis_url, "--wait",
                                           "--json", *paths), stdout=subprocess.PIPE,
                               stderr=log, env=env)  # fmt: skip
    server = keys.connect(redis_url)
    names = WarcKeys(keys.DEFAULT_PREFIX)
    while not server.llen(names.todo):
        assert waiting.poll() is None
        time.sleep(0.05)
    workers = [start_warc_worker(redis_url, "w0", log, env)]
    deadline = time.monotonic() + CRAWL_TIMEOUT
    held = None
    while time.monotonic() < deadline:  # w0 alone, until some items of its file are queued
        held = {v: k for k, v in server.hgetall(names.owners).items()}.get(b"w0")
        if held is not None and queued_of(server, WarcTask.decode(held).source) >= 2:
            break
        assert workers[0].poll() is None, (tmp_path / "fleet.log").read_text()
        time.sleep(0.01)
    assert held is not None
    workers[0].kill()  # SIGKILL, holding a file half read
    workers[0].wait(timeout=10)
    workers += [start_warc_worker(redis_url, f"w{i}", log, env) for i in (1, 2)]
    ingest = start_ingest(redis_url, tmp_path / "fleet.db", tmp_path / "ingest.log")
    for process in [*workers[1:], ingest]:
        try:
            assert process.wait(timeout=CRAWL_TIMEOUT) == 0, (tmp_path / "fleet.log").read_text()
        finally:
            stop_process(process)
    out, _ = waiting.communicate(timeout=CRAWL_TIMEOUT)
    assert waiting.returncode == 0, (tmp_path / "fleet.log").read_text()
    return json.loads(out), held
