"""Atom feeds for searches and stored queries, parsed as a feed reader would."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime
from typing import Any

import pytest
from datasette.utils import tilde_encode
from datasette_helpers import ARTICLES, QUERIES

ATOM = "{http://www.w3.org/2005/Atom}"

pytestmark = pytest.mark.anyio


async def feed(ds: Any, path: str) -> tuple[str, ET.Element]:
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text[:1000]
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    return response.text, ET.fromstring(response.text)


def entries(root: ET.Element) -> list[dict[str, Any]]:
    result = []
    for entry in root.findall(f"{ATOM}entry"):
        links = {e.get("rel"): e.get("href") for e in entry.findall(f"{ATOM}link")}
        result.append({
            "id": entry.findtext(f"{ATOM}id"),
            "title": entry.findtext(f"{ATOM}title"),
            "updated": datetime.fromisoformat(entry.findtext(f"{ATOM}updated") or ""),
            "link": links.get("alternate"),
            "original": links.get("related"),
            "content": entry.findtext(f"{ATOM}content"),
            "authors": [a.findtext(f"{ATOM}name") for a in entry.findall(f"{ATOM}author")],
        })  # fmt: skip
    return result


async def test_subscribe_to_a_search(ds: Any) -> None:
    _, root = await feed(ds, "/archive/suche_neu.atom?suchbegriff=Sparkasse+TikTok")
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}title") == "Suche: Sparkasse TikTok – newsarchive"
    (entry,) = entries(root)
    article = ARTICLES[1]
    assert entry["id"] == article.url
    assert entry["link"] == "http://localhost/archive/articles/" + tilde_encode(article.url)
    assert entry["original"] == article.url
    assert entry["title"] == "Die Sparkasse tanzt auf TikTok"
    assert entry["content"] == article.lead
    assert entry["updated"].utcoffset() is not None
    assert entry["updated"] == datetime.fromisoformat(article.published or "")
    assert entry["authors"] == ["Bernd Muster", "Clara Probe"]


async def test_search_feed_finds_inflected_forms(ds: Any) -> None:
    _, root = await feed(ds, "/archive/suche_neu.atom?suchbegriff=Netzwerk")
    assert {e["id"] for e in entries(root)} == {ARTICLES[0].url, ARTICLES[2].url}


async def test_feed_without_hits_is_still_a_feed(ds: Any) -> None:
    _, root = await feed(ds, "/archive/suche_neu.atom?suchbegriff=Zeppelin")
    (entry,) = entries(root)
    assert entry["title"] == "Noch keine Treffer"


async def test_feed_never_carries_html(ds: Any) -> None:
    text, root = await feed(ds, "/archive/suche_neu.atom?suchbegriff=Test")
    assert "<script" not in text
    assert "<img" not in text
    (entry,) = entries(root)
    assert entry["title"].startswith("Bank im Test <script>")  # as text, escaped in the XML
    for element in root.iter(f"{ATOM}content"):
        assert element.get("type") == "text"


@pytest.mark.parametrize("name", sorted(QUERIES))
async def test_every_stored_query_has_a_feed(ds: Any, name: str) -> None:
    _, root = await feed(ds, f"/archive/{name}.atom?suchbegriff=Bank")
    found = entries(root)
    assert found
    assert all(e["id"] and e["title"] for e in found)
    assert len({e["id"] for e in found}) == len(found)


async def test_first_mention_feed(ds: Any) -> None:
    _, root = await feed(ds, "/archive/erste_erwaehnung.atom")
    titles = {e["title"] for e in entries(root)}
    assert "Hamburger Sparkasse erstmals mit TikTok: Die Sparkasse tanzt auf TikTok" in titles


async def test_reading_view_feed_is_the_rows_shown(ds: Any) -> None:
    _, root = await feed(ds, "/archive/artikel.atom?suche=Bank&sortierung=neu")
    assert root.findtext(f"{ATOM}title") == "Suche: Bank – newsarchive"
    found = entries(root)
    assert [e["id"] for e in found] == [
        a.url for a in (ARTICLES[4], ARTICLES[2], ARTICLES[3], ARTICLES[0])
    ]
    assert all(e["link"].startswith("http://localhost/archive/articles/") for e in found)
    assert [e["original"] for e in found] == [e["id"] for e in found]
    assert all("⟦" not in (e["content"] or "") for e in found)
    _, root = await feed(ds, "/archive/artikel.atom?bank=GLS+Bank&medium=welt")
    assert root.findtext(f"{ATOM}title") == "Medium: WELT, Bank: GLS Bank – newsarchive"


@pytest.mark.parametrize(
    ("query", "title"),
    [("", "Neueste Artikel"), ("sortierung=alt", "Älteste Artikel"),
     ("suche=Bank&sortierung=alt", "Suche: Bank (älteste zuerst)"),
     ("bank=GLS+Bank&sortierung=alt", "Bank: GLS Bank (älteste zuerst)")],
)  # fmt: skip
async def test_a_feed_title_names_an_oldest_first_order(ds: Any, query: str, title: str) -> None:
    _, root = await feed(ds, f"/archive/artikel.atom?{query}")
    assert root.findtext(f"{ATOM}title") == f"{title} – newsarchive"
    updated = [e["updated"] for e in entries(root)]
    assert updated == sorted(updated, reverse="alt" not in query)


@pytest.mark.parametrize("text", ["Bank", "Sparkasse TikTok", "Netzwerk*", "Nirgendwo"])
def test_search_feed_walks_the_date_index(tmp_path: Any, text: str) -> None:
    """The feed walks the date index (no row read per match, so a broad search stays
    cheap under load) and gives the 50 newest matches, ties by rowid."""
    from newsarchive.archive import search
    from newsarchive.bench import generate
    from newsarchive.sqlite import sqlite3

    path = tmp_path / "a.db"
    generate.build(path, 300, seed=5)
    conn = sqlite3.connect(path)
    conn.create_function("german_query", 1, search.german_query)
    sql = QUERIES["suche_neu"]["sql"]
    cte = sql[sql.index("(") + 1 : sql.index("\n)")]
    plan = " ".join(r[3] for r in conn.execute(f"explain query plan {cte}", {"suchbegriff": text}))
    assert "COVERING INDEX idx_articles_published" in plan
    assert "TEMP B-TREE FOR ORDER BY" not in plan
    found = conn.execute(cte, {"suchbegriff": text}).fetchall()
    every = conn.execute(
        "select a.rowid, a.published from articles a where a.rowid in (select rowid from "
        "articles_search where articles_search match german_query(?))",
        [text],
    ).fetchall()
    every.sort(key=lambda r: r[0])
    every.sort(key=lambda r: r[1] or "", reverse=True)
    assert [r[0] for r in found] == [r[0] for r in every[:50]]
