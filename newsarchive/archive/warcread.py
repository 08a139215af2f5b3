"""Reading WARC and ARC files, gzip or not, from a path or an http(s) URL, streamed.

:func:`records` yields one :class:`Record` at a time; a record's HTTP head and payload
are read only when asked for (:meth:`Record.http`, :meth:`Record.payload`), so a scan
that only looks at the WARC headers costs little more than decompression. WARC files
are read with FastWARC (measured several times faster than warcio here), ARC files with
warcio. Damage (a cut-off file, a corrupt gzip member, a record shorter than its
``Content-Length``) ends the iteration with :class:`WarcDamage` *after* every complete
record before it was yielded. :func:`read_record_at` reads one record by its offset.
"""

from __future__ import annotations

import gzip
import importlib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from newsarchive.archive.warcsource import (  # noqa: F401 (read from here too)
    Source,
    WarcDamage,
    check_tail,
    is_arc,
    is_url,
    open_source,
)

#: FastWARC's record types by value.
KINDS = {2: "warcinfo", 4: "response", 8: "resource", 16: "request", 32: "metadata",
         64: "revisit", 128: "conversion", 256: "continuation"}  # fmt: skip
#: Bytes of a record's block read to find the end of its HTTP head.
HEAD_BYTES = 16 * 1024


@dataclass
class HttpHead:
    """A record's HTTP status line and headers."""

    status: int
    headers: list[tuple[str, str]]
    protocol: str = "HTTP/1.1"

    def get(self, name: str, default: str = "") -> str:
        """The first header called ``name`` (case-insensitive)."""
        low = name.lower()
        return next((v for k, v in self.headers if k.lower() == low), default)

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower-case (``text/html``)."""
        return self.get("Content-Type").split(";")[0].strip().lower()


def parse_http_head(data: bytes) -> tuple[HttpHead | None, int]:
    """The HTTP head at the start of ``data`` and its length (``None, 0`` if there is
    none: a record without HTTP headers, or a head longer than the bytes given)."""
    end = data.find(b"\r\n\r\n")
    sep = 4
    if end < 0:
        end, sep = data.find(b"\n\n"), 2
    if end < 0 or not data.startswith((b"HTTP/", b"http/")):
        return None, 0
    lines = data[:end].decode("latin-1").splitlines()
    protocol, _, rest = lines[0].partition(" ")
    code = rest.strip().split(" ", 1)[0]
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line[:1] in (" ", "\t") and headers:  # folded continuation line
            name, value = headers[-1]
            headers[-1] = (name, value + " " + line.strip())
            continue
        name, colon, value = line.partition(":")
        if colon:
            headers.append((name.strip(), value.strip()))
    status = int(code) if code.isdigit() else 0
    return HttpHead(status, headers, protocol), end + sep


def dechunk(data: bytes) -> bytes:
    """Undo ``Transfer-Encoding: chunked`` (a body that is not chunked is returned as is)."""
    out: list[bytes] = []
    pos = 0
    while True:
        line_end = data.find(b"\r\n", pos)
        if line_end < 0:
            return data if not out else b"".join(out)
        size_text = data[pos:line_end].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return data if not out else b"".join(out)
        if size == 0:
            return b"".join(out)
        out.append(data[line_end + 2 : line_end + 2 + size])
        pos = line_end + 2 + size + 2


def decode_body(body: bytes, head: HttpHead) -> tuple[bytes, list[tuple[str, str]]]:
    """The body with transfer and content encodings undone, and the headers without
    them (what Scrapy hands a spider after its decompression middleware)."""
    if "chunked" in head.get("Transfer-Encoding").lower():
        body = dechunk(body)
    coding = head.get("Content-Encoding").lower().strip()
    try:
        if coding in ("gzip", "x-gzip"):
            body = gzip.decompress(body)
        elif coding == "deflate":
            try:
                body = zlib.decompress(body)
            except zlib.error:
                body = zlib.decompress(body, -zlib.MAX_WBITS)
        elif coding == "br":
            body = importlib.import_module("brotli").decompress(body)  # FastWARC needs it
        else:
            coding = ""
    except Exception:  # a body that does not decode is kept as it was sent
        coding = ""
    drop = {"transfer-encoding"} | ({"content-encoding"} if coding else set())
    return body, [(k, v) for k, v in head.headers if k.lower() not in drop]


def iso_date(value: str) -> str:
    """A WARC date (``2026-01-27T10:00:00Z``, with or without fractions) or an ARC date
    (``20260127100000``) as ISO 8601 UTC to the second."""
    text = value.strip()
    try:
        if text.isdigit():
            moment = datetime.strptime((text + "00000000000000")[:14], "%Y%m%d%H%M%S")
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


class Record:
    """One record of a WARC/ARC file. Its head and payload are read on demand, and only
    while the iteration stays on it (read what you need before the next record); its
    WARC headers and date are parsed on first use (a scan that skips a record pays for
    neither)."""

    __slots__ = ("_date", "_done", "_head", "_head_len", "_headers", "_id", "_read", "_reader",
                 "_source", "kind", "length", "offset", "uri")  # fmt: skip

    def __init__(self, kind: str, uri: str, offset: int, length: int,
                 headers: Any, reader: Any = None,
                 record_id: str | None = None) -> None:  # fmt: skip
        self.kind = kind  #: ``response``, ``request``, ``metadata``, ``revisit``, ...
        self.uri = uri
        self.offset = offset  #: where the record (its gzip member) starts in the file
        self.length = length  #: the block's ``Content-Length``
        self._id = record_id  #: ``None``: read from FastWARC's header map on first use
        self._source = headers  #: a dict, or FastWARC's header map (read lazily)
        self._headers: dict[str, str] | None = headers if isinstance(headers, dict) else None
        self._date: str | None = None
        self._reader = reader
        self._read = b""
        self._done = False
        self._head: HttpHead | None = None
        self._head_len = -1

    def __repr__(self) -> str:
        return f"Record({self.kind} {self.uri} at {self.offset})"

    @property
    def record_id(self) -> str | None:
        """The record's ``WARC-Record-ID`` (``<urn:uuid:…>``), if it has one."""
        if self._id is None and self._headers is not None:
            self._id = self._headers.get("warc-record-id")
        elif self._id is None:
            from fastwarc.warc import WarcHeader

            found = self._source.get_bytes(WarcHeader.WARC_RECORD_ID)
            self._id = found.decode("utf-8", "replace") if found is not None else None
        return self._id

    @property
    def warc_headers(self) -> dict[str, str]:
        """The record's WARC headers, lower-case names."""
        if self._headers is None:
            self._headers = {k.lower(): v for k, v in self._source.to_tuples()}
        return self._headers

    @property
    def date(self) -> str:
        """The record's date, ISO 8601 UTC."""
        if self._date is None:
            self._date = iso_date(self.warc_headers.get("warc-date", ""))
        return self._date

    @property
    def content_type(self) -> str:
        """The record's own ``Content-Type`` (e.g. ``application/http; msgtype=response``)."""
        return self.warc_headers.get("content-type", "")

    def header(self, name: str) -> str:
        """A WARC header of the record (``WARC-Concurrent-To``, ...)."""
        return self.warc_headers.get(name.lower(), "")

    def _more(self, size: int = -1) -> bytes:
        if self._done or self._reader is None:
            return b""
        chunk = self._reader() if size < 0 else self._reader(size)
        if size < 0 or not chunk:
            self._done = True
        self._read += chunk
        return chunk

    def block(self) -> bytes:
        """The record's whole block (HTTP head included)."""
        self._more()
        return self._read

    def http(self) -> HttpHead | None:
        """The HTTP head of a ``response``, ``revisit`` or ``request`` record."""
        if self._head_len < 0:
            while len(self._read) < HEAD_BYTES and not self._done:
                if not self._more(4096):
                    break
                if b"\r\n\r\n" in self._read or b"\n\n" in self._read:
                    break
            self._head, self._head_len = parse_http_head(self._read[:HEAD_BYTES])
        return self._head

    def payload(self) -> bytes:
        """The body after the HTTP head (the whole block for records without one), as
        it was sent: encodings are undone by :func:`decode_body`."""
        self.http()
        return self.block()[max(0, self._head_len) :]

    def consumed(self) -> int:
        return len(self._read)


# --- iteration -------------------------------------------------------------------------


def records(stream: Source | BinaryIO) -> Iterator[Record]:
    """The records of a WARC or ARC stream (offsets are positions in the file)."""
    if is_arc(stream):
        yield from _warcio_records(stream)
    else:
        yield from _fastwarc_records(stream)


def _fastwarc_records(stream: Source | BinaryIO) -> Iterator[Record]:
    from fastwarc.warc import ArchiveIterator, WarcHeader

    kinds, target_uri, warc_type = KINDS, WarcHeader.WARC_TARGET_URI, WarcHeader.WARC_TYPE
    by_name = {kind.encode(): kind for kind in KINDS.values()}  # (cheaper than record_type)
    iterator = iter(ArchiveIterator(stream, parse_http=False))
    end = last = stream.tell()
    remote = isinstance(stream, Source)
    while True:
        try:
            raw = next(iterator)
        except StopIteration:
            if remote:
                check_tail(*stream.since_mark())  # type: ignore[union-attr]
            else:  # a file: read what follows the last record's start again
                stream.seek(last)
                check_tail(last, stream.read())
            return
        except (OSError, ValueError, RuntimeError) as error:
            raise WarcDamage(end, "corrupt", f"after offset {end}: {error}") from error
        offset = raw.stream_pos
        if offset > last:
            if remote:
                stream.mark(offset)  # type: ignore[union-attr]
            last = offset
        headers = raw.headers
        kind = by_name.get(headers.get_bytes(warc_type) or b"") or (
            kinds.get(int(raw.record_type)) or str(raw.record_type))  # fmt: skip
        # (looked up by FastWARC's header key: a lookup by name costs ~20x as much)
        target = headers.get_bytes(target_uri)
        uri = target.decode("utf-8", "replace").strip("<>") if target is not None else ""
        record = Record(kind, uri, offset, raw.content_length, headers, raw.reader.read)
        yield record
        try:
            rest = raw.consume()
        except (OSError, ValueError, RuntimeError) as error:
            raise WarcDamage(offset, "corrupt", str(error), offset) from error
        if record.consumed() + rest < record.length:
            raise WarcDamage(offset, "truncated",
                             f"record of {record.length} bytes ends after "
                             f"{record.consumed() + rest}", offset)  # fmt: skip
        record._reader, record._done = None, True
        end = offset


def _warcio_records(stream: Source | BinaryIO) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    start = stream.tell()
    iterator = ArchiveIterator(stream, arc2warc=True)
    generator = iter(iterator)
    end = start
    while True:
        try:
            raw = next(generator)
        except StopIteration:
            return
        except (ArchiveLoadFailed, OSError, ValueError, EOFError, zlib.error) as error:
            raise WarcDamage(end, "corrupt", f"after offset {end}: {error}") from error
        offset = start + iterator.offset
        headers = {k.lower(): v for k, v in raw.rec_headers.headers}
        http = raw.http_headers
        record = Record(raw.rec_type, headers.get("warc-target-uri", "").strip("<>"), offset,
                        int(raw.length or 0), headers, raw.raw_stream.read,
                        headers.get("warc-record-id"))  # fmt: skip
        if http is not None and raw.rec_type in ("response", "revisit") and http.statusline:
            code = http.get_statuscode()
            record._head = HttpHead(int(code) if code and code.isdigit() else 0,
                                    list(http.headers), http.protocol)  # fmt: skip
            record._head_len = 0
        head_len = int(getattr(http, "total_len", 0) or 0) if http is not None else 0
        yield record
        try:
            rest = len(raw.raw_stream.read())
        except (OSError, ValueError, EOFError, zlib.error) as error:
            raise WarcDamage(offset, "corrupt", str(error), offset) from error
        if record.length and head_len + record.consumed() + rest < record.length:
            raise WarcDamage(offset, "truncated", "record shorter than its length", offset)
        record._reader, record._done = None, True
        end = offset


def read_record_at(source: str, offset: int) -> Record:
    """The record at ``offset`` of a local file or URL, with its head and payload read."""
    with open_source(source, offset) as stream:
        for record in records(stream):
            record.http()
            record.block()
            record._reader = None
            return record
    raise WarcDamage(offset, "corrupt", "no record at this offset")
