"""Reading WARC and ARC files: records, HTTP heads, payloads, damage, offsets, URLs."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warc_helpers import WarcBuilder, arc_file, article_html

from newsarchive.archive.warcread import (
    HttpHead,
    WarcDamage,
    dechunk,
    decode_body,
    iso_date,
    open_source,
    parse_http_head,
    read_record_at,
    records,
)


def read_all(source: str) -> list[tuple[str, str, int | None]]:
    with open_source(source) as stream:
        return [(r.kind, r.uri, (r.http() or HttpHead(0, [])).status) for r in records(stream)]


def collect(source: str, into: list[str], uris: bool = False) -> None:
    """Read every record of ``source`` (payloads too), noting kinds or URIs in ``into``."""
    with open_source(source) as stream:
        for record in records(stream):
            record.payload()
            into.append(record.uri if uris else record.kind)


@pytest.fixture
def sample(tmp_path: Path) -> tuple[Path, list[int]]:
    warc = WarcBuilder()
    warc.response("https://www.welt.de/a.html", article_html())
    warc.request("https://www.welt.de/a.html")
    warc.response("https://www.welt.de/missing.html", b"nope", status="404 Not Found")
    warc.revisit("https://www.welt.de/a.html")
    path = tmp_path / "sample.warc.gz"
    return path, warc.write(path)


@pytest.mark.parametrize("compressed", [True, False])
def test_records_of_gzip_and_plain_files(tmp_path: Path, compressed: bool) -> None:
    warc = WarcBuilder()
    warc.response("https://www.welt.de/a.html", article_html())
    warc.response("https://www.welt.de/b.html", b"x", status="404 Not Found")
    path = tmp_path / ("x.warc.gz" if compressed else "x.warc")
    warc.write(path, gzip_records=compressed)
    assert read_all(str(path)) == [("response", "https://www.welt.de/a.html", 200),
                                   ("response", "https://www.welt.de/b.html", 404)]  # fmt: skip


def test_offsets_read_back_the_same_record(sample: tuple[Path, list[int]]) -> None:
    path, offsets = sample
    with open_source(str(path)) as stream:
        seen = [(r.offset, r.kind) for r in records(stream)]
    assert [o for o, _ in seen] == offsets
    record = read_record_at(str(path), offsets[2])
    assert record.uri == "https://www.welt.de/missing.html"
    assert record.http() is not None
    assert record.http().status == 404
    assert record.payload() == b"nope"
    assert read_record_at(str(path), offsets[0]).payload() == article_html()


def test_record_fields(sample: tuple[Path, list[int]]) -> None:
    path, _ = sample
    with open_source(str(path)) as stream:
        first = next(iter(records(stream)))
        assert first.date == "2016-09-26T10:00:00+00:00"
        assert first.record_id
        assert first.record_id.startswith("<urn:uuid:")
        assert first.content_type.startswith("application/http")
        assert first.http().content_type == "text/html"  # type: ignore[union-attr]


def test_address_and_id_are_those_of_the_warc_headers(tmp_path: Path) -> None:
    """The address (an IRI in UTF-8 too) and record id read by FastWARC's header keys
    are the values of the record's headers by name."""
    warc = WarcBuilder()
    warc.response("https://www.welt.de/wirtschaft/Zinsärger-für-Sparer.html", article_html())
    warc.request("https://t3n.de/news/a/")
    path = tmp_path / "iri.warc.gz"
    warc.write(path)
    with open_source(str(path)) as stream:
        for record in records(stream):
            record_id = record.record_id  # (before the headers by name are read)
            assert record_id
            assert record_id.startswith("<urn:uuid:")
            assert record_id == record.header("WARC-Record-ID")
            assert record.uri == record.header("WARC-Target-URI").strip("<>")
    assert read_all(str(path))[0][1] == "https://www.welt.de/wirtschaft/Zinsärger-für-Sparer.html"


def test_truncated_file_yields_the_complete_records_then_damage(
    sample: tuple[Path, list[int]], tmp_path: Path
) -> None:
    path, offsets = sample
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: offsets[2] + 20])  # inside the third record
    kinds: list[str] = []
    with pytest.raises(WarcDamage) as damage:
        collect(str(cut), kinds)
    assert damage.value.reason in ("truncated", "corrupt")
    assert kinds[:2] == ["response", "request"]


def test_truncated_record_in_a_plain_file(tmp_path: Path) -> None:
    warc = WarcBuilder()
    warc.response("https://www.welt.de/a.html", article_html())
    path = tmp_path / "x.warc"
    warc.write(path, gzip_records=False)
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(WarcDamage) as damage:
        collect(str(path), [])
    assert damage.value.reason == "truncated"
    assert damage.value.damaged_record == 0


def test_corrupt_gzip_member(sample: tuple[Path, list[int]], tmp_path: Path) -> None:
    path, offsets = sample
    data = bytearray(path.read_bytes())
    for i in range(offsets[1] + 30, offsets[1] + 60):
        data[i] ^= 0xFF
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(bytes(data))
    seen: list[str] = []
    with pytest.raises(WarcDamage):
        collect(str(bad), seen, uris=True)
    assert seen[:1] == ["https://www.welt.de/a.html"]


@pytest.mark.parametrize("compressed", [True, False])
def test_arc_files(tmp_path: Path, compressed: bool) -> None:
    path = tmp_path / ("old.arc.gz" if compressed else "old.arc")
    arc_file(path, [("http://www.welt.de/wirtschaft/article1/Bank.html", article_html())],
             compress=compressed)  # fmt: skip
    with open_source(str(path)) as stream:
        found = [(r.kind, r.uri, r.date, r.http().status, r.payload())  # type: ignore[union-attr]
                 for r in records(stream) if r.kind == "response"]  # fmt: skip
    assert found == [("response", "http://www.welt.de/wirtschaft/article1/Bank.html",
                      "2009-05-12T08:15:00+00:00", 200, article_html())]  # fmt: skip


def test_http_head_and_body_decoding() -> None:
    head, size = parse_http_head(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\nX"
    )
    assert head is not None
    assert head.status == 200
    assert size == 96
    body = gzip.compress(b"<html>Bank</html>")
    chunked = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
    decoded, headers = decode_body(chunked, head)
    assert decoded == b"<html>Bank</html>"
    assert headers == [("Content-Type", "text/html")]
    assert dechunk(b"not chunked") == b"not chunked"
    assert parse_http_head(b"no http here") == (None, 0)


@pytest.mark.parametrize(("value", "iso"), [
    ("2016-09-26T10:00:00Z", "2016-09-26T10:00:00+00:00"),
    ("2016-09-26T10:00:00.123456Z", "2016-09-26T10:00:00+00:00"),
    ("20090512081500", "2009-05-12T08:15:00+00:00"),
    ("garbage", ""),
])  # fmt: skip
def test_iso_date(value: str, iso: str) -> None:
    assert iso_date(value) == iso


@pytest.fixture
def served(sample: tuple[Path, list[int]]) -> Iterator[str]:
    """The sample file on a local HTTP server that answers range requests."""
    data = sample[0].read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            start = 0
            if self.headers.get("Range"):
                start = int(self.headers["Range"].split("=")[1].rstrip("-"))
            self.send_response(206 if start else 200)
            self.send_header("Content-Length", str(len(data) - start))
            self.end_headers()
            self.wfile.write(data[start:])

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sample.warc.gz"
    finally:
        server.shutdown()
        server.server_close()


def test_reading_from_a_url_streamed_and_by_range(
    served: str, sample: tuple[Path, list[int]]
) -> None:
    assert read_all(served) == read_all(str(sample[0]))
    record = read_record_at(served, sample[1][2])
    assert record.uri == "https://www.welt.de/missing.html"
