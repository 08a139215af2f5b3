"""Running crawls in one process and summarising them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings


class UnknownSpider(ValueError):
    """A slug that names no spider."""


@dataclass
class SiteSummary:
    """How one spider's run went."""

    spider: str
    finish_reason: str
    pages: int
    stored: int
    copies: int
    skipped: int
    failed: int

    @property
    def failed_site(self) -> bool:
        """A run that stored nothing and failed somewhere: the site needs a look."""
        return self.stored + self.copies + self.skipped == 0 and (
            self.failed > 0 or self.pages == 0
        )


def parse_overrides(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``["NAME=value", ...]`` → ``{"NAME": "value"}``; raise ``ValueError`` if malformed."""
    result = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"expected NAME=VALUE, got {pair!r}")
        result[name.strip()] = value
    return result


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """The project's Scrapy settings with command-line overrides applied."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newsarchive.settings")
    settings = get_project_settings()
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def summarise(name: str, stats: dict[str, Any]) -> SiteSummary:
    """A spider's summary from its Scrapy stats."""
    return SiteSummary(
        spider=name,
        finish_reason=str(stats.get("finish_reason", "?")),
        pages=int(stats.get("response_received_count", 0)),
        stored=int(stats.get("archive/stored", 0)),
        copies=int(stats.get("archive/copies_stored", 0)),
        skipped=int(stats.get("archive/skipped", 0)),
        failed=int(stats.get("archive/failed", 0)),
    )


def crawl(slugs: list[str], overrides: dict[str, Any] | None = None) -> list[SiteSummary]:
    """Run the given spiders (default: ``ARCHIVE_ENABLED_SPIDERS``, else all) together."""
    settings = project_settings(overrides)
    process = CrawlerProcess(settings)
    available = set(process.spider_loader.list())
    wanted = slugs or settings.getlist("ARCHIVE_ENABLED_SPIDERS") or sorted(available)
    unknown = [s for s in wanted if s not in available]
    if unknown:
        raise UnknownSpider(
            f"unknown spider(s): {', '.join(unknown)}; available: {', '.join(sorted(available))}"
        )
    crawlers = []
    for slug in wanted:
        crawler = process.create_crawler(slug)
        crawlers.append(crawler)
        process.crawl(crawler)
    process.start()
    return [summarise(c.spider.name if c.spider else "?", c.stats.get_stats()) for c in crawlers]


def format_summary(summary: list[SiteSummary]) -> str:
    """A table of the run, one line per site, and a total."""
    lines = [
        f"{'site':<20} {'pages':>6} {'stored':>6} {'copies':>6} {'skipped':>7} "
        f"{'failed':>6}  finish"
    ]
    for s in summary:
        flag = "  FAILING SITE" if s.failed_site else ""
        lines.append(
            f"{s.spider:<20} {s.pages:>6} {s.stored:>6} {s.copies:>6} {s.skipped:>7} "
            f"{s.failed:>6}  {s.finish_reason}{flag}"
        )
    total = [
        sum(getattr(s, f) for s in summary)
        for f in ("pages", "stored", "copies", "skipped", "failed")
    ]
    lines.append(
        f"{'total':<20} {total[0]:>6} {total[1]:>6} {total[2]:>6} {total[3]:>7} {total[4]:>6}"
    )
    return "\n".join(lines)
