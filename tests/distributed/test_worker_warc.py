"""A worker's WARC records: durable before their items go on the stream (one ``fsync`` for
the items waiting together), named so that ingest finds them; the worker's first line
says where its items go."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest

from newsarchive.archive.warcfiles import HttpMessage, WarcWriter
from newsarchive.crawl.distributed.exporter import GroupSync
from newsarchive.crawl.distributed.ingest import Ingest
from newsarchive.crawl.runner import project_settings, settings_line


class CountingWriter(WarcWriter):
    """A writer that counts its ``fsync`` calls."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fsyncs = 0

    def sync(self) -> None:
        self.fsyncs += 1
        super().sync()


def write_page(writer: WarcWriter, n: int) -> None:
    writer.write_exchange(f"https://example.de/{n}", HttpMessage("GET / HTTP/1.1", []),
                          HttpMessage.response(200, [], b"<p>x</p>"))  # fmt: skip


def test_items_waiting_together_share_one_sync(tmp_path: Path) -> None:
    writer = CountingWriter(tmp_path / "warc", tmp_path / "archive.db")
    sync = GroupSync(writer)

    async def items() -> None:
        for n in range(20):
            write_page(writer, n)
        await asyncio.gather(*(sync.durable() for _ in range(20)))
        await sync.durable()  # nothing new written: no sync
        write_page(writer, 99)
        await sync.durable()

    asyncio.run(items())
    writer.close()
    assert writer.fsyncs == 2
    assert sync.synced == writer.records


def test_a_record_written_during_a_sync_waits_for_the_next(tmp_path: Path) -> None:
    writer = CountingWriter(tmp_path / "warc", tmp_path / "archive.db")
    started, go_on = threading.Event(), threading.Event()
    plain_sync = writer.sync

    def slow_sync() -> None:
        started.set()
        go_on.wait(10)
        plain_sync()

    writer.sync = slow_sync  # type: ignore[method-assign]
    sync = GroupSync(writer)

    async def items() -> None:
        write_page(writer, 1)
        first = asyncio.ensure_future(sync.durable())
        await asyncio.get_running_loop().run_in_executor(None, started.wait, 10)
        write_page(writer, 2)  # while the first sync runs
        second = asyncio.ensure_future(sync.durable())
        go_on.set()
        await first
        assert sync.synced == 3  # warcinfo and the first exchange, not the second
        await second

    asyncio.run(items())
    writer.close()
    assert writer.fsyncs == 2
    assert sync.synced == writer.records == 5


@pytest.mark.parametrize(("name", "stored"), [
    ("{tmp}/warc/newsarchive-w1-1-00000-1.warc.gz", "warc/newsarchive-w1-1-00000-1.warc.gz"),
    ("{tmp}/elsewhere/cc-news.warc.gz", "{tmp}/elsewhere/cc-news.warc.gz"),
    ("https://data.example/cc.warc.gz", "https://data.example/cc.warc.gz"),
])  # fmt: skip
def test_ingest_names_the_files_of_its_warc_folder_as_one_process(
    tmp_path: Path, name: str, stored: str
) -> None:
    job = Ingest.__new__(Ingest)  # only the naming: no Redis, no database
    job.db = str(tmp_path / "archive.db")
    job.warc_dir = (tmp_path / "warc").resolve()
    assert job.warc_name(name.format(tmp=tmp_path)) == stored.format(tmp=tmp_path)


def test_a_workers_first_line_names_the_stream_not_a_database() -> None:
    worker = project_settings({"ARCHIVE_REDIS_URL": "redis://:secret@db-host:6380/2"})
    line = settings_line(["welt"], worker, None)
    assert "into the Redis stream at db-host:6380/2" in line
    assert "archive.db" not in line
    assert "secret" not in line
    assert " into archive.db" in settings_line(["welt"], project_settings({}), None)
