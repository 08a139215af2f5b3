"""The broad words' prepared bm25 scores rank plain-word searches exactly as FTS5 does."""

from __future__ import annotations

import asyncio
import random
from array import array
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from datasette_helpers import search_connection

from newsarchive import settings
from newsarchive.archive import search
from newsarchive.serve import matches, rowbits, termscores
from newsarchive.sqlite import sqlite3


@pytest.fixture
def conn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> sqlite3.Connection:
    conn = search_connection(tmp_path / "a.db")
    monkeypatch.setattr(termscores, "DF_MIN", 1)  # every word of the small archive
    return conn


def prepare(conn: sqlite3.Connection, floor: int | None = None) -> termscores.Prepared:
    """The words :func:`termscores.plan` chooses, each from its planned floor on (or
    from ``floor`` on)."""
    prepared = termscores.Prepared(("state",))
    terms, floors = termscores.plan(conn)
    for term in terms:
        start = floors[term] if floor is None else floor
        prepared.terms[term] = termscores.score_term(conn, term, start)
    return prepared


@pytest.mark.parametrize(("expression", "terms"), [
    ('("bank")', ["bank"]), ('("sparkass" AND "tiktok")', ["sparkass", "tiktok"]),
    ('("bank") OR ("tiktok")', None), ('("bank" *)', None), ('(("bank")) NOT "x"', None),
    ('({title text} : "sozial netzwerk")', None),
])  # fmt: skip
def test_plain_terms(expression: str, terms: list[str] | None) -> None:
    assert termscores.plain_terms(expression) == terms


@pytest.mark.parametrize("text", ["Bank", "Facebook", "Bank Facebook", "soziale Netzwerke",
                                  "Banken Facebook", "die Bank Facebook"])  # fmt: skip
def test_answers_equal_fts5(conn: sqlite3.Connection, text: str) -> None:
    exact = matches.read(conn, text)
    assert exact.ids
    found = termscores.answer(prepare(conn), search.german_query(text), matches.SEARCH_CAP)
    assert found is not None
    ids, scores, capped = found
    assert list(ids) == list(exact.ids)
    assert list(scores) == list(exact.scores)  # the same floats, not close ones
    assert capped is False


@pytest.mark.parametrize("text", ["Bank", "Bank Netzwerke", "die Bank"])
def test_cap_inside_the_windows(conn: sqlite3.Connection, text: str) -> None:
    exact = matches.read(conn, text)
    assert len(exact.ids) >= 2
    expression = search.german_query(text)
    found = termscores.answer(prepare(conn), expression, 1)
    assert found == (exact.ids[:1], exact.scores[:1], True)


def test_window_decides(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    exact = matches.read(conn, "Bank")
    assert len(exact.ids) >= 3
    monkeypatch.setattr(termscores, "WINDOW", 2)
    prepared = prepare(conn, floor=10**9)  # the newest WINDOW matches only
    expression = search.german_query("Bank")
    assert not prepared.terms["bank"].complete
    assert termscores.single(prepared, expression, 2) == (exact.ids[:2], exact.scores[:2], True)
    assert termscores.single(prepared, expression, 5) is None  # the window is too short
    both = matches.read(conn, "die Bank")  # "die" held by every article, "bank" by most
    expression = search.german_query("die Bank")
    assert not prepared.terms["die"].complete
    # the windows' intersection holds fewer matches than asked for: SQL answers
    assert termscores.conjunction(prepared, expression, len(both.ids)) is None


@pytest.mark.parametrize("text", ["Bank", "Bank OR Facebook", '"soziale Netzwerke"', "Bank*",
                                  "Bank -Facebook", "Bank Quantenbankwesen"])  # fmt: skip
def test_sql_for_the_rest(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch,
                          text: str) -> None:  # fmt: skip
    prepared = prepare(conn)
    if text == "Bank":  # a word not prepared
        prepared.terms.pop("bank")
    assert termscores.answer(prepared, search.german_query(text), matches.SEARCH_CAP) is None


@pytest.mark.parametrize("text", ["die Bank", "Bank Facebook", "die Bank Facebook"])
@pytest.mark.parametrize("floor", [2, 3, 4])
def test_span_intersection_exact(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch,
                                 text: str, floor: int) -> None:  # fmt: skip
    # every window keeps its word's matches from one rowid on: the AND is exact there
    monkeypatch.setattr(termscores, "WINDOW", 1)
    prepared = prepare(conn, floor)
    exact = matches.read(conn, text)
    expression = search.german_query(text)
    words = [prepared.terms[t] for t in termscores.plain_terms(expression) or []]
    if all(w.complete for w in words):
        pytest.skip("every window complete at this floor")
    top = max(w.ids[-1] for w in words if not w.complete)
    within = [rowid for rowid in exact.ids if rowid >= top]
    if len(within) >= 2:
        cap = len(within) - 1
        found = termscores.conjunction(prepared, expression, cap)
        assert found == (exact.ids[:cap], exact.scores[:cap], True)
    # no more than cap matches inside the span: older ones may lie beyond it, SQL answers
    assert termscores.conjunction(prepared, expression, len(within)) is None


@pytest.mark.parametrize("text", ["die Bank", "Bank Facebook", "die Bank Facebook"])
@pytest.mark.parametrize("floor", [2, 3, 4])
@pytest.mark.parametrize("cap", [1, 2, 100])
def test_newer_part_and_older_sql_exact(conn: sqlite3.Connection,
                                        monkeypatch: pytest.MonkeyPatch, text: str,
                                        floor: int, cap: int) -> None:  # fmt: skip
    # the windows answer from the floor on, SQL reads only the older rowids: together
    # FTS5's own answer (the same rowids, the same floats, the same cap)
    monkeypatch.setattr(termscores, "WINDOW", 1)
    monkeypatch.setattr(matches, "SEARCH_CAP", cap)
    prepared = prepare(conn, floor)
    exact = matches.read(conn, text)
    expression = search.german_query(text)
    part = termscores.newer_part(prepared, expression, cap)
    if termscores.conjunction(prepared, expression, cap) is not None:
        assert part is None  # the windows alone answer
        return
    assert part is not None
    assert all(rowid >= part[2] for rowid in part[0])
    combined = matches.read(conn, text, None, part)
    assert list(combined.ids) == list(exact.ids)
    assert list(combined.scores) == list(exact.scores)
    assert combined.capped == exact.capped


def test_plan_one_span(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(termscores, "WINDOW", 1)
    df = held_by(conn)
    size = conn.execute("select max(rowid) from articles").fetchone()[0]
    terms, floors = termscores.plan(conn)
    assert set(floors.values()) == {0}  # a small archive: every window complete
    least = sum(min(df[t] + 1, 1) for t in terms)
    monkeypatch.setattr(termscores, "MAX_BYTES", 16 * (least + 10) + len(terms) * size / 8)
    terms, floors = termscores.plan(conn)
    spans = {floors[t] for t in terms if floors[t]}
    assert len(spans) == 1  # one rowid span for every word not complete
    complete = [df[t] for t in terms if not floors[t]]
    spanned = [df[t] for t in terms if floors[t]]
    assert not complete or max(complete) <= min(spanned)  # the shortest doclists complete
    prepared = prepare(conn)
    kept = sum(len(t.ids) for t in prepared.terms.values())
    assert kept <= least + 10 + len(terms)  # the estimates are exact on a small archive
    assert 0 < min(spans) <= size


def test_small_archive_prepares_nothing(conn: sqlite3.Connection,
                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(termscores, "DF_MIN", 10**9)
    assert termscores.broad_terms(conn) == []


def held_by(conn: sqlite3.Connection) -> dict[str, int]:
    """How many articles hold each indexed word (fts5vocab)."""
    conn.execute(f"create virtual table temp.v using fts5vocab(main, {search.SEARCH_TABLE}, row)")
    return dict(conn.execute("select term, doc from temp.v"))


def test_chosen_by_document_frequency(conn: sqlite3.Connection,
                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    df = held_by(conn)
    size = conn.execute("select count(*) from articles").fetchone()[0]
    assert size <= termscores.SAMPLE  # the sample is the whole archive: estimates are exact
    threshold = sorted(set(df.values()))[-3]  # only the three longest doclists qualify
    monkeypatch.setattr(termscores, "DF_MIN", threshold)
    chosen = termscores.broad_terms(conn)
    assert chosen
    assert set(chosen) == {t for t, n in df.items() if n >= threshold}
    assert [df[t] for t in chosen] == sorted((df[t] for t in chosen), reverse=True)
    assert "tiktok" not in chosen  # held by one article


def test_memory_budget(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    everything = termscores.broad_terms(conn)
    df = held_by(conn)
    first = everything[0]
    size = conn.execute("select max(rowid) from articles").fetchone()[0]
    # its window and its bitset (size / 8 bytes); not enough for a second word's
    monkeypatch.setattr(termscores, "MAX_BYTES", 16 * min(df[first] + 1, termscores.WINDOW) + size)
    assert termscores.broad_terms(conn) == [first]  # the longest doclist, alone


def test_stop_words_prepared_when_the_query_keeps_them(conn: sqlite3.Connection) -> None:
    # the German analysis keeps stop words, so "die Bank" is ranked on both words
    expression = search.german_query("die Bank")
    assert termscores.plain_terms(expression) == ["die", "bank"]
    prepared = prepare(conn)
    assert "die" in prepared.terms
    exact = matches.read(conn, "die Bank")
    found = termscores.answer(prepared, expression, matches.SEARCH_CAP)
    assert found is not None
    assert (list(found[0]), list(found[1])) == (list(exact.ids), list(exact.scores))


class FakeDatabase:
    """What termscores needs of a Datasette database: a name and ``execute_fn``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn, self.path, self.name = conn, None, "fake"

    async def execute_fn(self, fn: Any) -> Any:
        return fn(self.conn)


@pytest.mark.parametrize("on", [True, False])
def test_setting_turns_preparation_off(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch,
                                       on: bool) -> None:  # fmt: skip
    monkeypatch.setattr(settings, "ARCHIVE_SEARCH_PREPARED", on)
    db = FakeDatabase(conn)
    termscores.clear()

    async def run() -> str:
        termscores.start(db, ("state",))
        task = termscores._running.get("fake")
        if task is not None:
            await task
        return termscores.status(db, ("state",))

    assert asyncio.run(run()) == ("ready" if on else "none")
    prepared = termscores.current(db, ("state",))
    assert (prepared is not None and "bank" in prepared.terms) is on
    termscores.clear()


def test_time_budget(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(termscores, "MAX_SECONDS", -1.0)
    db = FakeDatabase(conn)
    termscores.clear()

    async def run() -> None:
        termscores.start(db, ("state",))
        await termscores._running["fake"]

    asyncio.run(run())
    prepared = termscores.current(db, ("state",))
    assert prepared is not None
    assert prepared.terms == {}  # over budget: every search uses SQL
    termscores.clear()


@pytest.mark.parametrize("rowids", [[], [1], [9, 8, 7, 1], [300, 17, 16, 15, 8, 2], [64, 63]])
def test_rowbits(rowids: list[int]) -> None:
    bits = rowbits.bitset(rowids)
    assert bits.bit_count() == len(rowids)
    assert list(rowbits.newest(bits, len(rowids) + 5)) == rowids
    assert list(rowbits.newest(bits, 2)) == rowids[:2]


@pytest.mark.parametrize(
    "positions", [[], [0], [7, 8], [1, 9, 64, 65, 299], list(range(0, 300, 3))]
)
def test_rowbits_positions_and_flags(positions: list[int]) -> None:
    bits = rowbits.from_positions(positions, 300)
    assert bits == sum(1 << p for p in positions)
    assert rowbits.from_positions(positions[::-1] + positions, 300) == bits  # order, repeats
    flags = rowbits.flags(bits, 300)
    assert len(flags) == 301
    assert flags[-1] == 0
    assert [p for p in range(300) if flags[p]] == positions
    assert rowbits.flags(bits, 10) == bytes(p in positions for p in range(10)) + b"\x00"
    assert list(rowbits.newest(bits, 3)) == sorted(positions, reverse=True)[:3]


@pytest.mark.parametrize("share", [0.5, 1 / 16, 1 / 17, 0.001])
@pytest.mark.parametrize("count", [0, 1, 50, 10_000])
def test_rowbits_newest_dense_and_sparse(share: float, count: int) -> None:
    """:func:`rowbits.newest` of dense and sparse sets (only the top bytes holding
    ``count`` hits are read) gives the highest positions, highest first."""
    rng = random.Random(7)
    positions = sorted(rng.sample(range(20_000), int(20_000 * share)), reverse=True)
    bits = rowbits.from_positions(positions, 20_000)
    assert list(rowbits.newest(bits, count)) == positions[:count]


def test_rowbits_empty_range() -> None:
    assert rowbits.from_positions([], 0) == 0
    assert rowbits.flags(0, 0) == b"\x00"
    assert list(rowbits.newest(0, 5)) == []


@pytest.mark.parametrize(("text", "terms"), [
    ('"soziale Netzwerke"', ["sozial", "netzwerk"]), ("„Deutsche Bank“", ["deutsch", "bank"]),
    ('"Bank"', None), ("soziale Netzwerke", None), ('"soziale Netzwerke" Facebook', None),
    ('"soziale Quxwort"', None),  # a word that is not prepared
])  # fmt: skip
def test_phrase_terms(conn: sqlite3.Connection, text: str, terms: list[str] | None) -> None:
    assert termscores.phrase_terms(prepare(conn), search.german_query(text)) == terms


@pytest.mark.parametrize("text", ['"soziale Netzwerke"', "„Deutsche Bank“"])
def test_phrase_ranked_by_its_words(conn: sqlite3.Connection, text: str) -> None:
    # the phrase's exact matches, each scored as the same words joined by AND (FTS5's
    # sum of the words' bm25: the same floats)
    prepared = prepare(conn)
    terms = termscores.phrase_terms(prepared, search.german_query(text))
    assert terms is not None
    found = matches.read(conn, text, matches.unranked)
    assert found.ids
    words = matches.read(conn, " AND ".join(f'"{t}"' for t in terms)).ids
    assert set(found.ids) <= set(words)
    scores = termscores.phrase_scores(prepared, terms, found.ids)
    assert scores is not None
    both = conn.execute(
        f"select rowid, bm25({search.SEARCH_TABLE}, {', '.join(map(str, search.BM25_WEIGHTS))}) "
        f"from {search.SEARCH_TABLE} where {search.SEARCH_TABLE} match ?",
        [" AND ".join(f'"{t}"' for t in terms)]).fetchall()  # fmt: skip
    exact = dict(both)
    assert list(scores) == [exact[rowid] for rowid in found.ids]


def test_phrase_below_a_window_goes_to_sql(conn: sqlite3.Connection,
                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    conn.executemany(
        f"insert into {search.SEARCH_TABLE}(rowid, title, text, title_parts, "
        "text_parts) values (?, 'x', 'sozial netzwerk', '', '')",
        [[900], [901]],
    )
    found = matches.read(conn, '"soziale Netzwerke"', matches.unranked)
    assert found.ids[:2] == array("q", [901, 900])
    assert len(found.ids) >= 3
    assert termscores.phrase_scores(prepare(conn), ["sozial", "netzwerk"], found.ids)
    monkeypatch.setattr(termscores, "WINDOW", 1)
    prepared = prepare(conn, floor=10**9)  # each window: its newest match only
    assert not prepared.terms["sozial"].complete
    assert prepared.terms["sozial"].ids[-1] > found.ids[-1]  # the phrase's oldest is below
    assert termscores.phrase_scores(prepared, ["sozial", "netzwerk"], found.ids) is None
    assert termscores.phrase_scores(prepared, ["sozial", "netzwerk"], array("q")) == array("d")


class FakeServed(FakeDatabase):
    """What matches needs beyond that: the query time limit."""

    class ds:
        @staticmethod
        def setting(name: str) -> int:
            return 1000


@pytest.mark.parametrize("text", ['"soziale Netzwerke"', "soziale Netzwerke", "Bank"])
def test_matches_of_prepared_words_need_no_bm25(conn: sqlite3.Connection,
                                                monkeypatch: pytest.MonkeyPatch, text: str
                                                ) -> None:  # fmt: skip
    """The phrase's scores are those of its words (test_phrase_ranked_by_its_words), the
    plain words' those of FTS5."""
    db, state = FakeServed(conn), ("state",)
    monkeypatch.setattr(termscores, "_prepared", {"fake": prepare(conn)})  # at ("state",)
    sqls: list[str] = []
    conn.set_trace_callback(sqls.append)
    found = asyncio.run(matches._prepared(db, text, state, None))
    conn.set_trace_callback(None)
    assert not any("bm25" in sql for sql in sqls)
    exact = matches.read(conn, text)
    assert sorted(found.ids) == sorted(exact.ids)
    assert not found.unscored
    if text == '"soziale Netzwerke"':
        exact = matches.read(conn, "soziale Netzwerke")  # the same words, AND
        exact_scores = dict(zip(exact.ids, exact.scores, strict=True))
        assert list(found.scores) == [exact_scores[rowid] for rowid in found.ids]
    else:
        assert list(found.scores) == list(exact.scores)


@pytest.mark.parametrize("text", ["die Bank", "Bank Facebook", "die Bank Facebook"])
@pytest.mark.parametrize("floor", [2, 3, 4])
@pytest.mark.parametrize("dates_only", [False, True])
def test_older_sql_runs_while_the_windows_are_summed(conn: sqlite3.Connection,
                                                     monkeypatch: pytest.MonkeyPatch, text: str,
                                                     floor: int, dates_only: bool
                                                     ) -> None:  # fmt: skip
    """An AND search whose windows hold only its newer matches hands the older rowids'
    statement to a SQL thread before it sums the newer part (the two overlap); together
    the same rowids, floats and cap as FTS5 alone (test_newer_part_and_older_sql_exact)."""
    monkeypatch.setattr(termscores, "WINDOW", 1)
    monkeypatch.setattr(matches, "SEARCH_CAP", 2)
    prepared = prepare(conn, floor)
    expression = search.german_query(text)
    if termscores.newer_span(prepared, expression, 2) is None:
        return  # the windows alone answer (test_newer_part_and_older_sql_exact)
    monkeypatch.setattr(termscores, "_prepared", {"fake": prepared})
    events: list[str] = []
    conn.set_trace_callback(lambda sql: events.append("sql") if "rowid <" in sql else None)
    summed = termscores.span_scores
    monkeypatch.setattr(termscores, "span_scores",
                        lambda *args: events.append("sum") or summed(*args))  # fmt: skip
    wanted = matches.unranked if dates_only else None
    found = asyncio.run(matches._prepared(FakeServed(conn), text, ("state",), wanted))
    conn.set_trace_callback(None)
    assert events == ["sql", "sum"]
    exact = matches.read(conn, text, wanted)
    assert list(found.ids) == list(exact.ids)
    assert found.capped == exact.capped
    newer = termscores.newer_part(prepared, expression, 2)
    assert newer is not None
    if dates_only:  # the newer part keeps its scores, the older ones are not scored
        assert found.unscored == len(found.ids) - len(newer[0])
    else:
        assert list(found.scores) == list(matches.read(conn, text).scores)


@pytest.mark.parametrize("wanted", [[9], [9, 7, 2], [7], [12, 4, 2], [2, 1], [10, 9], []])
def test_ranks_among_the_set_bits(wanted: list[int]) -> None:
    rowids = [12, 9, 7, 4, 2]  # newest first, a value each
    found = rowbits.ranks(rowbits.bitset(rowids), np.array(wanted, np.int64))
    if any(r not in rowids for r in wanted):  # a wanted rowid that is not set (1, 10)
        assert found is None
    else:
        assert found is not None
        assert list(found) == [rowids.index(r) for r in wanted]


@pytest.mark.parametrize("size", [1, 8, 9, 300])
def test_has_and_from_array(size: int) -> None:
    rng = random.Random(size)
    positions = sorted(rng.sample(range(size), (size + 2) // 3))
    bits = rowbits.from_positions(positions, size)
    assert rowbits.from_array(np.array([*positions, -1], np.int64), size) == bits
    asked = np.array([-1, *range(size)], np.int64)  # -1: an unknown rank, never set
    assert list(rowbits.has(bits, asked, size)) == [False, *(p in positions for p in range(size))]
    assert list(rowbits.positions(bits, 5)) == [p + 5 for p in positions]
