"""robots.txt in a worker: the worker that downloads a page checks it.

In one process, Scrapy's robots.txt middleware (100) checks the real address and the
mirror middleware (101, ``ARCHIVE_BASE_URL``) then sends the page to the mirror with the
check's flag set (``dont_obey_robotstxt``), rescheduled at once in the same process. In
a fleet the rescheduled request goes through the shared Redis queue and another worker
downloads it, trusting a flag set elsewhere: a page refused by robots.txt must never be
fetched on the strength of such a flag. :class:`FleetRobotsMiddleware` (102, just after
the rewrite) asks this worker's own robots.txt middleware about the real address of
every mirror request again; a request whose sender had opted out of robots.txt
(the flag saved before the rewrite, e.g. robots.txt itself) is left alone.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import NotConfigured

#: The mirror middleware's meta keys: the real address and the flags before the rewrite.
REAL_URL, SAVED_FLAGS = "archive_real_url", "archive_saved_flags"


class FleetRobotsMiddleware:
    """Check robots.txt for the real address of a mirror request (priority 102)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self._robots: RobotsTxtMiddleware | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FleetRobotsMiddleware:
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        return cls(crawler)

    def robots(self) -> RobotsTxtMiddleware | None:
        """This crawler's robots.txt middleware (its parsed files, its stats)."""
        if self._robots is None:
            engine: Any = self.crawler.engine
            found = engine.downloader.middleware.middlewares if engine is not None else ()
            self._robots = next((m for m in found if isinstance(m, RobotsTxtMiddleware)), None)
        return self._robots

    async def process_request(self, request: Request) -> None:
        real = request.meta.get(REAL_URL)
        saved = request.meta.get(SAVED_FLAGS) or {}
        if not real or saved.get("dont_obey_robotstxt"):
            return None
        robots = self.robots()
        if robots is not None:  # raises IgnoreRequest ("Forbidden by robots.txt")
            await robots.process_request(Request(real, headers=request.headers))
        return None
