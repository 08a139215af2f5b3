"""The broad words' deep parts below their windows give FTS5's own matches and floats."""

from __future__ import annotations

import asyncio
from array import array
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from datasette_helpers import search_connection

from newsarchive.archive import search
from newsarchive.serve import deepscores, matches, rowbits, termscores
from newsarchive.sqlite import sqlite3

TEXTS = ["die Bank", "Bank Facebook", "die Bank Facebook"]


@pytest.fixture
def conn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> sqlite3.Connection:
    conn = search_connection(tmp_path / "a.db")
    monkeypatch.setattr(termscores, "DF_MIN", 1)  # every word of the small archive
    monkeypatch.setattr(termscores, "WINDOW", 1)  # windows end at their floor
    return conn


def prepare(conn: sqlite3.Connection, floor: int, deep: int | None) -> termscores.Prepared:
    """Every planned word from ``floor`` on, with a deep part from ``deep`` on."""
    prepared = termscores.Prepared(("state",))
    for term in termscores.plan(conn)[0]:
        prepared.terms[term] = termscores.score_term(conn, term, floor, deep)
    return prepared


def words_of(prepared: termscores.Prepared, text: str) -> list[termscores.Term]:
    return [prepared.terms[t] for t in termscores.plain_terms(search.german_query(text)) or []]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("floor", "deep"), [(4, 0), (4, 2), (6, 3), (9, 1), (9, 9)])
@pytest.mark.parametrize("count", [1, 3, 100])
def test_newest_equals_fts5(conn: sqlite3.Connection, text: str, floor: int, deep: int,
                            count: int) -> None:  # fmt: skip
    # every match from the lowest rowid the deep parts reach is there, with FTS5's float
    found = deepscores.newest(words_of(prepare(conn, floor, deep), text), count)
    assert found is not None
    ids, scores, low = found
    rows = conn.execute(
        f"select rowid, bm25({search.SEARCH_TABLE}, {', '.join(map(str, search.BM25_WEIGHTS))}) "
        f"from {search.SEARCH_TABLE} where {search.SEARCH_TABLE} match german_query(?) "
        "and rowid >= ? order by rowid desc limit ?", [text, low, count]).fetchall()  # fmt: skip
    assert list(ids) == [rowid for rowid, _ in rows]
    assert list(scores) == [score for _, score in rows]
    assert low <= max(deep, 0)


def test_a_word_without_deep_part_goes_to_sql(conn: sqlite3.Connection) -> None:
    words = words_of(prepare(conn, 6, None), "Bank Facebook")
    if all(w.complete for w in words):
        pytest.skip("every window complete")
    assert deepscores.newest(words, 10) is None


def test_too_many_distinct_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [(9, -1.5), (7, -2.5), (4, -1.5)]
    deep = deepscores.compress_rows(rows, 3)
    assert deep is not None
    assert [deep.table[code] for code in deep.codes] == [-1.5, -2.5, -1.5]  # one a match
    assert [r + 3 for r in range(7) if deep.bits >> r & 1] == [4, 7, 9]
    monkeypatch.setattr(deepscores, "NONE", 2)
    assert deepscores.compress_rows(rows, 3) is None


def test_a_match_is_found_by_its_rank_among_the_bits() -> None:
    # matches every third rowid from 1,000 up to 3,000 below a window starting at 3,001
    rows = [(r, -float(r % 7)) for r in range(2998, 999, -3)]
    deep = deepscores.compress_rows(rows, 1000)
    assert deep is not None
    assert len(deep.codes) == len(rows)
    window = termscores.Term(array("q", [3001]), array("d", [-9.0]), False,
                             rowbits.bitset([3001]), deep)  # fmt: skip
    ids = np.array([3001, 2998, 2500, 1501, 1000], np.int64)
    found = deepscores._part(window, ids)
    assert found is not None
    assert list(found) == [-9.0, *(-float(r % 7) for r in ids[1:])]
    assert deepscores._part(window, np.array([2999], np.int64)) is None  # not a match
    assert deepscores._part(window, np.array([999], np.int64)) is None  # below the part
    summed = deepscores.sums([window, window], array("q", [3001, 1000]))
    assert summed == array("d", [-18.0, -2 * float(1000 % 7)])


def test_span_within_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deepscores, "DEEP_BYTES", 2_000)
    # 2 bytes a match and 1/8 byte a rowid each: a word in every row costs 2.125 a rowid
    assert deepscores.span(1_000_000, [1.0] * 10) == int(2_000 / 21.25)
    assert deepscores.span(1_000_000, [0.1] * 10) == int(2_000 / 3.25)  # sparse: deeper
    assert deepscores.span(50, [1.0] * 10) == 50
    assert deepscores.span(50, []) == 50


class FakeServed:
    """What matches needs of a Datasette database."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn, self.path, self.name = conn, None, "fake"

    async def execute_fn(self, fn: Any) -> Any:
        return fn(self.conn)

    class ds:
        @staticmethod
        def setting(name: str) -> int:
            return 1000


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("floor", "deep"), [(4, 0), (6, 2), (9, 4)])
@pytest.mark.parametrize("cap", [1, 2, 100])
@pytest.mark.parametrize("dates_only", [False, True])
def test_search_reads_deep_parts_then_sql(conn: sqlite3.Connection,
                                          monkeypatch: pytest.MonkeyPatch, text: str,
                                          floor: int, deep: int, cap: int, dates_only: bool
                                          ) -> None:  # fmt: skip
    """The search of words joined by AND: what the deep parts hold needs no bm25 statement;
    only the rowids below them are read with SQL; together FTS5's answer."""
    monkeypatch.setattr(matches, "SEARCH_CAP", cap)
    prepared = prepare(conn, floor, deep)
    if termscores.newer_span(prepared, search.german_query(text), cap) is None:
        return  # the windows alone answer (test_termscores)
    monkeypatch.setattr(termscores, "_prepared", {"fake": prepared})  # at ("state",)
    sqls: list[str] = []
    conn.set_trace_callback(sqls.append)
    wanted = matches.unranked if dates_only else None
    found = asyncio.run(matches._prepared(FakeServed(conn), text, ("state",), wanted))
    conn.set_trace_callback(None)
    exact = matches.read(conn, text)
    assert list(found.ids) == list(exact.ids)
    assert found.capped == exact.capped
    reached = deepscores.newest(words_of(prepared, text), cap + 1)
    assert reached is not None
    if len(reached[0]) > cap or not reached[2]:
        assert not any("bm25" in sql or "match" in sql for sql in sqls)
        assert list(found.scores) == list(exact.scores)
    else:
        assert any("rowid <" in sql for sql in sqls)
        if not dates_only:
            assert list(found.scores) == list(exact.scores)


class RecordingDatabase:
    """A Datasette database for termscores that notes the status before each statement."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn, self.path, self.name, self.seen = conn, None, "fake", [""]

    async def execute_fn(self, fn: Any) -> Any:
        status = termscores.status(self, ("state",))
        if status != self.seen[-1]:
            self.seen.append(status)
        return fn(self.conn)


def test_windows_ready_before_the_deep_parts(conn: sqlite3.Connection,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    terms = termscores.plan(conn)[0]
    monkeypatch.setattr(termscores, "plan", lambda conn: (terms, dict.fromkeys(terms, 6)))
    monkeypatch.setattr(deepscores, "span", lambda size, shares: 3)  # 3 rowids below
    db = RecordingDatabase(conn)
    termscores.clear()

    async def run() -> None:
        termscores.start(db, ("state",))
        await termscores._running["fake"]

    asyncio.run(run())
    # searches use the windows ("deep") while the second pass reads the deep parts
    assert db.seen == ["", "building", "deep"]
    assert termscores.status(db, ("state",)) == "ready"
    prepared = termscores.current(db, ("state",))
    assert prepared is not None
    assert prepared.deep_took >= prepared.took
    expected = prepare(conn, 6, 3)
    assert any(w.deep is not None for w in prepared.terms.values())
    for term, word in prepared.terms.items():
        other = expected.terms[term]
        assert (word.ids, word.scores, word.complete, word.bits) == (
            other.ids, other.scores, other.complete, other.bits)  # fmt: skip
        assert (word.deep is None) is (other.deep is None) is word.complete
        if word.deep is not None and other.deep is not None:
            assert (word.deep.codes, word.deep.table, word.deep.floor, word.deep.bits) == (
                other.deep.codes, other.deep.table, other.deep.floor, other.deep.bits)  # fmt: skip
    termscores.clear()


@pytest.mark.parametrize("floor", [6, 9])
@pytest.mark.parametrize(("first", "then"), [(5, 1), (7, 3), (9, 0), (4, 4), (4, 6)])
def test_extend_equals_one_read(conn: sqlite3.Connection, floor: int, first: int, then: int
                                ) -> None:  # fmt: skip
    """A deep part taken deeper in a second pass is the part one read from there gives."""
    window = termscores.score_term(conn, "bank", floor)
    if window.complete:
        pytest.skip("complete window")
    deep = termscores.deep_part(conn, "bank", window, first)
    expected = termscores.deep_part(conn, "bank", window, min(first, then))
    assert deep is not None
    assert expected is not None
    got = deepscores.extend(conn, "bank", deep, then, window.ids[-1])
    assert (got.codes, got.table, got.floor, got.bits) == (
        expected.codes, expected.table, expected.floor, expected.bits)  # fmt: skip


@pytest.mark.parametrize(("deep", "known"), [(0, True), (1, True), (2, False), (None, False)])
def test_phrase_scored_from_windows_and_deep_parts(conn: sqlite3.Connection, deep: int | None,
                                                   known: bool) -> None:  # fmt: skip
    """A phrase's matches below its words' windows take their words' scores from the deep
    parts: FTS5's floats of the same words joined by AND; beyond them: None (SQL)."""
    prepared = prepare(conn, 6, deep)  # the phrase's match (row 1) lies below a window
    found = matches.read(conn, '"soziale Netzwerke"', matches.unranked)
    assert found.ids
    scores = termscores.phrase_scores(prepared, ["sozial", "netzwerk"], found.ids)
    if not known:
        assert scores is None
        return
    both = matches.read(conn, "soziale Netzwerke")  # the same words, AND
    exact = dict(zip(both.ids, both.scores, strict=True))
    assert scores is not None
    assert list(scores) == [exact[rowid] for rowid in found.ids]
