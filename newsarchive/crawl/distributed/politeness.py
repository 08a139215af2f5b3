"""Politeness for the fleet: per-domain concurrency and delay shared through Redis.

Scrapy keeps ``CONCURRENT_REQUESTS_PER_DOMAIN`` and ``DOWNLOAD_DELAY`` per process, so
N workers would hit a site N times as hard. :class:`FleetPolitenessMiddleware` sits next
to the downloader of every worker: before a download starts it takes one of the domain's
slots in Redis (at most ``CONCURRENT_REQUESTS_PER_DOMAIN`` for the whole fleet, and no
start sooner than ``DOWNLOAD_DELAY`` after the previous one), and gives the slot back when
the response or error arrives. A slot is a lease: a worker that dies frees its slots
after ``DOWNLOAD_TIMEOUT`` plus a margin. robots.txt is still obeyed by every worker
(Scrapy's middleware, before this one). Times come from the Redis server's clock, so the
workers' clocks do not matter.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from newsarchive.crawl.distributed import keys

#: Take a slot: drop expired leases; if the domain is full answer how long to wait
#: (ms), if the delay has not passed answer the rest of it; else hold a slot (0).
ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  return tonumber(ARGV[5])
end
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then
  return nxt - now
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[4])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
if tonumber(ARGV[2]) > 0 then
  redis.call('SET', KEYS[2], now + tonumber(ARGV[2]), 'PX', tonumber(ARGV[2]) + 1000)
end
return 0
"""

#: Token meta key of the slot a request holds.
TOKEN = "archive_polite_token"


def domain_of(request: Request) -> str:
    """The real host a request goes to (the mirror keeps it in ``archive_real_url``)."""
    real = request.meta.get("archive_real_url")
    host = urlparse_cached(Request(real)).hostname if real else urlparse_cached(request).hostname
    return (host or "").lower()


class FleetPolitenessMiddleware:
    """Wait for a fleet-wide slot of the request's domain before it is downloaded."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.server = keys.connect(settings.get("ARCHIVE_REDIS_URL"))
        self.keys = keys.Keys(settings.get("ARCHIVE_REDIS_PREFIX"))
        self.limit = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        self.delay_ms = int(settings.getfloat("DOWNLOAD_DELAY") * 1000)
        self.lease_ms = int((settings.getfloat("DOWNLOAD_TIMEOUT") + 5) * 1000)
        self.poll_ms = int(settings.getfloat("ARCHIVE_REDIS_POLL_SECONDS") * 1000) or 20
        self.acquire = self.server.register_script(ACQUIRE)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FleetPolitenessMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        if TOKEN in request.meta:
            return None
        domain = domain_of(request)
        token = uuid.uuid4().hex
        args: list[int | str] = [self.limit, self.delay_ms, self.lease_ms, token, self.poll_ms]
        waited = 0.0
        while True:
            wait = int(self.acquire(keys=[self.keys.slots(domain), self.keys.next_start(domain)],
                                    args=args))  # fmt: skip
            if wait <= 0:
                break
            waited += wait / 1000
            await asyncio.sleep(wait / 1000)
        request.meta[TOKEN] = (domain, token)
        bucket = self.keys.fetches(keys.bucket())
        with self.server.pipeline() as pipe:
            pipe.hincrby(bucket, domain, 1)
            pipe.expire(bucket, 120)
            pipe.execute()
        if self.stats is not None and waited:
            self.stats.inc_value("archive/redis/polite_wait_ms", int(waited * 1000))
        return None

    def release(self, request: Request) -> None:
        held = request.meta.pop(TOKEN, None)
        if held:
            domain, token = held
            self.server.zrem(self.keys.slots(domain), token)

    def process_response(self, request: Request, response: Response) -> Response:
        self.release(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> Any:
        self.release(request)
        return None
