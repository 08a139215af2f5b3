"""Where WARC bytes come from: a local file or an http(s) URL, read forward only.

:class:`Source` gives FastWARC and warcio one stream type for both, with file positions
(``tell``), a ``peek`` to tell ARC from WARC, and the bytes after the newest record, which
:func:`check_tail` reads to find a record cut off by the end of the file.
"""

from __future__ import annotations

import contextlib
import io
import re
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

#: Timeout (seconds) of reads from an http(s) source.
HTTP_TIMEOUT = 60.0


class WarcDamage(Exception):
    """The file is damaged at ``offset``: ``reason`` is ``truncated`` or ``corrupt``.

    ``damaged_record`` is the offset of the last record yielded if that record itself is
    damaged (cut short), ``None`` if every record yielded was complete.
    """

    def __init__(self, offset: int, reason: str, detail: str = "",
                 damaged_record: int | None = None) -> None:  # fmt: skip
        super().__init__(f"{reason} at offset {offset}" + (f": {detail}" if detail else ""))
        self.offset = offset
        self.reason = reason
        self.detail = detail
        self.damaged_record = damaged_record


class Source(io.RawIOBase):
    """A forward-only binary stream over a file or an HTTP body, with the positions of
    the underlying file (``tell``), a ``peek`` for format detection, and the bytes read
    since the last :meth:`mark` (to check what follows the last complete record)."""

    def __init__(self, read: Any, start: int = 0) -> None:
        self._read = read
        self._pos = start
        self._ahead = b""
        self._mark = start
        self._kept: list[tuple[int, bytes]] = []  #: (position, chunk) since the mark

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True  # tell() only: FastWARC asks for the position, never moves it

    def seek(self, offset: int, whence: int = 0) -> int:
        if (whence == 1 and offset == 0) or (whence == 0 and offset == self._pos):
            return self._pos
        raise io.UnsupportedOperation("forward-only stream")

    def tell(self) -> int:
        return self._pos

    def peek(self, size: int) -> bytes:
        while len(self._ahead) < size:
            chunk = self._read(size - len(self._ahead))
            if not chunk:
                break
            self._ahead += chunk
        return self._ahead[:size]

    def read(self, size: int = -1) -> bytes:
        if self._ahead:
            data = self._ahead if size < 0 else self._ahead[:size]
            self._ahead = self._ahead[len(data) :]
        else:
            data = self._read(size if size >= 0 else -1)
        self._kept.append((self._pos, data))
        self._pos += len(data)
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def mark(self, position: int) -> None:
        """Forget the chunks read before ``position`` (the start of the newest record)."""
        kept = self._kept
        drop = 0
        while drop < len(kept) and kept[drop][0] + len(kept[drop][1]) <= position:
            drop += 1
        if drop:
            del kept[:drop]
        self._mark = max(position, self._mark)

    def since_mark(self) -> tuple[int, bytes]:
        """The marked position and every byte from there to the end of the stream."""
        while self.read(1 << 16):
            pass
        data = b"".join(chunk for _, chunk in self._kept)
        first = self._kept[0][0] if self._kept else self._mark
        return self._mark, data[max(0, self._mark - first) :]


def is_url(source: str) -> bool:
    """Whether ``source`` is an http(s) URL rather than a path."""
    return source.startswith(("http://", "https://"))


@contextlib.contextmanager
def open_source(source: str, offset: int = 0) -> Iterator[Source | BinaryIO]:
    """The local file, or a :class:`Source` over an http(s) URL, positioned at ``offset``
    (a range request for URLs)."""
    if not is_url(source):
        with open(source, "rb") as handle:  # FastWARC reads a real file at native speed
            if offset:
                handle.seek(offset)
            yield handle
        return
    import httpx

    headers = {"Range": f"bytes={offset}-"} if offset else {}
    with httpx.Client(timeout=HTTP_TIMEOUT, follow_redirects=True) as client, \
            client.stream("GET", source, headers=headers) as response:  # fmt: skip
        response.raise_for_status()
        if offset and response.status_code != 206:
            raise OSError(f"{source}: the server does not answer range requests")
        yield Source(_chunk_reader(response.iter_raw(1 << 16)), offset)


def _chunk_reader(chunks: Iterator[bytes]) -> Any:
    buffer = b""

    def read(size: int = -1) -> bytes:
        nonlocal buffer
        while size < 0 or len(buffer) < size:
            chunk = next(chunks, b"")
            if not chunk:
                break
            buffer += chunk
        data, buffer = (buffer, b"") if size < 0 else (buffer[:size], buffer[size:])
        return data

    return read


def is_arc(stream: Source | BinaryIO) -> bool:
    """Whether a stream holds an ARC file rather than a WARC file."""
    start = stream.peek(512)[:512]  # type: ignore[union-attr]
    if start[:2] == b"\x1f\x8b":
        try:
            start = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(start, 64)
        except zlib.error:
            return False
    return start.startswith(b"filedesc://")


def check_tail(start: int, tail: bytes) -> None:
    """Raise :class:`WarcDamage` if bytes after the last complete record (which begins
    ``tail``, at ``start``) hold a cut-off record."""
    if not tail.strip(b"\r\n\x00 \t"):
        return
    if tail[:2] == b"\x1f\x8b":
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            inflate.decompress(tail)
        except zlib.error as error:
            raise WarcDamage(start, "corrupt", f"after offset {start}: {error}") from error
        rest = inflate.unused_data
        if inflate.eof and not rest.strip(b"\r\n\x00 \t"):
            return
        end = start + len(tail) - len(rest)
        raise WarcDamage(end, "truncated", f"a cut-off record after offset {start}")
    head_end = tail.find(b"\r\n\r\n")
    match = re.search(rb"(?im)^content-length:\s*(\d+)", tail[: max(head_end, 0)])
    end = head_end + 4 + int(match.group(1)) + 4 if match and head_end >= 0 else 0
    if end and not tail[end:].strip(b"\r\n\x00 \t"):
        return
    raise WarcDamage(start + end, "truncated", f"a cut-off record after offset {start}")
