"""``newsarchive status --redis``: what the fleet is doing, read from Redis alone."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import redis

from newsarchive.crawl.distributed import keys
from newsarchive.crawl.distributed.warcqueue import WarcKeys

#: Seconds of history the rates are averaged over (whole rate buckets).
RATE_WINDOW = 60


@dataclass
class FleetStatus:
    """Queue lengths, rates and workers of the fleet."""

    queues: dict[str, int] = field(default_factory=dict)  #: spider → requests queued
    in_flight: dict[str, int] = field(default_factory=dict)  #: spider → requests held
    stream: int = 0  #: items waiting for ingest
    unacked: int = 0  #: items read by ingest, not yet committed
    items_per_second: float = 0.0  #: items committed by ingest
    domain_rates: dict[str, float] = field(default_factory=dict)  #: fetches/s per domain
    workers: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)  #: heartbeat stopped
    #: WARC files of ``import-warc --redis``: queued, leased (being read), expired (lease
    #: ran out: the worker died, another takes the file), done, files (of all jobs)
    warc_files: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def fleet_status(server: Any, prefix: str = keys.DEFAULT_PREFIX,
                 worker_timeout: float = 10.0) -> FleetStatus:  # fmt: skip
    """Read the fleet's state."""
    names = keys.Keys(prefix)
    status = FleetStatus()
    for raw in sorted(server.smembers(names.spiders)):
        spider = raw.decode()
        status.queues[spider] = int(server.zcard(names.queue % {"spider": spider}))
        status.in_flight[spider] = int(server.hlen(names.owners(spider)))
    if server.exists(names.stream):
        status.stream = int(server.xlen(names.stream))
        try:
            status.unacked = int(server.xpending(names.stream, names.group)["pending"])
        except redis.ResponseError:  # no consumer group yet: ingest never ran
            status.unacked = 0
    now = time.time()
    status.warc_files = warc_queue(server, prefix, now)
    current = keys.bucket(now)
    buckets = range(current - RATE_WINDOW // keys.BUCKET_SECONDS, current)
    stored = [server.get(names.stored(b)) for b in buckets]
    status.items_per_second = sum(int(v or 0) for v in stored) / RATE_WINDOW
    rates: dict[str, int] = {}
    for b in buckets:
        for domain, count in server.hgetall(names.fetches(b)).items():
            rates[domain.decode()] = rates.get(domain.decode(), 0) + int(count)
    status.domain_rates = {d: n / RATE_WINDOW for d, n in sorted(rates.items())}
    for name, raw in sorted(server.hgetall(names.workers).items()):
        beat = {"worker": name.decode(), **json.loads(raw)}
        beat["age"] = round(now - float(beat["seen"]), 1)
        if beat["state"] == "closed":
            continue
        (status.failed if beat["age"] >= worker_timeout else status.workers).append(beat)
    return status


def warc_queue(server: Any, prefix: str, now: float) -> dict[str, int]:
    """The WARC import queue: files queued, leased, leased past their lease, done and in
    all (over the jobs still in Redis)."""
    names = WarcKeys(prefix)
    files = done = 0
    for key in server.scan_iter(match=f"{names.base}:*:meta", count=500):
        job = key.decode()[len(names.base) + 1 : -len(":meta")]
        files += int(server.hget(key, "files") or 0)
        done += int(server.hlen(names.job(job) + "done"))
    return {"queued": int(server.llen(names.todo)), "leased": int(server.zcard(names.leases)),
            "expired": int(server.zcount(names.leases, "-inf", now)), "done": done,
            "files": files}  # fmt: skip


def format_warc(warc: dict[str, int]) -> str | None:
    """The WARC queue's line, if an import was queued."""
    if not (warc.get("files") or warc.get("queued") or warc.get("leased")):
        return None
    line = (f"WARC files: {warc['queued']} queued, {warc['leased']} being read, "
            f"{warc['done']} done of {warc['files']}")  # fmt: skip
    if warc.get("expired"):
        line += f" ({warc['expired']} whose worker stopped: read again once taken)"
    return line


def format_status(status: FleetStatus) -> str:
    """A short report for a person."""
    lines = [f"items waiting for ingest: {status.stream} ({status.unacked} being stored); "
             f"stored {status.items_per_second:.1f} items/s (last {RATE_WINDOW} s)"]  # fmt: skip
    for spider, queued in status.queues.items():
        held = status.in_flight.get(spider, 0)
        if queued or held:
            lines.append(f"  queue {spider}: {queued} requests, {held} in flight")
    if warc := format_warc(status.warc_files):
        lines.append(warc)
    for domain, rate in status.domain_rates.items():
        lines.append(f"  {domain}: {rate:.2f} fetches/s")
    lines.append(f"workers alive: {len(status.workers)}")
    for beat in status.workers:
        lines.append(f"  {beat['worker']} on {beat['host']} ({beat['spider']}): {beat['state']}, "
                     f"{beat['pages']} pages, {beat['items']} items")  # fmt: skip
    if status.failed:
        lines.append(f"FAILED workers (no heartbeat): {len(status.failed)}")
        for beat in status.failed:
            lines.append(f"  {beat['worker']} on {beat['host']} ({beat['spider']}): silent for "
                         f"{beat['age']:.0f} s; its requests are queued again")  # fmt: skip
    return "\n".join(lines)
