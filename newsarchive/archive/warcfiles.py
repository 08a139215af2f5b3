"""The raw archive: every page the crawl receives, kept as WARC (ISO 28500) files.

A :class:`WarcWriter` appends records to size-rotated gzip WARC files in one directory
(``ARCHIVE_WARC_DIR``, default ``warc/`` beside the database). Each record is its own
gzip member, written with one ``write`` and flushed at once, so a row that names a
record (``warc_file``, ``warc_offset``, ``warc_record_id``) never points at nothing: the
record is on disk before the row's batch commits, and :meth:`WarcWriter.sync` (run
before every commit) makes it durable. A crash leaves at most one cut-off record at the
end of the newest file; the next run starts a new file, never appending to an old one.

Besides the ``request`` and ``response`` records of each exchange, the crawl writes
``metadata`` records (``application/json``) that say what the spider knew when it asked
(site, listed address, sitemap hints, a Wayback capture) and what went wrong where no
response explains it (robots.txt, DNS, a redirect loop): the crawl's journal, from which
``import-warc`` rebuilds exactly the rows the crawl stored.
"""

from __future__ import annotations

import io
import json
import os
import socket
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

#: Size after which a WARC file is closed and the next one started (1 GB, as CC-NEWS).
DEFAULT_MAX_BYTES = 1_000_000_000
#: Name prefix of the files the crawl writes: ``newsarchive-<time>-<serial>-<pid>.warc.gz``.
DEFAULT_PREFIX = "newsarchive"
#: The ``request.meta`` key where the crawl's recorder puts the location of the response
#: record (``file``, ``offset``, ``record_id``, ``date``).
RESPONSE_META = "archive_warc"
#: The ``metadata`` records' content type (our journal entries are JSON objects).
JOURNAL_TYPE = "application/json"
#: Software named in each file's ``warcinfo`` record.
SOFTWARE = "newsarchive (Scrapy; warcio)"


@dataclass(frozen=True)
class WarcLocation:
    """Where a record lies: the file (as rows store it), its offset and its id."""

    file: str
    offset: int
    record_id: str
    date: str  #: the record's ``WARC-Date`` as ISO 8601 (``2026-01-27T10:00:00+00:00``)

    def fields(self) -> dict[str, Any]:
        """The ``warc_*`` columns of a row."""
        return {"warc_file": self.file, "warc_offset": self.offset,
                "warc_record_id": self.record_id}  # fmt: skip


def warc_dir_for(db_path: str | Path, setting: str = "") -> Path:
    """The WARC directory of an archive: ``setting`` (relative to the database's folder
    if relative), else ``warc/`` beside the database."""
    base = Path(db_path).resolve().parent
    if setting:
        path = Path(setting).expanduser()
        return path if path.is_absolute() else base / path
    return base / "warc"


def stored_name(path: Path, db_path: str | Path) -> str:
    """How a row names a WARC file: relative to the database's folder when the file lies
    below it (the archive can be moved as one folder), else the absolute path."""
    base = Path(db_path).resolve().parent
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return str(path.resolve())


def resolve(name: str, db_path: str | Path) -> str:
    """The path (or URL) of a WARC file a row names (the inverse of :func:`stored_name`)."""
    if "://" in name or os.path.isabs(name):
        return name
    return str(Path(db_path).resolve().parent / name)


def iso_now() -> str:
    """Now, UTC, to the second, as ISO 8601 (the archive's ``fetched_at`` format)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def warc_date(iso: str) -> str:
    """ISO 8601 with ``+00:00`` → the WARC form ``…Z``."""
    return iso.replace("+00:00", "Z")


class WarcWriter:
    """Append records to rotating gzip WARC files in ``directory`` (created on demand).

    ``db_path`` decides how rows name the files (:func:`stored_name`). Thread-safe; one
    writer per directory and process is shared by every crawler (:func:`shared_writer`).
    """

    def __init__(
        self, directory: str | Path, db_path: str | Path, *,
        max_bytes: int = DEFAULT_MAX_BYTES, prefix: str = DEFAULT_PREFIX,
    ) -> None:  # fmt: skip
        self.directory = Path(directory)
        self.db_path = db_path
        self.max_bytes = max(1, max_bytes)
        self.prefix = prefix
        self.serial = 0
        self.records = 0  #: records written by this writer
        self.bytes = 0  #: compressed bytes written by this writer
        self._file: io.BufferedWriter | None = None
        self._path: Path | None = None
        self._name = ""
        self._lock = threading.RLock()
        self._builder = WARCWriter(None, gzip=True, warc_version="1.1")

    # --- files -----------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The file being written, if any."""
        return self._path

    def _open(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        while True:
            name = f"{self.prefix}-{stamp}-{self.serial:05d}-{os.getpid()}.warc.gz"
            self.serial += 1
            path = self.directory / name
            try:
                self._file = open(path, "xb")  # noqa: SIM115 (kept open across calls)
                break
            except FileExistsError:
                continue
        self._path = path
        self._name = stored_name(path, self.db_path)
        info = {"software": SOFTWARE, "format": "WARC File Format 1.1",
                "hostname": socket.gethostname(), "isPartOf": self.prefix,
                "description": "Pages fetched by a newsarchive crawl"}  # fmt: skip
        self._write(self._builder.create_warcinfo_record(name, info))

    def _rotate_if_full(self) -> None:
        if self._file is None:
            self._open()
        elif self._file.tell() >= self.max_bytes:
            self.close()
            self._open()

    def _write(self, record: Any) -> WarcLocation:
        """Write one record as its own gzip member, flushed; return where it lies."""
        assert self._file is not None
        buffer = io.BytesIO()
        self._builder.out = buffer
        self._builder.write_record(record)
        data = buffer.getvalue()
        offset = self._file.tell()
        self._file.write(data)
        self._file.flush()
        self.records += 1
        self.bytes += len(data)
        headers = record.rec_headers
        date = headers.get_header("WARC-Date") or ""
        iso = date.replace("Z", "+00:00") if date else iso_now()
        return WarcLocation(self._name, offset, headers.get_header("WARC-Record-ID"), iso)

    def sync(self) -> None:
        """Make what was written durable (``fsync``): called before the archive commits."""
        with self._lock:
            if self._file is not None:
                self._file.flush()
                os.fsync(self._file.fileno())

    def close(self) -> None:
        """Close the current file (the next record starts a new one)."""
        with self._lock:
            if self._file is not None:
                self._file.flush()
                os.fsync(self._file.fileno())
                self._file.close()
            self._file = None
            self._path = None

    # --- records ---------------------------------------------------------------------

    def write_exchange(
        self, url: str, request: HttpMessage, response: HttpMessage, *,
        date: str | None = None, ip_address: str | None = None,
        journal: dict[str, Any] | None = None,
    ) -> WarcLocation:  # fmt: skip
        """Write a ``response`` record, its ``request`` record and, if given, a
        ``metadata`` record of what the spider knew; return the response's location."""
        stamp = warc_date(date or iso_now())
        with self._lock:
            self._rotate_if_full()
            extra = {"WARC-Date": stamp}
            if ip_address:
                extra["WARC-IP-Address"] = ip_address
            resp = self._builder.create_warc_record(
                url, "response", payload=io.BytesIO(response.body),
                length=len(response.body), http_headers=response.status_and_headers(),
                warc_headers_dict=extra,
            )  # fmt: skip
            location = self._write(resp)
            req = self._builder.create_warc_record(
                url, "request", payload=io.BytesIO(request.body), length=len(request.body),
                http_headers=request.status_and_headers(is_request=True),
                warc_headers_dict={"WARC-Date": stamp, "WARC-Concurrent-To": location.record_id},
            )  # fmt: skip
            self._write(req)
            if journal is not None:
                self._write_journal(url, journal, stamp, concurrent_to=location.record_id)
            return location

    def write_copy(self, url: str, block: bytes, *, date: str, record_id: str | None,
                   journal: dict[str, Any] | None = None) -> WarcLocation:  # fmt: skip
        """Copy a ``response`` record read elsewhere (an import from a URL), keeping its
        date and id, with the journal entry it had; return the copy's location."""
        stamp = warc_date(date or iso_now())
        headers = {"WARC-Date": stamp}
        if record_id:
            headers["WARC-Record-ID"] = record_id
        with self._lock:
            self._rotate_if_full()
            record = self._builder.create_warc_record(
                url, "response", payload=io.BytesIO(block), length=len(block),
                warc_headers_dict=headers,
            )  # fmt: skip
            location = self._write(record)
            if journal is not None:
                self._write_journal(url, journal, stamp, concurrent_to=location.record_id)
            return location

    def write_journal(self, url: str, entry: dict[str, Any], *,
                      date: str | None = None) -> WarcLocation:  # fmt: skip
        """Write a ``metadata`` record holding ``entry`` (JSON) about ``url``."""
        with self._lock:
            self._rotate_if_full()
            return self._write_journal(url, entry, warc_date(date or iso_now()))

    def _write_journal(self, url: str, entry: dict[str, Any], stamp: str,
                       concurrent_to: str | None = None) -> WarcLocation:  # fmt: skip
        data = json.dumps(entry, ensure_ascii=False, sort_keys=True, default=str).encode()
        headers = {"WARC-Date": stamp, "Content-Type": JOURNAL_TYPE}
        if concurrent_to:
            headers["WARC-Concurrent-To"] = concurrent_to
        record = self._builder.create_warc_record(
            url, "metadata", payload=io.BytesIO(data), length=len(data),
            warc_content_type=JOURNAL_TYPE, warc_headers_dict=headers,
        )  # fmt: skip
        return self._write(record)


@dataclass
class HttpMessage:
    """An HTTP request or response as it goes into a WARC record."""

    first_line: str  #: ``GET /a HTTP/1.1`` or ``HTTP/1.1 200 OK``
    headers: list[tuple[str, str]]
    body: bytes = b""

    @classmethod
    def response(cls, status: int, headers: list[tuple[str, str]], body: bytes,
                 protocol: str = "HTTP/1.1") -> HttpMessage:  # fmt: skip
        """A response with the standard reason phrase for ``status``."""
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = ""
        return cls(f"{protocol or 'HTTP/1.1'} {status} {reason}".rstrip(), headers, body)

    def status_and_headers(self, is_request: bool = False) -> StatusAndHeaders:
        """warcio's header block for this message."""
        protocol, _, rest = self.first_line.partition(" ")
        if is_request:
            return StatusAndHeaders(self.first_line, self.headers, is_http_request=True)
        return StatusAndHeaders(rest, self.headers, protocol=protocol)


_WRITERS: dict[tuple[str, str], tuple[WarcWriter, int]] = {}
_WRITERS_LOCK = threading.Lock()


def acquire_writer(directory: str | Path, db_path: str | Path, *,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> WarcWriter:  # fmt: skip
    """The process's writer for ``directory``, shared by every crawler of a run (files
    rotate once and never collide); give it back with :func:`release_writer`."""
    key = (str(Path(directory).resolve()), str(Path(db_path).resolve()))
    with _WRITERS_LOCK:
        writer, users = _WRITERS.get(key) or (WarcWriter(directory, db_path,
                                                         max_bytes=max_bytes), 0)  # fmt: skip
        _WRITERS[key] = (writer, users + 1)
        return writer


def release_writer(writer: WarcWriter) -> None:
    """Give a writer back; the last user closes its file."""
    key = (str(writer.directory.resolve()), str(Path(writer.db_path).resolve()))
    with _WRITERS_LOCK:
        _, users = _WRITERS.get(key, (writer, 1))
        if users <= 1:
            _WRITERS.pop(key, None)
            writer.close()
        else:
            _WRITERS[key] = (writer, users - 1)
