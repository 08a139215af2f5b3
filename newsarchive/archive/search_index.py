"""The German search index: a stemmed, decompounded shadow FTS5 table.

SQLite's ``unicode61`` tokenizer (``articles_fts``) only folds case and diacritics: it
cannot find "Banken" for "Bank" or "Großbank" for "Bank". FTS5 tokenizers cannot be
written in Python, so the text is analysed here (:mod:`search_text`) and the result
stored in a second FTS5 table, ``articles_search``, whose rowid is the ``articles``
rowid:

``title`` / ``text``
    the stems of the title and of lead + body, one per word, in order (so phrase
    queries work on stems: "sozialen Netzwerken" finds "soziale Netzwerke");
``title_parts`` / ``text_parts``
    the stemmed parts of compound words ("Großbank" → ``gross bank``), kept apart so
    they do not break phrase positions and weigh less in the ranking.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from newsarchive.archive.search_text import index_terms

#: The shadow FTS5 table; its rowid is the rowid of the article in ``articles``.
SEARCH_TABLE = "articles_search"

#: Column weights for ``bm25()``: title, text, title_parts, text_parts.
BM25_WEIGHTS = (10.0, 1.0, 5.0, 0.5)


def search_row(title: str | None, lead: str | None, body: str | None) -> dict[str, str]:
    """The ``articles_search`` columns for an article."""
    title_stems, title_parts = index_terms(title or "")
    text_stems, text_parts = index_terms(f"{lead or ''}\n{body or ''}")
    return {"title": title_stems, "text": text_stems, "title_parts": title_parts,
            "text_parts": text_parts}  # fmt: skip


# --- the index ---------------------------------------------------------------------------


def create_table(conn: Any) -> None:
    """Create the shadow FTS5 table (``conn``: a sqlite-utils Database or sqlite3 connection)."""
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5("
        "title, text, title_parts, text_parts, tokenize = 'unicode61 remove_diacritics 2')"
    )


def index_article(conn: Any, url: str) -> None:
    """(Re)index the stored article ``url``; call after writing its ``articles`` row."""
    rows = conn.execute(
        "SELECT rowid, title, lead, body FROM articles WHERE url = ?", [url]
    ).fetchall()
    conn.execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN "
                 "(SELECT rowid FROM articles WHERE url = ?)", [url])  # fmt: skip
    for rowid, title, lead, body in rows:
        _insert(conn, [(rowid, search_row(title, lead, body))])


def unindex_article(conn: Any, url: str) -> None:
    """Remove the article ``url`` from the index; call before deleting its row."""
    conn.execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN "
                 "(SELECT rowid FROM articles WHERE url = ?)", [url])  # fmt: skip


def _insert(conn: Any, rows: Iterable[tuple[int, dict[str, str]]]) -> None:
    sql = (f"INSERT INTO {SEARCH_TABLE} (rowid, title, text, title_parts, text_parts) "
           "VALUES (?, ?, ?, ?, ?)")  # fmt: skip
    values = [
        (rowid, r["title"], r["text"], r["title_parts"], r["text_parts"]) for rowid, r in rows
    ]
    if isinstance(conn, sqlite3.Connection):
        conn.executemany(sql, values)
    else:
        conn.conn.executemany(sql, values)


def rebuild(conn: Any, batch: int = 2000) -> int:
    """Index every article afresh (after a lexicon change or a VACUUM); returns the count."""
    create_table(conn)
    conn.execute(f"DELETE FROM {SEARCH_TABLE}")
    cursor = (conn if isinstance(conn, sqlite3.Connection) else conn.conn).cursor()
    cursor.execute("SELECT rowid, title, lead, body FROM articles")
    count = 0
    while chunk := cursor.fetchmany(batch):
        _insert(conn, ((r[0], search_row(r[1], r[2], r[3])) for r in chunk))
        count += len(chunk)
    return count
