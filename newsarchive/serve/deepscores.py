"""The broad words' older matches beyond their windows, 2 bytes a rowid
(newsarchive/serve/termscores.py keeps the windows: 16 bytes a match).

A search of words joined by AND whose windows hold fewer than
:data:`~newsarchive.serve.reading.SEARCH_CAP` common matches read its older matches with
a bm25 statement: at 1,000,000 articles 50-90 ms (FTS5's idf scan of each word's whole
doclist, a ``%_docsize`` lookup and a score per row for ~15,000 rows). FTS5's bm25 of a
word in a row depends only on the word's column-weighted count there and the row's length
(its idf and the average length are the same for every row), so a word has few distinct
scores: a few hundred to a few thousand. During preparation each spanned word keeps,
below its window and down to one rowid common to all words (:func:`span`: as far as
:data:`DEEP_BYTES` allow), for every rowid there the number of its score in the word's
table of distinct scores (2 bytes; :data:`NONE`: no match) and the matches as a bitset:
FTS5's own floats, bit for bit, each read in C by its rowid. A search then reads its
older matches there (:func:`older`): the same rowids and floats, no SQL; SQL reads only
what lies below the deep parts.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from operator import add, itemgetter, neg
from typing import Any, Protocol

from newsarchive.archive import search
from newsarchive.serve import rowbits

#: Memory budget of the deep parts of all words (bytes: 2 a rowid and word).
DEEP_BYTES = 96 * 2**20
#: The number of "no match"; a word with more distinct scores has no deep part.
NONE = 2**16 - 1


class Window(Protocol):
    """What :func:`older` reads of a word's window (termscores.Term)."""

    ids: array
    scores: array
    complete: bool
    bits: int
    deep: Deep | None


@dataclass
class Deep:
    """Every match of a word from ``floor`` up to its window: per rowid from ``floor``
    on the number of its score in ``table`` (:data:`NONE`: no match)."""

    codes: array
    table: array
    floor: int
    bits: int  #: the matches' ``rowid - floor`` as a bitset


def span(size: int, words: int) -> int:
    """How many rowids below the windows' common floor the deep parts of ``words`` words
    reach."""
    return size if words <= 0 else min(size, DEEP_BYTES // (2 * words))


def sql(limit: str = "") -> str:
    """FTS5's matches of a word (``?``) in a rowid range (``rowid >= ? and rowid < ?``)
    with their bm25 scores, newest first."""
    w1, w2, w3, w4 = search.BM25_WEIGHTS
    table = search.SEARCH_TABLE
    return (f"select rowid, bm25({table}, {w1}, {w2}, {w3}, {w4}) from {table} "
            f"where {table} match ? and rowid >= ? and rowid < ? "
            f"order by rowid desc{limit}")  # fmt: skip


def read(conn: Any, term: str, floor: int, below: int) -> Deep | None:
    """The deep part of ``term`` from rowid ``floor`` up to ``below`` (one statement, its
    rows fetched in C): see :func:`compress_rows`."""
    return compress_rows(conn.execute(sql(), ['"' + term + '"', floor, below]).fetchall(), floor)


def compress_rows(rows: list[tuple[int, float]], floor: int) -> Deep | None:
    """A deep part from FTS5's rows (rowid, bm25 of the word alone, newest first, each at
    or above ``floor``), or None when the word has :data:`NONE` distinct scores or more.
    Every step runs in C but the numbering of the few distinct scores."""
    scores = list(map(itemgetter(1), rows))
    table = array("d", dict.fromkeys(scores))  # first seen first
    if len(table) >= NONE:
        return None
    number = {score: i for i, score in enumerate(table)}
    size = rows[0][0] - floor + 1 if rows else 0
    offsets = list(map(floor.__rsub__, map(itemgetter(0), rows)))
    codes = array("H", [NONE]) * size
    deque(map(codes.__setitem__, offsets, map(number.__getitem__, scores)), maxlen=0)
    return Deep(codes, table, floor, rowbits.from_positions(offsets, size))


def _kept(ids: array, low: int) -> int:
    """How many of ``ids`` (newest first) lie at or above ``low``."""
    return bisect_right(ids, -low, key=neg)


def _part(word: Window, ids: array) -> array | None:
    """The word's scores of ``ids`` (newest first): its window's, then its deep part's."""
    scores = array("d")
    head = ids[: _kept(ids, word.ids[-1])] if word.ids else ids[:0]  # inside the window
    if head:
        marked = rowbits.marks(head, head[-1], head[0] - head[-1] + 1)
        scores = rowbits.pick(word.bits, word.scores, head[-1], marked)
    deep = word.deep
    if len(scores) < len(ids) and deep is not None:  # the rest lies in the deep part
        below = ids[len(scores) :]
        codes = map(deep.codes.__getitem__, map(deep.floor.__rsub__, below))
        scores.extend(map(deep.table.__getitem__, codes))
    return scores if len(scores) == len(ids) else None


def common(words: Sequence[Window]) -> tuple[int, int] | None:
    """The matches of words joined by AND in their windows and deep parts as a bitset
    shifted by the rowid from which every match is there (0: all matches), and that
    rowid; None when an incomplete window has no deep part. Its bit count says, before
    any score is read, how many rows SQL must read below."""
    lows = [0 if w.complete else (w.deep.floor if w.deep is not None else None) for w in words]
    if any(low is None for low in lows):
        return None
    low = max(low for low in lows if low is not None)
    bits = -1
    for word in words:
        bits &= word.bits if word.deep is None else word.bits | word.deep.bits << word.deep.floor
    return bits >> low, low


def gather(words: Sequence[Window], bits: int, low: int, count: int) -> tuple[array, array]:
    """The newest ``count`` matches of :func:`common`'s bitset with their scores (the
    words' scores summed in the query's order, as FTS5 adds them)."""
    ids = rowbits.newest(bits, count)
    if low:
        ids = array("q", map(low.__add__, ids))
    total: array | None = None
    for word in words:
        part = _part(word, ids)
        if part is None:  # cannot happen: window and deep part hold every match above low
            raise ValueError("a window or deep part lacks a match of the intersection")
        total = part if total is None else array("d", map(add, total, part))
    return ids, total if total is not None else array("d")


def newest(words: Sequence[Window], count: int) -> tuple[array, array, int] | None:
    """The newest ``count`` matches of words joined by AND from their windows and deep
    parts, with their scores, and the rowid from which every match is there (0: all
    matches). None when an incomplete window has no deep part."""
    found = common(words)
    if found is None:
        return None
    bits, low = found
    return (*gather(words, bits, low, count), low)
