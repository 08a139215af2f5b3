"""WARC records turned into the items a crawl yields, every record accounted for.

:class:`RecordReader` reads one WARC/ARC source and yields the same :class:`PageItem` a
crawl of each page would have handed the pipeline (same address, site, body, encoding,
hints, listed address, Wayback capture fields; the record's date as ``fetched_at``), plus
:class:`FailureItem` rows for the crawl's journaled failures and for damage. Every other
record is counted in :attr:`RecordReader.filtered` by why it was left out. A decision on a
record takes effect only once the next record was read whole, so a record cut short by
damage is never imported: it is part of the one failure row the damage gets.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from scrapy.http import Headers, TextResponse
from scrapy.responsetypes import responsetypes
from w3lib.encoding import http_content_type_encoding, read_bom

from newsarchive.archive.known import KnownUrls
from newsarchive.archive.warcfiles import WarcWriter
from newsarchive.archive.warcread import (
    HttpHead,
    Record,
    WarcDamage,
    decode_body,
    is_url,
    open_source,
    records,
)
from newsarchive.archive.warcread import iso_date as to_iso
from newsarchive.crawl.warcheld import (
    Candidate,
    Decision,
    Held,
    PageFailure,
    same_id,
)
from newsarchive.crawl.warcsites import SiteMatcher, host_of, is_german, medium_of
from newsarchive.items import FailureItem, PageItem
from newsarchive.urls import normalize_url

#: Why a record was not imported (``filtered`` counts).
FILTER_REASONS = ("other-site", "url-filter", "not-html", "not-200", "revisit", "known",
                  "not-german", "other-record", "parse-failed")  # fmt: skip
#: Media types read as pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: A Wayback Machine capture address: ``/web/<timestamp>[id_]/<original>``.
WAYBACK = re.compile(r"^https?://web\.archive\.org/web/(\d{4,14})(?:[a-z]{2}_)?/(.+)$")
#: The failure rows' site for damage that belongs to no site.
IMPORT_SITE = "import"
#: :meth:`RecordReader.page_at` reads on through up to this many bytes of other records
#: to the next page asked for; further on, it seeks.
SKIP_BYTES = 1 << 20


def page_encoding(url: str, status: int, headers: list[tuple[str, str]], body: bytes) -> str | None:
    """The encoding Scrapy gives the response (headers, BOM, meta, detection): the one a
    crawl of the page would have used. An HTML page with one ``Content-Type`` naming its
    charset, no BOM and no content encoding left gets that charset, as Scrapy would give
    it, without building a response (most pages); other pages go through Scrapy."""
    types = [value for name, value in headers if name.lower() == "content-type"]
    if (len(types) == 1 and types[0].isascii() and read_bom(body)[0] is None
            and types[0].split(";")[0].strip().lower() in HTML_TYPES
            and not any(name.lower() == "content-encoding" for name, _ in headers)):  # fmt: skip
        declared = http_content_type_encoding(types[0])
        if declared:
            return declared
    return scrapy_encoding(url, status, headers, body)


def scrapy_encoding(
    url: str, status: int, headers: list[tuple[str, str]], body: bytes
) -> str | None:
    """The encoding of the response Scrapy makes of the page (``None``: not a text response)."""
    scrapy_headers = Headers(headers)
    cls = responsetypes.from_args(headers=scrapy_headers, url=url, body=body)
    response = cls(url=url, status=status, headers=scrapy_headers, body=body)
    return response.encoding if isinstance(response, TextResponse) else None


def looks_like_html(content_type: str, body: bytes) -> bool:
    """HTML by its media type, or, without a telling one, by its first bytes."""
    if content_type in HTML_TYPES:
        return True
    if content_type and content_type not in ("text/plain", "application/octet-stream"):
        return False
    start = body[:512].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html"))


@dataclass
class RecordReader:
    """Read ``source`` (a path or URL) into items; see the module docstring."""

    source: str
    matcher: SiteMatcher
    known: set[str] | KnownUrls = field(default_factory=set)
    records: int = 0  #: records read (the damage counts as one)
    pages: int = 0  #: page items yielded
    failures: int = 0  #: failure items yielded (journal and damage)
    filtered: Counter[str] = field(default_factory=Counter)
    damage: str = ""  #: ``truncated at offset N: ...`` if the file is damaged
    position: int = 0  #: offset of the record being read (for progress)
    copy_to: WarcWriter | None = None
    """Where pages read from a URL are copied (the archive's own WARC files), so they can
    be read again without the network; ``None``: rows point at the source itself."""
    # the open file of :meth:`page_at`: its records, and the one read ahead
    _file: BinaryIO | None = field(default=None, init=False, repr=False)
    _stack: ExitStack | None = field(default=None, init=False, repr=False)
    _records: Iterator[Record] | None = field(default=None, init=False, repr=False)
    _ahead: Record | None = field(default=None, init=False, repr=False)
    _origins: dict[str, bool] = field(default_factory=dict, init=False, repr=False)

    def items(self) -> Iterator[PageItem | FailureItem]:
        """The items of the source, in file order (pages held back a little:
        :data:`HOLD_PAGES`)."""
        group: list[Decision] = []  # a page and its concurrent records
        lead: Candidate | None = None
        held = Held()
        try:
            with open_source(self.source) as stream:
                for record in records(stream):
                    self.position = record.offset
                    found = self.decide(record)
                    if isinstance(found, PageFailure):
                        held.parse_failed(found.page_id, group, lead)
                        found = found.item
                    if lead is not None and same_id(record.header("WARC-Concurrent-To"),
                                                    lead.record.record_id):  # fmt: skip
                        if isinstance(found, dict):  # the page's journal entry
                            lead.journal = found
                        group.append("other-record" if isinstance(found, dict) else found)
                        continue
                    for done in held.add(group, lead):
                        yield from self.emit(done)
                    decision = "other-record" if isinstance(found, dict) else found
                    group = [decision]
                    lead = decision if isinstance(decision, Candidate) else None
            for done in held.add(group, lead, flush=True):
                yield from self.emit(done)
        except WarcDamage as damage:
            # the last record read is complete unless the damage cut it short
            whole = group[:-1] if damage.damaged_record is not None else group
            for done in held.add(whole, None, flush=True):
                yield from self.emit(done)
            self.damage = str(damage)
            yield self.failure("warc-" + damage.reason, str(damage), damage.offset)
        except OSError as error:
            self.damage = f"unreadable: {error}"
            yield self.failure("warc-unreadable", str(error), 0)

    def failure(self, reason: str, detail: str, offset: int) -> FailureItem:
        """The failure row of damage (one for the rest of the file)."""
        self.records += 1
        self.failures += 1
        return FailureItem(url=self.source, site=IMPORT_SITE, stage="import", reason=reason,
                           detail=detail[:500], warc_file=self.source, warc_offset=offset,
                           source_archive=self.source)  # fmt: skip

    def emit(self, decision: Decision) -> Iterator[PageItem | FailureItem]:
        """Count a decision and yield its item, if any."""
        self.records += 1
        if isinstance(decision, str):
            self.filtered[decision] += 1
        elif isinstance(decision, FailureItem):
            self.failures += 1
            yield decision
        else:
            item = self.page_item(decision)
            if isinstance(item, str):
                self.filtered[item] += 1
            else:
                self.pages += 1
                yield item

    # --- decisions on single records ------------------------------------------------

    def decide(self, record: Record) -> Decision | PageFailure | dict[str, Any]:
        """What a record is: a page, a journal entry (dict), a failure, or why not."""
        kind = record.kind
        if kind == "revisit":
            return "revisit"
        if kind == "metadata":
            return self.journal(record)
        if kind not in ("response", "resource"):
            return "other-record"
        url = record.uri
        if not url.startswith(("http://", "https://")):
            return "other-record"
        if not self.matcher.german and not self._on_site(url):
            return "other-site"
        if kind == "resource":
            head = HttpHead(200, [("Content-Type", record.content_type)])
        else:
            found = record.http()
            if found is None:
                return "other-record"
            head = found
        if head.status != 200:
            return "not-200"
        body, headers = decode_body(record.payload(), head)
        return Candidate(record, head, body, headers)

    def _on_site(self, url: str) -> bool:
        """Whether an http(s) address (a Wayback capture's: its original's) is on one of
        the archive's sites; remembered by its scheme and authority (what :func:`host_of`
        reads), so most records of a scan cost one look-up."""
        if "web.archive.org/web/" in url and (wayback := WAYBACK.match(url)):
            return self.matcher.site_of(host_of(wayback.group(2))) is not None
        end = url.find("/", 8)  # the path's slash, after ``http(s)://`` and the host
        key = url[:end] if end >= 0 else url
        found = self._origins.get(key)
        if found is None:
            found = self.matcher.site_of(host_of(key)) is not None
            if len(self._origins) < 100_000:
                self._origins[key] = found
        return found

    def journal(self, record: Record) -> dict[str, Any] | FailureItem | PageFailure | str:
        """A journal entry of the crawl (JSON metadata record), or ``other-record``."""
        if "json" not in record.content_type:
            return "other-record"
        try:
            entry = json.loads(record.block())
        except ValueError:
            return "other-record"
        if not isinstance(entry, dict):
            return "other-record"
        if entry.get("kind") == "failure" and isinstance(entry.get("failure"), dict):
            data = entry["failure"]
            slug = str(data.get("site") or "")
            if slug not in self.matcher.sites and not self.matcher.german:
                return "other-site"
            item = FailureItem(
                url=str(data.get("url", "")), site=slug, stage=str(data.get("stage", "fetch")),
                reason=str(data.get("reason", "")), detail=str(data.get("detail", "")),
                warc_file=self.source, warc_offset=record.offset,
                warc_record_id=record.record_id, source_archive=self.source,
            )  # fmt: skip
            page = entry.get("page")
            return PageFailure(item, str(page)) if page else item
        if entry.get("kind") in ("page", "capture"):
            return entry
        return "other-record"

    def page_at(self, offset: int, site: str) -> PageItem:
        """The page whose response record starts at ``offset``, as the site's page (for
        re-extraction: no filters); raise :class:`WarcDamage` if there is none.

        Calls in file order read on through one open file (records between two pages
        are skipped, not reopened); :meth:`close` ends that."""
        try:
            record = self._record_at(offset)
            decision = self.decide(record) if record is not None else "no record"
            if record is None or record.offset != offset:
                raise WarcDamage(offset, "not-a-page", "no record at this offset")
            if not isinstance(decision, Candidate):
                raise WarcDamage(offset, "not-a-page", f"{record.kind}: {decision}")
            lead = decision
            while (record := self._advance()) is not None:
                if not same_id(record.header("WARC-Concurrent-To"), lead.record.record_id):
                    self._ahead = record  # the next page, most likely: not read yet
                    break
                found = self.decide(record)
                if isinstance(found, dict):
                    lead.journal = found
        except BaseException:
            self.close()  # the next call starts afresh
            raise
        item = self.page_item(lead, site)
        assert isinstance(item, PageItem)
        return item

    def _record_at(self, offset: int) -> Record | None:
        """The record at ``offset``: the one read ahead, one further on in the open file
        (up to :data:`SKIP_BYTES` on), or the first after a seek."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None and 0 <= offset - ahead.offset <= SKIP_BYTES:
            record: Record | None = ahead
            try:
                while record is not None and record.offset < offset:
                    record = self._advance()
            except WarcDamage:  # damage between the two pages: seek past it
                record = None
            if record is not None and record.offset == offset:
                return record
        self._open(offset)
        return self._advance()

    def _open(self, offset: int) -> None:
        """Start reading records at ``offset`` (a local file is opened once)."""
        self._drop_records()
        if is_url(self.source):
            self.close()
            self._stack = ExitStack()
            self._records = records(self._stack.enter_context(open_source(self.source, offset)))
            return
        if self._file is None:
            self._file = open(self.source, "rb")  # noqa: SIM115 (closed by close())
        self._file.seek(offset)
        self._records = records(self._file)

    def _advance(self) -> Record | None:
        return next(self._records, None) if self._records is not None else None

    def _drop_records(self) -> None:
        close = getattr(self._records, "close", None)  # (a generator)
        if close is not None:
            close()
        self._records = None

    def close(self) -> None:
        """Close the file :meth:`page_at` reads."""
        self._drop_records()
        self._ahead = None
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._stack is not None:
            self._stack.close()
            self._stack = None

    def page_item(self, page: Candidate, site_of_row: str = "") -> PageItem | str:
        """The page item of a page record, as the crawl's spider made it (``site_of_row``:
        the site a stored row names, which then skips the filters)."""
        record, journal = page.record, page.journal or {}
        url, listed, hints = record.uri, record.uri, {}
        archive_url: str | None = None
        archived_at: str | None = None
        site = str(journal.get("site") or "")
        if journal.get("kind") == "capture":
            url = listed = str(journal["original"])
            archive_url, archived_at = journal.get("archive_url"), journal.get("archived_at")
            hints = {"archived": archived_at}
        elif journal.get("kind") == "page":
            listed = str(journal.get("listed_url") or url)
            hints = dict(journal.get("hints") or {})
        elif "web.archive.org/web/" in url and (wayback := WAYBACK.match(url)):
            stamp, url = wayback.group(1), wayback.group(2)
            listed = url
            archive_url = f"https://web.archive.org/web/{stamp}/{url}"
            archived_at = to_iso(page.head.get("Memento-Datetime") or "") or to_iso(stamp)
            hints = {"archived": archived_at}
        if site_of_row:
            site = site_of_row
        elif not site:
            verdict = self.site_for(url, page)
            if verdict.startswith("!"):
                return verdict[1:]
            site = verdict
        elif site not in self.matcher.sites and not self.matcher.german:
            return "other-site"
        if not site_of_row:
            keys = {normalize_url(url), normalize_url(listed)}
            if any(key in self.known for key in keys):
                return "known"
            for key in keys:
                self.known.add(key)
        status = page.head.status
        warc_file, offset, record_id = self.source, record.offset, record.record_id
        if self.copy_to is not None and not site_of_row:
            copy = self.copy_to.write_copy(record.uri, record.block(), date=record.date,
                                           record_id=record_id, journal=page.journal)  # fmt: skip
            warc_file, offset, record_id = copy.file, copy.offset, copy.record_id
        return PageItem(
            url=url, site=site, body=page.body,
            encoding=page_encoding(record.uri, status, page.headers, page.body),
            status=status, fetched_at=record.date, request_url=listed, hints=hints,
            archive_url=archive_url, archived_at=archived_at, source_archive=self.source,
            warc_file=warc_file, warc_offset=offset, warc_record_id=record_id,
        )  # fmt: skip

    def site_for(self, url: str, page: Candidate) -> str:
        """The site slug of a page without a journal entry, or ``!reason`` if left out."""
        host = host_of(url)
        found = self.matcher.site_of(host)
        if found is not None:
            slug, domain = found
            if not looks_like_html(page.head.content_type, page.body):
                return "!not-html"
            if not self.matcher.allows(slug, domain, url):
                return "!url-filter"
            return slug
        if not self.matcher.german:
            return "!other-site"
        if not looks_like_html(page.head.content_type, page.body):
            return "!not-html"
        declared = page.head.get("Content-Language") or page.record.header(
            "WARC-Identified-Content-Language"
        )
        if not is_german(page.body, declared):
            return "!not-german"
        return medium_of(host)
