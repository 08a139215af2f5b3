"""The WARC files of ``import-warc --redis`` in Redis: queue, leases, outcomes.

``import-warc --redis URL PATHS`` queues one task per file (:func:`queue_files`) under
a job id. A worker takes one task at a time (:meth:`WarcQueue.take`) with a lease it
renews while it reads the file; a lease that runs out (the worker died) puts the task
back at the head of the queue, so another worker reads the file again. The worker marks
the file done (:meth:`WarcQueue.finish`) with what the reading found (records, filtered,
damage) once every item of the file is on the stream.

What became of the items (imported, copies, skipped, failed) is counted by ingest, after
its batch committed (:func:`count_outcomes`), once per record: a file read twice after a
worker died, or an entry delivered twice after ingest died, is not counted twice.
Together they give the one-process import's accounting (:func:`job_summaries`).

Keys: ``warc:todo`` (list of task JSON), ``warc:leases`` (sorted set task → lease end),
``warc:owners`` (hash task → worker), and per job ``warc:<job>:done`` (hash source →
reading JSON), ``warc:<job>:outcomes`` (hash ``source|outcome`` → count),
``warc:<job>:counted`` (set of records counted) and ``warc:<job>:claims`` (hash page
URL → the file that imports it).
"""

from __future__ import annotations

import json
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from newsarchive.crawl.distributed.keys import Keys
from newsarchive.crawl.warcimport import ImportSummary

#: Take a task: first put back the tasks whose lease ran out, then pop one and lease it.
TAKE = """
local now = tonumber(ARGV[1])
for _, task in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now)) do
  redis.call('ZREM', KEYS[2], task)
  redis.call('HDEL', KEYS[3], task)
  redis.call('LPUSH', KEYS[1], task)
end
local task = redis.call('LPOP', KEYS[1])
if task then
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), task)
  redis.call('HSET', KEYS[3], task, ARGV[3])
end
return task
"""

#: Renew a lease, if this worker still holds it (1) or not (0).
RENEW = """
if redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
return 1
"""

#: Count outcomes once: ARGV = prefix of the job keys, then triples source, outcome, record.
COUNT = """
local n = 0
for i = 2, #ARGV, 3 do
  if redis.call('SADD', ARGV[1] .. 'counted', ARGV[i] .. '|' .. ARGV[i + 2]) == 1 then
    redis.call('HINCRBY', ARGV[1] .. 'outcomes', ARGV[i] .. '|' .. ARGV[i + 1], 1)
    n = n + 1
  end
end
return n
"""


@dataclass(frozen=True)
class WarcTask:
    """One file of one import job, with the job's site filter."""

    job: str
    source: str
    sites: list[str] | None = None
    german: bool = False

    def encode(self) -> str:
        return json.dumps({"job": self.job, "source": self.source, "sites": self.sites,
                           "german": self.german}, sort_keys=True)  # fmt: skip

    @classmethod
    def decode(cls, raw: bytes | str) -> WarcTask:
        data = json.loads(raw)
        return cls(data["job"], data["source"], data.get("sites"), bool(data.get("german")))


class WarcKeys:
    """Key names of the WARC queue under the fleet's prefix."""

    def __init__(self, prefix: str) -> None:
        base = Keys(prefix).warc_files.rsplit(":", 1)[0]  # <prefix>:warc
        self.base = base
        self.todo = f"{base}:todo"
        self.leases = f"{base}:leases"
        self.owners = f"{base}:owners"

    def job(self, job: str) -> str:
        """Prefix of one job's keys."""
        return f"{self.base}:{job}:"


def queue_files(server: Any, prefix: str, sources: list[str], sites: list[str] | None = None,
                german: bool = False) -> str:  # fmt: skip
    """Queue one task per source under a new job id; return the id."""
    job = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    names = WarcKeys(prefix)
    tasks = [WarcTask(job, s, sites, german).encode() for s in sources]
    with server.pipeline() as pipe:
        pipe.hset(names.job(job) + "meta", mapping={"files": len(sources),
                                                    "sources": json.dumps(sources)})  # fmt: skip
        if tasks:
            pipe.rpush(names.todo, *tasks)
        pipe.execute()
    return job


class WarcQueue:
    """A worker's side of the queue."""

    def __init__(self, server: Any, prefix: str, worker: str, lease: float) -> None:
        self.server = server
        self.names = WarcKeys(prefix)
        self.worker = worker
        self.lease = lease
        self._take = server.register_script(TAKE)
        self._renew = server.register_script(RENEW)

    def take(self) -> WarcTask | None:
        """The next file to read (leased to this worker), or ``None`` if none is free."""
        n = self.names
        raw = self._take(keys=[n.todo, n.leases, n.owners],
                         args=[time.time(), self.lease, self.worker])  # fmt: skip
        return None if raw is None else WarcTask.decode(raw)

    def renew(self, task: WarcTask) -> bool:
        """Extend the lease; ``False`` if it ran out and another worker took the file."""
        n = self.names
        until = time.time() + self.lease
        return bool(
            self._renew(keys=[n.leases, n.owners], args=[task.encode(), self.worker, until])
        )

    def leased(self) -> int:
        """Files some worker is reading (or held when it died: they come back)."""
        return int(self.server.zcard(self.names.leases))

    def finish(self, task: WarcTask, reading: ImportSummary) -> None:
        """Record what reading the file found and give up its lease."""
        data = {"records": reading.records, "filtered": dict(reading.filtered),
                "damage": reading.damage, "worker": self.worker}  # fmt: skip
        encoded = task.encode()
        with self.server.pipeline() as pipe:
            pipe.hset(self.names.job(task.job) + "done", task.source, json.dumps(data))
            pipe.execute()
        if self.server.hget(self.names.owners, encoded) == self.worker.encode():
            with self.server.pipeline() as pipe:
                pipe.zrem(self.names.leases, encoded)
                pipe.hdel(self.names.owners, encoded)
                pipe.execute()


class JobKnown:
    """The ``known`` set of one file's reading in a fleet import.

    A page URL is known when this reading saw it already, when another file of the job
    claimed it first, or when it is in the archive and no file of this job claimed it
    (a file read again after its worker died keeps its own pages).
    """

    def __init__(self, server: Any, prefix: str, task: WarcTask, archived_key: str) -> None:
        self.server = server
        self.claims = WarcKeys(prefix).job(task.job) + "claims"
        self.source = task.source.encode()
        self.archived_key = archived_key
        self.seen: set[str] = set()

    def __contains__(self, url: object) -> bool:
        key = str(url)
        if key in self.seen:
            return True
        owner = self.server.hget(self.claims, key)
        if owner is None:
            if self.server.sismember(self.archived_key, key):
                return True
            if self.server.hsetnx(self.claims, key, self.source):
                return False  # claimed for this file now
            owner = self.server.hget(self.claims, key)
        return bool(owner != self.source)

    def add(self, url: str) -> None:
        self.seen.add(url)
        self.server.hsetnx(self.claims, url, self.source)

    def __len__(self) -> int:
        return len(self.seen)


#: The outcome ingest counts for each kind of stream entry.
OUTCOMES = ("imported", "copies", "skipped", "failed")


def count_outcomes(server: Any, prefix: str, counted: list[tuple[str, str, str, str]]) -> Any:
    """Count ``(job, source, outcome, record id)`` once each (ingest, after commit)."""
    by_job: dict[str, list[str]] = {}
    for job, source, outcome, record in counted:
        by_job.setdefault(job, []).extend([source, outcome, record])
    names = WarcKeys(prefix)
    for job, args in by_job.items():
        server.eval(COUNT, 0, names.job(job), *args)


def job_summaries(server: Any, prefix: str, job: str) -> list[ImportSummary]:
    """The accounting of a job so far, one summary per file (in queue order)."""
    names = WarcKeys(prefix)
    meta = server.hgetall(names.job(job) + "meta")
    sources = json.loads(meta.get(b"sources", b"[]"))
    done = server.hgetall(names.job(job) + "done")
    outcomes = {k.decode(): int(v) for k, v in server.hgetall(names.job(job) + "outcomes").items()}
    summaries = []
    for source in sources:
        summary = ImportSummary(source)
        reading = json.loads(done.get(source.encode(), b"{}"))
        summary.records = int(reading.get("records", 0))
        summary.filtered = Counter(reading.get("filtered", {}))
        summary.damage = str(reading.get("damage", ""))
        for outcome in OUTCOMES:
            setattr(summary, outcome, outcomes.get(f"{source}|{outcome}", 0))
        summaries.append(summary)
    return summaries


def job_state(server: Any, prefix: str, job: str) -> tuple[int, int]:
    """``(files of the job, files done)``."""
    names = WarcKeys(prefix)
    files = int(server.hget(names.job(job) + "meta", "files") or 0)
    return files, int(server.hlen(names.job(job) + "done"))


def warc_files_left(server: Any, prefix: str) -> int:
    """WARC files queued or being read (by live workers or dead ones whose lease runs)."""
    names = WarcKeys(prefix)
    return int(server.llen(names.todo)) + int(server.zcard(names.leases))


def job_finished(server: Any, prefix: str, job: str) -> bool:
    """Every file of the job is read and every entry on the stream is stored."""
    files, done = job_state(server, prefix, job)
    if done < files:
        return False
    names = Keys(prefix)
    if not server.exists(names.stream):
        return True
    try:
        pending = int(server.xpending(names.stream, names.group)["pending"])
    except Exception:  # no consumer group: ingest never ran
        return False
    return not pending and not server.xlen(names.stream)


def queue_and_wait(
    server: Any, prefix: str, sources: list[str], sites: list[str] | None, german: bool,
    wait: bool, poll: float = 1.0,
) -> tuple[str, list[ImportSummary]]:  # fmt: skip
    """Queue the files; with ``wait``, return once the job is finished (the workers and
    ingest do the work) with its accounting."""
    job = queue_files(server, prefix, sources, sites, german)
    if wait:
        while not job_finished(server, prefix, job):
            time.sleep(poll)
    return job, job_summaries(server, prefix, job)
