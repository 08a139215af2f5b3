"""The matches of a German search, computed once per query text and database state and
shared by everything a results page needs: the hit count, the six facets, the page of
rows in relevance order, the next pages and the exports.

One SQL statement reads the most recently archived matches (at most
:data:`SEARCH_CAP` + 1, newest first) *with* their bm25 score (title weighted, the same
weights as everywhere: ``search.BM25_WEIGHTS``); before, the page ran the match twice (once
for the set, once more to rank it). The result is kept in a small cache
(:data:`CACHE_SIZE` query texts; a few hundred kB each at the cap), so a facet click, the
next page or another sort of the same search costs no SQL at all. Its bitset in the facet
index is computed once per index build.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from datasette.database import QueryInterrupted
from datasette.utils import sqlite_timelimit

from newsarchive.archive import search
from newsarchive.serve import desk, facetindex, reading
from newsarchive.sqlite import sqlite3

#: Broad searches: only the most recently archived matches are counted and ranked.
SEARCH_CAP = reading.SEARCH_CAP
#: Query texts whose matches are kept.
CACHE_SIZE = 32
#: Matches are "dense" when at least DENSE_MIN of them fill at least DENSE_SHARE of their
#: rowid span: the table's search filter then walks the date index (plugin
#: ``filters_from_request``) instead of reading every match to sort it.
DENSE_SHARE = 0.01
DENSE_MIN = 200

_cache: OrderedDict[tuple[Any, ...], Matches] = OrderedDict()
#: The latest matches per (database, query text): what the table's search filter reads
#: (``na_treffer``) in the SQL thread.
_latest: dict[tuple[str, str], Matches] = {}


@dataclass
class Matches:
    """The newest matches of one query (rowids newest first, their bm25 scores)."""

    ids: array = field(default_factory=lambda: array("q"))
    scores: array = field(default_factory=lambda: array("d"))
    capped: bool = False
    _ranked: list[int] | None = None
    _bits: tuple[tuple[int, float], int] | None = None  #: (which facet index, bitset)
    _json: str | None = None

    def dense(self) -> bool:
        """Are the matches many and close together (see :data:`DENSE_SHARE`)?"""
        if len(self.ids) < DENSE_MIN:
            return False
        return len(self.ids) >= DENSE_SHARE * (self.ids[0] - self.ids[-1] + 1)

    def ids_json(self) -> str:
        """The rowids as a JSON list (for ``json_each`` in SQL), built once."""
        if self._json is None:
            self._json = "[" + ",".join(map(str, self.ids)) + "]"
        return self._json

    def ranked(self) -> list[int]:
        """Rowids by relevance: best bm25 first, newer first among equals."""
        if self._ranked is None:
            # ids are newest first: a stable sort by score keeps newer first among equals
            order = sorted(range(len(self.ids)), key=self.scores.__getitem__)
            self._ranked = list(map(self.ids.__getitem__, order))
        return self._ranked

    def bits(self, index: facetindex.FacetIndex) -> int:
        """The matches as a bitset of ``index`` (computed once per index)."""
        which = (id(index), index.built)
        if self._bits is None or self._bits[0] != which:
            self._bits = (which, index.from_rowids(self.ids))
        return self._bits[1]

    def page(self, index: facetindex.FacetIndex, mask: int, offset: int, limit: int
             ) -> list[int]:  # fmt: skip
        """Rowids of one page in relevance order among the matches inside ``mask``."""
        inside = index.to_bytes(mask)
        hits = (rowid for rowid in self.ranked() if index.has(inside, rowid))
        return list(islice(hits, offset, offset + limit))


def sql() -> str:
    """The one statement: newest matches with their score."""
    w1, w2, w3, w4 = search.BM25_WEIGHTS
    return (f"select rowid, bm25({search.SEARCH_TABLE}, {w1}, {w2}, {w3}, {w4}) "
            f"from {search.SEARCH_TABLE} where {search.SEARCH_TABLE} match german_query(?) "
            f"order by rowid desc limit {SEARCH_CAP + 1}")  # fmt: skip


def read(conn: Any, text: str) -> Matches:
    """The matches of ``text`` on a connection (with ``german_query`` registered)."""
    found = Matches()
    for rowid, score in conn.execute(sql(), [text]):
        found.ids.append(rowid)
        found.scores.append(score)
    if len(found.ids) > SEARCH_CAP:
        found.capped = True
        found.ids.pop()
        found.scores.pop()
    return found


async def matches(db: Any, text: str) -> Matches:
    """The cached matches of ``text`` in a Datasette database (the query time limit
    applies; :class:`QueryInterrupted` when it is over)."""
    key = (str(db.path or db.name), text, desk.state(db))
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        _latest[key[:2]] = found
        return found
    limit = db.ds.setting("sql_time_limit_ms")

    def run(conn: Any) -> Matches:
        with sqlite_timelimit(conn, limit):
            try:
                return read(conn, text)
            except sqlite3.DatabaseError as error:
                if error.args == ("interrupted",):
                    raise QueryInterrupted(error, sql(), {"q": text}) from error
                raise

    found = await db.execute_fn(run)
    _cache[key] = found
    _latest[key[:2]] = found
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    while len(_latest) > CACHE_SIZE:
        del _latest[next(iter(_latest))]
    return found


def ids_function(conn: Any, database: str) -> Any:
    """The SQL function ``na_treffer(text)`` of a connection to ``database``: the rowids
    of the newest matches of ``text`` as a JSON list, from the matches :func:`matches`
    found last (the table's ``_suche`` filter reads it), else searched on ``conn``."""

    def na_treffer(text: str | None) -> str:
        if not text:
            return "[]"
        found = _latest.get((database, text))
        if found is None:
            found = read(conn, text)
        return found.ids_json()

    return na_treffer


def clear() -> None:
    """Forget every cached search (tests)."""
    _cache.clear()
    _latest.clear()
