"""FTS5's bm25 computed in Python from the prepared words equals FTS5's own floats."""

from __future__ import annotations

import asyncio
from array import array
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from newsarchive.archive import search
from newsarchive.bench import generate
from newsarchive.serve import bm25, desk, matches, termscores
from newsarchive.sqlite import sqlite3

QUERIES = ["Bank", "Sparkasse TikTok", "soziale Netzwerke", "Kunden Facebook",
           "Commerzbank Instagram", "die Bank Facebook", "Facebook Bank die"]  # fmt: skip


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bm25") / "archive.db"
    generate.build(path, 300, seed=4)
    conn = sqlite3.connect(path)
    # rows beyond one byte of term frequency and of column size (escapes, long varints)
    many = " ".join(["bank"] * 140 + ["netzwerk"] * 3)
    title = " ".join(["sozial", "netzwerk"] * 15)
    conn.execute(f"insert into {search.SEARCH_TABLE} (rowid, title, text, title_parts, "
                 "text_parts) values (100000, ?, ?, '', '')", [title, many])  # fmt: skip
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def conn(archive: Path, monkeypatch: pytest.MonkeyPatch) -> sqlite3.Connection:
    conn = sqlite3.connect(archive)
    conn.create_function("german_query", 1, search.german_query, deterministic=True)
    monkeypatch.setattr(termscores, "DF_MIN", 1)
    return conn


def prepare(conn: sqlite3.Connection, terms: list[str]) -> termscores.Prepared:
    prepared = termscores.Prepared(("state",), bm25.read_table(conn))
    for term in terms:
        word = termscores.score_term(conn, term, prepared.table)
        assert word is not None
        prepared.terms[term] = word
    return prepared


def words_of(texts: list[str]) -> list[str]:
    return sorted({t for text in texts for t in termscores.plain_terms(
        search.german_query(text)) or []})  # fmt: skip


def test_every_word_reads_back_exactly(conn: sqlite3.Connection) -> None:
    table = bm25.read_table(conn)
    terms = termscores.plan(conn)
    assert len(terms) > 100
    for term in terms:
        assert termscores.score_term(conn, term, table) is not None, term


def test_escaped_frequency_and_long_rows(conn: sqlite3.Connection) -> None:
    prepared = prepare(conn, ["bank", "netzwerk", "sozial"])
    assert prepared.terms["bank"].big == {100000: 140.0}  # above one byte of units
    sizes = conn.execute(f"select sz from {search.SEARCH_TABLE}_docsize").fetchall()
    assert any(max(sz) >= 0x80 for (sz,) in sizes)  # column sizes of two bytes
    for text in ["Bank", "soziale Netzwerke", "Bank Netzwerk sozial"]:
        exact = matches.read(conn, text)
        assert 100000 in exact.ids
        found = termscores.answer(prepared, search.german_query(text), matches.SEARCH_CAP)
        assert found is not None
        ids, _, scorer = found
        assert (list(ids), list(scorer(ids))) == (list(exact.ids), list(exact.scores))


@pytest.mark.parametrize("cap", [1, 7, 20_000])
def test_and_equal_fts5(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch,
                        cap: int) -> None:  # fmt: skip
    monkeypatch.setattr(matches, "SEARCH_CAP", cap)
    prepared = prepare(conn, words_of(QUERIES))
    for text in QUERIES:
        exact = matches.read(conn, text)
        assert exact.ids
        found = termscores.answer(prepared, search.german_query(text), cap)
        assert found is not None
        ids, capped, scorer = found
        assert list(ids) == list(exact.ids)
        assert list(scorer(ids)) == list(exact.scores)  # the same floats, not close ones
        assert capped == exact.capped
        some = ids[::3][::-1]  # any of the matches, in any order
        assert list(scorer(some)) == list(exact.scores[::3][::-1])


@pytest.mark.parametrize(("text", "words"), [
    ('"soziale Netzwerke"', ["sozial", "netzwerk"]),
    ('„die Bank“ Facebook', ["die", "bank", "facebook"]),
    ('Sparkasse "soziale Netzwerke"', ["sparkass", "sozial", "netzwerk"]),
])  # fmt: skip
def test_phrase_ranked_by_its_words(conn: sqlite3.Connection, text: str,
                                    words: list[str]) -> None:  # fmt: skip
    prepared = prepare(conn, words)
    expression = search.german_query(text)
    assert termscores.answer(prepared, expression, matches.SEARCH_CAP) is None
    scorer = termscores.phrase_scorer(prepared, expression)
    assert scorer is not None
    phrase = matches.read(conn, text, matches.unranked)  # exactly the phrase's matches
    assert phrase.ids
    scores = scorer(phrase.ids)
    # each the bm25 FTS5 gives the same row for the words joined by AND
    joined = " AND ".join(f'"{w}"' for w in words)
    w1, w2, w3, w4 = search.BM25_WEIGHTS
    name = search.SEARCH_TABLE
    exact = dict(conn.execute(f"select rowid, bm25({name}, {w1}, {w2}, {w3}, {w4}) from {name} "
                              f"where {name} match ?", [joined]))  # fmt: skip
    assert list(scores) == [exact[rowid] for rowid in phrase.ids]
    assert set(phrase.ids) < set(exact)  # the phrase is stricter than its words


@pytest.mark.parametrize("text", ['"soziale Netzwerke"', '"soziale Netzwerke" OR Bank',
                                  '"soziale Netzwerke" -Bank', '"sozial*"', 'Bank'])  # fmt: skip
def test_phrase_kinds(conn: sqlite3.Connection, text: str) -> None:
    prepared = prepare(conn, ["sozial", "bank"])  # "netzwerk" not prepared
    assert termscores.phrase_scorer(prepared, search.german_query(text)) is None


def test_scores_of_no_rows(conn: sqlite3.Connection) -> None:
    prepared = prepare(conn, ["bank"])
    assert bm25.scores(prepared.table, [prepared.terms["bank"]], array("q")) == array("d")


@pytest.mark.parametrize(("blob", "values"), [
    (b"", []), (b"\x05\x00", [5, 0]), (b"\x81\x25\x7f", [165, 127]),
    (bytes.fromhex("8C9A40"), [200_000]),
])  # fmt: skip
def test_varints(blob: bytes, values: list[int]) -> None:
    assert bm25.varints(blob) == values


def test_unit_divides_every_weight() -> None:
    assert bm25.UNIT == 0.5
    assert all((w / bm25.UNIT).is_integer() for w in search.BM25_WEIGHTS)


class FakeDatabase:
    """What matches and termscores need of a Datasette database."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn, self.path, self.name = conn, None, "fake"
        self.ds = SimpleNamespace(setting=lambda name: 1000)

    async def execute_fn(self, fn: Any) -> Any:
        return fn(self.conn)


@pytest.mark.parametrize("text", ["Bank", "Sparkasse TikTok", '"soziale Netzwerke"'])
def test_matches_scored_as_asked(conn: sqlite3.Connection, text: str) -> None:
    db = FakeDatabase(conn)
    termscores.clear()
    matches.clear()

    async def run(wanted: matches.Wanted) -> matches.Matches:
        termscores.start(db, desk.state(db))
        task = termscores._running.get("fake")
        if task is not None:
            await task
        return await matches.matches(db, text, wanted)

    exact = matches.read(conn, text)
    odd = run(lambda rowid: rowid % 2 == 1)
    found = asyncio.run(odd)
    assert list(found.ids) == list(exact.ids)
    assert found.scorer is not None  # from the prepared words, not SQL
    scored = {r: s for r, s in zip(found.ids, found.scores, strict=True) if s == s}
    assert set(scored) == {r for r in exact.ids if r % 2}  # only what the page ranks
    found = asyncio.run(run(None))
    assert found.unscored == 0
    if not text.startswith('"'):
        assert list(found.scores) == list(exact.scores)
    else:  # a phrase: ranked by its words joined by AND
        words = matches.read(conn, text.strip('"'))
        assert set(found.ids) <= set(words.ids)
        known = dict(zip(words.ids, words.scores, strict=True))
        assert list(found.scores) == [known[r] for r in found.ids]
    termscores.clear()
    matches.clear()
