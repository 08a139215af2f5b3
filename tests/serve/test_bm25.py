"""FTS5's bm25 computed in Python from the prepared words equals FTS5's own floats."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from newsarchive.archive import search
from newsarchive.bench import generate
from newsarchive.serve import bm25, matches, termscores
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
        assert (list(found[0]), list(found[1])) == (list(exact.ids), list(exact.scores))


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
        ids, scores, capped = found
        assert list(ids) == list(exact.ids)
        assert list(scores) == list(exact.scores)  # the same floats, not close ones
        assert capped == exact.capped


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
    chosen = termscores.phrase_words(prepared, expression)
    assert chosen == [prepared.terms[w] for w in words]
    phrase = matches.read(conn, text, matches.unranked)  # exactly the phrase's matches
    assert phrase.ids
    scores = termscores.rank(prepared, chosen, phrase.ids)
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
    assert termscores.phrase_words(prepared, search.german_query(text)) is None


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
