"""Is a site failing? The verdict of a finished crawl.

:func:`site_failure` reads a finished crawl's stats and names why a site yielded no
articles (``dns``, ``http-403``, ``no-articles-discovered``, ...; every value is listed
in the README, "Running crawls"); the :class:`SiteHealth`
extension stores it as the stat ``archive/site_failed`` so the ``crawls`` row (and
``newsarchive crawl``'s summary) shows it.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

#: Fetch failures that name a site-wide problem, most telling first (the site's verdict
#: ``archive/site_failed`` when it yielded nothing).
SITE_WIDE_REASONS = ("dns", "connection-refused", "connection-failed", "timeout",
                     "robots-disallowed", "http-403", "http-401", "http-429")  # fmt: skip


#: An incremental run whose listings named archived articles is judged only when it
#: requested at least this many new pages: a few broken new pages don't make a failing site.
MIN_NEW_PAGES_TO_JUDGE = 5


def site_failure(stats: dict[str, Any]) -> str | None:
    """Why a crawl yielded no articles, or ``None`` if the site is fine.

    A run that stored, copied or skipped (off-topic) anything is fine; so is one whose
    listings named articles already in the archive and only a few new pages.
    """
    done = sum(int(stats.get(k, 0)) for k in ("archive/stored", "archive/copies_stored",
                                              "archive/skipped"))  # fmt: skip
    if done:
        return None
    requested = int(stats.get("archive/discovery/requested", 0))
    if int(stats.get("archive/discovery/known", 0)) and requested < MIN_NEW_PAGES_TO_JUDGE:
        return None
    for reason in SITE_WIDE_REASONS:
        if stats.get(f"archive/failed/{reason}"):
            return reason
    if not int(stats.get("response_received_count", 0)):
        return "unreachable"
    if not requested:
        return "no-articles-discovered"
    dropped = [k.rsplit("/", 1)[1] for k in stats if k.startswith("archive/dropped/")]
    if dropped:
        return "no-articles-extracted:" + ",".join(sorted(dropped))
    http = sorted(k.rsplit("/", 1)[1] for k in stats if k.startswith("archive/failed/http-"))
    return http[0] if http else "no-articles-fetched"


class SiteHealth:
    """Sets ``archive/site_failed`` at the end of a crawl that yielded no articles.

    Every site spider connects one when it is created, before the extensions (and so
    before the crawl recorder), so the verdict lands in the ``crawls`` row's stats.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteHealth:
        health = cls(crawler)
        crawler.signals.connect(health.spider_closed, signal=signals.spider_closed)
        return health

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats
        assert stats is not None
        verdict = site_failure(stats.get_stats())
        if verdict:
            stats.set_value("archive/site_failed", verdict)
            logger.info("%s: no articles (%s)", spider.name, verdict)  # the summary says it
