"""Re-checks: fetch stored articles again on a decaying schedule and keep their versions.

``newsarchive recheck`` runs one re-check spider per site that has articles due. A
re-check spider is the site's own spider class (so its extraction rules and site helpers
apply) with this module's :class:`RecheckMixin` in front: instead of discovering pages it
requests the due articles, conditionally (``If-None-Match``/``If-Modified-Since`` with the
stored ``ETag``/``Last-Modified``), without following redirects:

- ``304 Not Modified``: unchanged, one small request; the ``rechecks`` row says so.
- ``200``: the page goes through the usual pipelines (extract → classify → dedupe →
  store) plus the versions stage (``pipelines.versions``, 700), which keeps the previous
  text as a version when something changed. Classification and copy detection do not
  drop an archived article on a re-check (threshold 0, similarity above 1). A page that
  no longer extracts is a failure row, never an empty version.
- ``404``/``410`` or a redirect to another address: the article is marked removed
  ("depubliziert") with the date; its text stays.

Schedule: an article is checked at the checkpoints ``ARCHIVE_RECHECK_SCHEDULE`` after its
publication (its first fetch when the date is unknown), each at most once, and never once
the last checkpoint has passed. The state lives in the database, so a stopped run simply
picks up what is still due; polite as any crawl (robots.txt, delays, autothrottle).
Schedule, state and validators: :mod:`newsarchive.crawl.recheck_state`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any, ClassVar

import scrapy
from scrapy import Spider, signals
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.http import Response
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from newsarchive.archive import storage, versions
from newsarchive.archive.crawlstate import archive_for
from newsarchive.crawl import runner
from newsarchive.crawl.base import ArchiveSpider, failure_reason
from newsarchive.crawl.recheck_state import (
    due_articles,
    parse_schedule,
    response_header,
    save_state,
)
from newsarchive.items import FailureItem, PageItem
from newsarchive.urls import normalize_url

#: The versions stage, added to a re-check's pipelines only.
VERSIONS_PIPELINE = "pipelines.versions.VersionsPipeline"
#: Statuses a re-check handles itself (everything else is a failure row).
HANDLED = (200, 301, 302, 303, 307, 308, 304, 404, 410)
GONE = (404, 410)


class RecheckMixin:
    """Turns a site spider into its re-check spider (see the module docstring)."""

    site_slug: ClassVar[str] = ""
    name: str
    crawler: Crawler

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.everything = str(kwargs.get("all", "")) in ("1", "true", "yes")

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)  # type: ignore[misc]
        pipelines = dict(settings.getdict("ITEM_PIPELINES"))
        pipelines[VERSIONS_PIPELINE] = 700
        for name, value in (("ITEM_PIPELINES", pipelines), ("ARCHIVE_RELEVANCE_THRESHOLD", 0.0),
                            ("ARCHIVE_DUPLICATE_SIMILARITY", 2.0),
                            ("ARCHIVE_INCREMENTAL", False)):  # fmt: skip
            settings.set(name, value, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Any:
        spider = super().from_crawler(crawler, *args, **kwargs)  # type: ignore[misc]
        if spider.health is not None:  # a re-check stores nothing new: no site verdict
            crawler.signals.disconnect(spider.health.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(spider.recheck_dropped, signal=signals.item_dropped)
        return spider

    @property
    def db(self) -> Any:
        return archive_for(self.crawler).db

    async def start(self) -> AsyncIterator[Any]:
        settings = self.crawler.settings
        schedule = parse_schedule(settings.get("ARCHIVE_RECHECK_SCHEDULE"))
        limit = settings.getint("ARCHIVE_RECHECK_MAX_ARTICLES")
        due = due_articles(self.db, datetime.now(UTC), schedule, self.site_slug,
                           self.everything, limit)  # fmt: skip
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("archive/recheck/due", len(due))
        for article in due:
            yield self.recheck_request(article)

    def recheck_request(self, article: dict[str, Any], url: str = "") -> scrapy.Request:
        """The conditional request for one article (``url``: a same-article redirect)."""
        target = url or article.get("fetch_url") or article.get("fetched_url") or article["url"]
        headers = {}
        if article.get("etag"):
            headers["If-None-Match"] = article["etag"]
        if article.get("last_modified"):
            headers["If-Modified-Since"] = article["last_modified"]
        meta = {"dont_redirect": True, "handle_httpstatus_list": list(HANDLED),
                "archive_listed_url": target, "archive_recheck": article}  # fmt: skip
        return scrapy.Request(target, callback=self.parse_recheck, errback=self.recheck_error,
                              headers=headers, meta=meta, dont_filter=True)  # fmt: skip

    def parse_recheck(self, response: Response) -> Iterator[Any]:
        """Handle a re-check's answer (see the module docstring)."""
        article = response.meta["archive_recheck"]
        now = storage.utcnow()
        state = {"site": self.site_slug, "last_checked": now,
                 "first_seen": article.get("first_seen") or article.get("fetched_at"),
                 "checks": self._checks(article["url"]) + 1}  # fmt: skip
        stats = self.crawler.stats
        assert stats is not None
        status = response.status
        if status == 304:
            stats.inc_value("archive/recheck/not_modified")
            save_state(self.db, article["url"], last_status="unverändert (304)", **state)
            return
        if status in GONE or 300 <= status < 400:
            location = response.urljoin(response_header(response, b"Location") or "")
            same = status not in GONE and self._same_article(location, article, response.url)
            if same and not response.meta.get("archive_recheck_hop"):
                request = self.recheck_request(article, location)
                request.meta["archive_recheck_hop"] = True
                yield request
                return
            reason = f"http-{status}" if status in GONE else f"weitergeleitet: {location}"
            with self.db.atomic():
                versions.mark_removed(self.db, article["url"], reason, now)
            stats.inc_value("archive/recheck/removed")
            save_state(self.db, article["url"], last_status=f"entfernt ({reason})", **state)
            return
        validators = {"etag": response_header(response, b"ETag"),
                      "last_modified": response_header(response, b"Last-Modified")}  # fmt: skip
        save_state(self.db, article["url"], last_status="abgerufen", fetch_url=response.url,
                   **validators, **state)  # fmt: skip
        stats.inc_value("archive/recheck/fetched")
        yield PageItem(
            url=response.url, site=self.site_slug, body=response.body,
            encoding=getattr(response, "encoding", None), status=status, fetched_at=now,
            request_url=article.get("listed_url") or article["url"], hints={},
        )  # fmt: skip

    def _checks(self, url: str) -> int:
        row = self.db.execute("SELECT checks FROM rechecks WHERE url = ?", [url]).fetchone()
        return int(row[0] or 0) if row else 0

    @staticmethod
    def _same_article(location: str, article: dict[str, Any], requested: str) -> bool:
        """A redirect that keeps the article (http → https, ``www.``, a trailing slash)."""
        here = {normalize_url(u) for u in (requested, article["url"], article.get("fetched_url"))
                if u}  # fmt: skip
        return bool(location) and normalize_url(location) in here

    def recheck_error(self, failure: Failure) -> Iterator[FailureItem]:
        """A re-check that could not fetch the page: a failure row (stage ``recheck``)."""
        request = getattr(failure, "request", None)
        article = request.meta.get("archive_recheck", {}) if request is not None else {}
        reason = failure_reason(failure)
        if article:
            save_state(self.db, article["url"], site=self.site_slug,
                       last_checked=storage.utcnow(), last_status=f"fehler ({reason})",
                       checks=self._checks(article["url"]) + 1)  # fmt: skip
        url = article.get("url") or (request.url if request is not None else "?")
        yield self.failure(url, "recheck", reason, str(failure.value))

    def failure(self, url: str, stage: str, reason: str, detail: str = "") -> FailureItem:
        return FailureItem(url=url, site=self.site_slug, stage=stage, reason=reason,
                           detail=detail[:500])  # fmt: skip

    def recheck_dropped(
        self, item: Any, response: Any, exception: Exception, spider: Spider
    ) -> None:
        """A re-fetched page that failed a stage: say so in its ``rechecks`` row."""
        if spider is not self or response is None:
            return
        article = response.meta.get("archive_recheck")
        if article:
            reason = getattr(exception, "reason", type(exception).__name__)
            save_state(self.db, article["url"], last_status=f"fehler ({reason})")


def recheck_class(slug: str, site_cls: type[ArchiveSpider] | None) -> type[Spider]:
    """The re-check spider class of a site (the generic spider for an unknown slug)."""
    base = site_cls or ArchiveSpider
    return type(f"Recheck{base.__name__}", (RecheckMixin, base),
                {"name": f"recheck-{slug}", "site_slug": slug})  # fmt: skip


def sites_due(db_path: str, overrides: dict[str, Any] | None, everything: bool) -> list[str]:
    """The sites with articles due for a re-check."""
    settings = runner.project_settings(overrides)
    schedule = parse_schedule(settings.get("ARCHIVE_RECHECK_SCHEDULE"))
    db = storage.open_db(db_path)
    try:
        due = due_articles(db, datetime.now(UTC), schedule, everything=everything)
    finally:
        db.close()
    return sorted({a["site"] for a in due if a["site"]})


def recheck(db_path: str, overrides: dict[str, Any] | None = None,
            everything: bool = False) -> list[runner.SiteSummary]:  # fmt: skip
    """Re-check the due articles of every site in one process; a summary per site."""
    from newsarchive.crawl.sources import spider_classes

    settings = runner.project_settings({**(overrides or {}), "ARCHIVE_DB": db_path})
    slugs = sites_due(db_path, overrides, everything)
    if not slugs:
        return []
    process = CrawlerProcess(settings)
    classes = spider_classes()
    crawlers = []
    for slug in slugs:
        crawler = process.create_crawler(recheck_class(slug, classes.get(slug)))
        crawlers.append(crawler)
        process.crawl(crawler, all="1" if everything else "")
    process.start()
    return [summarise(slug, c.stats.get_stats() if c.stats else {})
            for slug, c in zip(slugs, crawlers, strict=True)]  # fmt: skip


def summarise(slug: str, stats: dict[str, Any]) -> runner.SiteSummary:
    """A re-check's figures as a site summary (``pages``: requests answered)."""
    summary = runner.summarise(slug, stats)
    summary.copies = 0
    return summary


def format_report(db_path: str, results: list[runner.SiteSummary]) -> str:
    """A short report: per site how many were due, unchanged, changed, removed, failed."""
    if not results:
        return "Nichts fällig: kein Artikel ist zur Nachprüfung dran."
    db = storage.open_db(db_path)
    try:
        rows = db.execute(
            "SELECT site, last_status, count(*) FROM rechecks GROUP BY site, last_status"
        ).fetchall()
    finally:
        db.close()
    per_site: dict[str, dict[str, int]] = {}
    for site, status, count in rows:
        per_site.setdefault(site or "?", {})[(status or "?").split(" ")[0]] = count
    lines = [f"{'site':<20} {'requests':>8}  status (all re-checks so far)"]
    for s in results:
        counts = json.dumps(per_site.get(s.spider, {}), ensure_ascii=False)
        lines.append(f"{s.spider:<20} {s.pages:>8}  {counts}")
    return "\n".join(lines)


def main_after_crawl(db_path: str, overrides: tuple[str, ...] | list[str] = ()) -> int:
    """``newsarchive crawl`` with ``ARCHIVE_RECHECK_AFTER_CRAWL``: run the re-check in a
    fresh process (Twisted's reactor runs once per process) with the crawl's ``--set``
    overrides; its exit status."""
    import subprocess

    command = [sys.executable, "-m", "newsarchive", "recheck", "--db", db_path]
    for pair in overrides:
        command += ["--set", pair]
    return subprocess.run(command, check=False).returncode
