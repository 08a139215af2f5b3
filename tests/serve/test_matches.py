"""Search matches read once per query (rowids with bm25 scores), ranked and paged in
Python exactly as the SQL ranking did; snippets remember each word's match per query."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest
from datasette_helpers import ARTICLES, search_connection

from newsarchive.archive import search, search_snippets
from newsarchive.serve import facetindex, matches
from newsarchive.sqlite import sqlite3


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    return search_connection(tmp_path / "a.db")


def sql_ranking(conn: sqlite3.Connection, text: str) -> list[int]:
    w1, w2, w3, w4 = search.BM25_WEIGHTS
    return [r[0] for r in conn.execute(
        f"select rowid from articles_search where articles_search match german_query(?) "
        f"order by bm25(articles_search, {w1}, {w2}, {w3}, {w4}), rowid desc", [text])]  # fmt: skip


@pytest.mark.parametrize("text", ["Bank", "Facebook", "soziale Netzwerke", "Twitter ODER Bank"])
def test_ranked_like_sql(conn: sqlite3.Connection, text: str) -> None:
    found = matches.read(conn, text)
    assert found.ranked() == sql_ranking(conn, text)
    assert list(found.ids) == sorted(found.ids, reverse=True)
    assert not found.capped


def test_capped_keeps_the_newest(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
                                 ) -> None:  # fmt: skip
    every = matches.read(conn, "Bank")
    assert len(every.ids) >= 3
    monkeypatch.setattr(matches, "SEARCH_CAP", 2)
    capped = matches.read(conn, "Bank")
    assert capped.capped
    assert list(capped.ids) == list(every.ids[:2])


def test_page_within_a_mask(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    columns = {r[1] for r in conn.execute("pragma table_info(articles)")}
    index = facetindex.build(conn, columns)
    found = matches.read(conn, "Bank")
    ranked = found.ranked()
    assert found.page(index, found.bits(index), 0, 50) == ranked
    keep = index.from_rowids(ranked[1:])
    assert found.page(index, keep, 0, 50) == ranked[1:]
    assert found.page(index, keep, 1, 1) == ranked[2:3]
    assert found.page(index, 0, 0, 50) == []
    every = array("q", sorted(index.rowids, reverse=True)[:5])
    assert len(every) == 5
    scores = array("d", [-1.0, -2.0, -1.0, -2.0, -1.0])
    expected = [every[i] for i in (1, 3, 0, 2, 4)]  # best first, newer first among equals
    tied = matches.Matches(every, scores)
    assert tied.page(index, index.all, 0, 2) == expected[:2]  # a first page
    assert tied.page(index, index.from_rowids(expected[1:]), 0, 2) == expected[1:3]
    assert tied._order is None  # first pages of other filters sort nothing either
    assert tied.page(index, index.all, 1, 2) == expected[1:3]  # deeper: sorted once
    assert tied._order is not None
    assert tied.page(index, index.all, 0, 50) == expected == tied.ranked()  # from that order
    assert tied.page(index, index.from_rowids(expected[1:]), 2, 2) == expected[3:5]
    assert matches.Matches(every, scores).page(index, index.all, 0, 3) == expected[:3]
    newer = matches.Matches(found.ids[:1], found.scores[:1])
    newer.ids[0] = 999_999  # archived after the index was built: never on a page
    assert newer.page(index, index.all, 0, 50) == []
    assert newer.bits(index) == 0


def test_snippets_remember_words_per_query(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Die Großbank und ihre Banken: Bankmanager twittern. " * 3
    first = search.snippet(text, "Bank", 12)
    assert search.snippet(text, "Bank", 12) == first
    assert "⟦Großbank⟧" in first
    assert first.count("⟦") == 6
    assert "⟦twittern⟧" not in first
    monkeypatch.setattr(search_snippets, "MEMO_WORDS", 2)
    search_snippets._cached_matcher.cache_clear()
    assert search.snippet(text, "Bank", 12) == first  # a full memo is emptied, same result
    assert len(search_snippets._matcher("Bank").memo) <= 2
    long = "Bank " + "x" * 5000
    assert search_snippets._matcher(long) is search_snippets._matcher(long + "y")


def reference_snippet(text: str, query: str, size: int) -> str:
    """The snippet as first written: word by word, one window sum at a time."""
    text = text.translate(search_snippets.INVISIBLE)
    text = text.replace(search.MARK_START, "").replace(search.MARK_END, "")
    spans = [(m.start(), m.end()) for m in search_snippets.WORD.finditer(text)]
    if not spans:
        return ""
    match = search_snippets._Matcher(search.parse_query(query))
    hits = [match(text[a:b]) for a, b in spans]
    best, best_count, count = 0, -1, 0
    for i in range(len(spans)):
        count += hits[i] - (hits[i - size] if i >= size else 0)
        if count > best_count:
            best_count, best = count, max(0, i - size + 1)
    first = 0
    if best_count > 0:
        inside = [i for i in range(best, min(len(spans), best + size)) if hits[i]]
        first = min(max(0, inside[0] - (size - (inside[-1] - inside[0] + 1)) // 2), inside[0])
    window = range(first, min(len(spans), first + size))
    out, cursor = ["…" if first else ""], spans[first][0] if first else 0
    for i in window:
        out += [text[cursor : spans[i][0]], "⟦" * hits[i] + text[slice(*spans[i])] + "⟧" * hits[i]]
        cursor = spans[i][1]
    out.append("…" if window[-1] + 1 < len(spans) else text[cursor:])
    return " ".join("".join(out).split())


@pytest.mark.parametrize("query", ["Bank", "soziale Netzwerke", '"soziale Netzwerke"', "Netz*",
                                   "Gründer", "Sparkasse TikTok", "nichts"])  # fmt: skip
@pytest.mark.parametrize("size", [3, 12, 40])
def test_snippet_is_the_word_by_word_window(query: str, size: int) -> None:
    """The faster snippet (distinct words looked up once, window sums from prefix sums)
    gives exactly the snippet of the plain word-by-word scan."""
    texts = [f"{a.title}\n{a.lead}\n{a.body}" for a in ARTICLES]
    texts += ["Die be\u00adliebte Bank.", "⟦Bank⟧ und ⟧", "x " * 50 + "Bank", "!!!", "Bank"]
    for text in texts:
        assert search.snippet(text, query, size) == reference_snippet(text, query, size), text


def test_word_terms_are_kept_across_queries() -> None:
    search_snippets._cached_keys.cache_clear()
    search_snippets._cached_matcher.cache_clear()
    search.snippet("Die Großbank twittert über Banken.", "Bank")
    before = search_snippets._cached_keys.cache_info()
    search.snippet("Die Großbank twittert über Banken.", "twittern")
    after = search_snippets._cached_keys.cache_info()
    assert before.misses == 5
    assert after.misses == before.misses
    assert after.hits >= before.hits + 5


def test_scores_only_what_the_page_ranks(conn: sqlite3.Connection) -> None:
    """Scoring only the matches inside the other filters (or none) gives the same pages as
    scoring all; the rest are scored by a later pass when asked for."""
    index = facetindex.build(conn, {"site", "year", "language", "published"})
    full = matches.read(conn, "Bank")
    assert not full.unscored
    keep = full.bits(index) & ~index.from_rowids(full.ids[:1])
    inside = index.to_bytes(keep)
    part = matches.read(conn, "Bank", lambda rowid: index.has(inside, rowid))
    assert list(part.ids) == list(full.ids)
    assert part.unscored == 1
    assert part.page(index, keep, 0, 50) == full.page(index, keep, 0, 50)
    with pytest.raises(ValueError, match="not scored"):
        part.page(index, full.bits(index), 0, 50)
    none = matches.read(conn, "Bank", matches.unranked)
    assert none.unscored == len(none.ids)
    assert none.missing(matches.unranked) == []
    missing = none.missing(None)
    none.add_scores(matches.read_scores(conn, "Bank", missing))
    assert not none.unscored
    assert none.ranked() == full.ranked()
    assert list(none.scores) == list(full.scores)
