"""The broad words' older matches beyond their windows, 2 bytes a match
(newsarchive/serve/termscores.py keeps the windows: 16 bytes a match).

A search of words joined by AND whose windows hold fewer than
:data:`~newsarchive.serve.reading.SEARCH_CAP` common matches read its older matches with
a bm25 statement: at 1,000,000 articles 50-180 ms (FTS5's idf scan of each word's whole
doclist, a ``%_docsize`` lookup and a score per row for thousands of rows). FTS5's bm25 of
a word in a row depends only on the word's column-weighted count there and the row's
length (its idf and the average length are the same for every row), so a word has few
distinct scores: a few hundred to a few thousand. During preparation each spanned word
keeps, below its window and down to one rowid common to all words (:func:`span`: as far as
:data:`DEEP_BYTES` allow), its matches as a bitset and, per match (newest first), the
number of its score in the word's table of distinct scores (2 bytes): FTS5's own floats,
bit for bit. A match's number is found by its rank among the set bits, counted with
numpy (``rowbits.ranks``), so a word costs memory by its matches, not by the rowids it spans: a
word held by a fifth of the articles reaches about four times deeper than with a number
per rowid. A search then reads its older matches there (:func:`gather`): the same rowids
and floats, no SQL; SQL reads only what lies below the deep parts.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Protocol

import numpy as np

from newsarchive.archive import search
from newsarchive.serve import rowbits

#: Memory budget of the deep parts of all words (bytes: 2 a match, 1/8 a rowid and word).
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
    """Every match of a word from ``floor`` up to its window: per match (newest first)
    the number of its score in ``table``; the i-th number belongs to the i-th highest set
    bit of ``bits``."""

    codes: array
    table: array
    floor: int
    bits: int  #: the matches' ``rowid - floor`` as a bitset


def span(size: int, shares: Sequence[float]) -> int:
    """How many rowids below the windows' common floor the deep parts of words that hold
    these ``shares`` of the rowids reach (2 bytes a match, 1/8 byte a rowid: the bitset)."""
    cost = sum(2 * share + 1 / 8 for share in shares)
    return size if cost <= 0 else min(size, int(DEEP_BYTES / cost))


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
    codes = array("H", map({score: i for i, score in enumerate(table)}.__getitem__, scores))
    size = rows[0][0] - floor + 1 if rows else 0
    offsets = map(floor.__rsub__, map(itemgetter(0), rows))
    return Deep(codes, table, floor, rowbits.from_positions(offsets, size))


def extend(conn: Any, term: str, deep: Deep, floor: int, below: int) -> Deep:
    """``deep`` (of a window whose lowest rowid is ``below``) taken down to rowid ``floor``
    (one statement for the rowids below it): the part :func:`read` from ``floor`` gives,
    so a second pass of the preparation deepens the parts a first pass gave every word.
    Unchanged when ``floor`` is not lower or the word would have :data:`NONE` distinct
    scores or more."""
    if floor >= deep.floor:
        return deep
    rows = conn.execute(sql(), ['"' + term + '"', floor, min(deep.floor, below)]).fetchall()
    number = {score: i for i, score in enumerate(deep.table)}
    table = array("d", deep.table)
    for score in dict.fromkeys(map(itemgetter(1), rows)):  # new scores, first seen first
        if score not in number:
            number[score] = len(table)
            table.append(score)
    if len(table) >= NONE:
        return deep
    codes = deep.codes + array("H", map(number.__getitem__, map(itemgetter(1), rows)))
    offsets = map(floor.__rsub__, map(itemgetter(0), rows))
    below = rowbits.from_positions(offsets, deep.floor - floor)
    return Deep(codes, table, floor, deep.bits << (deep.floor - floor) | below)


def deepen(conn: Any, term: str, window: Window, floor: int) -> Deep | None:
    """The deep part of ``term``'s incomplete ``window`` from rowid ``floor`` up to it:
    read (:func:`read`), or its part taken deeper (:func:`extend`)."""
    if window.complete:
        return None
    if window.deep is None:
        return read(conn, term, floor, window.ids[-1])
    return extend(conn, term, window.deep, floor, window.ids[-1])


def density(window: Window) -> float:
    """The share of the rowids of its span that a word's window holds."""
    return len(window.ids) / (window.ids[0] - window.ids[-1] + 1) if window.ids else 0.0


def _part(word: Window, ids: np.ndarray) -> np.ndarray | None:
    """The word's scores of ``ids`` (newest first): its window's, then its deep part's;
    None when one of them lies in neither. Each is found by its rank among the set bits
    (``rowbits.ranks``) and read with one numpy ``take``: no step per row in Python."""
    inside = int(np.count_nonzero(ids >= word.ids[-1])) if len(word.ids) else 0
    head = rowbits.ranks(word.bits, ids[:inside])  # ids are newest first
    if head is None:
        return None
    scores = np.frombuffer(word.scores, np.float64)[head]
    if inside == len(ids):
        return scores
    deep = word.deep
    if deep is None or ids[-1] < deep.floor:
        return None
    found = rowbits.ranks(deep.bits, ids[inside:] - deep.floor)
    if found is None:
        return None
    codes = np.frombuffer(deep.codes, np.uint16)[found]
    return np.concatenate([scores, np.frombuffer(deep.table, np.float64)[codes]])


def total(words: Sequence[Window], ids: np.ndarray) -> np.ndarray | None:
    """The sum of the words' scores of ``ids`` (newest first) in the query's order, as
    FTS5 adds them (IEEE additions one word after the other: the same floats), or None
    when one of them is unknown."""
    summed: np.ndarray | None = None
    for word in words:
        part = _part(word, ids)
        if part is None:
            return None
        summed = part if summed is None else summed + part
    return summed if summed is not None else np.zeros(len(ids))


def scores_array(values: np.ndarray) -> array:
    """A numpy vector of floats as an ``array("d")``."""
    found = array("d")
    found.frombytes(np.ascontiguousarray(values, np.float64).tobytes())
    return found


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


def sums(words: Sequence[Window], ids: array) -> array | None:
    """The sum of the words' scores of ``ids`` (newest first; in the query's order, as
    FTS5 adds them) from their windows and deep parts, or None when one of them lies
    beyond both (its score is unknown)."""
    if not ids:
        return array("d")
    found = total(words, np.frombuffer(ids, np.int64))
    return None if found is None else scores_array(found)


def gather(words: Sequence[Window], bits: int, low: int, count: int) -> tuple[array, array]:
    """The newest ``count`` matches of :func:`common`'s bitset with their scores (the
    words' scores summed in the query's order, as FTS5 adds them)."""
    ids = rowbits.top(bits, count) + low
    found = total(words, ids)
    if found is None:  # cannot happen: window and deep part hold every match above low
        raise ValueError("a window or deep part lacks a match of the intersection")
    return rowbits.to_array(ids), scores_array(found)


def newest(words: Sequence[Window], count: int) -> tuple[array, array, int] | None:
    """The newest ``count`` matches of words joined by AND from their windows and deep
    parts, with their scores, and the rowid from which every match is there (0: all
    matches). None when an incomplete window has no deep part."""
    found = common(words)
    if found is None:
        return None
    bits, low = found
    return (*gather(words, bits, low, count), low)
