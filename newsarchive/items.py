"""The items that travel from the spiders through the pipelines into the archive.

A spider yields a :class:`PageItem` (the fetched page, unparsed) or a
:class:`FailureItem` (a page that could not be fetched). The extract stage turns a
``PageItem`` into an :class:`ArticleItem`; later stages fill in its classification and
duplicate fields; the store stage writes it. Any stage may drop an item by raising
:class:`DropItem` (recorded in ``failures``) or :class:`SkipItem` (recorded in
``skipped``): nothing leaves the pipeline without a row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrapy.exceptions import DropItem as _ScrapyDropItem


@dataclass
class PageItem:
    """A fetched page, as the spider saw it."""

    url: str  #: the address the page was served from (after redirects)
    site: str  #: the spider's slug
    body: bytes = field(repr=False)  #: the raw response body (kept out of log lines)
    encoding: str | None = None  #: the encoding Scrapy determined for the response
    status: int = 200
    fetched_at: str = ""  #: ISO 8601, UTC
    request_url: str = ""  #: the address first requested (before redirects)
    hints: dict[str, Any] = field(default_factory=dict)
    """What discovery already knew: ``published`` (news sitemap, feed), ``title``,
    ``lastmod``, ``keywords``. Extraction prefers the page's own metadata."""
    archive_url: str | None = None  #: the Wayback Machine capture fetched, if any
    archived_at: str | None = None  #: the capture's time, ISO 8601
    warc_file: str | None = None
    """The WARC file holding the page's response record (see ``newsarchive.archive.warcfiles``)."""
    warc_offset: int | None = None  #: where that record starts in the file
    warc_record_id: str | None = None  #: its ``WARC-Record-ID``
    source_archive: str | None = None
    """Where an imported page came from (``import-warc``: the file or URL read); ``None``
    for the crawl's own fetches."""


@dataclass
class FailureItem:
    """A page that could not be fetched or parsed; stored in ``failures``."""

    url: str
    site: str
    stage: str  #: ``fetch``, ``extract``, ``classify``, ``dedupe``, ``store``
    reason: str  #: a short slug, e.g. ``http-404``, ``dns``, ``empty``, ``binary``
    detail: str = ""
    warc_file: str | None = None  #: the record of the failed response or of the failure
    warc_offset: int | None = None
    warc_record_id: str | None = None
    source_archive: str | None = None  #: the file or URL an import read (``import-warc``)


@dataclass
class ArticleItem:
    """An extracted article: one row of the ``articles`` table."""

    url: str  #: normalised canonical address: the primary key
    site: str
    fetched_url: str = ""  #: the address actually fetched
    listed_url: str = ""  #: the address discovery listed (before redirects)
    title: str = ""
    lead: str = ""
    body: str = field(default="", repr=False)  #: paragraphs separated by blank lines
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    published: str | None = None  #: ISO 8601 with time zone
    modified: str | None = None
    language: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    site_name: str | None = None
    top_image: str | None = None
    paywalled: bool = False
    word_count: int = 0
    source: str | None = None  #: syndication attribution ("Welt Online", "dpa")
    fetched_at: str = ""
    content_hash: str = ""  #: sha1 of the normalised body
    archive_url: str | None = None
    archived_at: str | None = None
    relevance: float | None = None
    banks: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list, repr=False)
    original_url: str | None = None
    """Set by the dedupe stage when this page is a copy of an article already stored:
    the copy is then recorded in ``copies``, not as a second article."""
    similarity: float | None = None  #: how much of the copy's text the original shares
    demote_url: str | None = None
    """Set by the dedupe stage when a stored article turns out to be a copy of this one:
    the store stage moves that row into ``copies``."""
    fingerprints: list[int] = field(default_factory=list, repr=False)
    """Sampled shingle hashes of the body (dedupe index), stored in ``fingerprints``."""
    warc_file: str | None = None  #: the WARC record of the page (from its ``PageItem``)
    warc_offset: int | None = None
    warc_record_id: str | None = None
    source_archive: str | None = None  #: the file or URL an import read (``import-warc``)


#: The fields that locate an item's page in the WARC files, copied from stage to stage.
WARC_FIELDS = ("warc_file", "warc_offset", "warc_record_id", "source_archive")


def warc_fields(item: object) -> dict[str, Any]:
    """An item's WARC location and origin (``{}`` for objects without them)."""
    return {name: getattr(item, name) for name in WARC_FIELDS if hasattr(item, name)}


class DropItem(_ScrapyDropItem):
    """Drop an item and record it in ``failures`` with a stage and a reason slug."""

    def __init__(self, stage: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{stage}: {reason}" + (f" ({detail})" if detail else ""))
        self.stage = stage
        self.reason = reason
        self.detail = detail


class SkipItem(DropItem):
    """Drop an article as off-topic; recorded in ``skipped`` so it is not fetched again."""

    def __init__(self, reason: str, score: float, detail: str = "", title: str = "") -> None:
        super().__init__("classify", reason, detail)
        self.score = score
        self.title = title  #: the article's title (the signal carries the page item)
