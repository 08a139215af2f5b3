"""Downloader middlewares: the mirror of the web (the demo), redirects checked like any
request, and no second try at a host whose name did not resolve."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import CannotResolveHostError, IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import DNSLookupError

from newsarchive.urls import registered_domain

logger = logging.getLogger(__name__)


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


class RedirectRefused(IgnoreRequest):
    """A redirect to a host outside the spider's domains (recorded as ``redirect-offsite``)."""


def host_allowed(host: str, domains: list[str]) -> bool:
    """Whether ``host`` is one of ``domains`` or below one of them."""
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in (d.lower() for d in domains))


class RedirectGuardMiddleware:
    """Check every redirect against the spider's domains, like a new request (priority 51,
    after Scrapy's offsite check and before robots.txt).

    Article requests carry ``dont_filter`` (so a redirect loop ends as ``redirect-loop``
    instead of being dropped by the duplicate filter), and ``dont_filter`` also lets a
    request pass Scrapy's offsite check. A redirect keeps it, so without this check a
    crawled site could send the crawler to any host: an internal address, a cloud
    metadata service. Here a redirected request must stay within the spider's
    ``allowed_domains`` (a spider without any: within the registered domain of the
    address first requested) and use http or https; otherwise it is refused before any
    byte goes to that host, its robots.txt included, and the page gets a failure row.
    A redirect that stays on the site then passes Scrapy's robots.txt check as usual.
    Requests already rewritten to the mirror (``ARCHIVE_BASE_URL``) were checked before.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.base = str(crawler.settings.get("ARCHIVE_BASE_URL") or "").rstrip("/")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectGuardMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        chain = request.meta.get("redirect_urls")
        if not chain or (self.base and request.url.startswith(self.base)):
            return
        parts = urlparse_cached(request)
        domains = list(getattr(self.crawler.spider, "allowed_domains", None) or [])
        if not domains:
            origin = str(chain[0])
            if self.base and origin.startswith(self.base):
                origin = from_mirror(origin, self.base)
            domains = [registered_domain(origin)]
        if parts.scheme in ("http", "https") and host_allowed(parts.hostname or "", domains):
            return
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("archive/redirect_refused")
        raise RedirectRefused(f"redirect to another host refused: {request.url} "
                              f"(from {chain[-1]})")  # fmt: skip


class UnresolvedHostMiddleware:
    """A host whose name did not resolve is not asked again in this crawl (priority 555:
    its exceptions are seen before Scrapy's retries at 550).

    The failed request is not retried, and every later request to that host fails at
    once with the same error (recorded as ``dns``), instead of 4 tries per request.
    """

    def __init__(self) -> None:
        self.unresolved: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UnresolvedHostMiddleware:
        return cls()

    def process_request(self, request: Request) -> None:
        host = urlparse_cached(request).hostname or ""
        if host in self.unresolved:
            request.meta["dont_retry"] = True
            raise CannotResolveHostError(f"{host} did not resolve earlier in this crawl")

    def process_exception(self, request: Request, exception: Exception) -> Any:
        if isinstance(exception, CannotResolveHostError | DNSLookupError):
            self.unresolved.add(urlparse_cached(request).hostname or "")
            request.meta["dont_retry"] = True
        return None
