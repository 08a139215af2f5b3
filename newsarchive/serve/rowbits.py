"""Sets of rowids (or ranks) as Python integers (bit ``r`` set: ``r`` is in the set), so
that intersecting the prepared words' windows (newsarchive/serve/termscores.py) and the
facet index's filters (newsarchive/serve/facetindex.py) is one ``&`` in C instead of
hashing every rowid.

Converting between positions and bitsets is done in C, never one Python step per
position. A search's work per request goes through numpy on the bitset's bytes
(``int.to_bytes``/``int.from_bytes``): the highest set positions (:func:`top`), a
position's rank among the set bits (:func:`ranks`: where a deep part's or a window's
value lies), whether positions are set (:func:`has`), a bitset of positions
(:func:`from_array`). At 1,000,000 articles each is 0.3-2 ms of CPU for 20,000 matches,
where per-row Python steps cost 5-30 ms. The preparation builds its bitsets from a string
of ``0``/``1`` digits (:func:`from_positions`, ``int(digits, 2)``, linear for base 2).
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Iterable
from itertools import repeat

import numpy as np

#: ``bin()`` digits -> one byte 0 or 1 per position.
_DIGITS = bytes.maketrans(b"01", b"\x00\x01")
_ONE = ord("1")


def from_positions(positions: Iterable[int], size: int) -> int:
    """The bitset of these positions, each in ``0 .. size - 1`` (not checked: the caller
    knows its bounds)."""
    if size <= 0:
        return 0
    digits = bytearray(b"0") * size  # the highest position first, as int() reads digits
    deque(map(digits.__setitem__, map((size - 1).__sub__, positions), repeat(_ONE)), maxlen=0)
    return int(digits, 2)


def bitset(rowids: Iterable[int]) -> int:
    """The rowids (positive) as one integer."""
    ids = rowids if isinstance(rowids, array) else array("q", rowids)
    if not ids:
        return 0
    return from_positions(ids, max(ids) + 1)


def flags(bits: int, size: int) -> bytes:
    """One byte per position ``0 .. size - 1`` (1: the bit is set), plus one 0 byte at
    the end, so that index ``-1`` (an unknown rank) reads as "not set"."""
    digits = bin(bits)[:1:-1].encode("ascii").translate(_DIGITS)  # lowest position first
    if len(digits) >= size:
        return digits[:size] + b"\x00"
    return digits + bytes(size - len(digits) + 1)


def newest(bits: int, count: int) -> array:
    """The ``count`` highest positions of ``bits``, highest first: only the top bytes
    that hold them are unpacked (numpy), so the cost is about one step per byte of the
    span they lie in (20,000 hits among 1,000,000 positions: about 1 ms)."""
    if count <= 0 or not bits:
        return array("q")
    return to_array(top(bits, count))


def to_array(values: np.ndarray) -> array:
    """A numpy vector of integers as an ``array("q")`` (one copy in C)."""
    found = array("q")
    found.frombytes(values.astype(np.int64, copy=False).tobytes())
    return found


def _bytes(bits: int) -> np.ndarray:
    """``bits`` (not negative) as little-endian bytes: bit ``p`` is bit ``p % 8`` of byte
    ``p // 8``."""
    return np.frombuffer(bits.to_bytes((bits.bit_length() + 7) // 8, "little"), np.uint8)


def positions(bits: int, start: int = 0) -> np.ndarray:
    """The set positions of ``bits``, ascending, plus ``start`` (int64). Only the
    non-zero bytes are unpacked: a sparse set costs a step per byte and per hit."""
    data = _bytes(bits)
    nonzero = np.flatnonzero(data)
    hits = np.flatnonzero(np.unpackbits(data[nonzero], bitorder="little"))
    return (nonzero[hits >> 3] << 3) + (hits & 7) + start


def top(bits: int, count: int) -> np.ndarray:
    """The ``count`` highest positions of ``bits`` (not negative), highest first."""
    if count <= 0 or not bits:
        return np.zeros(0, np.int64)
    data = _bytes(bits)
    first = 0
    if bits.bit_count() > count:  # the lowest byte from which on ``count`` bits are set
        held = np.cumsum(np.bitwise_count(data[::-1]), dtype=np.int64)
        first = len(data) - 1 - int(np.searchsorted(held, count))
    found = positions(int.from_bytes(data[first:].tobytes(), "little"), first * 8)
    return found[::-1][:count]


def ranks(bits: int, ids: np.ndarray) -> np.ndarray | None:
    """For positions ``ids`` (descending, not negative), the number of set bits of
    ``bits`` above each: the index of its value when values are kept per set bit,
    highest first (a deep part's codes, a window's scores). None when one of ``ids``
    is not set (its value is not there). Counted per byte of the span of ``ids``
    (``bitwise_count``, ``cumsum``), never per set bit."""
    if not len(ids):
        return np.zeros(0, np.int64)
    data = _bytes(bits)
    first, last = int(ids[-1]) >> 3, int(ids[0]) >> 3
    if last >= len(data):
        return None
    span = data[first : last + 1]
    at, shift = (ids >> 3) - first, (ids & 7).astype(np.uint16)
    byte = span[at].astype(np.uint16)
    if not np.all(byte >> shift & 1):
        return None
    held = np.cumsum(np.bitwise_count(span), dtype=np.int64)  # set bits up to each byte
    higher = (bits >> ((last + 1) << 3)).bit_count()  # above the span
    return higher + (held[-1] - held[at]) + np.bitwise_count(byte >> (shift + 1))


def has(bits: int, positions: np.ndarray, size: int) -> np.ndarray:
    """Which of ``positions`` (each ``-1 .. size - 1``; -1: unknown, never set) are set
    in ``bits``, one bool each: one byte read per position, no unpacking of the set."""
    data = np.zeros((size + 8) // 8, np.uint8)  # room for position -1 read as size
    found = _bytes(bits)[: len(data)]
    data[: len(found)] = found
    at = np.where(positions < 0, size, positions)
    return (data[at >> 3] >> (at & 7).astype(np.uint8) & 1).astype(bool) & (positions >= 0)


def from_array(positions: np.ndarray, size: int) -> int:
    """The bitset of ``positions`` (numpy, each ``0 .. size - 1``; -1 ignored)."""
    if size <= 0:
        return 0
    flags = np.zeros(size + 1, bool)  # -1 lands on the extra last flag, then dropped
    flags[positions] = True
    return int.from_bytes(np.packbits(flags[:size], bitorder="little").tobytes(), "little")
