"""Facets and row counts of the articles table come from the precomputed counts (exact)
or, for filters those cannot answer, from a bounded sample (serve/facet_counts.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsarchive.serve import desk, facet_counts, matches, throttle

pytestmark = pytest.mark.anyio


async def page(ds: Any, query: str) -> dict[str, Any]:
    await ds.invoke_startup()
    response = await ds.client.get(f"/archive/articles.json?{query}&_extra=facet_results,count")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


def facet_values(data: dict[str, Any]) -> dict[str, dict[Any, int]]:
    found = data["facet_results"]
    found = found.get("results", found)
    return {name: {v["value"]: v["count"] for v in facet["results"]}
            for name, facet in found.items()}  # fmt: skip


async def direct(ds: Any, where: str, params: list[Any]) -> dict[str, dict[Any, int]]:
    db = ds.get_database("archive")
    rows = (await db.execute(f"SELECT site, year, banks, networks FROM articles {where}",
                             params)).rows  # fmt: skip
    found: dict[str, dict[Any, int]] = {"site": {}, "year": {}, "banks": {}, "networks": {}}
    for row in rows:
        for name in found:
            values = json.loads(row[name]) if name in ("banks", "networks") else [row[name]]
            for value in values:
                if value is not None:
                    found[name][value] = found[name].get(value, 0) + 1
    return found


@pytest.mark.parametrize(("query", "where", "params"), [
    ("", "", []),
    ("site=welt", "WHERE site = ?", ["welt"]),
    ("year__gte=2016", "WHERE year >= ?", [2016]),
    ("banks__arraycontains=Commerzbank",
     "WHERE 'Commerzbank' IN (SELECT value FROM json_each(banks))", []),
])  # fmt: skip
async def test_facets_and_count_from_the_counts_table(ds: Any, query: str, where: str,
                                                      params: list[Any]) -> None:  # fmt: skip
    data = await page(ds, query)
    expected = await direct(ds, where, params)
    assert facet_values(data) == expected
    assert data.get("count", data.get("filtered_table_rows_count")) == sum(
        expected["site"].values()
    )
    assert not data.get("facets_timed_out")
    assert all("sample" not in f for f in data["facet_results"].get("results", {}).values())


async def test_search_filter_facets_are_exact_from_the_facet_index(ds: Any, monkeypatch: Any
                                                                   ) -> None:  # fmt: skip
    monkeypatch.setattr(facet_counts, "SAMPLE", 1)  # not from a sample
    await ds.invoke_startup()
    assert await desk.facet_index(ds.get_database("archive"))  # built (the first request
    data = await page(ds, "_suche=Bank&year__gte=2010")  # does not wait for it)
    expected = await direct(
        ds, "WHERE year >= ? AND rowid IN (SELECT rowid FROM articles_search "
        "WHERE articles_search MATCH german_query(?))", [2010, "Bank"])  # fmt: skip
    assert expected["site"], "the fixture has matches"
    assert facet_values(data) == expected
    assert data.get("count", data.get("filtered_table_rows_count")) == sum(
        expected["site"].values()
    )
    assert all("sample" not in f for f in data["facet_results"].get("results", {}).values())


@pytest.mark.parametrize("dense_min", [0, 10**9])  # the date index walked, or not
async def test_search_filter_rows_are_the_search_matches(ds: Any, monkeypatch: Any,
                                                         dense_min: int) -> None:  # fmt: skip
    monkeypatch.setattr(matches, "DENSE_MIN", dense_min)
    monkeypatch.setenv(throttle.CACHE_ENV, "0")  # computed, not replayed
    data = await page(ds, "_suche=Bank&_shape=objects&_col=published")
    rows = (await ds.get_database("archive").execute(
        "SELECT url, published FROM articles WHERE rowid IN (SELECT rowid FROM articles_search "
        "WHERE articles_search MATCH german_query(?)) ORDER BY published DESC, rowid DESC",
        ["Bank"])).rows  # fmt: skip
    assert rows
    assert ("+rowid IN" in data["query"]["sql"]) == (dense_min == 0)
    assert [(r["url"], r["published"]) for r in data["rows"]] == [tuple(r) for r in rows]


@pytest.mark.parametrize("query", ["_suche=Bank", "title__contains=Bank"])
async def test_other_filters_count_a_bounded_sample(ds: Any, monkeypatch: Any,
                                                    query: str) -> None:  # fmt: skip
    monkeypatch.setattr(facet_counts, "SAMPLE", 1)
    monkeypatch.setattr(desk, "USE_INDEX", False)  # _suche: the index is not ready yet
    data = await page(ds, query)
    facets = data["facet_results"].get("results", data["facet_results"])
    assert set(facets) == {"site", "year", "banks", "networks"}
    assert all(f["sample"] == 1 for f in facets.values())
    assert sum(facet_values(data)["site"].values()) <= 1  # the newest article only


def test_count_answer_only_for_the_count_query_and_known_filters() -> None:
    class Conn:
        def execute(self, *args: Any) -> Any:
            raise AssertionError("not asked")

    sql = "select count(*) from articles where title = :p0"
    assert facet_counts.count_answer(Conn(), sql, (("title", "x"),)) is None
    assert facet_counts.count_answer(Conn(), "select * from articles ", ()) is None
    assert facet_counts.count_answer(Conn(), sql, None) is None
