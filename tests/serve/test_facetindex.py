"""The in-memory facet index: ranks by date, date ranges, pages, pairs."""

from __future__ import annotations

import sqlite3
from array import array
from dataclasses import replace
from pathlib import Path

from datasette_helpers import ARTICLES

from newsarchive.archive.storage import Archive
from newsarchive.serve import facetindex


def build(tmp_path: Path) -> tuple[facetindex.FacetIndex, dict[str, int]]:
    archive = Archive(tmp_path / "a.db")
    undated = replace(ARTICLES[3], url="https://example.org/ohne-datum", published=None)
    for item in [*ARTICLES, undated]:
        archive.add_article(item)
    archive.close()
    conn = sqlite3.connect(tmp_path / "a.db")
    columns = {r[1] for r in conn.execute("pragma table_info(articles)")}
    rowids = dict(conn.execute("select url, rowid from articles"))
    return facetindex.build(conn, columns), rowids


def test_ranks_pages_and_ranges(tmp_path: Path) -> None:
    index, rowids = build(tmp_path)
    by_date = [ARTICLES[i].url for i in (1, 4, 2, 3, 0)]  # newest first
    newest = index.page(index.all, 0, 10)
    assert newest == [rowids[u] for u in by_date] + [rowids["https://example.org/ohne-datum"]]
    oldest = index.page(index.all, 0, 10, oldest_first=True)
    assert oldest == [rowids[u] for u in reversed(by_date)] + [newest[-1]]  # undated last
    assert index.page(index.all, 2, 2) == newest[2:4]
    assert index.page(index.all, 4, 2, oldest_first=True) == oldest[4:6]
    assert index.count(index.date_range("2016-05-03", "2020-01-15")) == 3  # inclusive
    assert index.count(index.date_range("2016-05-04", "")) == 3
    assert index.count(index.date_range("", "2013-03-12")) == 1
    assert index.day(rowids[ARTICLES[0].url]) == "2013-03-12"


def test_values_pairs_and_counts(tmp_path: Path) -> None:
    index, rowids = build(tmp_path)
    twitter = index.values["netzwerk"]["Twitter"]
    assert index.count(twitter) == 2
    assert index.oldest(twitter & index.values["bank"]["Postbank"]) == rowids[ARTICLES[4].url]
    assert dict(index.counts("medium", twitter)) == {"welt": 1, "steadynews": 1}
    assert index.from_rowids([rowids[ARTICLES[0].url], 999_999]) == 1 << index.rank(
        rowids[ARTICLES[0].url]
    )
    known = rowids[ARTICLES[0].url]
    assert list(index.ranks(array("q", [known, 999_999, -3]))) == [index.rank(known), -1, -1]
    assert index.from_ranks(array("q", [-1, 2, 0])) == 0b101
    flags = index.flags(twitter)
    assert len(flags) == index.size + 1
    assert flags[-1] == 0
    assert [r for r in range(index.size) if flags[r]] == [
        r for r in range(index.size) if twitter >> r & 1
    ]
    assert index.bits([0, index.size - 1]) == 1 | 1 << (index.size - 1)
    mask = index.to_bytes(twitter)
    assert index.has(mask, rowids[ARTICLES[0].url])
    assert not index.has(mask, rowids[ARTICLES[1].url])


def test_slow_builds_are_repeated_less_often() -> None:
    quick = facetindex.FacetIndex(took=0.5)
    slow = facetindex.FacetIndex(took=35.0)
    assert quick.stale_after() == facetindex.REFRESH_SECONDS
    assert slow.stale_after() == 35.0 * facetindex.REFRESH_FACTOR
