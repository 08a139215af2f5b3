"""The matches of a German search, computed once per query text and database state and shared
by everything a results page needs: the hit count, the six facets, the page of rows in
relevance order, the next pages and the exports.

One SQL statement reads the most recently archived matches (at most :data:`SEARCH_CAP` +
1, newest first) with the bm25 score (title weighted, the same weights as everywhere:
``search.BM25_WEIGHTS``) of every one, none when the page sorts by date (:func:`read` can
score only the matches a filter wants). Most of bm25's time is its scan of each word's or
phrase's whole doclist for the idf, once per statement, so scoring every match at once
costs 10-40 % more than scoring the filtered ones, and a second pass (another filter of
the same search) would pay the scan again. When a later request ranks a match without a
score, one more pass scores every match left (:func:`matches`), so a search costs at most
two passes, and nothing more for any filter after that. The result is kept in a small cache
(:data:`CACHE_SIZE` query texts; a few hundred kB each at the cap), so a facet click, the
next page or another sort of the same search costs no SQL (but that one pass). Its
bitset in the facet index is computed once per index build.
"""

from __future__ import annotations

import asyncio
from array import array
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from math import isnan
from operator import itemgetter
from typing import Any, TypeVar

import numpy as np
from datasette.database import QueryInterrupted
from datasette.utils import sqlite_timelimit

from newsarchive.archive import search
from newsarchive.serve import deepscores, desk, facetindex, reading, rowbits, termscores
from newsarchive.sqlite import sqlite3

T = TypeVar("T")
#: Broad searches: only the most recently archived matches are counted and ranked.
SEARCH_CAP = reading.SEARCH_CAP
#: Query texts whose matches are kept.
CACHE_SIZE = 32
#: Matches are "dense" when at least DENSE_MIN of them fill at least DENSE_SHARE of their
#: rowid span: the table's search filter then walks the date index (plugin
#: ``filters_from_request``) instead of reading every match to sort it.
DENSE_SHARE = 0.01
DENSE_MIN = 200

#: Which matches a caller will rank (by rowid); None: all of them.
Wanted = Callable[[int], bool] | None


def unranked(rowid: int) -> bool:
    """``wanted`` of callers that need the rowids only (no scores)."""
    return False


_cache: OrderedDict[tuple[Any, ...], Matches] = OrderedDict()
#: The latest matches per (database, query text): what the table's search filter reads
#: (``na_treffer``) in the SQL thread.
_latest: dict[tuple[str, str], Matches] = {}


@dataclass
class Matches:
    """The newest matches of one query (rowids newest first, their bm25 scores)."""

    ids: array = field(default_factory=lambda: array("q"))
    scores: array = field(default_factory=lambda: array("d"))  #: NaN: not scored yet
    capped: bool = False
    unscored: int = 0  #: how many scores are NaN
    _order: np.ndarray | None = None  #: positions by relevance, sorted on the second page
    _ranks: tuple[tuple[int, float], np.ndarray] | None = None  #: (which facet index, ranks)
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

    def missing(self, wanted: Wanted) -> list[int]:
        """Rowids that ``wanted`` asks for and that have no score yet."""
        if not self.unscored or wanted is unranked:
            return []
        return [rowid for rowid, score in zip(self.ids, self.scores, strict=True)
                if score != score and (wanted is None or wanted(rowid))]  # fmt: skip

    def add_scores(self, scored: list[tuple[int, float]]) -> None:
        """Scores of a later pass (see :func:`matches`)."""
        if not scored:
            return
        position = {rowid: i for i, rowid in enumerate(self.ids)}
        for rowid, score in scored:
            i = position.get(rowid)
            if i is not None and self.scores[i] != self.scores[i]:
                self.scores[i] = score
                self.unscored -= 1

    def ranked(self) -> list[int]:
        """Rowids by relevance: best bm25 first, newer first among equals (every match
        scored)."""
        if self.unscored:
            raise ValueError("not every match is scored")
        # ids are newest first: a stable sort by score keeps newer first among equals
        order = sorted(range(len(self.ids)), key=self.scores.__getitem__)
        return list(map(self.ids.__getitem__, order))

    def ranks(self, index: facetindex.FacetIndex) -> np.ndarray:
        """The matches' ranks in ``index`` (-1: unknown), computed once per index."""
        which = (id(index), index.built)
        if self._ranks is None or self._ranks[0] != which:
            self._ranks = (which, index.ranks(self.ids))
        return self._ranks[1]

    def bits(self, index: facetindex.FacetIndex) -> int:
        """The matches as a bitset of ``index`` (computed once per index)."""
        which = (id(index), index.built)
        if self._bits is None or self._bits[0] != which:
            self._bits = (which, index.from_ranks(self.ranks(index)))
        return self._bits[1]

    def page(self, index: facetindex.FacetIndex, mask: int, offset: int, limit: int
             ) -> list[int]:  # fmt: skip
        """Rowids of one page in relevance order among the matches inside ``mask`` (which
        must be scored): best bm25 first, newer first among equals. Which matches are
        inside is one bit read per match (``rowbits.has``, numpy). A first page (``offset``
        0) is the ``limit`` best of them (a stable numpy sort of their scores, as
        ``sorted``), so a new search and each of its filters (another bank, year, ...)
        sorts only its own matches; from the first deeper page on, every match is sorted
        once and each page is a filter of that order."""
        inside = rowbits.has(mask, self.ranks(index), index.size)
        scores = np.frombuffer(self.scores, np.float64)
        if not self.unscored and (self._order is not None or offset > 0):
            if self._order is None:  # ids are newest first: stable, newer first among equals
                self._order = np.argsort(scores, kind="stable")
            hits = self._order[inside[self._order]]
            return np.frombuffer(self.ids, np.int64)[hits[offset : offset + limit]].tolist()
        chosen = np.flatnonzero(inside)
        if self.unscored and np.isnan(scores[chosen]).any():
            raise ValueError("a match inside the mask is not scored")
        best = chosen[np.argsort(scores[chosen], kind="stable")[: offset + limit]]
        return np.frombuffer(self.ids, np.int64)[best[offset:]].tolist()


def _bm25() -> str:
    w1, w2, w3, w4 = search.BM25_WEIGHTS
    return f"bm25({search.SEARCH_TABLE}, {w1}, {w2}, {w3}, {w4})"


def sql(wanted: Wanted = None, below: bool = False) -> str:
    """The one statement: newest matches with the score of the ``wanted`` ones (SQL
    function ``na_wanted``; None: every one); ``below``: only rowids below the second
    parameter, at most the third parameter of them."""
    score = _bm25()
    if wanted is unranked:
        score = "null"
    elif wanted is not None:
        score = f"case when na_wanted(rowid) then {score} end"
    older = " and rowid < ?" if below else ""
    return (f"select rowid, {score} "
            f"from {search.SEARCH_TABLE} where {search.SEARCH_TABLE} match german_query(?)"
            f"{older} order by rowid desc limit {'?' if below else SEARCH_CAP + 1}")  # fmt: skip


def score_sql() -> str:
    """The later pass: the scores of matches from rowid ``?`` on that ``na_wanted`` names."""
    return (f"select rowid, {_bm25()} from {search.SEARCH_TABLE} "
            f"where {search.SEARCH_TABLE} match german_query(?) and rowid >= ? "
            "and na_wanted(rowid)")  # fmt: skip


def _rows(conn: Any, text: str, wanted: Wanted = None,
          below: tuple[int, int] | None = None) -> list[Any]:  # fmt: skip
    """The statement's rows (:func:`sql`); ``below``: (floor, how many) of the rowids
    below the floor only."""
    if wanted is not None and wanted is not unranked:
        conn.create_function("na_wanted", 1, wanted)
    if below is None:
        return conn.execute(sql(wanted), [text]).fetchall()
    return conn.execute(sql(wanted, below=True), [text, *below]).fetchall()


def _found(rows: list[Any], newer: tuple[array, array] | None = None) -> Matches:
    """Matches of the statement's rows, after ``newer`` (rowids and scores) if given."""
    found = Matches()
    found.ids = array("q", map(itemgetter(0), rows))
    scores = list(map(itemgetter(1), rows))
    found.unscored = scores.count(None)  # not scored (NaN): what ``wanted`` left out
    if found.unscored:
        nan = float("nan")
        scores = [nan if score is None else score for score in scores]
    found.scores = array("d", scores)
    if newer is not None:
        found.ids, found.scores = newer[0] + found.ids, newer[1] + found.scores
    found.capped = len(found.ids) > SEARCH_CAP
    del found.ids[SEARCH_CAP:], found.scores[SEARCH_CAP:]
    if found.unscored:  # the match beyond the cap is not counted
        found.unscored = sum(map(isnan, found.scores))
    return found


def read(conn: Any, text: str, wanted: Wanted = None,
         newer: tuple[array, array, int] | None = None) -> Matches:  # fmt: skip
    """The matches of ``text`` on a connection (with ``german_query`` registered), scored
    where ``wanted`` says (None: all). ``newer``: the exact matches from a rowid on with
    their scores (``termscores.newer_part``), so that SQL reads the older ones only."""
    if newer is None:
        return _found(_rows(conn, text, wanted))
    below = (newer[2], SEARCH_CAP + 1 - len(newer[0]))
    return _found(_rows(conn, text, wanted, below), (newer[0], newer[1]))


def rowids(conn: Any, text: str) -> array:
    """The newest :data:`SEARCH_CAP` + 1 matches of ``text``, rowids only (fetched in C)."""
    table = search.SEARCH_TABLE
    found = conn.execute(f"select rowid from {table} where {table} match german_query(?) "
                         f"order by rowid desc limit {SEARCH_CAP + 1}", [text])  # fmt: skip
    return array("q", map(itemgetter(0), found.fetchall()))


def read_scores(conn: Any, text: str, rowids: list[int]) -> list[tuple[int, float]]:
    """The scores of these matches of ``text``."""
    wanted = set(rowids)
    conn.create_function("na_wanted", 1, wanted.__contains__)
    return list(conn.execute(score_sql(), [text, min(rowids)]))


async def matches(db: Any, text: str, wanted: Wanted = None) -> Matches:
    """The cached matches of ``text`` in a Datasette database, with scores for every one
    ``wanted`` names (None: all; :func:`unranked`: none needed). The query time limit
    applies; :class:`QueryInterrupted` when it is over."""
    key = (str(db.path or db.name), text, desk.state(db))
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        _latest[key[:2]] = found
        if found.missing(wanted):  # every match left is scored now: later filters need no SQL
            rest = found.missing(None)
            found.add_scores(await _run(db, text, lambda conn: read_scores(conn, text, rest)))
        return found
    found = await _prepared(db, text, key[2], wanted)
    _cache[key] = found
    _latest[key[:2]] = found
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    while len(_latest) > CACHE_SIZE:
        del _latest[next(iter(_latest))]
    return found


async def _prepared(db: Any, text: str, state: tuple[Any, ...], wanted: Wanted) -> Matches:
    """The matches of ``text`` from the broad words' prepared scores when they hold the
    exact answer (newsarchive/serve/termscores.py), a phrase of prepared words ranked by
    its words' scores (``termscores.phrase_scores``), else read with SQL in one pass."""
    prepared = termscores.current(db, state)
    if prepared is not None:
        expression = search.german_query(text)
        found = termscores.answer(prepared, expression, SEARCH_CAP)
        if found is not None:
            return Matches(*found)
        span = termscores.newer_span(prepared, expression, SEARCH_CAP)
        if span is not None:  # the windows' exact newer part, SQL the older rowids
            return await _newer_and_older(db, text, span, wanted is unranked)
        terms = termscores.phrase_terms(prepared, expression)
        if terms is not None:  # one phrase of prepared words: its matches, no bm25
            ids = await _run(db, text, lambda conn: rowids(conn, text))
            scores = termscores.phrase_scores(prepared, terms, ids[:SEARCH_CAP])
            if scores is not None:
                return Matches(ids[:SEARCH_CAP], scores, len(ids) > SEARCH_CAP)
    # every match scored in this one pass unless none is ranked (date order): a later pass
    # for another filter of the same search would repeat bm25's scan of the whole doclists
    # (its idf), which costs more than the scores of the matches not wanted yet
    scored = unranked if wanted is unranked else None
    return await _run(db, text, lambda conn: read(conn, text, scored))


async def _newer_and_older(db: Any, text: str, span: tuple[list[termscores.Term], int, int],
                           dates_only: bool) -> Matches:  # fmt: skip
    """Words joined by AND whose windows hold fewer than :data:`SEARCH_CAP` matches from
    the highest floor on (``termscores.newer_span``): the newest matches and their scores
    come from the words' windows and deep parts (``deepscores.newest``: no SQL) as far as
    these reach; only when they hold fewer than the cap (or a word has no deep part), the
    rowids below are read with SQL (scored unless the page sorts by date) in a SQL thread,
    while the windows' exact part is summed on the event loop (FTS5 releases the GIL
    while it scores); the same matches and scores as :func:`read` with ``newer``."""
    words, floor, common = span
    need = SEARCH_CAP + 1 - common.bit_count()
    deep = deepscores.common(words)
    if deep is not None:  # every match from deep[1] on is there: how many, before any score
        count = deep[0].bit_count()
        if count > SEARCH_CAP or not deep[1]:
            return _found([], deepscores.gather(words, *deep, SEARCH_CAP + 1))
        floor, need = deep[1], SEARCH_CAP + 1 - count
    below = (floor, need)
    scored = unranked if dates_only else None
    older = asyncio.get_running_loop().create_task(
        _run(db, text, lambda conn: _rows(conn, text, scored, below)))  # fmt: skip
    await asyncio.sleep(0)  # the task hands its statement to a SQL thread first
    try:  # the newer part is gathered while SQL scores the older rowids
        if deep is not None:
            newer = deepscores.gather(words, *deep, SEARCH_CAP + 1)
        else:
            newer = termscores.span_scores(words, common, SEARCH_CAP, floor)
    except BaseException:
        older.cancel()
        raise
    return _found(await older, newer)


async def _run(db: Any, text: str, fn: Callable[[Any], T]) -> T:
    """``fn(conn)`` in Datasette's SQL threads within the query time limit."""
    limit = db.ds.setting("sql_time_limit_ms")

    def run(conn: Any) -> T:
        with sqlite_timelimit(conn, limit):
            try:
                return fn(conn)
            except sqlite3.DatabaseError as error:
                if error.args == ("interrupted",):
                    raise QueryInterrupted(error, sql(), {"q": text}) from error
                raise

    result: T = await db.execute_fn(run)
    return result


def ids_function(conn: Any, database: str) -> Any:
    """The SQL function ``na_treffer(text)`` of a connection to ``database``: the rowids
    of the newest matches of ``text`` as a JSON list, from the matches :func:`matches`
    found last (the table's ``_suche`` filter reads it), else searched on ``conn``."""

    def na_treffer(text: str | None) -> str:
        if not text:
            return "[]"
        found = _latest.get((database, text))
        if found is None:
            found = read(conn, text, unranked)
        return found.ids_json()

    return na_treffer


def clear() -> None:
    """Forget every cached search (tests)."""
    _cache.clear()
    _latest.clear()
