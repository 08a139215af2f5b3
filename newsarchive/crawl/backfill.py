"""Backfill from the sites' own sitemap archives: ``newsarchive crawl --since DATE``.

News sites keep date-partitioned sitemaps reaching back years (monthly or daily
children of a sitemap index: ``sitemap-2012-05.xml``, ``?date=2012-05-04``). A normal
run follows only the newest ``ARCHIVE_MAX_SITEMAPS`` of them; a backfill follows every
dated child inside ``[since, until]``, keeps only article URLs that carry a topic word
(``ARCHIVE_URL_WORDS``, the list the Wayback crawl uses) unless ``--all-urls``, lifts the
per-run bounds (a backfill is long: stop it with Ctrl-C and run it again) and keeps each
spider's request queue in a Scrapy ``JOBDIR``, so it resumes where it stopped. Politeness
is the crawl's own: robots.txt, AutoThrottle, two requests per domain.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

#: Where the backfill's request queues live (one folder per archive, one per spider).
JOB_ROOT = "crawls"


def check_date(value: str, name: str) -> str:
    """An ISO date (``2008-01-01``) as given; ``ValueError`` otherwise."""
    try:
        date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"{name}: not an ISO date (YYYY-MM-DD): {value}") from error
    return value


def backfill_settings(since: str | None, until: str | None, all_urls: bool,
                      db_path: str | None) -> tuple[dict[str, Any], dict[str, Any]]:  # fmt: skip
    """The settings of a backfill run: those the options fix (they win over ``--set``)
    and defaults ``--set`` may change (bounds, the job folder); two empty ones without
    ``since`` (a normal crawl)."""
    if not since:
        if until or all_urls:
            raise ValueError("--until and --all-urls go with --since DATE")
        return {}, {}
    check_date(since, "--since")
    if until:
        check_date(until, "--until")
        if until < since:
            raise ValueError("--until is before --since")
    path = Path(db_path or "archive.db").resolve()
    fixed = {"ARCHIVE_SINCE": since, "ARCHIVE_UNTIL": until or "", "ARCHIVE_BACKFILL": True,
             "ARCHIVE_BACKFILL_ALL_URLS": all_urls}  # fmt: skip
    jobs = path.parent / JOB_ROOT / f"backfill-{path.stem}"
    defaults = {"ARCHIVE_MAX_ARTICLES": 0, "ARCHIVE_MAX_SECONDS": 0, "ARCHIVE_JOBDIR": str(jobs)}
    return fixed, defaults
