"""``newsarchive import-warc`` end to end: a real run in a subprocess into a fresh archive."""

from __future__ import annotations

import gzip
import json
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warc_helpers import WarcBuilder, article_html

pytestmark = pytest.mark.slow

BANKS = "https://www.welt.de/wirtschaft/article13547180/Banken-entdecken-Facebook.html"
SPORT = "https://www.welt.de/wirtschaft/article13547181/Bundesliga-Rekord.html"
EMPTY = "https://www.welt.de/wirtschaft/article13547182/Leer.html"
LATIN = "https://www.welt.de/finanzen/article13547183/Sparkasse-twittert.html"
OFF_TOPIC = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Bundesliga meldet Rekord</title></head><body><article><h1>Bundesliga meldet Rekord</h1>
<p>Die Vereine der Bundesliga melden so viele Zuschauer wie nie. Die Stadien waren voll, die
Stimmung gut, und die Saison verspricht Spannung bis zum letzten Spieltag im Mai.</p>
<p>Der Liga-Chef lobte die Fans und die Vereine. Im Winter sollen neue Regeln folgen, die den
Spielplan betreffen und mehr Pausen für die Spieler bringen sollen, sagte er am Montag.</p>
</article></body></html>""".encode()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsarchive", *args], capture_output=True,
                          text=True, timeout=180, check=False)  # fmt: skip


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A good file (article, off-topic page, empty page, Latin-1 page, 404, image,
    revisit, request, other site), a truncated one, and a good one after it."""
    folder = tmp_path_factory.mktemp("import")
    warc = WarcBuilder()
    warc.response(BANKS, article_html())
    warc.request(BANKS)
    warc.response(SPORT, OFF_TOPIC)
    warc.response(EMPTY, b"   ")
    warc.response(LATIN, article_html("Sparkasse zwitschert", "iso-8859-1", text=1),
                  content_type="text/html; charset=iso-8859-1")  # fmt: skip
    warc.response("https://www.welt.de/wirtschaft/article1/Weg.html", b"x", status="404 Not Found")
    warc.response("https://www.welt.de/logo.png", b"\x89PNG", content_type="image/png")
    warc.revisit(BANKS)
    warc.response("https://www.nytimes.com/banks.html", article_html())
    good = folder / "good.warc.gz"
    warc.write(good)
    cut = folder / "cut.warc.gz"
    cut.write_bytes(good.read_bytes()[:-40])
    after = WarcBuilder()
    title = "Volksbank-Azubis erklären Finanzen auf Twitter"
    after.response("https://t3n.de/news/volksbank-tiktok-azubis-1554321/",
                   article_html(title, text=2))  # fmt: skip
    later = folder / "later.warc.gz"
    after.write(later)
    return good, cut, later


def test_every_record_is_accounted_for_and_stored(files: tuple[Path, Path, Path],
                                                  tmp_path: Path) -> None:  # fmt: skip
    good = files[0]
    db = tmp_path / "archive.db"
    done = run("import-warc", str(good), "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    (summary,) = json.loads(done.stdout)
    assert summary["records"] == 9
    assert (summary["imported"], summary["skipped"], summary["failed"]) == (2, 1, 1)
    assert summary["filtered"] == {"other-record": 1, "not-200": 1, "not-html": 1,
                                   "revisit": 1, "other-site": 1}  # fmt: skip
    assert summary["records"] == summary["imported"] + summary["copies"] + summary[
        "skipped"] + summary["failed"] + sum(summary["filtered"].values())  # fmt: skip
    articles = dict(rows(db, "SELECT url, source_archive FROM articles"))
    assert set(articles) == {BANKS, LATIN}
    assert set(articles.values()) == {str(good)}
    assert rows(db, "SELECT url, reason FROM skipped") == [(SPORT, "off-topic")]
    assert rows(db, "SELECT url, stage, reason FROM failures") == [(EMPTY, "extract", "empty")]
    (fetched,) = rows(db, f"SELECT fetched_at FROM articles WHERE url = '{BANKS}'")
    assert fetched == ("2016-09-26T10:00:00+00:00",)
    (latin,) = rows(db, f"SELECT title, body FROM articles WHERE url = '{LATIN}'")
    assert latin[0] == "Sparkasse zwitschert"
    assert "Großbanken schauen" in str(latin[1])
    again = run("import-warc", str(good), "--db", str(db), "--json")
    assert json.loads(again.stdout)[0]["filtered"]["known"] == 3  # incremental, as a crawl


def test_damaged_file_keeps_what_came_before_and_the_next_file_goes_on(
    files: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _, cut, later = files
    db = tmp_path / "archive.db"
    done = run("import-warc", str(cut), str(later), "--db", str(db))
    assert done.returncode == 1
    assert "DAMAGED" in done.stdout
    damage = rows(db, "SELECT url, stage, reason FROM failures WHERE stage = 'import'")
    assert damage == [(str(cut), "import", "warc-truncated")]
    urls = {r[0] for r in rows(db, "SELECT url FROM articles")}
    assert BANKS in urls  # before the damage
    assert "https://t3n.de/news/volksbank-tiktok-azubis-1554321/" in urls  # the next file


def test_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    done = run("import-warc", str(tmp_path / "missing.warc.gz"), "--db", str(tmp_path / "x.db"))
    assert done.returncode == 2
    assert "no such WARC file" in done.stderr
    done = run("import-warc", "x.warc.gz", "--sites", "nosuchsite")
    assert done.returncode == 2
    assert "unknown site" in done.stderr


@pytest.fixture
def served(files: tuple[Path, Path, Path]) -> Iterator[str]:
    """The good file on a local HTTP server."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = partial(Quiet, directory=str(files[0].parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{files[0].name}"
    finally:
        server.shutdown()
        server.server_close()


def test_import_from_a_url_keeps_a_copy_for_offline_reextraction(
    served: str, tmp_path: Path
) -> None:
    db = tmp_path / "archive.db"
    done = run("import-warc", served, "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)[0]["imported"] == 2
    stored = rows(db, "SELECT source_archive, warc_file FROM articles")
    assert {r[0] for r in stored} == {served}
    assert all(r[1].startswith("warc/") for r in stored)  # the archive's own copy
    again = run("reextract", "--db", str(db), "--json")  # the server may be gone: no network
    assert again.returncode == 0, again.stderr[-2000:]
    summary = json.loads(again.stdout)
    assert (summary["rows"], summary["unchanged"], summary["unreadable"]) == (4, 4, 0)


def test_sources_from_directories_and_path_listings(tmp_path: Path) -> None:
    from newsarchive.crawl.warcimport import expand_sources

    (tmp_path / "a.warc.gz").write_bytes(b"")
    (tmp_path / "b.arc").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("x")
    listing = tmp_path / "warc.paths.gz"
    listing.write_bytes(gzip.compress(b"crawl-data/CC-NEWS/2016/09/CC-NEWS-1.warc.gz\n\n"))
    found = expand_sources([str(tmp_path), str(listing)])
    month = "https://data.commoncrawl.org/crawl-data/CC-NEWS/2016/09/"
    assert found == [str(tmp_path / "a.warc.gz"), str(tmp_path / "b.arc"),
                     f"{month}CC-NEWS-1.warc.gz"]  # fmt: skip
    with pytest.raises(ValueError, match="no such WARC file"):
        expand_sources([str(tmp_path / "missing.warc")], check=True)
