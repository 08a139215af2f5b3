"""Stage 700 (re-checks only): keep the previous text of an article that changed.

Added to the pipelines of a re-check (``newsarchive recheck``,
:mod:`newsarchive.crawl.recheck`); see :mod:`newsarchive.archive.versions` for what counts
as a change.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from scrapy.crawler import Crawler

from newsarchive.archive import versions
from newsarchive.archive.crawlstate import archive_for
from newsarchive.items import ArticleItem, DropItem


class VersionsPipeline:
    """Compare a re-fetched article with the stored one before the store stage writes it.

    The article keeps its stored key (``url``) even if the page now names another
    canonical address. A page whose text came out empty where the stored one had text is
    dropped as a ``recheck``/``empty`` failure: never an empty version.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> VersionsPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem) or item.original_url:
            return item
        archive = archive_for(self.crawler)
        if archive.pending:
            archive.flush()  # the stored row must be the newest committed text
        stored = self.stored_row(archive.db, item)
        if stored is None:
            return item
        item.url = stored["url"]
        new = asdict(item)
        if not versions.normalise(item.body) and versions.normalise(stored.get("body")):
            raise DropItem("recheck", "empty", "the page now has no article text")
        with archive.db.atomic():
            kinds = versions.record_change(archive.db, stored, new, item.fetched_at)
            status = "geändert: " + ", ".join(kinds) if kinds else "unverändert"
            archive.db.execute(
                "UPDATE rechecks SET last_status = ? WHERE url = ?", [status, stored["url"]]
            )
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(
                "archive/recheck/changed" if kinds else "archive/recheck/unchanged"
            )
        return item

    @staticmethod
    def stored_row(db: Any, item: ArticleItem) -> dict[str, Any] | None:
        """The stored article this item is a new fetch of (by key, then by address)."""
        for column, value in (("url", item.url), ("url", item.listed_url),
                              ("fetched_url", item.fetched_url),
                              ("listed_url", item.listed_url)):  # fmt: skip
            if not value:
                continue
            cursor = db.execute(f"SELECT * FROM articles WHERE {column} = ? LIMIT 1", [value])
            row = cursor.fetchone()
            if row is not None:
                return dict(zip([c[0] for c in cursor.description], row, strict=True))
        return None
