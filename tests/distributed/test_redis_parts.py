"""The Redis parts one by one: the shared incremental check, the fleet's download slots,
the status report (each against a real redis-server)."""

from __future__ import annotations

import json
import time

from newsarchive.crawl.distributed import keys
from newsarchive.crawl.distributed.politeness import ACQUIRE
from newsarchive.crawl.distributed.status import fleet_status, format_status
from newsarchive.crawl.distributed.worker import SharedKnown


def test_shared_known_claims_a_url_once(redis_url: str) -> None:
    server = keys.connect(redis_url)
    names = keys.Keys()
    server.sadd(names.archived, "https://a.de/archived")
    first = SharedKnown(server, names.archived, names.requested("s"))
    second = SharedKnown(server, names.archived, names.requested("s"))
    assert "https://a.de/archived" in first
    assert "https://a.de/new" not in first  # claimed by the first worker
    assert "https://a.de/new" in second  # so the second one skips it
    assert len(second) == 1


def test_download_slots_are_shared_and_spaced(redis_url: str) -> None:
    server = keys.connect(redis_url)
    acquire = server.register_script(ACQUIRE)
    names = keys.Keys()
    slot_keys = [names.slots("a.de"), names.next_start("a.de")]

    def take(token: str, delay_ms: int = 0) -> int:
        return int(acquire(keys=slot_keys, args=[2, delay_ms, 60_000, token, 25]))

    assert take("w1") == 0
    assert take("w2") == 0
    assert take("w3") == 25  # full: two slots for the whole fleet
    server.zrem(names.slots("a.de"), "w1")
    assert take("w3", delay_ms=300) == 0
    server.zrem(names.slots("a.de"), "w2")
    wait = take("w4", delay_ms=300)
    assert 0 < wait <= 300  # the delay since the last start holds too
    other = [names.slots("b.de"), names.next_start("b.de")]
    assert int(acquire(keys=other, args=[2, 300, 60_000, "x", 25])) == 0  # per domain


def test_status_names_queues_rates_and_dead_workers(redis_url: str) -> None:
    server = keys.connect(redis_url)
    names = keys.Keys()
    server.sadd(names.spiders, "welt")
    server.zadd(names.queue % {"spider": "welt"}, {"r1": 0, "r2": 0})
    server.hset(names.owners("welt"), "t1", "w-dead")
    server.xadd(names.stream, {"kind": "failure", "data": "{}"})
    previous = keys.bucket() - 1
    server.hset(names.fetches(previous), "www.welt.de", 30)
    server.set(names.stored(previous), 120)
    now = time.time()
    beat = {"host": "h", "pid": 1, "spider": "welt", "pages": 5, "items": 4}
    server.hset(
        names.workers, "w-live:welt", json.dumps({**beat, "seen": now, "state": "crawling"})
    )
    server.hset(names.workers, "w-dead:welt", json.dumps({**beat, "seen": now - 60,
                                                         "state": "crawling"}))  # fmt: skip
    status = fleet_status(server, worker_timeout=10)
    assert status.queues == {"welt": 2}
    assert status.in_flight == {"welt": 1}
    assert status.stream == 1
    assert status.items_per_second == 2.0
    assert status.domain_rates == {"www.welt.de": 0.5}
    assert [w["worker"] for w in status.workers] == ["w-live:welt"]
    assert [w["worker"] for w in status.failed] == ["w-dead:welt"]
    text = format_status(status)
    assert "FAILED workers (no heartbeat): 1" in text
    assert "www.welt.de: 0.50 fetches/s" in text


def test_status_shows_the_warc_import_queue(redis_url: str) -> None:
    from newsarchive.crawl.distributed.warcqueue import WarcQueue, queue_files
    from newsarchive.crawl.warcimport import ImportSummary

    server = keys.connect(redis_url)
    assert "WARC" not in format_status(fleet_status(server))  # no import: no line
    queue_files(server, keys.DEFAULT_PREFIX, ["/d/a.warc.gz", "/d/b.warc.gz", "/d/c.warc.gz"])
    queue_files(server, keys.DEFAULT_PREFIX, ["/d/d.warc.gz"])
    reader = WarcQueue(server, keys.DEFAULT_PREFIX, "w1", lease=60)
    done = reader.take()
    assert done is not None
    reader.finish(done, ImportSummary(done.source))
    assert reader.take() is not None  # being read
    WarcQueue(server, keys.DEFAULT_PREFIX, "w2", lease=-1).take()  # its worker died
    status = fleet_status(server)
    assert status.warc_files == {"queued": 1, "leased": 2, "expired": 1, "done": 1, "files": 4}
    line = format_status(status).splitlines()[1]
    assert line.startswith("WARC files: 1 queued, 2 being read, 1 done of 4 (1 whose worker")


def test_queue_takes_the_sites_in_turn(redis_url: str) -> None:
    from scrapy import Request, Spider

    from newsarchive.crawl.distributed.scheduler import DomainFairQueue

    queue = DomainFairQueue(keys.connect(redis_url), Spider(name="s"), "s:requests")
    for n in range(3):
        queue.push(Request(f"https://a.de/{n}"))
    for n in range(2):
        queue.push(Request(f"https://b.de/{n}"))
    queue.push(Request("https://b.de/first", priority=5))
    popped = [queue.pop().url for _ in range(len(queue))]
    assert popped == ["https://b.de/first", "https://a.de/0", "https://b.de/0",
                      "https://a.de/1", "https://b.de/1", "https://a.de/2"]  # fmt: skip


def test_status_command(redis_url: str) -> None:
    from click.testing import CliRunner

    from newsarchive.cli import cli

    done = CliRunner().invoke(cli, ["status", "--redis", redis_url])
    assert done.exit_code == 0, done.output
    assert "workers alive: 0" in done.output
    as_json = CliRunner().invoke(cli, ["status", "--redis", redis_url, "--json"])
    assert json.loads(as_json.output)["stream"] == 0


def test_commands_reject_a_bad_redis_url() -> None:
    from click.testing import CliRunner

    from newsarchive.cli import cli

    done = CliRunner().invoke(cli, ["worker", "--redis", "localhost:6379"])
    assert done.exit_code == 2
    assert "not a Redis URL" in done.output


def test_a_worker_sends_its_validators_as_one_entry_a_batch(redis_url: str) -> None:
    from newsarchive.crawl.distributed.validators import FleetValidatorsMiddleware

    server = keys.connect(redis_url)
    names = keys.Keys()
    middleware = FleetValidatorsMiddleware(server, names.stream)
    middleware.flush()  # nothing collected: no entry
    assert server.xlen(names.stream) == 0
    rows = [{"url": f"https://a.de/{i}", "etag": f'"{i}"', "last_modified": None,
             "seen_at": "2026-11-29T10:00:00+00:00"} for i in range(3)]  # fmt: skip
    middleware.rows = list(rows)
    middleware.flush()
    ((_, fields),) = server.xrange(names.stream)
    assert keys.decode(fields) == ("validators", {"rows": rows})
    assert middleware.rows == []
