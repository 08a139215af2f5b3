"""``newsarchive import-warc``: WARC/ARC files through the crawl's own pipeline.

The import is a Scrapy crawl whose spider fetches nothing: :class:`WarcImportSpider`
reads each source with :class:`~newsarchive.crawl.warcpages.RecordReader` and hands the
pipeline the page items a crawl of those pages would have yielded, so extract →
classify → dedupe → store treat an imported page exactly as a crawled one (the site's
extraction rules apply through :meth:`WarcImportSpider.spider_for`). Signals count what
became of every item, per source: imported, copies, skipped, failed; the reader counts
the records left out (filtered) and damage.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler

from newsarchive.archive.known import KnownUrls
from newsarchive.archive.warcfiles import release_writer
from newsarchive.archive.warcread import is_url
from newsarchive.crawl.progress import Progress
from newsarchive.crawl.runner import run_offline_spider
from newsarchive.crawl.warcpages import RecordReader
from newsarchive.crawl.warcrecorder import writer_for
from newsarchive.crawl.warcsites import MediumSite, SiteMatcher
from newsarchive.items import ArticleItem, FailureItem, PageItem, SkipItem

#: Items handed to the pipeline and not yet stored or dropped (bounds memory).
MAX_IN_FLIGHT = 64
#: Where Common Crawl's path listings point (``crawl-data/CC-NEWS/…``).
COMMON_CRAWL = "https://data.commoncrawl.org/"
#: File names read from a directory.
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


@dataclass
class ImportSummary:
    """What became of one source's records."""

    source: str
    records: int = 0
    imported: int = 0
    copies: int = 0
    skipped: int = 0
    failed: int = 0
    filtered: Counter[str] = field(default_factory=Counter)
    damage: str = ""

    @property
    def accounted(self) -> int:
        """Records with an outcome: every record read, once the run is over."""
        return (
            self.imported + self.copies + self.skipped + self.failed + sum(self.filtered.values())
        )

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "records": self.records, "imported": self.imported,
                "copies": self.copies, "skipped": self.skipped, "failed": self.failed,
                "filtered": dict(self.filtered), "damage": self.damage}  # fmt: skip


def parse_sites(text: str) -> list[str] | None:
    """``all`` → ``None``; ``welt,faz`` → the slugs (``ValueError`` for unknown ones)."""
    if text.strip().lower() == "all":
        return None
    from newsarchive.crawl.sources import spider_classes

    wanted = [s.strip() for s in text.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in spider_classes()]
    if unknown or not wanted:
        raise ValueError(f"--sites: unknown site(s): {', '.join(unknown) or text!r}")
    return wanted


def expand_sources(sources: Iterable[str], check: bool = False) -> list[str]:
    """Paths (absolute), directories (their WARC/ARC files) and URLs, in order; a file
    named ``*.paths`` or ``*.paths.gz`` lists sources one per line (CC's listings, with
    ``https://data.commoncrawl.org/`` put before relative paths). ``check``: raise
    ``ValueError`` if a local file is missing or nothing is left."""
    found = _expand(sources)
    missing = [s for s in found if not is_url(s) and not Path(s).is_file()]
    if check and (missing or not found):
        raise ValueError(f"no such WARC file: {', '.join(missing) or ' '.join(sources)}")
    return found


def _expand(sources: Iterable[str]) -> list[str]:
    found: list[str] = []
    for source in sources:
        if source.endswith((".paths", ".paths.gz")):
            found += listed_sources(source)
        elif is_url(source):
            found.append(source)
        elif (path := Path(source).expanduser()).is_dir():
            found += [str(p.resolve()) for p in sorted(path.iterdir())
                      if p.name.endswith(WARC_SUFFIXES)]  # fmt: skip
        else:
            found.append(str(Path(source).expanduser().resolve()))
    return found


def listed_sources(listing: str) -> list[str]:
    """The sources a path listing names (a local file or a URL, gzip or not), one per
    line; relative paths are Common Crawl's (``https://data.commoncrawl.org/`` before)."""
    if is_url(listing):
        import httpx

        data = httpx.get(listing, timeout=60, follow_redirects=True).raise_for_status().content
    else:
        data = Path(listing).expanduser().read_bytes()
    text = (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).decode("utf-8")
    entries = [e.strip() for e in text.splitlines() if e.strip() and not e.startswith("#")]
    return [e if is_url(e) or e.startswith("/") else f"{COMMON_CRAWL}{e}" for e in entries]


class WarcImportSpider(scrapy.Spider):
    """Reads WARC/ARC sources into page items (no requests)."""

    name = "import-warc"

    def __init__(self, sources: list[str] | None = None, sites: list[str] | None = None,
                 german: bool = False, *args: Any, **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.sources = list(sources or [])
        self.sites = sites
        self.german = german
        self.matcher = SiteMatcher({})
        self.known: set[str] | KnownUrls = set()
        self.summaries = {s: ImportSummary(s) for s in self.sources}
        self.in_flight = 0
        self.progress: Progress | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> WarcImportSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        assert isinstance(spider, WarcImportSpider)
        from newsarchive.crawl.sources import spider_classes

        spider.matcher = SiteMatcher(spider_classes(), set(spider.sites) if spider.sites else None,
                                     spider.german)  # fmt: skip
        if crawler.settings.getbool("ARCHIVE_INCREMENTAL"):
            spider.known = KnownUrls(crawler.settings.get("ARCHIVE_DB"))
        crawler.signals.connect(spider.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(spider.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(spider.item_error, signal=signals.item_error)
        return spider

    def spider_for(self, page: PageItem) -> scrapy.Spider | MediumSite:
        """The site spider whose rules extract ``page`` (or the medium of a host)."""
        return self.matcher.spider(page.site)

    async def start(self) -> AsyncIterator[Any]:
        local = [s for s in self.sources if not is_url(s) and Path(s).is_file()]
        sizes = {s: Path(s).stat().st_size for s in local}
        whole = len(local) == len(self.sources) and sum(sizes.values()) > 0
        self.progress = Progress(sum(sizes.values()) if whole else 0,
                                 "bytes" if whole else "records")  # fmt: skip
        before = 0
        copies = writer_for(self.crawler) if any(is_url(s) for s in self.sources) else None
        for source in self.sources:
            reader = RecordReader(source, self.matcher, self.known)
            reader.copy_to = copies if is_url(source) else None
            summary = self.summaries[source]
            for item in reader.items():
                while self.in_flight >= MAX_IN_FLIGHT:
                    await asyncio.sleep(0.002)
                self.in_flight += 1
                yield item
                done = before + reader.position if whole else before + reader.records
                self.progress.update(done, Path(source).name)
            summary.records = reader.records
            summary.filtered = reader.filtered
            summary.damage = reader.damage
            before += sizes.get(source, 0) if whole else reader.records
        while self.in_flight:
            await asyncio.sleep(0.01)
        if copies is not None:
            release_writer(copies)
        self.progress.update(before, "", force=True)
        self.progress.finish()

    # --- outcomes --------------------------------------------------------------------

    def _summary(self, item: Any) -> ImportSummary | None:
        self.in_flight = max(0, self.in_flight - 1)
        return self.summaries.get(getattr(item, "source_archive", None) or "")

    def item_scraped(self, item: Any) -> None:
        summary = self._summary(item)
        if summary is None:
            return
        if isinstance(item, ArticleItem):
            if item.original_url:
                summary.copies += 1
            else:
                summary.imported += 1
        elif isinstance(item, FailureItem):
            summary.failed += 1

    def item_dropped(self, item: Any, exception: Exception) -> None:
        summary = self._summary(item)
        if summary is not None:
            if isinstance(exception, SkipItem):
                summary.skipped += 1
            else:
                summary.failed += 1

    def item_error(self, item: Any) -> None:
        summary = self._summary(item)
        if summary is not None:
            summary.failed += 1


def run_import(
    sources: list[str], overrides: dict[str, Any] | None = None,
    sites: list[str] | None = None, german: bool = False,
) -> list[ImportSummary]:  # fmt: skip
    """Import ``sources`` into the archive (``ARCHIVE_DB`` of ``overrides``) in this
    process; one summary per source."""
    spider = run_offline_spider(WarcImportSpider, overrides, sources=sources, sites=sites,
                                german=german)  # fmt: skip
    if not isinstance(spider, WarcImportSpider):
        return [ImportSummary(s, damage="not read") for s in sources]
    return [spider.summaries[s] for s in sources]


def _row(name: str, s: ImportSummary) -> str:
    return (f"{name[-44:]:<44} {s.records:>8} {s.imported:>8} {s.copies:>6} {s.skipped:>7} "
            f"{s.failed:>6} {sum(s.filtered.values()):>8}")  # fmt: skip


def format_import(summaries: list[ImportSummary]) -> str:
    """One line per source, a total, and why records were filtered."""
    lines = [f"{'source':<44} {'records':>8} {'imported':>8} {'copies':>6} {'skipped':>7} "
             f"{'failed':>6} {'filtered':>8}"]  # fmt: skip
    total = ImportSummary("total")
    for s in summaries:
        name = s.source.rstrip("/").rsplit("/", 1)[-1]
        lines.append(_row(name, s) + (f"  DAMAGED ({s.damage[:60]})" if s.damage else ""))
        for key in ("records", "imported", "copies", "skipped", "failed"):
            setattr(total, key, getattr(total, key) + getattr(s, key))
        total.filtered.update(s.filtered)
    lines.append(_row("total", total))
    if total.filtered:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(total.filtered.items()))
        lines.append(f"filtered: {reasons}")
    return "\n".join(lines)


def summaries_json(summaries: list[ImportSummary]) -> str:
    """The summaries as JSON (``import-warc --json``)."""
    return json.dumps([s.as_dict() for s in summaries], indent=2)
