"""Records a WARC reader holds: a page record with what came with it, and the pages held
back a little so a parse failure journaled after its page can still leave it out
(:class:`newsarchive.crawl.warcpages.RecordReader`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from newsarchive.archive.warcread import HttpHead, Record
from newsarchive.items import FailureItem

#: Pages held back, in file order, until this many more pages were read: a crawl journals
#: a page's parse failure (:mod:`pipelines.warc`) when its callback fails, a few records
#: after the page; a page whose parse failed is then counted ``parse-failed``, not
#: imported, as the crawl stored no article for it (its failure row is imported).
HOLD_PAGES = 64
#: ... or until the held pages' bodies reach this many bytes.
HOLD_BYTES = 32 << 20


def same_id(a: str | None, b: str | None) -> bool:
    """Whether two ``WARC-Record-ID`` values name the same record (``<…>`` optional)."""
    return bool(a and b) and (a or "").strip("<> ") == (b or "").strip("<> ")


@dataclass
class Candidate:
    """A page record waiting for the next record (its journal entry, or damage)."""

    record: Record
    head: HttpHead
    body: bytes
    headers: list[tuple[str, str]]
    journal: dict[str, Any] | None = None


@dataclass
class PageFailure:
    """A journaled parse failure of the page whose response record is ``page_id``."""

    item: FailureItem
    page_id: str


Decision = Candidate | FailureItem | str


@dataclass
class Held:
    """Groups of records (a page and its concurrent records, or a single other record)
    held back in file order until :data:`HOLD_PAGES` pages or :data:`HOLD_BYTES` follow."""

    groups: list[tuple[list[Decision], Candidate | None]] = field(default_factory=list)
    pages: int = 0
    size: int = 0

    def add(self, group: list[Decision], lead: Candidate | None, flush: bool = False
            ) -> Iterator[Decision]:  # fmt: skip
        """Hold ``group``; the decisions now due, oldest first (all with ``flush``)."""
        if group:
            self.groups.append((group, lead))
            if lead is not None:
                self.pages += 1
                self.size += len(lead.body)
        while self.groups and (flush or self.groups[0][1] is None or self.pages > HOLD_PAGES
                               or self.size > HOLD_BYTES):  # fmt: skip
            done, page = self.groups.pop(0)
            if page is not None:
                self.pages -= 1
                self.size -= len(page.body)
            yield from done

    def parse_failed(self, page_id: str, group: list[Decision], lead: Candidate | None
                     ) -> None:  # fmt: skip
        """The crawl's parse of this page (held, or ``lead`` of the ``group`` being read)
        failed: count it, do not import it."""
        for done, page in [*self.groups, (group, lead)]:
            if page is not None and same_id(page.record.record_id, page_id) and page in done:
                done[done.index(page)] = "parse-failed"
