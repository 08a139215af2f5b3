"""The Redis connection, key names and the records on the item stream."""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from typing import Any

import redis

from newsarchive.items import ArticleItem, FailureItem

#: Prefix of every key of the distributed mode (``ARCHIVE_REDIS_PREFIX``).
DEFAULT_PREFIX = "newsarchive"


def connect(url: str) -> Any:
    """A client (``redis.Redis``) for ``redis://HOST:PORT/DB``; raises ``ValueError`` for
    a bad URL and ``redis.ConnectionError`` when nobody answers. Typed ``Any``: redis-py's
    hints mix the answers of its sync and async clients."""
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ValueError(f"not a Redis URL: {url!r} (expected redis://HOST:6379/0)")
    client = redis.Redis.from_url(url)
    client.ping()
    return client


class Keys:
    """Names of the keys, all under one prefix."""

    def __init__(self, prefix: str = DEFAULT_PREFIX) -> None:
        self.prefix = prefix

    # shared frontier (scrapy-redis formats "%(spider)s")
    @property
    def queue(self) -> str:
        return f"{self.prefix}:%(spider)s:requests"

    @property
    def dupefilter(self) -> str:
        return f"{self.prefix}:%(spider)s:dupefilter"

    def requested(self, spider: str) -> str:
        """Set of normalised article URLs some worker has requested in this crawl."""
        return f"{self.prefix}:{spider}:requested"

    def processing(self, spider: str) -> str:
        """Hash task id → serialised request popped by a worker and not finished."""
        return f"{self.prefix}:{spider}:processing"

    def owners(self, spider: str) -> str:
        """Hash task id → id of the worker that holds it."""
        return f"{self.prefix}:{spider}:owners"

    @property
    def archived(self) -> str:
        """Set of normalised URLs stored in the archive (filled by ingest)."""
        return f"{self.prefix}:archived"

    @property
    def stream(self) -> str:
        """Stream of items on their way to the writer."""
        return f"{self.prefix}:items"

    @property
    def group(self) -> str:
        return "ingest"

    @property
    def workers(self) -> str:
        """Hash worker id → JSON heartbeat (time, host, pid, spiders, state)."""
        return f"{self.prefix}:workers"

    @property
    def spiders(self) -> str:
        """Set of spider names that ever used the shared frontier (for status)."""
        return f"{self.prefix}:spiders"

    def fetches(self, bucket: int) -> str:
        """Hash domain → fetches started in one 10-second bucket."""
        return f"{self.prefix}:fetches:{bucket}"

    def stored(self, bucket: int) -> str:
        """Counter of items committed by ingest in one 10-second bucket."""
        return f"{self.prefix}:stored:{bucket}"

    def slots(self, domain: str) -> str:
        """Sorted set of a domain's download slots held (member → lease end)."""
        return f"{self.prefix}:polite:{domain}:slots"

    def next_start(self, domain: str) -> str:
        """When the next download from a domain may start (the fleet's delay)."""
        return f"{self.prefix}:polite:{domain}:next"

    def run_counts(self, run: str) -> str:
        """Hash stat → count of the items of one worker run ingest stored."""
        return f"{self.prefix}:run:{run}"

    @property
    def warc_files(self) -> str:
        """List of WARC files queued for import (:mod:`.warcqueue` has the others)."""
        return f"{self.prefix}:warc:todo"


#: Width in seconds of the rate buckets status reads.
BUCKET_SECONDS = 10


def bucket(now: float | None = None) -> int:
    """The rate bucket of ``now``."""
    return int((now if now is not None else time.time()) // BUCKET_SECONDS)


# --- stream records ----------------------------------------------------------------


def article_record(item: ArticleItem) -> dict[str, str]:
    """A stream entry for an extracted, classified article."""
    return {"kind": "article", "data": json.dumps(asdict(item), ensure_ascii=False)}


def failure_record(item: FailureItem) -> dict[str, str]:
    """A stream entry for a failure row."""
    return {"kind": "failure", "data": json.dumps(asdict(item), ensure_ascii=False)}


def skipped_record(url: str, site: str, title: str, score: float, reason: str,
                   detail: str, source_archive: str = "") -> dict[str, str]:  # fmt: skip
    """A stream entry for an off-topic page (``source_archive``: the WARC it came from)."""
    data = {"url": url, "site": site, "title": title, "score": score, "reason": reason,
            "detail": detail, "source_archive": source_archive}  # fmt: skip
    return {"kind": "skipped", "data": json.dumps(data, ensure_ascii=False)}


def crawl_record(run: str, spider: str, reason: str, stats: dict[str, Any]) -> dict[str, str]:
    """A stream entry for the end of one worker's run of a spider (ingest writes its
    ``crawls`` row)."""
    data = {"run": run, "spider": spider, "reason": reason, "stats": stats}
    return {"kind": "crawl", "data": json.dumps(data, default=str, ensure_ascii=False)}


def validators_record(rows: list[dict[str, Any]]) -> dict[str, str]:
    """A stream entry for a batch of ``validators`` rows (ETag/Last-Modified per page)."""
    return {"kind": "validators", "data": json.dumps({"rows": rows}, ensure_ascii=False)}


def run_of(fields: dict[bytes, bytes]) -> str:
    """The worker run (``worker-id:spider``) that put a stream entry."""
    return fields.get(b"run", b"").decode()


def decode(fields: dict[bytes, bytes]) -> tuple[str, dict[str, Any]]:
    """``(kind, data)`` of a stream entry."""
    kind = fields[b"kind"].decode()
    return kind, json.loads(fields[b"data"])


def job_of(fields: dict[bytes, bytes]) -> str:
    """The WARC import job of a stream entry (``""``: a crawl's entry)."""
    return fields.get(b"job", b"").decode()
