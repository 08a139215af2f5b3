"""scrapy-redis's scheduler, plus a record of the requests each worker holds.

scrapy-redis pops a request from the shared queue and forgets it: if the worker dies
before the page is handled, the page is lost (the duplicate filter has seen it, so nobody
requests it again). :class:`ReliableScheduler` writes each popped request, under a task
id kept in its ``meta`` (so redirects and retries stay the same task), to a Redis hash
with its owner. The worker extension (:mod:`.worker`) deletes the entry once the page's
item is on the stream, and puts the entries of dead workers back into the queue.
"""

from __future__ import annotations

import uuid
from typing import Any

from scrapy import Request, Spider
from scrapy.utils.httpobj import urlparse_cached
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from newsarchive.crawl.distributed.keys import Keys

#: The request meta key holding the task id.
TASK = "archive_redis_task"


#: Score step of one priority level (a domain's sequence numbers stay below it).
PRIORITY_STEP = 1e9


class DomainFairQueue(PriorityQueue):
    """scrapy-redis's priority queue, taking the domains in turn within a priority.

    The n-th request queued for a domain scores ``n`` (plus ``-priority`` steps), so
    the fleet pops the first request of every domain, then the second of every domain...
    With plain scrapy-redis, equal scores pop in byte order, i.e. one site's pages in a
    row, and the fleet's per-site limit (:mod:`.politeness`) would leave the workers
    waiting on one site while the others idle.
    """

    def push(self, request: Request) -> None:
        real = request.meta.get("archive_real_url")
        host = (urlparse_cached(Request(real)) if real else urlparse_cached(request)).hostname
        sequence = self.server.incr(f"{self.key}:seq:{host or ''}")
        score = -request.priority * PRIORITY_STEP + sequence
        self.server.zadd(self.key, {self._encode_request(request): score})


class _Stats:
    """Scrapy's stats collector without the ``spider`` argument scrapy-redis 0.9.1 still
    passes to ``inc_value`` (deprecated since Scrapy 2.13: a warning per request)."""

    def __init__(self, stats: Any) -> None:
        self.stats = stats

    def inc_value(self, key: str, count: int = 1, start: int = 0, spider: Any = None) -> None:
        self.stats.inc_value(key, count, start)


class ReliableScheduler(Scheduler):
    """The scrapy-redis scheduler; every popped request is recorded until it is done."""

    worker_id = ""
    keys = Keys()

    @classmethod
    def from_crawler(cls, crawler: Any) -> ReliableScheduler:
        scheduler: ReliableScheduler = super().from_crawler(crawler)
        scheduler.stats = _Stats(crawler.stats) if crawler.stats is not None else None
        scheduler.worker_id = crawler.settings.get("ARCHIVE_REDIS_WORKER_ID")
        scheduler.keys = Keys(crawler.settings.get("ARCHIVE_REDIS_PREFIX"))
        return scheduler

    def open(self, spider: Spider) -> None:
        super().open(spider)
        self.server.sadd(self.keys.spiders, spider.name)

    def next_request(self) -> Request | None:
        request: Request | None = super().next_request()
        if request is None:
            return None
        task = request.meta.setdefault(TASK, uuid.uuid4().hex)
        name = self.spider.name
        with self.server.pipeline() as pipe:
            pipe.hset(self.keys.processing(name), task, self.queue._encode_request(request))
            pipe.hset(self.keys.owners(name), task, self.worker_id)
            pipe.execute()
        return request

    def done(self, task: str) -> None:
        """Forget a finished task."""
        name = self.spider.name
        with self.server.pipeline() as pipe:
            pipe.hdel(self.keys.processing(name), task)
            pipe.hdel(self.keys.owners(name), task)
            pipe.execute()

    def requeue(self, task: str) -> bool:
        """Put a task's request back into the shared queue (past the duplicate filter);
        ``False`` if another worker took it first."""
        name = self.spider.name
        encoded = self.server.hget(self.keys.processing(name), task)
        if encoded is None or not self.server.hdel(self.keys.owners(name), task):
            return False
        self.server.hdel(self.keys.processing(name), task)
        self.queue.push(self.queue._decode_request(encoded))
        return True

    def tasks(self) -> dict[str, str]:
        """Task id → owner worker id, of every unfinished task of this spider."""
        owners = self.server.hgetall(self.keys.owners(self.spider.name))
        return {k.decode(): v.decode() for k, v in owners.items()}


def scheduler_of(crawler: Any) -> ReliableScheduler | None:
    """The crawler's scheduler, if it is a :class:`ReliableScheduler`."""
    engine = getattr(crawler, "engine", None)
    slot = getattr(engine, "_slot", None) or getattr(engine, "slot", None)
    scheduler = getattr(slot, "scheduler", None)
    return scheduler if isinstance(scheduler, ReliableScheduler) else None


def finish_task(crawler: Any, response: Any) -> None:
    """The item of ``response`` (or of a failed request's failure) is on the stream:
    forget its request's task."""
    request = getattr(response, "request", None)
    task = request.meta.get(TASK) if request is not None else None
    scheduler = scheduler_of(crawler)
    if task and scheduler is not None:
        scheduler.done(task)
