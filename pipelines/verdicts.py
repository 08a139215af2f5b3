"""The classifier's verdicts kept by page (``page_verdicts``), for re-extraction.

The classify stage hands each verdict of a page with a place in the WARC files to
:class:`VerdictLog`, with the key of the classifier's inputs
(:func:`newsarchive.topics.version.input_key`). They are written inside the archive's
next batch transaction (``Archive.commit_hooks``) and at the end of the crawl, by a crawl
that writes the archive itself (a store stage among its pipelines; not a worker of the
Redis fleet, which has no database). A verdict
lost to a failed batch only costs a later re-extraction one classification: a page
without a stored verdict (or with another key) is classified.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

import sqlite_utils
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy.utils.misc import load_object

from newsarchive.archive.crawlstate import archive_for
from newsarchive.topics.classifier import Classification
from pipelines.store import StorePipeline

_encode = json.JSONEncoder(ensure_ascii=False).encode


def pack(verdict: Classification) -> bytes:
    """A verdict as stored: JSON of :meth:`Classification.as_dict`, zlib-compressed (its
    evidence makes it ~3 KB of JSON, ~0.6 KB packed)."""
    return zlib.compress(_encode(verdict.as_dict()).encode("utf-8", "surrogatepass"), 6)


def unpack(packed: bytes) -> Classification:
    """A stored verdict read back (exactly the one packed: JSON keeps floats exact)."""
    data = json.loads(zlib.decompress(packed).decode("utf-8", "surrogatepass"))
    return Classification(float(data["relevance"]), bool(data["relevant"]),
                          list(data["banks"]), list(data["networks"]),
                          list(data["evidence"]), str(data.get("reason") or ""))  # fmt: skip


class VerdictLog:
    """Verdicts waiting for the archive's next commit."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.pending: list[tuple[str, int, str, bytes]] = []
        self._hooked = False
        self.enabled = writes_archive(crawler.settings)

    def add(self, item: Any, key: str, verdict: Classification) -> None:
        """Keep ``verdict`` (inputs' ``key``) for the page of ``item``, if it has a place
        in the WARC files."""
        warc_file, offset = getattr(item, "warc_file", None), getattr(item, "warc_offset", None)
        if not self.enabled or not warc_file or offset is None:
            return
        if not self._hooked:
            archive_for(self.crawler).commit_hooks.append(self.write)
            self._hooked = True
        self.pending.append((str(warc_file), int(offset), key, pack(verdict)))

    def write(self, db: sqlite_utils.Database) -> None:
        """Write the waiting verdicts (inside the caller's transaction)."""
        rows, self.pending = self.pending, []
        if rows:
            db.conn.executemany("INSERT OR REPLACE INTO page_verdicts (warc_file, warc_offset, "
                                "input_key, verdict) VALUES (?, ?, ?, ?)", rows)  # fmt: skip

    def close(self) -> None:
        """Write what is left (the crawl ends)."""
        if self.pending:
            db = archive_for(self.crawler).db
            with db.atomic():
                self.write(db)


def writes_archive(settings: BaseSettings) -> bool:
    """Whether a crawl with these settings stores its items in SQLite itself (a store
    stage, :class:`pipelines.store.StorePipeline` or a subclass, is among its pipelines)."""
    for path, order in settings.getwithbase("ITEM_PIPELINES").items():
        if order is None:
            continue
        try:
            stage = load_object(path) if isinstance(path, str) else path
        except (ImportError, AttributeError, ValueError, NameError):
            continue
        if isinstance(stage, type) and issubclass(stage, StorePipeline):
            return True
    return False
