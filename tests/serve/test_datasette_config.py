"""The archive in Datasette: metadata, stored queries, settings, pages and safety."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import pytest
from datasette_helpers import ARTICLES, METADATA, QUERIES

from newsarchive.serve import present

WELT = ARTICLES[0].url
XSS_URL = ARTICLES[4].url

pytestmark = pytest.mark.anyio


async def get(ds: Any, path: str, status: int = 200) -> Any:
    response = await ds.client.get(path)
    assert response.status_code == status, (path, response.text[:2000])
    return response


def row_path(url: str) -> str:
    from datasette.utils import tilde_encode

    return "/archive/articles/" + tilde_encode(url)


def test_demo_and_archive_share_the_configuration() -> None:
    assert METADATA["databases"]["demo"] == METADATA["databases"]["archive"]


def test_german_titles_and_descriptions() -> None:
    tables = METADATA["databases"]["archive"]["tables"]
    for name in ("articles", "copies", "crawls", "failures", "skipped", "banks", "networks"):
        assert tables[name]["title"], name
        assert tables[name]["description"], name
    assert tables["articles"]["title"] == "Artikel"
    assert set(tables["articles"]["columns"]) >= {"title", "banks", "networks", "source"}
    for name, query in QUERIES.items():
        assert query["title"], name
        assert query.get("description") or query.get("description_html"), name


@pytest.mark.parametrize("name", sorted(QUERIES))
async def test_stored_queries_run(ds: Any, name: str) -> None:
    response = await get(ds, f"/archive/{name}.json?suchbegriff=Bank&_shape=objects")
    data = response.json()
    assert data["ok"], data.get("error")
    assert data["rows"], name
    assert not [c for c in data["rows"][0] if c.startswith("atom_")], name  # feed only
    feed = await get(ds, f"/archive/{name}.atom?suchbegriff=Bank")
    assert feed.text.count("<entry>") == len(data["rows"]), name


@pytest.mark.parametrize("fmt", ["csv", "json"])
async def test_exports_are_clean(ds: Any, fmt: str) -> None:
    """Downloads carry the columns the page shows: no atom_* columns, no ⟦…⟧ markers."""

    def cells(text: str) -> str:  # the data of the export, without the SQL it ran
        if fmt == "csv":
            return text
        data = json.loads(text)
        return json.dumps([data["columns"], data["rows"]], ensure_ascii=False)

    for name in QUERIES:
        text = cells((await get(ds, f"/archive/{name}.{fmt}?suchbegriff=Bank")).text)
        assert "atom_" not in text, name
        assert "⟦" not in text, name
    sql = "select 'a ⟦b⟧' as auszug, 1 as atom_id"
    text = cells((await ds.client.get(f"/archive.{fmt}", params={"sql": sql})).text)
    assert "atom_id" not in text
    assert "a b" in text


async def test_csv_gives_name_lists_as_text(ds: Any) -> None:
    """Banks and networks read "A, B" in CSV (as in the reading view's), JSON keeps them."""
    text = (await get(ds, "/archive/suche.csv?suchbegriff=Bank")).text
    header, *rows = list(csv.reader(io.StringIO(text)))
    banks = [row[header.index("banken")] for row in rows]
    assert any(banks)
    assert not [b for b in banks if b.startswith("[")]
    sql = """select '["GLS Bank", "Postbank"]' as banken, '["x"]' as titel, '[1]' as netzwerke"""
    response = await ds.client.get("/archive.csv", params={"sql": sql})
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[1] == ["GLS Bank, Postbank", '["x"]', "[1]"]
    data = (await ds.client.get("/archive.json", params={"sql": sql, "_shape": "objects"})).json()
    assert data["rows"][0]["banken"] == '["GLS Bank", "Postbank"]'


async def test_settings(ds: Any) -> None:
    settings = (await get(ds, "/-/settings.json")).json()
    assert settings["sql_time_limit_ms"] == 1500
    assert settings["max_returned_rows"] == 1000
    assert settings["default_facet_size"] == 20
    assert settings["facet_time_limit_ms"] == 1000
    assert settings["allow_download"] is False
    assert settings["suggest_facets"] is False


async def test_search_ranks_and_highlights(ds: Any) -> None:
    rows = (await get(ds, "/archive/suche.json?suchbegriff=Bank&_shape=array")).json()
    titles = [r["titel"] for r in rows]
    assert "Die Sparkasse tanzt auf TikTok" not in titles
    assert len(rows) == 4
    assert [r["platz"] for r in rows] == [1, 2, 3, 4]
    welt = next(r for r in rows if r["url"] == WELT)
    assert "Großbanken" in welt["auszug"]  # the page marks them, the export is clean
    assert "⟦" not in welt["auszug"]
    assert welt["zitat"] == (  # the same citation as the article page's
        "Anna Beispiel: „Banken nutzen gern soziale Netzwerke“. WELT, 12.03.2013. "
        f"{WELT} (abgerufen am 01.02.2024)"
    )
    page = (await get(ds, "/archive/suche?suchbegriff=Bank")).text
    assert "<mark>Großbanken</mark>" in page
    assert 'href="/archive/articles/https~3A~2F~2Fwww' in page  # title links to the article


async def test_stored_query_citation_names_the_archive_copy(ds: Any) -> None:
    sql = ("select zitat('T', 'https://x.de/a', 'WELT', '2010-05-19T10:00:00+02:00', "
           "'2026-01-01T00:00:00+00:00', null, '[]', 'https://web.archive.org/web/2010/x', "
           "'2010-06-01T08:00:00+00:00', null) as z")  # fmt: skip
    data = (await ds.client.get("/archive.json", params={"sql": sql, "_shape": "array"})).json()
    assert data[0]["z"] == ("„T“. WELT, 19.05.2010. https://x.de/a (Archivkopie vom "
                            "01.06.2010: https://web.archive.org/web/2010/x)")  # fmt: skip


async def test_search_page_gives_friendly_messages(ds: Any) -> None:
    for query in ('"soziale Netzwerke', "(Bank OR", "NEAR(x y", "-Bank", "", "xyzzy"):
        page = (await get(ds, f"/archive/suche?suchbegriff={query}")).text
        assert "fts5" not in page, query
        assert "syntax error" not in page.lower(), query
    page = (await get(ds, '/archive/suche?suchbegriff="soziale Netzwerke')).text
    assert "nicht geschlossen" in page
    assert "<mark>sozialen</mark> <mark>Netzwerke</mark>" in page
    page = (await get(ds, "/archive/suche?suchbegriff=xyzzy")).text
    assert "Keine Treffer für „xyzzy“" in page


async def test_search_csv_has_citations(ds: Any) -> None:
    csv = (await get(ds, "/archive/suche.csv?suchbegriff=TikTok")).text
    header = csv.splitlines()[0]
    assert "zitat" in header
    assert "titel" in header
    assert "Handelsblatt, 01.06.2021" in csv


async def test_articles_page_facets_and_order(ds: Any) -> None:
    data = (await get(ds, "/archive/articles.json?_shape=objects")).json()
    assert set(data["facet_results"]) == {"site", "year", "banks", "networks"}
    banks = {f["value"]: f["count"] for f in data["facet_results"]["banks"]["results"]}
    assert banks["GLS Bank"] == 1
    published = [r["published"] for r in data["rows"]]
    assert published == sorted(published, reverse=True)
    page = (await get(ds, "/archive/articles")).text
    assert "Weitere Facetten" in page
    assert "_facet=source" in page
    assert 'id="_search"' not in page  # Datasette's unstemmed search box is replaced
    assert 'name="_suche"' in page


async def test_articles_search_filter_with_facets(ds: Any) -> None:
    data = (
        await get(ds, "/archive/articles.json?_suche=Netzwerk&_facet=month&_shape=objects")
    ).json()
    assert {r["url"] for r in data["rows"]} == {WELT, ARTICLES[2].url}
    assert "month" in data["facet_results"]
    assert "Suche: „Netzwerk“" in data["human_description_en"]
    data = await get(ds, "/archive/articles.json?_suche=Bank&networks__arraycontains=Twitter")
    assert {r[0] for r in data.json()["rows"]} == {WELT, XSS_URL}


async def test_article_page_reads_like_an_article(ds: Any) -> None:
    page = (await get(ds, row_path(WELT))).text
    assert "<h1>Banken nutzen gern soziale Netzwerke</h1>" in page
    assert '<p class="na-lead">Die GLS Bank ist auf Facebook' in page
    assert "<p>Immer mehr Geldhäuser twittern.</p>" in page
    assert "Von Anna Beispiel" in page
    assert "12.03.2013" in page
    assert f'href="{WELT}"' in page
    assert 'href="/archive/bank/GLS%20Bank"' in page
    assert 'href="/archive/netzwerk/Twitter"' in page
    assert 'href="/archive/artikel?medium=welt"' in page
    assert "Anna Beispiel: „Banken nutzen gern soziale Netzwerke“. WELT, 12.03.2013." in page


async def test_index_page_is_the_front_door(ds: Any) -> None:
    page = (await get(ds, "/")).text
    assert 'action="/archive/artikel"' in page
    assert 'name="suche"' in page
    assert "5 Artikel</strong> aus 4 Medien, 12.03.2013 bis 01.06.2021" in page
    assert "Daten und SQL" in page
    newest = re.findall(r'<h3 class="na-item-title"><a href="[^"]+">([^<]+)</a>', page)
    assert newest[0] == "Die Sparkasse tanzt auf TikTok"  # newest first
    assert "rows in" not in page
    assert "Powered by" not in page


async def test_chart(ds: Any) -> None:
    page = (await get(ds, "/archive/artikel_pro_monat_netzwerk")).text
    found = re.search(r'id="na-spec-chart">(.*?)</script>', page, re.S)
    assert found
    spec = json.loads(found.group(1))
    assert spec["encoding"]["x"]["type"] == "temporal"
    assert {v["reihe"] for v in spec["data"]["values"]} == {
        "Facebook", "Twitter", "TikTok", "Instagram", "YouTube"}  # fmt: skip
    assert "datasette_dashboards/vega-lite.min.js" in page  # from the installed package
    assert "Zahlen als Tabelle" in page
    page = (await get(ds, "/archive/meistgenannte_banken")).text
    assert "na-spec" not in page  # no chart configured


async def test_robots_blocked(ds: Any) -> None:
    assert "Disallow: /" in (await get(ds, "/robots.txt")).text


async def test_read_only(ds: Any) -> None:
    response = await ds.client.get("/archive.json?sql=insert+into+banks+values+('X')")
    assert response.status_code == 400
    assert (await get(ds, "/archive/banks.json?name=X")).json()["rows"] == []


async def test_memory_is_bounded(ds: Any) -> None:
    response = await ds.client.get("/archive.json?sql=select+length(zeroblob(100000000))")
    assert response.status_code == 400
    assert "too big" in response.json()["error"]


async def test_time_is_bounded(ds: Any) -> None:
    sql = ("with recursive n(i) as (select 1 union all select i + 1 from n) "
           "select count(*) from n")  # fmt: skip
    response = await ds.client.get("/archive.json", params={"sql": sql})
    assert response.status_code == 400
    assert "Zeitlimit" in response.json()["error"]


@pytest.mark.parametrize(
    "path",
    ["/", "/archive/articles", "/archive/articles?_suche=Bank", "/archive/suche?suchbegriff=Test",
     "/archive/suche_neu?suchbegriff=Test", "/archive/erste_erwaehnung", "/archive/suche.atom?"
     "suchbegriff=Test", "/archive/suche_neu.atom?suchbegriff=Test", row_path(XSS_URL),
     "/archive/copies", "/archive/article_banks"],
)  # fmt: skip
async def test_stored_html_is_never_rendered(ds: Any, path: str) -> None:
    """Script-bearing titles, leads, bodies and authors come out escaped everywhere."""
    text = (await get(ds, path)).text
    assert "<script>alert" not in text
    assert "<img src=x" not in text


@pytest.mark.parametrize(
    ("query", "banks"),
    [
        ("", {"GLS Bank": 1, "Deutsche Bank": 1, "Hamburger Sparkasse": 1, "Commerzbank": 1,
              "Postbank": 1}),
        ("site=welt", {"GLS Bank": 1, "Deutsche Bank": 1}),
        ("networks__arraycontains=Twitter", {"GLS Bank": 1, "Deutsche Bank": 1, "Postbank": 1}),
        ("_suche=Sparkasse", {"Hamburger Sparkasse": 1}),
    ],
)  # fmt: skip
async def test_list_facet_counts(ds: Any, query: str, banks: dict[str, int]) -> None:
    """The fast list facet (link table when unfiltered, json_each when filtered)."""
    data = (await get(ds, f"/archive/articles.json?{query}")).json()
    facet = data["facet_results"]["banks"]
    assert {r["value"]: r["count"] for r in facet["results"]} == banks
    toggle = facet["results"][0]["toggle_url"]
    assert "banks__arraycontains=" in toggle
    if query:
        assert query.split("=")[0] in toggle


def test_citation_with_syndication_source() -> None:
    line = present.citation("Titel", "https://steadynews.de/x", "steadynews.de",
                            "2013-03-12T10:00:00+01:00", "2024-02-01T08:00:00+00:00",
                            "Welt Online", ["A. Autor"])  # fmt: skip
    assert line == (
        "A. Autor: „Titel“. steadynews.de (Quelle: Welt Online), 12.03.2013. "
        "https://steadynews.de/x (abgerufen am 01.02.2024)"
    )
