"""FTS5's ``bm25()`` computed in Python from compact per-word data, to the last bit.

FTS5 (``fts5_aux.c``) scores a row, per phrase ``i`` of the query, as
``idf_i * ((f_i * (k1 + 1.0)) / (f_i + k1 * (1 - b + b * D / avgdl)))`` summed from 0.0
in the query's order and negated, where ``idf_i = log((nRow - nHit_i + 0.5) / (nHit_i +
0.5))`` (1e-6 when not positive), ``f_i`` the sum of the column weights over the phrase's
instances in the row, ``D`` the row's tokens over all columns (the ``%_docsize`` table),
``avgdl = nToken / nRow`` (the ``%_data`` averages record), ``k1 = 1.2``, ``b = 0.75``.
The same operations in the same order on Python floats give the same floats.

A word is kept as (:class:`Word`): its rowids as a bitset of 64-bit blocks with the count
of matches before each block (so a rowid's place in the word's list is one look-up and one
``bit_count``), and per match its ``f`` in units of the weights' greatest common divisor
(:data:`UNIT`), one byte (:data:`ESCAPE`: the ``f`` is in a small dict). ``f`` is read
back from the word's own bm25 score of each row (inverted, rounded, then recomputed
forward and compared: a word whose scores do not come back exactly is not kept). Every
per-match step runs as ``map`` over arrays (C loops), never one Python statement a match.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass, field
from fractions import Fraction
from functools import reduce
from itertools import accumulate, repeat
from math import gcd
from operator import add, and_, mul, neg, rshift, truediv
from typing import Any

from newsarchive.archive import search
from newsarchive.serve import rowbits

K1 = 1.2
B = 0.75
#: ``f`` of a match is stored as ``f / UNIT`` in one byte: the column weights' greatest
#: common divisor (title 10, text 1, parts 5 and 0.5: 0.5), so every sum of weights is a
#: whole number of units.
UNIT = float(reduce(lambda a, w: Fraction(gcd(a.numerator * w.denominator,
                                              w.numerator * a.denominator),
                                          a.denominator * w.denominator),
                    map(Fraction, search.BM25_WEIGHTS)))  # fmt: skip
#: The byte of an ``f`` of 255 units or more, kept in :attr:`Word.big` by rowid.
ESCAPE = 255
#: ``f`` and ``f * (k1 + 1.0)`` of each byte (the escape's are looked up).
FREQ = array("d", [code * UNIT for code in range(ESCAPE)] + [math.nan])
NUMER = array("d", [f * (K1 + 1.0) for f in FREQ])
#: ``(1 << (r & 63)) - 1``: the bits of a block below rowid ``r``.
BELOW = [(1 << n) - 1 for n in range(64)]


@dataclass
class Table:
    """What bm25 needs of the index beside the words: rows, average length and each row's
    length part ``k1 * (1 - b + b * D / avgdl)`` by rowid."""

    rows: int
    avgdl: float
    lengths: array = field(default_factory=lambda: array("d"))


def varints(blob: bytes) -> list[int]:
    """SQLite's varints (as FTS5 writes its sizes) of ``blob``."""
    values, value, i, n = [], 0, 0, len(blob)
    while i < n:
        byte = blob[i]
        value = (value << 7) | (byte & 0x7F)
        i += 1
        if byte < 0x80:
            values.append(value)
            value = 0
    return values


def read_table(conn: Any) -> Table:
    """The index's row count, average row length and each row's length part."""
    name = search.SEARCH_TABLE
    averages = conn.execute(f"select block from {name}_data where id = 1").fetchone()
    counts = varints(averages[0]) if averages else [0]
    rows, tokens = counts[0], sum(counts[1:])
    avgdl = float(tokens) / float(rows) if rows else 1.0
    top = conn.execute(f"select max(id) from {name}_docsize").fetchone()[0] or 0
    lengths = array("d", bytes(8 * (top + 1)))
    for rowid, sizes in conn.execute(f"select id, sz from {name}_docsize"):
        # one byte a column is the common case (every size below 128)
        tokens = sum(sizes) if max(sizes, default=0) < 0x80 else sum(varints(sizes))
        lengths[rowid] = K1 * (1 - B + B * tokens / avgdl)
    return Table(rows, avgdl, lengths)


def idf(rows: int, hits: int) -> float:
    """FTS5's idf of a phrase held by ``hits`` of ``rows`` rows."""
    value = math.log((rows - hits + 0.5) / (hits + 0.5))
    return value if value > 0.0 else 1e-6


def _terms(weight: float, numer: Any, freq: Any, lengths: Any) -> Any:
    """``idf * ((f * (k1 + 1.0)) / (f + k1 * (...)))`` per row, lazily."""
    return map(mul, repeat(weight), map(truediv, numer, map(add, freq, lengths)))


@dataclass
class Word:
    """One word's matches: rowids as 64-bit blocks, matches before each block, and each
    match's ``f`` in :data:`UNIT` s (ascending rowids)."""

    blocks: array  #: 'Q': bit ``r & 63`` of block ``r >> 6`` set: rowid ``r`` matches
    before: array  #: 'I': matches in the blocks before each block
    codes: bytes  #: ``f / UNIT`` per match, ascending rowids (ESCAPE: see ``big``)
    big: dict[int, float]
    idf: float
    count: int

    def bits(self) -> int:
        """The rowids as one integer (newsarchive/serve/rowbits.py)."""
        return int.from_bytes(self.blocks.tobytes(), "little")

    def nbytes(self) -> int:
        """Memory held by the arrays."""
        return len(self.codes) + self.blocks.itemsize * len(self.blocks) + 4 * len(self.before)

    def places(self, high: array, low: list[int]) -> Any:
        """The places in the word's list of rowids (every one a match), lazily, given as
        their blocks (``r >> 6``) and the bits below them in their block (:data:`BELOW`)."""
        inside = map(int.bit_count, map(and_, map(self.blocks.__getitem__, high), low))
        return map(add, map(self.before.__getitem__, high), inside)

    def freq(self, ids: array, high: array, low: list[int]) -> array:
        """``f`` of each of these rowids (every one a match; ``high``, ``low``: see
        :meth:`places`)."""
        codes = bytes(map(self.codes.__getitem__, self.places(high, low)))
        found = array("d", map(FREQ.__getitem__, codes))
        if ESCAPE in codes:
            for i, code in enumerate(codes):
                if code == ESCAPE:
                    found[i] = self.big[ids[i]]
        return found


def make_word(table: Table, ids: array, scores: array) -> Word | None:
    """A word from its whole list of matches (ascending rowids) and its single-word bm25
    scores, or None when an ``f`` does not reproduce its score exactly."""
    weight = idf(table.rows, len(ids))
    lengths = array("d", map(table.lengths.__getitem__, ids))
    x = array("d", map(mul, scores, repeat(-1.0 / weight)))  # about f (k1+1) / (f + K)
    estimate = map(truediv, map(mul, x, lengths), map((K1 + 1.0).__sub__, x))
    units = list(map(round, map(truediv, estimate, repeat(UNIT))))
    freq = array("d", map(mul, units, repeat(UNIT)))
    again = array("d", map(neg, _terms(weight, map(mul, freq, repeat(K1 + 1.0)), freq, lengths)))
    if again != scores:
        for i in (i for i, (a, s) in enumerate(zip(again, scores, strict=True)) if a != s):
            for unit in (units[i] - 1, units[i] + 1):
                f = unit * UNIT
                if -(weight * ((f * (K1 + 1.0)) / (f + lengths[i]))) == scores[i]:
                    units[i] = unit
                    break
            else:
                return None
    if units and min(units) < 1:
        return None
    big = {ids[i]: u * UNIT for i, u in enumerate(units) if u >= ESCAPE}
    codes = (
        bytes(units) if max(units, default=0) < ESCAPE else bytes(map(min, units, repeat(ESCAPE)))
    )
    top = ids[-1] if ids else 0
    size = top // 64 + 1
    blocks = array("Q")
    blocks.frombytes(rowbits.bitset(ids).to_bytes(8 * size, "little"))
    before = array("I", accumulate(map(int.bit_count, blocks), initial=0))
    return Word(blocks, before, codes, big, weight, len(ids))


def scores(table: Table, words: list[Word], ids: array) -> array:
    """FTS5's bm25 of these rowids (each matching every word) for the words joined by AND,
    in the query's order."""
    lengths = array("d", map(table.lengths.__getitem__, ids))
    high = array("q", map(rshift, ids, repeat(6)))
    low = list(map(BELOW.__getitem__, map(and_, ids, repeat(63))))
    total: array | None = None
    for word in words:
        freq = word.freq(ids, high, low)
        numer = map(mul, freq, repeat(K1 + 1.0))
        part = array("d", _terms(word.idf, numer, freq, lengths))
        total = part if total is None else array("d", map(add, total, part))
    return array("d", map(neg, total if total is not None else []))
