"""The broad words' prepared bm25 scores rank plain-word searches exactly as FTS5 does."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest
from datasette_helpers import ARTICLES

from newsarchive.archive import search
from newsarchive.archive.storage import Archive
from newsarchive.serve import matches, termscores
from newsarchive.sqlite import sqlite3


@pytest.fixture
def conn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> sqlite3.Connection:
    archive = Archive(tmp_path / "a.db")
    for item in ARTICLES:
        archive.add_article(item)
    archive.close()
    conn = sqlite3.connect(tmp_path / "a.db")
    conn.create_function("german_query", 1, search.german_query, deterministic=True)
    monkeypatch.setattr(termscores, "MIN_ARTICLES", 1)
    monkeypatch.setattr(termscores, "BROAD_SHARE", 0.0)
    monkeypatch.setattr(termscores, "MAX_TERMS", 10_000)
    return conn


def prepare(conn: sqlite3.Connection) -> termscores.Prepared:
    prepared = termscores.Prepared(("state",))
    for term in termscores.broad_terms(conn):
        prepared.terms[term] = termscores.score_term(conn, term)
    return prepared


@pytest.mark.parametrize(("expression", "terms"), [
    ('("bank")', ["bank"]), ('("sparkass" AND "tiktok")', ["sparkass", "tiktok"]),
    ('("bank") OR ("tiktok")', None), ('("bank" *)', None), ('(("bank")) NOT "x"', None),
    ('({title text} : "sozial netzwerk")', None),
])  # fmt: skip
def test_plain_terms(expression: str, terms: list[str] | None) -> None:
    assert termscores.plain_terms(expression) == terms


@pytest.mark.parametrize("text", ["Bank", "Facebook", "Bank Facebook", "soziale Netzwerke",
                                  "Banken Facebook"])  # fmt: skip
def test_scores_equal_fts5(conn: sqlite3.Connection, text: str) -> None:
    exact = matches.read(conn, text)
    assert exact.ids
    prepared = prepare(conn)
    expression = search.german_query(text)
    one = termscores.single(prepared, expression, matches.SEARCH_CAP)
    if one is not None:
        ids, scores, capped = one
        assert (list(ids), list(scores), capped) == (list(exact.ids), list(exact.scores), False)
    summed = termscores.scores(prepared, expression, exact.ids)
    assert summed is not None
    assert list(summed) == list(exact.scores)  # the same floats, not close ones


def test_window_decides(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    exact = matches.read(conn, "Bank")
    assert len(exact.ids) >= 3
    monkeypatch.setattr(termscores, "WINDOW", 2)
    prepared = prepare(conn)
    expression = search.german_query("Bank")
    assert not prepared.terms["bank"].complete
    assert termscores.single(prepared, expression, 2) == (exact.ids[:2], exact.scores[:2], True)
    assert termscores.single(prepared, expression, 5) is None  # the window is too short
    assert termscores.scores(prepared, expression, exact.ids) is None
    assert termscores.scores(prepared, expression, exact.ids[:2]) == array("d", exact.scores[:2])


def test_small_archive_prepares_nothing(conn: sqlite3.Connection,
                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(termscores, "MIN_ARTICLES", 10**9)
    assert termscores.broad_terms(conn) == []
