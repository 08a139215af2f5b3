"""Running crawls in one process, showing their progress, and summarising them.

The terminal gets short lines meant for a person: one line with the run's settings, one
line per site that cannot be reached, progress lines, and a summary that ends with what
to do next. Everything Scrapy logs (tracebacks included) goes to the crawl's log file
(``ARCHIVE_LOG_FILE``, by default ``<database>.crawl.log``).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from newsarchive.crawl.progress import quiet


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


class CrawlRun(list[SiteSummary]):
    """What :func:`crawl` did: a summary per site (the list itself), the log file, and
    how many errors the log holds."""

    def __init__(self, sites: list[SiteSummary], logfile: str | None = None, errors: int = 0
                 ) -> None:  # fmt: skip
        super().__init__(sites)
        self.logfile = logfile
        self.errors = errors

    @property
    def sites(self) -> list[SiteSummary]:
        """The per-site summaries."""
        return list(self)

    def summary(self) -> str:
        """The table and next steps printed at the end (:func:`format_summary`)."""
        return format_summary(self, self.logfile, self.errors)


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
) -> CrawlRun:
    """Run the given spiders (default: the enabled ones) together in one process.

    ``spider_args`` gives a spider its arguments (``{"wayback": {"site": "welt"}}``);
    every ``ARCHIVE_PROGRESS_SECONDS`` a progress line per running site goes to
    ``progress`` (default stderr). A site that fails never stops the others.
    """
    settings = project_settings(overrides)
    out = progress or sys.stderr
    logfile = log_file(settings)
    if logfile:
        settings.set("LOG_FILE", logfile, priority="cmdline")
    process = CrawlerProcess(settings)
    console = ConsoleHandler(out)
    if logfile:
        logging.root.addHandler(console)
    loader = process.spider_loader
    available = {name: loader.load(name) for name in loader.list()}
    wanted = select_spiders(slugs, available, settings)
    out.write(settings_line(wanted, settings, logfile) + "\n")
    crawlers = []
    for slug in wanted:
        crawler = process.create_crawler(slug)
        crawlers.append(crawler)
        process.crawl(crawler, **(spider_args or {}).get(slug, {}))
    interval = settings.getfloat("ARCHIVE_PROGRESS_SECONDS")
    if interval > 0:
        from twisted.internet import task

        loop = task.LoopingCall(_reporter(crawlers, out))
        loop.start(interval, now=False)
    try:
        process.start()
    finally:
        logging.root.removeHandler(console)
    sites = [
        summarise(c.spider.name if c.spider else slug, c.stats.get_stats() if c.stats else {})
        for slug, c in zip(wanted, crawlers, strict=True)
    ]
    return CrawlRun(sites, logfile, console.errors)


def format_summary(summary: list[SiteSummary], logfile: str | None = None, errors: int = 0
                   ) -> str:  # fmt: skip
    """A table of the run, one line per site, and a total; failing sites say why, and
    the last line says what to do next."""
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
    lines.extend(next_steps(summary, logfile, errors))
    return "\n".join(lines)


#: Site verdicts that mean the site could not be reached at all.
UNREACHABLE = ("dns", "connection-refused", "connection-failed", "timeout", "unreachable")


def next_steps(summary: list[SiteSummary], logfile: str | None = None, errors: int = 0
               ) -> list[str]:  # fmt: skip
    """The summary's last lines: which sites failed, and what to do about it."""
    failing = [s for s in summary if s.failed_site]
    where = "the crawls and failures tables (newsarchive stats)"
    where += f" and {logfile}" if logfile else ""
    lines = []
    if failing and len(failing) == len(summary) > 1:
        lines.append(f"All {len(summary)} sites failed (see {where})")
    elif failing:
        lines.append(f"{len(failing)} of {len(summary)} sites failed: "
                     f"{', '.join(s.spider for s in failing)} (see {where})")  # fmt: skip
    if errors:
        lines.append(
            f"{errors} {'error was' if errors == 1 else 'errors were'} logged"
            + (f" in {logfile}" if logfile else "")
        )
    unreachable = [s for s in failing if s.site_failed in UNREACHABLE]
    if summary and len(unreachable) == len(summary):
        counts: dict[str, int] = {}
        for s in unreachable:
            counts[s.site_failed] = counts.get(s.site_failed, 0) + 1
        why = ", ".join(f"{reason}: {n}" for reason, n in sorted(counts.items()))
        lines.append(f"No site could be reached ({why}). Check the network connection (and "
                     "any proxy), or run `make demo` to see the whole job offline.")  # fmt: skip
    elif unreachable:
        lines.append("Some sites could not be reached: run the crawl again later, or check "
                     "their addresses with `newsarchive check-sources`.")  # fmt: skip
    return lines


def log_file(settings: Settings) -> str | None:
    """Where Scrapy's log goes: ``ARCHIVE_LOG_FILE``, by default the database's name with
    ``.crawl.log``; ``None`` (``-``) leaves it all on the terminal, as Scrapy does."""
    value = str(settings.get("ARCHIVE_LOG_FILE") or "")
    if value == "-":
        return None
    return value or str(Path(str(settings.get("ARCHIVE_DB"))).with_suffix(".crawl.log"))


def settings_line(spiders: list[str], settings: Settings, logfile: str | None) -> str:
    """The one line about the run's settings that the terminal gets."""
    articles = settings.getint("ARCHIVE_MAX_ARTICLES") or "unbounded"
    seconds = settings.getint("CLOSESPIDER_TIMEOUT") or settings.getint("ARCHIVE_MAX_SECONDS")
    workers = settings.get("ARCHIVE_WORKERS")
    names = ", ".join(spiders) if len(spiders) <= 5 else f"{len(spiders)} sites"
    redis = urlsplit(settings.get("ARCHIVE_REDIS_URL") or "")  # a fleet worker: to ingest
    target = (f"the Redis stream at {redis.hostname}:{redis.port or 6379}{redis.path}"
              if redis.hostname else settings.get("ARCHIVE_DB"))  # fmt: skip
    line = (f"Crawling {names} into {target}: at most {articles} articles "
            f"and {seconds or 'unbounded'} s per site, {workers} workers")  # fmt: skip
    if settings.get("ARCHIVE_BASE_URL"):
        line += f", from the mirror {settings.get('ARCHIVE_BASE_URL')}"
    return line + (f"; log: {logfile}" if logfile else "")


class ConsoleHandler(logging.Handler):
    """The terminal's share of the log: our own warnings and errors (the message only,
    never a traceback), anything critical, and Scrapy's shutdown notices."""

    #: Loggers whose warnings a person should read.
    OWN = ("newsarchive", "spiders", "pipelines")

    def __init__(self, stream: TextIO) -> None:
        super().__init__(logging.INFO)
        self.stream = stream
        self.errors = 0  #: ERROR and CRITICAL records seen (the log file has them all)

    def handle(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            self.errors += 1
        return bool(super().handle(record))

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.CRITICAL:
            return True
        if record.name.split(".")[0] in self.OWN:
            return record.levelno >= logging.WARNING
        return record.name == "scrapy.crawler" and str(record.msg).startswith("Received")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            prefix = "" if record.levelno < logging.ERROR else f"{record.levelname}: "
            self.stream.write(prefix + record.getMessage() + "\n")
            self.stream.flush()
        except Exception:
            self.handleError(record)


def format_counts(counts: dict[str, object]) -> str:
    """``newsarchive stats``: row counts, then each breakdown (``articles_per_site`` ...)
    as its own table."""
    plain = {k: v for k, v in counts.items() if not isinstance(v, dict)}
    groups = {k: v for k, v in counts.items() if isinstance(v, dict)}
    width = max([len(k) for k in plain] + [len(n) + 2 for g in groups.values() for n in g] + [8])
    lines = [f"{'table':<{width}} {'rows':>8}"]
    lines += [f"{name:<{width}} {value:>8}" for name, value in plain.items()]
    for title, group in groups.items():
        lines += ["", title.replace("_", " ")]
        lines += [f"  {name:<{width - 2}} {value:>8}" for name, value in group.items()]
        if not group:
            lines.append("  (none)")
    return "\n".join(lines)


def run_offline_spider(spider_cls: type[Any], overrides: dict[str, Any] | None = None,
                       **kwargs: Any) -> Any:  # fmt: skip
    """Run one spider that reads no network (re-extraction, WARC import) in this process,
    with the project's settings and the quiet terminal; returns the spider when it ends.

    Every page of such a run goes to the worker pool, so its workers start first and
    warm up while Scrapy starts (those no pool adopts are stopped at the end). Scrapy's
    download handlers and downloader middlewares are not loaded (nothing to download;
    they import its HTTP and TLS stack, ~0.5 s)."""
    from pipelines.offload import prestart
    from pipelines.pool import discard_prestarted

    settings = project_settings(quiet(overrides))
    for name in ("DOWNLOAD_HANDLERS_BASE", "DOWNLOADER_MIDDLEWARES_BASE"):  # Scrapy's own
        settings.set(name, {}, priority="cmdline")
    prestart(settings)
    try:
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(spider_cls)
        process.crawl(crawler, **kwargs)
        process.start()
    finally:
        discard_prestarted()
    return crawler.spider
