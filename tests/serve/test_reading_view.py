"""The reading view /<db>/artikel: search and browse in one list, facets, chips, pages,
sort, date range, exports of exactly the rows shown."""

from __future__ import annotations

import csv
import importlib.util
import io
import random
import re
from typing import Any

import pytest
from datasette.utils import MultiParams

from newsarchive.bench import generate
from newsarchive.serve import config as serving
from newsarchive.serve import desk, reading

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Datasette on 130 generated articles (three pages of 50), as database "demo" (Datasette
    keeps one connection per thread and database name, so in-process instances in one test
    run need different names)."""
    path = tmp_path_factory.mktemp("many") / "demo.db"
    generate.build(path, 130, seed=3)
    return serving.datasette_app(path)


async def get(ds: Any, path: str, status: int = 200) -> Any:
    response = await ds.client.get(path)
    assert response.status_code == status, (path, response.text[:2000])
    return response


def titles(page: str) -> list[str]:
    return re.findall(r'<h3 class="na-item-title"><a href="[^"]+">([^<]+)</a>', page)


def facet(page: str, name: str) -> dict[str, int]:
    section = re.search(rf'<section class="na-facet" id="facet-{name}">(.*?)</section>', page,
                        re.S)  # fmt: skip
    assert section, name
    pattern = r'<a[^>]*>(?:<strong>)?([^<]+?)(?:</strong> ✕)?</a> <span class="na-facet-count">'
    pairs = re.findall(pattern + r"([\d.]+)</span>", section.group(1))
    return {label: int(count.replace(".", "")) for label, count in pairs}


async def test_browse_newest_first_with_six_facets(ds: Any) -> None:
    page = (await get(ds, "/archive/artikel")).text
    assert "<strong>5 Artikel</strong>" in page
    assert titles(page)[0] == "Die Sparkasse tanzt auf TikTok"
    assert facet(page, "medium") == {"WELT": 2, "Handelsblatt": 1, "t3n": 1, "steadynews.de": 1}
    assert list(facet(page, "jahr")) == ["2021", "2020", "2019", "2016", "2013"]  # year order
    assert facet(page, "bank")["GLS Bank"] == 1
    assert facet(page, "netzwerk")["Twitter"] == 2
    assert facet(page, "sprache") == {"Deutsch": 5}
    assert facet(page, "quelle") == {"Crawl": 5}
    assert "welt" not in re.findall(r'class="na-item-outlet">([^<]+)<', page)  # no slugs


async def test_search_narrows_within_facets_and_chips_remove(ds: Any) -> None:
    page = (await get(ds, "/archive/artikel?suche=Netzwerk&medium=welt")).text
    assert titles(page) == ["Banken nutzen gern soziale Netzwerke"]
    assert "<mark>" in page
    chips = re.findall(r'<a class="na-chip" href="([^"]+)"[^>]*>([^<]+)', page)
    assert [label.strip() for _, label in chips] == ["Suche: Netzwerk", "Medium: WELT"]
    without_medium = chips[1][0].replace("&amp;", "&")
    assert without_medium == "?suche=Netzwerk"
    page = (await get(ds, "/archive/artikel" + without_medium)).text
    assert set(titles(page)) == {"Banken nutzen gern soziale Netzwerke",
                                 "Commerzbank-Chef startet Instagram-Kanal"}  # fmt: skip
    # a medium facet counts without its own filter, so a second medium can be added
    page = (await get(ds, "/archive/artikel?medium=welt")).text
    assert facet(page, "medium")["t3n"] == 1


async def test_bank_and_network_facets_combine(ds: Any) -> None:
    page = (await get(ds, "/archive/artikel?netzwerk=Twitter&bank=Postbank")).text
    assert titles(page) == ["Bank im Test &lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;&lt;img "
                            "src=x onerror=alert(1)&gt;"]  # fmt: skip
    assert facet(page, "bank") == {"Postbank": 1}


@pytest.mark.parametrize(
    ("query", "expected"),
    [("von=2016-01-01&bis=2019-12-31", 2), ("von=2019-11-20", 3), ("bis=2013-03-12", 1),
     ("jahr=2013&jahr=2021", 2), ("quelle=wayback", 0)],
)  # fmt: skip
async def test_date_range_and_any_of(ds: Any, query: str, expected: int) -> None:
    page = (await get(ds, f"/archive/artikel?{query}")).text
    assert len(titles(page)) == expected


async def test_sort(ds: Any) -> None:
    page = (await get(ds, "/archive/artikel?sortierung=alt")).text
    assert titles(page)[0] == "Banken nutzen gern soziale Netzwerke"
    page = (await get(ds, "/archive/artikel?suche=Bank")).text
    assert '<strong class="na-sort-current">Relevanz</strong>' in page
    page = (await get(ds, "/archive/artikel")).text
    assert "Relevanz" not in page  # only with a search


@pytest.mark.parametrize(
    ("query", "message"),
    [("sortierung=beliebt", "Unbekannte Sortierung"), ("von=12.03.2013", "kein Datum"),
     ("seite=0", "Seitenzahl"), ("jahr=13", "vierstellig"), ("quelle=x", "Quelle ist")],
)  # fmt: skip
async def test_bad_parameters_give_a_german_400(ds: Any, query: str, message: str) -> None:
    page = (await get(ds, f"/archive/artikel?{query}", status=400)).text
    assert "Ungültige Anfrage" in page
    assert message in page


async def test_pages_of_fifty(many: Any) -> None:
    first = (await get(many, "/demo/artikel")).text
    assert "<strong>130 Artikel</strong>" in first
    assert "Seite 1 von 3" in first
    assert len(titles(first)) == 50
    assert 'rel="prev"' not in first
    third = (await get(many, "/demo/artikel?seite=3")).text
    assert len(titles(third)) == 30
    assert 'rel="next"' not in third
    second = (await get(many, "/demo/artikel?seite=2")).text
    seen = titles(first) + titles(second) + titles(third)
    assert len(seen) == 130
    dates = re.findall(r"<time>(\d\d)\.(\d\d)\.(\d{4})</time>", first + second + third)
    assert [(y, m, d) for d, m, y in dates] == sorted(((y, m, d) for d, m, y in dates),
                                                      reverse=True)  # fmt: skip


@pytest.mark.parametrize("path", ["/demo/artikel", "/demo/artikel.csv", "/demo/artikel.json"])
async def test_a_page_past_the_last_is_a_german_404(many: Any, path: str) -> None:
    response = await get(many, f"{path}?seite=4", status=404)
    assert "Seite 4 gibt es nicht: diese Auswahl hat 3 Seiten." in response.text
    single = await get(many, f"{path}?suche=Nirgendwo&seite=2", status=404)
    assert "diese Auswahl hat eine Seite" in single.text
    await get(many, f"{path}?suche=Nirgendwo", status=200)  # no hits: page 1 stays


async def test_exports_are_the_rows_shown_and_clean(many: Any) -> None:
    page = (await get(many, "/demo/artikel?suche=Sparkasse&seite=2&sortierung=neu")).text
    text = (await get(many, "/demo/artikel.csv?suche=Sparkasse&seite=2&sortierung=neu")).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["titel"] for r in rows] == [t.replace("&#34;", '"') for t in titles(page)]
    assert list(rows[0]) == list(reading_view_columns())
    assert not any("⟦" in r["auszug"] or "<mark>" in r["auszug"] for r in rows)
    assert all(r["archivseite"].startswith("http://localhost/demo/articles/") for r in rows)
    data = (await get(many, "/demo/artikel.json?suche=Sparkasse&seite=2&sortierung=neu")).json()
    assert [r["titel"] for r in data["artikel"]] == [r["titel"] for r in rows]
    assert data["seite"] == 2
    assert not any(key.startswith("atom_") for key in data["artikel"][0])


def reading_view_columns() -> tuple[str, ...]:
    return ("titel", "medium", "datum", "banken", "netzwerke", "auszug", "quelle", "url",
            "archivseite", "zitat")  # fmt: skip


def test_parse_keeps_values_as_parameters() -> None:
    evil = "x'); drop table a;--"
    sel = reading.parse(MultiParams({"suche": [" Bank "], "bank": [evil, evil]}))
    assert sel.text == "Bank"
    assert sel.get("bank") == (evil,)
    assert sel.sort == "relevanz"
    clause, params = reading.where(sel, {"archive_url"})
    assert "drop" not in clause
    assert params["bank0"] == evil


@pytest.mark.parametrize(
    "query",
    ["", "bank=Sparkasse", "medium=welt&jahr=2015&jahr=2016", "suche=Sparkasse&netzwerk=TikTok",
     "von=2012-03-05&bis=2014-12-31&sortierung=alt", "suche=Bank&bank=Sparkasse",
     "suche=Bank&seite=2", "suche=Bank&sortierung=neu",
     "netzwerk=Facebook&netzwerk=Twitter&sprache=de&quelle=crawl", "bank=Nirgendbank"],
)  # fmt: skip
async def test_facet_index_and_sql_agree(many: Any, query: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The in-memory facet index (small and large archives) and the SQL path (while it is
    built) give the same counts, facets and page."""
    with_index = (await get(many, f"/demo/artikel.json?{query}")).json()
    page_index = (await get(many, f"/demo/artikel?{query}")).text
    monkeypatch.setattr(desk, "USE_INDEX", False)
    with_sql = (await get(many, f"/demo/artikel.json?{query}")).json()
    page_sql = (await get(many, f"/demo/artikel?{query}")).text
    assert with_index == with_sql
    for name in reading.FACETS:
        assert facet(page_index, name) == facet(page_sql, name), name


async def test_entity_pages_agree(many: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = ["/demo/bank/Sparkasse", "/demo/netzwerk/TikTok", "/demo/banken",
             "/demo/wer-war-zuerst"]  # fmt: skip
    with_index = [(await get(many, p)).text for p in paths]
    monkeypatch.setattr(desk, "USE_INDEX", False)
    with_sql = [(await get(many, p)).text for p in paths]
    for path, ours, theirs in zip(paths, with_index, with_sql, strict=True):
        assert ours == theirs, path


async def test_search_scores_at_most_twice(many: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A search sorted by date scores nothing; the first one that ranks scores every match
    (bm25's idf scan is paid once), so any later filter costs no SQL."""
    from newsarchive.serve import matches, throttle

    monkeypatch.setenv(throttle.CACHE_ENV, "0")  # computed, not replayed from other tests
    matches.clear()
    await get(many, "/demo/artikel?suche=Sparkasse&sortierung=neu")
    (found,) = matches._cache.values()
    assert found.unscored == len(found.ids) > 0
    await get(many, "/demo/artikel?suche=Sparkasse&bank=Sparkasse")
    assert found.unscored == 0
    await get(many, "/demo/artikel?suche=Sparkasse&netzwerk=TikTok")
    assert found.unscored == 0
    matches.clear()
    await get(many, "/demo/artikel?suche=Sparkasse&bank=Sparkasse")
    (found,) = matches._cache.values()
    assert found.unscored == 0  # one pass, every match scored
    assert list(matches._cache.values()) == [found]


def plugin(name: str) -> Any:
    """A module of the plugins folder, loaded by path as Datasette loads it."""
    path = serving.DATASETTE_DIR / "plugins" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"na_test_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", range(40))
def test_facet_links_as_from_the_whole_selection(seed: int) -> None:
    """Each facet option's link (encoded around the facet once) is the link of the whole
    changed selection, in every facet, with every kind of other parameter."""
    view, rng = plugin("reading_view"), random.Random(seed)
    values = {name: tuple(rng.sample(["a", "b b", "ä&=", "2013", "x/y"], rng.randint(1, 3)))
              for name in reading.FACETS if rng.random() < 0.4}  # fmt: skip
    sel = reading.Selection(rng.choice(["", "Bank", "a&b ä"]), values,
                            rng.choice(["", "2013-01-01"]), rng.choice(["", "2014-02-02"]),
                            rng.choice(list(reading.SORTS)), rng.randint(1, 3))  # fmt: skip
    rows = [{"value": v, "n": 1} for v in ["a", "b b", "ä&=", None, "neu", "2013"]]
    for name in reading.FACETS:
        chosen = sel.get(name)
        for row, option in zip(rows, view._facet(name, rows, sel, {})["options"], strict=True):
            value = "" if row["value"] is None else str(row["value"])
            new = tuple(v for v in chosen if v != value) if value in chosen else (*chosen, value)
            assert option["href"] == view._href(sel, values={**sel.values, name: new}, page=1)
