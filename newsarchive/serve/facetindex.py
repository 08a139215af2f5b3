"""An in-memory facet index of the archive: one bitset per facet value, so the reading
view, the bank and network pages and "Wer war zuerst?" count in milliseconds at a million
articles, where SQL would join hundreds of thousands of rows per request.

Every article gets a *rank* by date (0 = newest; articles without a date last). A bitset
(a Python ``int``) per medium, year, month, language, source kind, bank and network has
bit ``rank`` set for each article with that value. Filters are ``&`` and ``|`` of
bitsets, counts are ``int.bit_count()``, a page is the set bits from an offset, the first
article of a pair is its highest set bit. Search results (rowids from the FTS index) and
date ranges become bitsets per request.

The index is built from the covering index ``articles_reading`` and the link tables in
one pass (about 10 s per million articles) and rebuilt when the database has changed,
at most every :data:`REFRESH_SECONDS`; until the first build is ready the pages use SQL.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsarchive.serve import rowbits

#: The shortest time between two builds of a changed archive's index ...
REFRESH_SECONDS = 60.0
#: ... and at least this many times the last build's duration, so rebuilding while a
#: crawl writes takes at most a tenth of one core (35 s at 200,000 articles: every 6 min).
REFRESH_FACTOR = 10.0
#: Bits per chunk when skipping through a bitset.
CHUNK_BYTES = 512

#: Facet name -> the ``articles`` column (or expression) it is read from.
COLUMNS = {"medium": "site", "jahr": "year", "sprache": "language"}


@dataclass
class FacetIndex:
    """Bitsets by facet value over articles ranked by date (see module docstring)."""

    size: int = 0
    dated: int = 0  #: ranks below this have a publication date
    rowids: array = field(default_factory=lambda: array("q"))  #: rank -> rowid
    rank_of: array = field(default_factory=lambda: array("q"))  #: rowid -> rank (-1: none)
    days: array = field(default_factory=lambda: array("l"))  #: rank -> JJJJMMTT (0: none)
    values: dict[str, dict[str, int]] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)
    state: tuple[Any, ...] = ()
    built: float = 0.0
    took: float = 0.0  #: seconds the build took

    def stale_after(self) -> float:
        """Seconds after its build when a changed archive gets a new index."""
        return max(REFRESH_SECONDS, REFRESH_FACTOR * self.took)

    @property
    def all(self) -> int:
        """Every article."""
        return (1 << self.size) - 1

    def bits(self, ranks: Iterable[int]) -> int:
        """A bitset of these ranks (each in ``0 .. size - 1``)."""
        return rowbits.from_positions(ranks, self.size)

    def ranks(self, rowids: array | np.ndarray) -> np.ndarray:
        """The ranks of these rowids (-1: unknown to the index), one numpy ``take``."""
        ids = np.asarray(rowids, np.int64)
        rank_of = np.frombuffer(self.rank_of, np.int64)
        known = (ids >= 0) & (ids < len(rank_of))
        if known.all():
            return rank_of[ids]
        return np.where(known, rank_of[np.where(known, ids, 0)], -1)

    def from_ranks(self, ranks: array | np.ndarray) -> int:
        """A bitset of these ranks (-1 ignored), set and packed by numpy."""
        return rowbits.from_array(np.asarray(ranks, np.int64), self.size)

    def from_rowids(self, rowids: Iterable[int]) -> int:
        """A bitset of the articles with these rowids (unknown rowids are ignored)."""
        ids = rowids if isinstance(rowids, array) else array("q", rowids)
        return self.from_ranks(self.ranks(ids))

    def flags(self, mask: int) -> bytes:
        """``mask`` as one byte per rank (1: in the mask) and a 0 byte at the end, so
        that ``flags[rank]`` is 0 for an unknown rank (-1)."""
        return rowbits.flags(mask, self.size)

    def rank(self, rowid: int) -> int:
        """The article's rank, or -1 if the index does not know it."""
        return self.rank_of[rowid] if 0 <= rowid < len(self.rank_of) else -1

    def date_range(self, von: str, bis: str) -> int:
        """Articles published from ``von`` to ``bis`` (``JJJJ-MM-TT``, inclusive, either
        may be empty)."""
        # ranks 0..dated-1 are ordered by date descending: bisect on the reversed dates
        lo_rank = 0
        hi_rank = self.dated
        if bis:
            lo_rank = self._first_rank_on_or_before(bis)
        if von:
            hi_rank = self._first_rank_on_or_before(_day_before(von))
        if hi_rank <= lo_rank:
            return 0
        return ((1 << hi_rank) - 1) ^ ((1 << lo_rank) - 1)

    def _first_rank_on_or_before(self, day: str) -> int:
        # days[:dated] descending; find the first rank whose day <= ``day``
        target = _day_number(day)
        return bisect.bisect_left(self.days, -target, 0, self.dated, key=lambda d: -d)

    def count(self, mask: int) -> int:
        """Articles in ``mask``."""
        return mask.bit_count()

    def page(self, mask: int, offset: int, limit: int, oldest_first: bool = False) -> list[int]:
        """The rowids of ``limit`` articles of ``mask`` from ``offset``, newest first (or
        oldest first; articles without a date always last)."""
        if not oldest_first:
            ranks = list(_select(mask, offset, limit))
        else:
            dated = mask & ((1 << self.dated) - 1)
            ranks = list(_select(dated, offset, limit, reverse=True))
            if len(ranks) < limit:
                skipped = max(0, offset - dated.bit_count())
                rest = mask >> self.dated
                ranks += [self.dated + r for r in _select(rest, skipped, limit - len(ranks))]
        return [self.rowids[r] for r in ranks]

    def oldest(self, mask: int) -> int | None:
        """The rowid of the oldest dated article of ``mask``."""
        dated = mask & ((1 << self.dated) - 1)
        return self.rowids[dated.bit_length() - 1] if dated else None

    def day(self, rowid: int) -> str:
        """The publication day of an article ("" if unknown)."""
        rank = self.rank(rowid)
        n = self.days[rank] if rank >= 0 else 0
        return f"{n // 10000:04d}-{n // 100 % 100:02d}-{n % 100:02d}" if n else ""

    def has(self, mask_bytes: bytes, rowid: int) -> bool:
        """Whether the article is in the mask given as ``mask.to_bytes(...)``."""
        rank = self.rank(rowid)
        if rank < 0 or rank >> 3 >= len(mask_bytes):
            return False
        return bool(mask_bytes[rank >> 3] >> (rank & 7) & 1)

    def to_bytes(self, mask: int) -> bytes:
        """``mask`` as bytes for :meth:`has`."""
        return mask.to_bytes((self.size + 7) // 8 or 1, "little")

    def counts(self, name: str, mask: int) -> list[tuple[str, int]]:
        """Facet values and their counts within ``mask`` (zero counts left out)."""
        found = [(value, (mask & bits).bit_count()) for value, bits in self.values[name].items()]
        return [(value, n) for value, n in found if n]


def _day_number(day: str) -> int:
    """``2013-03-12...`` -> 20130312 (0 if not a date)."""
    digits = day[:10].replace("-", "")
    return int(digits) if len(digits) == 8 and digits.isdigit() else 0


def _day_before(day: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def _select(mask: int, offset: int, limit: int, reverse: bool = False) -> Iterator[int]:
    """The positions of set bits of ``mask`` number ``offset`` to ``offset + limit - 1``,
    ascending (or descending)."""
    if limit <= 0 or not mask:
        return
    length = max((mask.bit_length() + 7) // 8, 1)
    data = mask.to_bytes(length, "little")
    chunks = range(0, length, CHUNK_BYTES)
    if reverse:
        chunks = range((length - 1) // CHUNK_BYTES * CHUNK_BYTES, -1, -CHUNK_BYTES)
    skip, taken = offset, 0
    for start in chunks:
        part = data[start : start + CHUNK_BYTES]
        ones = int.from_bytes(part, "little").bit_count()
        if skip >= ones:
            skip -= ones
            continue
        positions = [start * 8 + i * 8 + b for i, byte in enumerate(part) if byte
                     for b in range(8) if byte >> b & 1]  # fmt: skip
        for position in reversed(positions) if reverse else positions:
            if skip:
                skip -= 1
                continue
            yield position
            taken += 1
            if taken == limit:
                return


def build(conn: Any, columns: set[str], state: tuple[Any, ...] = (), now: float = 0.0
          ) -> FacetIndex:  # fmt: skip
    """Read the archive (a sqlite3 connection) into a new :class:`FacetIndex`."""
    imported = next((c for c in ("source_archive", "provenance") if c in columns), None)
    kind = "case when archive_url is not null then 'wayback' else 'crawl' end"
    if imported:
        kind = f"case when nullif({imported}, '') is not null then 'import' " + kind[5:]
    hint = "indexed by articles_reading " if not imported and _has_index(conn) else ""
    rows = conn.execute(
        f"select rowid, coalesce(published, ''), site, year, language, {kind} from articles {hint}"
    ).fetchall()
    rows.sort(key=lambda r: (r[1] != "", r[1], r[0]), reverse=True)
    index = FacetIndex(size=len(rows), state=state, built=now)
    index.dated = sum(1 for r in rows if r[1])
    index.rowids = array("q", (r[0] for r in rows))
    index.rank_of = array("q", [-1]) * (max((r[0] for r in rows), default=0) + 1)
    for rank, row in enumerate(rows):
        index.rank_of[row[0]] = rank
    index.days = array("l", (_day_number(r[1]) for r in rows))
    names = ("medium", "jahr", "sprache", "quelle", "bank", "netzwerk")
    groups: dict[str, dict[str, list[int]]] = {n: {} for n in names}
    months: dict[str, list[int]] = {}
    for rank, (_, published, site, year, language, source) in enumerate(rows):
        for name, value in (("medium", site), ("jahr", year), ("sprache", language),
                            ("quelle", source)):  # fmt: skip
            groups[name].setdefault("" if value is None else str(value), []).append(rank)
        if len(published) >= 7:
            months.setdefault(published[:7], []).append(rank)
    rank_by_url: dict[str, int] = {}
    for rowid, url in conn.execute(f"select rowid, url from articles {hint}"):
        rank_by_url[url] = index.rank(rowid)
    for name, table, column in (("bank", "article_banks", "bank"),
                                ("netzwerk", "article_networks", "network")):  # fmt: skip
        for url, value in conn.execute(f"select article_url, {column} from {table}"):
            found = rank_by_url.get(url)
            if found is not None:
                groups[name].setdefault(value, []).append(found)
    index.values = {name: {v: index.bits(r) for v, r in found.items()}
                    for name, found in groups.items()}  # fmt: skip
    index.months = {m: index.bits(r) for m, r in months.items()}
    return index


def _has_index(conn: Any) -> bool:
    return bool(conn.execute(
        "select 1 from sqlite_master where type = 'index' and name = 'articles_reading'"
    ).fetchone())  # fmt: skip
