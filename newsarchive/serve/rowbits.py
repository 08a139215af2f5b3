"""Sets of rowids as Python integers (bit ``r`` set: rowid ``r`` is in the set), so that
intersecting the prepared words' windows (newsarchive/serve/termscores.py) is one ``&``
in C instead of hashing every rowid."""

from __future__ import annotations

from array import array
from collections.abc import Iterable

#: The set bits of each byte value, highest first.
_HIGH_FIRST = [tuple(k for k in range(7, -1, -1) if byte >> k & 1) for byte in range(256)]


def bitset(rowids: Iterable[int]) -> int:
    """The rowids (positive) as one integer."""
    ids = list(rowids)
    if not ids:
        return 0
    buffer = bytearray(max(ids) // 8 + 1)
    for rowid in ids:
        buffer[rowid >> 3] |= 1 << (rowid & 7)
    return int.from_bytes(buffer, "little")


def newest(bits: int, count: int) -> array:
    """The ``count`` highest rowids of ``bits``, highest first."""
    found = array("q")
    length = (bits.bit_length() + 7) // 8
    data = bits.to_bytes(length, "big")  # the highest rowids first
    for j, byte in enumerate(data):
        if byte:
            base = (length - 1 - j) * 8
            found.extend(map(base.__add__, _HIGH_FIRST[byte]))
            if len(found) >= count:
                del found[count:]
                break
    return found
