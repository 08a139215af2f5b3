"""The archived original page in Datasette: cleaned, sandboxed, as text; its origin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from datasette.utils import tilde_encode

from newsarchive.archive.storage import Archive
from newsarchive.archive.warcfiles import HttpMessage, WarcWriter
from newsarchive.items import ArticleItem
from newsarchive.serve import config as serving
from newsarchive.serve.original import origin

URL = "https://www.welt.de/wirtschaft/article1/Banken-auf-Facebook.html"
PAGE = (
    "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Banken auf Facebook</title>"
    "<script>document.cookie='x'</script><link rel='stylesheet' href='https://cdn.welt.de/a.css'>"
    "</head><body onload='steal()'><h1>Banken auf Facebook</h1>"
    "<p>Die GLS Bank ist auf Facebook, die Großbanken zögern.</p>"
    "<img src='https://tracker.example/pixel.gif' onerror='alert(1)'>"
    "<iframe src='https://ads.example/'></iframe><form action='/login'><input name=p></form>"
    "<a href='javascript:alert(2)'>Link</a></body></html>"
).encode()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive with one crawled article whose page is in a WARC file, one Wayback
    capture and one CC-NEWS import (pages not kept), and one article from before WARC."""
    folder = tmp_path_factory.mktemp("original")
    db = folder / "original.db"  # its own name: Datasette keeps connections per name
    writer = WarcWriter(folder / "warc", db)
    where = writer.write_exchange(
        URL, HttpMessage("GET /x HTTP/1.1", [("Host", "www.welt.de")]),
        HttpMessage.response(200, [("Content-Type", "text/html; charset=utf-8")], PAGE),
        journal={"kind": "page", "site": "welt", "listed_url": URL, "hints": {}},
    )  # fmt: skip
    writer.close()
    store = Archive(db)
    store.add_article(ArticleItem(url=URL, site="welt", title="Banken auf Facebook",
                                  body="Die GLS Bank ist auf Facebook.",
                                  fetched_at="2026-01-27T10:00:00+00:00",
                                  **where.fields()))  # fmt: skip
    store.add_article(ArticleItem(
        url="https://www.welt.de/finanzen/article2/Sparkasse-twittert.html", site="welt",
        title="Sparkasse twittert", fetched_at="2026-01-27T10:00:00+00:00",
        archive_url="https://web.archive.org/web/20100601083344/http://www.welt.de/x",
        archived_at="2010-06-01T08:33:44+00:00"))  # fmt: skip
    store.add_article(ArticleItem(
        url="https://www.handelsblatt.com/finanzen/volksbank-instagram.html",
        site="handelsblatt", title="Volksbank auf Instagram",
        fetched_at="2016-09-26T10:00:00+00:00", warc_offset=123,
        warc_file="https://data.commoncrawl.org/crawl-data/CC-NEWS/2016/09/"
                  "CC-NEWS-20160926211809-00000.warc.gz",
        source_archive="https://data.commoncrawl.org/crawl-data/CC-NEWS/2016/09/"
                       "CC-NEWS-20160926211809-00000.warc.gz"))  # fmt: skip
    store.add_article(ArticleItem(url="https://t3n.de/news/alt.html", site="t3n", title="Alt",
                                  fetched_at="2024-01-01T00:00:00+00:00"))  # fmt: skip
    store.close()
    return db


@pytest.fixture(scope="module")
def app(archive: Path) -> Any:
    return serving.datasette_app(archive)


@pytest.mark.anyio
async def test_page_is_cleaned_and_sandboxed(app: Any) -> None:
    response = await app.client.get("/original/-/originalseite", params={"url": URL})
    assert response.status_code == 200, response.text
    policy = response.headers["content-security-policy"]
    assert "sandbox" in policy
    assert "default-src 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    page = response.text
    assert "Die GLS Bank ist auf Facebook, die Großbanken zögern." in page
    assert "Archivierte Originalseite" in page
    for forbidden in ("<script", "onload", "onerror", "<iframe", "<form", "javascript:",
                      "tracker.example", "cdn.welt.de"):  # fmt: skip
        assert forbidden not in page, forbidden


@pytest.mark.anyio
async def test_page_as_plain_text(app: Any) -> None:
    response = await app.client.get("/original/-/originalseite",
                                    params={"url": URL, "format": "text"})  # fmt: skip
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text.startswith("HTTP/1.1 200\nContent-Type: text/html; charset=utf-8\n")
    assert "<script>document.cookie='x'</script>" in response.text  # shown, never run


@pytest.mark.anyio
@pytest.mark.parametrize(("url", "status", "says"), [
    ("https://nowhere.example/", 404, "keine Seite archiviert"),
    ("https://t3n.de/news/alt.html", 404, "keine Originalseite gespeichert"),
    ("https://www.handelsblatt.com/finanzen/volksbank-instagram.html", 200, "nicht abgerufen"),
])  # fmt: skip
async def test_pages_that_cannot_be_shown(app: Any, url: str, status: int, says: str) -> None:
    response = await app.client.get("/original/-/originalseite", params={"url": url})
    assert response.status_code == status
    assert says in response.text


@pytest.mark.anyio
async def test_article_page_links_the_original_and_says_where_the_text_came_from(
    app: Any,
) -> None:
    response = await app.client.get(f"/original/articles/{tilde_encode(URL)}")
    assert response.status_code == 200
    assert "Archivierte Originalseite" in response.text
    assert "/original/-/originalseite?url=" in response.text
    assert "Crawl von www.welt.de, abgerufen am 27.01.2026" in response.text  # link title
    old = await app.client.get(f"/original/articles/{tilde_encode('https://t3n.de/news/alt.html')}")
    assert old.status_code == 200
    assert "originalseite" not in old.text


@pytest.mark.parametrize(("row", "text"), [
    ({"url": URL, "fetched_at": "2026-01-27T10:00:00+00:00"},
     "Crawl von www.welt.de, abgerufen am 27.01.2026"),
    ({"url": URL, "archive_url": "https://web.archive.org/web/2010/x",
      "archived_at": "2010-06-01T08:33:44+00:00"},
     "Wayback Machine, Aufnahme vom 01.06.2010"),
    ({"url": URL, "fetched_at": "2016-09-26T10:00:00+00:00",
      "source_archive": "https://data.commoncrawl.org/x/CC-NEWS-20160926211809-00000.warc.gz"},
     "Import aus CC-NEWS (CC-NEWS-20160926211809-00000.warc.gz), abgerufen am 26.09.2016"),
    ({"url": URL, "fetched_at": "2020-01-01T00:00:00+00:00", "source_archive": "/x/eigen.warc"},
     "Import aus WARC-Datei (eigen.warc), abgerufen am 01.01.2020"),
])  # fmt: skip
def test_origin(row: dict[str, Any], text: str) -> None:
    assert origin(row) == text
