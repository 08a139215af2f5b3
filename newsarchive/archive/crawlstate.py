"""The one :class:`~newsarchive.archive.storage.Archive` a crawler writes through.

The store stage, the dedupe stage and the crawl recorder share it, so every row of
one crawl goes through one connection and one batch.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from scrapy.crawler import Crawler

from newsarchive import settings as defaults
from newsarchive.archive.storage import Archive
from newsarchive.archive.tuning import pipelined

_ARCHIVES: WeakKeyDictionary[Crawler, Archive] = WeakKeyDictionary()


def archive_for(crawler: Crawler) -> Archive:
    """The crawler's archive, opened (and migrated) on first use."""
    if crawler not in _ARCHIVES:
        settings = crawler.settings
        _ARCHIVES[crawler] = Archive(
            settings.get("ARCHIVE_DB"),
            batch_size=settings.getint("ARCHIVE_BATCH_SIZE"),
            max_delay=settings.getfloat("ARCHIVE_FLUSH_SECONDS", 10.0),
            pipeline=pipelined(
                settings.getbool("ARCHIVE_PIPELINE_COMMIT", defaults.ARCHIVE_PIPELINE_COMMIT),
                settings.getint("ARCHIVE_BATCH_SIZE"),
            ),
        )
    return _ARCHIVES[crawler]


def release(crawler: Crawler) -> None:
    """Commit and close the crawler's archive."""
    archive = _ARCHIVES.pop(crawler, None)
    if archive is not None:
        archive.close()
