"""Downloader middlewares."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response


def to_mirror(url: str, base: str) -> str:
    """``https://www.welt.de/a?b`` → ``<base>/www.welt.de/a?b``."""
    parts = urlsplit(url)
    rest = parts.path or "/"
    if parts.query:
        rest += "?" + parts.query
    return f"{base}/{parts.netloc.lower()}{rest}"


def from_mirror(url: str, base: str) -> str:
    """``<base>/www.welt.de/a?b`` → ``https://www.welt.de/a?b`` (the inverse of ``to_mirror``)."""
    rest = url[len(base) :].lstrip("/")
    return "https://" + rest if "/" in rest else "https://" + rest + "/"


#: Meta keys a rewrite to the mirror sets because their checks already ran on the real URL.
CHECKED_FLAGS = ("allow_offsite", "dont_obey_robotstxt")


class BaseUrlMiddleware:
    """Send every request to a mirror of the web at ``ARCHIVE_BASE_URL`` (the demo site).

    Spiders keep their real URLs: the request to ``https://www.welt.de/x`` is fetched
    from ``<base>/www.welt.de/x`` and its response carries the real URL again, so no
    spider changes and the archive stores real addresses. Mirrors must send absolute,
    real URLs in ``Location`` headers. Runs right after Scrapy's offsite (50) and
    robots.txt (100) checks, which so see the real URL (robots.txt itself is fetched
    from the mirror's ``<host>/robots.txt``); the rewritten request is rescheduled with
    ``allow_offsite`` and ``dont_obey_robotstxt`` so it is not checked twice.
    """

    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BaseUrlMiddleware:
        base = crawler.settings.get("ARCHIVE_BASE_URL")
        if not base:
            raise NotConfigured
        return cls(base)

    def process_request(self, request: Request) -> Request | None:
        if request.url.startswith(self.base) or not request.url.startswith("http"):
            return None
        meta = {
            **request.meta,
            "allow_offsite": True,  # the domain check ran on the real URL
            "dont_obey_robotstxt": True,  # and so did robots.txt (the mirror's copy)
            "archive_real_url": request.url,
            "archive_saved_flags": {k: request.meta[k] for k in CHECKED_FLAGS if k in request.meta},
        }
        return request.replace(url=to_mirror(request.url, self.base), meta=meta)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.url.startswith(self.base):
            return response.replace(url=from_mirror(response.url, self.base))
        return response


class MirrorResetMiddleware(BaseUrlMiddleware):
    """Undo a rewrite's check flags on a request for a real URL again (before the offsite
    check, priority 49).

    A redirect answered by the mirror copies the rewritten request's meta into the request
    for the new real URL; without this reset, that URL (possibly on another domain)
    would skip the offsite and robots.txt checks.
    """

    def process_request(self, request: Request) -> Request | None:
        saved = request.meta.pop("archive_saved_flags", None)
        if saved is None or request.url.startswith(self.base):
            if saved is not None:
                request.meta["archive_saved_flags"] = saved
            return None
        for key in CHECKED_FLAGS:
            request.meta.pop(key, None)
        request.meta.update(saved)
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        return response
