"""Running crawls in one process, showing their progress, and summarising them."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

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
    site_failed: str = ""  #: why the site yielded no articles (``archive/site_failed``)

    @property
    def failed_site(self) -> bool:
        """A run that stored nothing and failed somewhere: the site needs a look."""
        return bool(self.site_failed) or (
            self.stored + self.copies + self.skipped == 0 and (self.failed > 0 or self.pages == 0)
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
        site_failed=str(stats.get("archive/site_failed", "")),
    )


def select_spiders(slugs: list[str], available: dict[str, Any], settings: Settings) -> list[str]:
    """The spiders to run: the given slugs, else ``ARCHIVE_ENABLED_SPIDERS`` or all site
    spiders, minus ``ARCHIVE_DISABLED_SPIDERS`` (given slugs are never left out)."""
    unknown = [s for s in slugs if s not in available]
    if unknown:
        raise UnknownSpider(
            f"unknown spider(s): {', '.join(unknown)}; available: {', '.join(sorted(available))}"
        )
    if slugs:
        return list(slugs)
    enabled = settings.getlist("ARCHIVE_ENABLED_SPIDERS")
    wanted = enabled or [
        name for name in sorted(available)
        if not getattr(available[name], "NEEDS_ARGUMENTS", False)
    ]  # fmt: skip
    disabled = set(settings.getlist("ARCHIVE_DISABLED_SPIDERS"))
    return [s for s in wanted if s in available and s not in disabled]


def progress_line(name: str, stats: dict[str, Any]) -> str:
    """One site's progress so far."""
    s = summarise(name, stats)
    return (f"{name}: {s.pages} pages, {s.stored} stored, {s.copies} copies, "
            f"{s.skipped} skipped, {s.failed} failed")  # fmt: skip


def _reporter(crawlers: list[Any], out: TextIO) -> Callable[[], None]:
    def report() -> None:
        for crawler in crawlers:
            if crawler.crawling and crawler.spider is not None:
                out.write(progress_line(crawler.spider.name, crawler.stats.get_stats()) + "\n")
        out.flush()

    return report


def crawl(
    slugs: list[str],
    overrides: dict[str, Any] | None = None,
    spider_args: dict[str, dict[str, Any]] | None = None,
    progress: TextIO | None = None,
) -> list[SiteSummary]:
    """Run the given spiders (default: the enabled ones) together in one process.

    ``spider_args`` gives a spider its arguments (``{"wayback": {"site": "welt"}}``);
    every ``ARCHIVE_PROGRESS_SECONDS`` a progress line per running site goes to
    ``progress`` (default stderr). A site that fails never stops the others.
    """
    settings = project_settings(overrides)
    process = CrawlerProcess(settings)
    loader = process.spider_loader
    available = {name: loader.load(name) for name in loader.list()}
    wanted = select_spiders(slugs, available, settings)
    crawlers = []
    for slug in wanted:
        crawler = process.create_crawler(slug)
        crawlers.append(crawler)
        process.crawl(crawler, **(spider_args or {}).get(slug, {}))
    interval = settings.getfloat("ARCHIVE_PROGRESS_SECONDS")
    if interval > 0:
        from twisted.internet import task

        loop = task.LoopingCall(_reporter(crawlers, progress or sys.stderr))
        loop.start(interval, now=False)
    process.start()
    return [
        summarise(c.spider.name if c.spider else slug, c.stats.get_stats() if c.stats else {})
        for slug, c in zip(wanted, crawlers, strict=True)
    ]


def format_summary(summary: list[SiteSummary]) -> str:
    """A table of the run, one line per site, and a total; failing sites say why."""
    lines = [f"{'site':<20} {'pages':>6} {'stored':>6} {'copies':>6} {'skipped':>7} "
             f"{'failed':>6}  finish"]  # fmt: skip
    for s in summary:
        flag = f"  FAILING SITE ({s.site_failed or 'no articles'})" if s.failed_site else ""
        lines.append(f"{s.spider:<20} {s.pages:>6} {s.stored:>6} {s.copies:>6} {s.skipped:>7} "
                     f"{s.failed:>6}  {s.finish_reason}{flag}")  # fmt: skip
    total = [sum(getattr(s, f) for s in summary)
             for f in ("pages", "stored", "copies", "skipped", "failed")]  # fmt: skip
    lines.append(f"{'total':<20} {total[0]:>6} {total[1]:>6} {total[2]:>6} {total[3]:>7} "
                 f"{total[4]:>6}")  # fmt: skip
    failing = [s.spider for s in summary if s.failed_site]
    if failing:
        lines.append(f"{len(failing)} of {len(summary)} sites failed: {', '.join(failing)} "
                     "(see the crawls and failures tables)")  # fmt: skip
    return "\n".join(lines)
