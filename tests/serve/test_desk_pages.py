"""Start page, bank and network pages, "Wer war zuerst?", outlet names, citations of
archive copies, and German error pages."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from datasette_helpers import ARTICLES

from newsarchive.archive import storage
from newsarchive.archive.media import read_media
from newsarchive.serve import charts, errors, present

pytestmark = pytest.mark.anyio


async def get(ds: Any, path: str, status: int = 200) -> Any:
    response = await ds.client.get(path)
    assert response.status_code == status, (path, response.text[:2000])
    return response


async def test_bank_page(ds: Any) -> None:
    page = (await get(ds, "/archive/bank/GLS%20Bank")).text
    assert "<h1>GLS Bank</h1>" in page
    assert "<strong>1 Artikel</strong>" in page
    spec = json.loads(re.search(r'id="na-spec-timeline">(.*?)</script>', page, re.S).group(1))
    assert spec["encoding"]["x"]["type"] == "temporal"
    assert spec["encoding"]["y"]["axis"]["values"] == [0, 1]  # integer ticks only
    assert spec["encoding"]["x"]["title"] == "Monat"
    together = re.findall(r'<th scope="row"><a href="/archive/netzwerk/(\w+)">', page)
    assert sorted(together) == ["Facebook", "Twitter"]
    assert "Banken nutzen gern soziale Netzwerke" in page  # first and latest article
    assert 'href="/archive/artikel?bank=GLS+Bank"' in page


async def test_network_page_names_banks_together(ds: Any) -> None:
    page = (await get(ds, "/archive/netzwerk/Twitter")).text
    assert "<strong>2 Artikel</strong>" in page
    rows = re.findall(r'<th scope="row"><a href="/archive/bank/[^"]+">([^<]+)</a></th>\s*'
                      r'<td><a href="[^"]+">(\d+)</a></td>\s*<td>([\d.]+)</td>', page)  # fmt: skip
    assert sorted(rows) == [("Deutsche Bank", "1", "12.03.2013"), ("GLS Bank", "1", "12.03.2013"),
                            ("Postbank", "1", "15.01.2020")]  # fmt: skip


@pytest.mark.parametrize("path", ["/archive/-/nope", "/archive/-/nope.json", "/archive/keine/1"])
async def test_address_naming_no_table_is_a_german_404(ds: Any, path: str) -> None:
    response = await ds.client.get(path)
    assert response.status_code == 404
    text = response.text
    assert "Diese Seite gibt es nicht." in text or "Tabelle „keine“ gibt es nicht" in text
    assert "Invalid SQL" not in text
    assert "no such table" not in text


async def test_own_sql_naming_no_table_stays_a_400(ds: Any) -> None:
    response = await ds.client.get("/archive.json", params={"sql": "select * from keine"})
    assert response.status_code == 400


async def test_unknown_bank_is_a_german_404(ds: Any) -> None:
    page = (await get(ds, "/archive/bank/Nirgendbank", status=404)).text
    assert "Nicht gefunden" in page
    assert "Nirgendbank" in page


async def test_lists_of_banks_and_networks(ds: Any) -> None:
    page = (await get(ds, "/archive/banken")).text
    assert page.count('href="/archive/bank/') == 5
    page = (await get(ds, "/archive/netzwerke")).text
    assert 'href="/archive/netzwerk/TikTok"' in page


async def test_who_was_first_oldest_first(ds: Any) -> None:
    page = (await get(ds, "/archive/wer-war-zuerst")).text
    dates = re.findall(r"<tr>\s*<td>(\d\d)\.(\d\d)\.(\d{4})</td>", page)
    assert len(dates) == 7  # GLS×2, Deutsche Bank×2, Haspa, Commerzbank, Postbank
    keys = [(y, m, d) for d, m, y in dates]
    assert keys == sorted(keys)
    assert "Hamburger Sparkasse" in page
    data = (await get(ds, "/archive/erste_erwaehnung.json?_shape=array")).json()
    assert [r["erstmals"][-4:] for r in data] == sorted(r["erstmals"][-4:] for r in data)


async def test_bad_sort_reads_german(ds: Any) -> None:
    response = await ds.client.get("/archive/articles?_sort=nonexistent")
    assert response.status_code in (400, 500)
    assert "Nach „nonexistent“ kann nicht sortiert werden." in response.text
    assert "Cannot sort" not in response.text


def test_media_names_one_per_outlet(tmp_path: Path) -> None:
    media = {row["slug"]: row for row in read_media()}
    assert media["welt"]["name"] == "WELT"
    assert media["steadynews"]["name"] == "steadynews.de"
    db = storage.open_db(tmp_path / "a.db")
    assert db["media"].get("der_bank_blog")["name"] == "Der Bank Blog"
    assert db["media"].count == len(media)
    names = {"welt": "WELT"}
    assert present.outlet_name({"site": "welt", "site_name": "DIE WELT"}, names) == "WELT"
    assert present.outlet_name({"site": "welt", "site_name": "WELT ONLINE"}, names) == "WELT"
    assert present.outlet_name({"site": "neu", "site_name": "Neu"}, names) == "Neu"


def test_citation_names_the_archive_copy() -> None:
    row = {"title": "Volksbanken testen Twitter", "url": "http://www.welt.de/a.html",
           "site": "welt", "published": "2010-05-31T10:00:00+02:00",
           "fetched_at": "2026-11-29T10:00:00+00:00",
           "archive_url": "https://web.archive.org/web/20100601083344/http://www.welt.de/a.html",
           "archived_at": "2010-06-01T08:33:44+00:00"}  # fmt: skip
    line = present.article_citation(row, {"welt": "WELT"})
    assert line == ("„Volksbanken testen Twitter“. WELT, 31.05.2010. http://www.welt.de/a.html "
                    "(Archivkopie vom 01.06.2010: https://web.archive.org/web/20100601083344/"
                    "http://www.welt.de/a.html)")  # fmt: skip
    assert "abgerufen" not in line
    imported = {**row, "archive_url": None, "source_archive": "CC-NEWS 2016-09"}
    assert present.provenance(imported) == ("import", "CC-NEWS 2016-09")
    assert "(aus CC-NEWS 2016-09, abgerufen am 29.11.2026)" in present.article_citation(
        imported, {}
    )


def test_citation_with_syndication_source() -> None:
    line = present.citation("Titel", "https://steadynews.de/x", "steadynews.de",
                            "2013-03-12T10:00:00+01:00", "2024-02-01T08:00:00+00:00",
                            "Welt Online", ["A. Autor"])  # fmt: skip
    assert line == ("A. Autor: „Titel“. steadynews.de (Quelle: Welt Online), 12.03.2013. "
                    "https://steadynews.de/x (abgerufen am 01.02.2024)")  # fmt: skip
    assert "Quelle" not in present.citation("T", "u", "WELT", None, None, "Welt Online")


def test_monthly_series_is_a_true_time_axis() -> None:
    rows = [{"monat": "2008-10", "artikel": 2}, {"monat": "2011-05", "artikel": 1}]
    (series,) = charts.monthly_series(rows).values()
    assert len(series) == 32  # every month from 2008-10 to 2011-05
    assert series["2009-06"] == 0
    table = charts.table({"Artikel": series})
    assert table["rows"] == [["2008-10", 2], ["2011-05", 1]]


def test_many_series_fold_into_andere() -> None:
    rows = [{"monat": "2020-01", "artikel": i + 1, "netz": f"N{i}"} for i in range(12)]
    data = charts.monthly_series(rows, series="netz")
    assert len(data) == charts.MAX_SERIES
    assert data["Andere"]["2020-01"] == sum(range(1, 6))
    spec = charts.timeline_spec(data, "T", "Netzwerk")
    assert spec["encoding"]["color"]["legend"]["orient"] == "bottom"
    assert spec["encoding"]["y"]["axis"]["format"] == "d"


@pytest.mark.parametrize(
    ("message", "german"),
    [("Cannot sort table by x", "Nach „x“ kann nicht sortiert werden."),
     ("Table not found: foo", "Tabelle „foo“ gibt es nicht."),
     ("<p>SQL query took too long. The time limit is controlled by the sql_time_limit_ms "
      "configuration option.</p><textarea>select secret</textarea>",
      "Die Abfrage hat zu lange gedauert und wurde abgebrochen. Bitte die Suche oder Abfrage "
      "eingrenzen."),
     ("Table not found", "Diese Tabelle oder Seite gibt es nicht."),
     ("Record not found", "Diesen Datensatz gibt es nicht."),
     ("incomplete input", "Die Abfrage ist unvollständig."),
     ("no such column: nope", "Spalte „nope“ gibt es nicht."),
     ('near "selec": syntax error', "Syntaxfehler bei „selec“."),
     ("Fehler in der SQL-Abfrage: Statement must be a SELECT",
      "Fehler in der SQL-Abfrage: Nur Abfragen mit SELECT sind erlaubt."),
     ("Something else went wrong", "Die Anfrage konnte nicht bearbeitet werden."),
     ("Unbekannte Spalte „table“.", "Unbekannte Spalte „table“.")],
)  # fmt: skip
def test_error_messages_in_german(message: str, german: str) -> None:
    assert str(errors.german_error(message)) == german


def test_article_page_links_use_one_outlet_name() -> None:
    view = present.article_view(
        {"url": ARTICLES[0].url, "site": "welt", "site_name": "DIE WELT", "banks": '["GLS Bank"]'},
        [], {"artikel": "/a/artikel", "bank": "/a/bank", "netzwerk": "/a/netzwerk"},
        {"welt": "WELT"},
    )  # fmt: skip
    assert view["outlet"] == "WELT"
    assert view["banks"] == [{"name": "GLS Bank", "href": "/a/bank/GLS%20Bank"}]
