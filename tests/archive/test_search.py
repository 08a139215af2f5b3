"""German search: folding, stemming, compound parts, query parsing, snippets, the index."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.archive import search
from newsarchive.archive.storage import Archive, open_db
from newsarchive.items import ArticleItem
from newsarchive.sqlite import sqlite3


@pytest.fixture
def conn() -> sqlite3.Connection:
    """An in-memory articles table with its search index and the query function."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE articles (url TEXT PRIMARY KEY, title TEXT, lead TEXT, body TEXT)")
    search.create_table(db)
    db.create_function("german_query", 1, search.german_query)
    return db


def matches(conn: sqlite3.Connection, text: str, query: str) -> bool:
    """Does an article whose body is ``text`` match ``query``?"""
    conn.execute("DELETE FROM articles")
    conn.execute("DELETE FROM articles_search")
    conn.execute("INSERT INTO articles VALUES ('u', '', '', ?)", [text])
    search.index_article(conn, "u")
    sql = "SELECT count(*) FROM articles_search WHERE articles_search MATCH german_query(?)"
    return bool(conn.execute(sql, [query]).fetchone()[0])


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Bank", "Die Banken twittern."),
        ("Bank", "Eine Großbank auf Facebook."),
        ("Bank", "Der Bankmanager sagt nichts."),
        ("Bank", "Die Commerzbank-Chefin postet."),
        ("Banken", "Die Bank antwortet."),
        ("Netzwerk", "Banken nutzen gern soziale Netzwerke."),
        ("Netzwerk", "In sozialen Netzwerken wird diskutiert."),
        ("Sparkasse", "Sparkassenkunden sind jung."),
        ("Kunde", "Sparkassenkunden sind jung."),
        ("Facebook", "Die Facebookseite der Bank."),
        ("Facebook", "Die Facebook-Seite der Bank."),
        ("Gründer", "Die Gruender lachen."),
        ("Gruender", "Die Gründer lachen."),
        ("Grunder", "Die Gründer lachen."),
        ("Straße", "Die Strasse der Banken."),
        ("Strasse", "Die Straße der Banken."),
        ("GROSSBANK", "Die Großbank."),
        ('"soziale Netzwerke"', "Banken nutzen gern soziale Netzwerke."),
        ('"sozialen Netzwerken"', "Banken nutzen gern soziale Netzwerke."),
        ("„Deutsche Bank“", "Ein Manager der Deutschen Bank."),
        ("Netzw*", "Soziale Netzwerke."),
        ("Spark*", "Die Sparkasse."),
        ("Sparkasse TikTok", "Die Sparkasse tanzt auf TikTok."),
        ("Facebook ODER Twitter", "Nur auf Twitter."),
        ("Bank -Facebook", "Die Bank auf Twitter."),
        ("Kritik", "Kritiker sprechen von Kritik."),
        ("beliebte", "Die be\u00adliebte Bank."),  # soft hyphens
        ('"beliebte Bank"', "Die be\u00adlieb\u00adte Bank."),
        ("Sparkasse", "Die Spar\u200bkasse."),  # zero-width space
    ],
)
def test_finds(conn: sqlite3.Connection, query: str, text: str) -> None:
    assert matches(conn, text, query)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Bank", "Das Bankett war lang."),
        ('"soziale Netzwerke"', "Netzwerke sind nicht immer sozial."),
        ("Sparkasse TikTok", "Die Sparkasse tanzt auf Instagram."),
        ("Bank -Facebook", "Die Bank auf Facebook."),
        ("Facebook", "Das Gesicht der Bank."),
        ("", "Die Bank."),
        ("-Bank", "Die Sparkasse."),
    ],
)
def test_does_not_find(conn: sqlite3.Connection, query: str, text: str) -> None:
    assert not matches(conn, text, query)


@pytest.mark.parametrize(
    "query",
    ['"Bank', "(Bank OR", "Bank AND", "NOT", "title:Bank", "Bank^2", "***", '"', "„Bank",
     "NEAR(Bank Twitter)", "Bank)", "-", "'; DROP TABLE articles; --", "{title}: x"],
)  # fmt: skip
def test_malformed_queries_are_safe(conn: sqlite3.Connection, query: str) -> None:
    """Whatever is typed, the expression is valid FTS5 (no SQL error)."""
    matches(conn, "Die Bank auf Twitter.", query)


@pytest.mark.parametrize(
    ("query", "hint"),
    [
        ("", "Suchbegriff eingeben"),
        ('"soziale Netzwerke', "nicht geschlossen"),
        ("(Bank", "Sonderzeichen"),
        ("-Bank", "ohne Minus"),
        ("!!!", "Keine Suchwörter"),
    ],
)
def test_friendly_hints(query: str, hint: str) -> None:
    assert hint in search.query_hint(query)


def test_no_hint_for_a_plain_query() -> None:
    assert search.query_hint("Sparkasse TikTok") == ""


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Großbank", {"gross", "bank"}),
        ("Bankmanager", {"bank", "manag"}),
        ("Sparkassenkunden", {"sparkass", "kund"}),
        ("Unternehmensblog", {"unternehm", "blog"}),
        ("Bankett", set()),
    ],
)
def test_compound_parts(word: str, parts: set[str]) -> None:
    assert parts <= set(search.analyse(search.fold(word))[1])
    if not parts:
        assert search.analyse(search.fold(word))[1] == ()


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Gründer", "grunder"), ("Gruender", "grunder"), ("Straße", "strasse"),
     ("Quelle", "quelle"), ("Café", "cafe")],
)  # fmt: skip
def test_fold(text: str, folded: str) -> None:
    assert search.fold(text) == folded


def test_snippet_marks_inflected_and_compound_forms() -> None:
    text = "Vorher. " * 40 + "Die Großbanken und ein Bankmanager reden. " + "Nachher. " * 40
    result = search.snippet(text, "Bank")
    assert "⟦Großbanken⟧" in result
    assert "⟦Bankmanager⟧" in result
    assert result.startswith("…")
    assert result.endswith("…")


def test_snippet_reads_soft_hyphenated_words_whole() -> None:
    assert search.snippet("Die be\u00adliebte Bank.", "beliebte") == "Die ⟦beliebte⟧ Bank."


def test_snippet_html_escapes_everything_but_marks() -> None:
    html = search.snippet_html(search.snippet("<script>x</script> Die Bank", "Bank"))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<mark>Bank</mark>" in html


def test_ranking_prefers_title_matches(conn: sqlite3.Connection) -> None:
    rows = [("a", "Wetter", "", "Die Bank. " + "Wort " * 50),
            ("b", "Die Bank auf TikTok", "", "Wort " * 50)]  # fmt: skip
    conn.executemany("INSERT INTO articles VALUES (?, ?, ?, ?)", rows)
    for url, *_ in rows:
        search.index_article(conn, url)
    sql = (
        "SELECT a.url FROM articles_search s JOIN articles a ON a.rowid = s.rowid "
        "WHERE articles_search MATCH german_query('Bank') "
        "ORDER BY bm25(articles_search, 10.0, 1.0, 5.0, 0.5)"
    )
    assert [r[0] for r in conn.execute(sql)] == ["b", "a"]


def test_archive_keeps_the_index_in_step(tmp_path: Path) -> None:
    """Writing, rewriting and demoting articles through Archive updates articles_search."""
    path = tmp_path / "archive.db"
    archive = Archive(path)
    archive.add_article(ArticleItem(url="https://a.example/1", site="a", title="Großbank"))
    archive.add_article(ArticleItem(url="https://b.example/2", site="b", title="Sparkasse"))
    archive.flush()
    query = "SELECT count(*) FROM articles_search WHERE articles_search MATCH ?"

    def count(term: str) -> int:
        return int(archive.db.execute(query, [search.german_query(term)]).fetchone()[0])

    assert count("Bank") == 1
    archive.add_article(ArticleItem(url="https://a.example/1", site="a", title="Volksbank"))
    archive.flush()
    assert count("Großbank") == 0
    assert count("Volksbank") == 1
    archive.add_article(
        ArticleItem(url="https://c.example/3", site="c", title="Sparkasse neu",
                    demote_url="https://b.example/2")
    )  # fmt: skip
    archive.close()
    db = open_db(path)
    assert db.execute(query, [search.german_query("Sparkasse")]).fetchone()[0] == 1
    assert db.table("articles_search").count == db.table("articles").count == 2


def test_migration_backfills_existing_articles(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    db = open_db(path)
    db.execute("DELETE FROM articles_search")
    db.table("articles").insert({"url": "u", "title": "Bankmanager", "lead": "", "body": ""})
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_german_search'")
    db.conn.commit()
    db.close()
    db = open_db(path)
    sql = "SELECT count(*) FROM articles_search WHERE articles_search MATCH ?"
    assert db.execute(sql, [search.german_query("Bank")]).fetchone()[0] == 1


def test_migration_reindexes_soft_hyphenated_articles(tmp_path: Path) -> None:
    """Articles indexed before soft hyphens were read as part of a word are indexed again."""
    path = tmp_path / "archive.db"
    db = open_db(path)
    db.table("articles").insert({"url": "u", "title": "", "lead": "", "body": "be\u00adliebt"})
    rowid = db.execute("SELECT rowid FROM articles").fetchone()[0]
    db.execute("INSERT INTO articles_search (rowid, title, text, title_parts, text_parts) "
               "VALUES (?, '', 'be liebt', '', '')", [rowid])  # fmt: skip
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_search_invisible_characters'")
    db.conn.commit()
    db.close()
    db = open_db(path)
    sql = "SELECT count(*) FROM articles_search WHERE articles_search MATCH ?"
    assert db.execute(sql, [search.german_query("beliebt")]).fetchone()[0] == 1
    assert db.table("articles_search").count == 1
