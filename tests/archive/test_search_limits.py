"""The German search stays bounded: linear analysis, capped queries and snippets, and an
index that keeps no second copy of the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.archive import search, search_index, search_text
from newsarchive.archive.search_query import MAX_QUERY_LENGTH
from newsarchive.archive.storage import open_db
from newsarchive.sqlite import CONTENTLESS_DELETE, sqlite3


def stemmed_characters(monkeypatch: pytest.MonkeyPatch, word: str) -> int:
    """How many characters the stemmer reads to analyse ``word``."""
    seen = []
    real = search_text._stemmer.stemWord
    monkeypatch.setattr(search_text, "_stemmer", type("S", (), {
        "stemWord": staticmethod(lambda w: seen.append(len(w)) or real(w))})())  # fmt: skip
    search_text.analyse(word)
    return sum(seen)


@pytest.mark.parametrize("unit", ["bankmanagerin", "x", "grossbank"])
def test_analysis_is_linear_in_the_length_of_a_word(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    small = stemmed_characters(monkeypatch, unit * 2_000)
    large = stemmed_characters(monkeypatch, unit * 8_000)
    assert large <= 4.5 * small  # quadratic analysis read 16x as much


def test_long_words_split_like_short_ones() -> None:
    assert search.analyse("grossbank") == ("grossbank", ("bank", "gross"))
    word = "x" * 300 + "bank"
    assert "bank" in search.analyse(word)[1]


def test_a_million_character_query_is_cut_with_a_hint() -> None:
    query = search.parse_query("Bank" + "x" * 1_000_000)
    assert any("zu lang" in hint for hint in query.hints)
    assert len(query.expression) < 2 * MAX_QUERY_LENGTH
    assert search.german_query("Bank " * 10) == search.parse_query("Bank " * 10).expression


def test_snippet_reads_a_bounded_prefix() -> None:
    text = "Bank " * 1_000_000
    result = search.snippet(text, "x" * 1_000_000)
    assert result.startswith("Bank")
    assert result.endswith("…")


def test_the_index_keeps_no_copy_of_the_text(tmp_path: Path) -> None:
    db = open_db(tmp_path / "a.db")
    db.table("articles").insert({"url": "u", "title": "Großbank", "lead": "", "body": "Text"})
    search.index_articles(db, ["u"])
    sql = "SELECT count(*) FROM articles_search WHERE articles_search MATCH ?"
    assert db.execute(sql, [search.german_query("Bank")]).fetchone()[0] == 1
    if not CONTENTLESS_DELETE:
        pytest.skip(f"SQLite {sqlite3.sqlite_version} has no contentless_delete")
    assert search.is_contentless(db)
    assert "articles_search_content" not in db.table_names()
    assert db.execute("SELECT title FROM articles_search").fetchone() == (None,)
    db.table("articles").update("u", {"title": "Sparkasse"})
    search.index_article(db, "u")
    assert db.execute(sql, [search.german_query("Bank")]).fetchone()[0] == 0
    assert db.execute(sql, [search.german_query("Sparkasse")]).fetchone()[0] == 1
    search.unindex_article(db, "u")
    assert db.execute(sql, [search.german_query("Sparkasse")]).fetchone()[0] == 0


def test_index_rows_is_the_batch_entry_point(tmp_path: Path) -> None:
    db = open_db(tmp_path / "a.db")
    db.table("articles").insert_all(
        [{"url": f"u{i}", "title": f"Bank {i}", "lead": "", "body": ""} for i in range(700)]
    )
    assert search.index_articles(db, [f"u{i}" for i in range(700)]) == 700
    assert search.index_articles(db, ["u1", "u2"]) == 2  # again: replaced, not doubled
    sql = "SELECT count(*) FROM articles_search WHERE articles_search MATCH ?"
    assert db.execute(sql, [search.german_query("Bank")]).fetchone()[0] == 700


@pytest.mark.skipif(not CONTENTLESS_DELETE, reason="needs SQLite 3.43+")
def test_migration_makes_an_old_index_contentless(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = open_db(path)
    db.table("articles").insert({"url": "u", "title": "Bankmanager", "lead": "", "body": ""})
    db.execute("DROP TABLE articles_search")
    db.execute(search_index.table_sql(contentless=False))
    search.index_article(db, "u")
    assert not search.is_contentless(db)
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_search_contentless'")
    db.conn.commit()
    db.close()
    db = open_db(path)
    assert search.is_contentless(db)
    sql = "SELECT count(*) FROM articles_search WHERE articles_search MATCH ?"
    assert db.execute(sql, [search.german_query("Bank")]).fetchone()[0] == 1
