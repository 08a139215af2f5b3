"""robots.txt holds in a fleet: a page rewritten to the mirror by one worker and taken
from the shared queue by another is checked again by the worker that downloads it."""

from __future__ import annotations

import asyncio

import pytest
from scrapy import Request, Spider
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.robotstxt import ProtegoRobotParser
from scrapy.utils.test import get_crawler

from newsarchive.crawl.distributed.robots import FleetRobotsMiddleware
from newsarchive.crawl.distributed.worker import worker_settings
from newsarchive.crawl.middlewares import BaseUrlMiddleware
from newsarchive.crawl.runner import project_settings

MIRROR = "http://127.0.0.1:8000"
ROBOTS = b"User-agent: *\nDisallow: /wirtschaft/intern/\n"
REFUSED = "https://www.welt.de/wirtschaft/intern/article1/Vorschau.html"
ALLOWED = "https://www.welt.de/wirtschaft/article2/Banken.html"


def worker_check() -> FleetRobotsMiddleware:
    """The check of a worker that has read www.welt.de's robots.txt."""
    crawler = get_crawler(Spider, {"ROBOTSTXT_OBEY": True})
    robots = RobotsTxtMiddleware(crawler)
    robots._parsers["www.welt.de"] = ProtegoRobotParser(ROBOTS, None)
    check = FleetRobotsMiddleware(crawler)
    check._robots = robots
    return check


def from_the_queue(url: str, **meta: object) -> Request:
    """The request another worker's mirror middleware made of ``url`` (with its flag
    that robots.txt was checked), as this worker takes it from the queue."""
    rewritten = BaseUrlMiddleware(MIRROR).process_request(Request(url, meta=dict(meta)))
    assert rewritten is not None
    assert rewritten.meta["dont_obey_robotstxt"]
    return rewritten


def test_a_refused_page_from_the_queue_is_not_downloaded() -> None:
    with pytest.raises(IgnoreRequest, match="robots"):
        asyncio.run(worker_check().process_request(from_the_queue(REFUSED)))


@pytest.mark.parametrize("request_", [
    pytest.param(from_the_queue(ALLOWED), id="allowed page"),
    pytest.param(from_the_queue("https://www.welt.de/robots.txt", dont_obey_robotstxt=True),
                 id="robots.txt itself"),
    pytest.param(Request(f"{MIRROR}/www.welt.de/wirtschaft/intern/x.html"), id="not rewritten"),
])  # fmt: skip
def test_other_requests_pass(request_: Request) -> None:
    assert asyncio.run(worker_check().process_request(request_)) is None


def test_workers_check_right_after_the_mirror_rewrite() -> None:
    middlewares = worker_settings(project_settings({}), "redis://127.0.0.1:1/0")[
        "DOWNLOADER_MIDDLEWARES"
    ]
    mirror = middlewares["newsarchive.crawl.middlewares.BaseUrlMiddleware"]
    check = middlewares["newsarchive.crawl.distributed.robots.FleetRobotsMiddleware"]
    assert mirror < check < 500  # before anything is sent (user agent, retries, download)
