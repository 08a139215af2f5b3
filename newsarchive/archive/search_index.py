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

The table is *contentless* (``content=''``, ``contentless_delete=1``, SQLite 3.43+): it
keeps the inverted index and the column sizes bm25 needs, never a second copy of the
analysed text; rows are deleted by rowid. On an older SQLite it falls back to an ordinary
FTS5 table (the same queries; the terms are stored once more).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from newsarchive.archive.search_text import cached_index_terms
from newsarchive.sqlite import CONTENTLESS_DELETE

#: The shadow FTS5 table; its rowid is the rowid of the article in ``articles``.
SEARCH_TABLE = "articles_search"

#: Column weights for ``bm25()``: title, text, title_parts, text_parts.
BM25_WEIGHTS = (10.0, 1.0, 5.0, 0.5)

_COLUMNS = "title, text, title_parts, text_parts"
_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"
#: URLs looked up per statement when indexing a batch (below SQLite's variable limit).
_CHUNK = 500


def search_row(title: str | None, lead: str | None, body: str | None) -> dict[str, str]:
    """The ``articles_search`` columns for an article."""
    title_stems, title_parts = cached_index_terms(title or "")
    text_stems, text_parts = cached_index_terms(f"{lead or ''}\n{body or ''}")
    return {"title": title_stems, "text": text_stems, "title_parts": title_parts,
            "text_parts": text_parts}  # fmt: skip


# --- the index ---------------------------------------------------------------------------


def _raw(conn: Any) -> Any:
    """The DB-API connection of a sqlite-utils Database, or ``conn`` itself."""
    return getattr(conn, "conn", conn)


def table_sql(contentless: bool = CONTENTLESS_DELETE) -> str:
    """The ``CREATE VIRTUAL TABLE`` statement of the index."""
    options = ", content = '', contentless_delete = 1" if contentless else ""
    return (f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} "
            f"USING fts5({_COLUMNS}, {_TOKENIZER}{options})")  # fmt: skip


def is_contentless(conn: Any) -> bool:
    """Does the existing index keep no copy of its terms?"""
    row = (
        _raw(conn)
        .execute("SELECT sql FROM sqlite_master WHERE name = ?", [SEARCH_TABLE])
        .fetchone()
    )
    return bool(row) and "contentless_delete" in row[0].replace(" ", "")


def create_table(conn: Any) -> None:
    """Create the shadow FTS5 table (``conn``: a sqlite-utils Database or sqlite3 connection)."""
    _raw(conn).execute(table_sql())


def index_rows(conn: Any, rows: Iterable[tuple[int, str | None, str | None, str | None]]) -> int:
    """(Re)index articles given as ``(rowid, title, lead, body)``: the batch entry point
    for writers that already hold the text (word analysis is cached across the batch).
    Returns the number of rows indexed."""
    return index_analysed(conn, [(rowid, *search_row(title, lead, body).values())
                                 for rowid, title, lead, body in rows])  # fmt: skip


def index_analysed(conn: Any, values: Sequence[tuple[Any, ...]]) -> int:
    """(Re)index articles given as ``(rowid, *search_row(...).values())``."""
    raw = _raw(conn)
    raw.executemany(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = ?", [(v[0],) for v in values])
    raw.executemany(f"INSERT INTO {SEARCH_TABLE} (rowid, {_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
                    values)  # fmt: skip
    return len(values)


def index_articles(conn: Any, urls: Sequence[str]) -> int:
    """(Re)index the stored articles ``urls``; call after writing their ``articles`` rows.
    Returns the number of articles indexed."""
    count = 0
    for start in range(0, len(urls), _CHUNK):
        chunk = list(urls[start : start + _CHUNK])
        marks = ", ".join("?" * len(chunk))
        rows = (
            _raw(conn)
            .execute(f"SELECT rowid, title, lead, body FROM articles WHERE url IN ({marks})", chunk)
            .fetchall()
        )
        count += index_rows(conn, rows)
    return count


def index_article(conn: Any, url: str) -> None:
    """(Re)index the stored article ``url``; call after writing its ``articles`` row."""
    index_articles(conn, [url])


def unindex_article(conn: Any, url: str) -> None:
    """Remove the article ``url`` from the index; call before deleting its row."""
    _raw(conn).execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN "
                       "(SELECT rowid FROM articles WHERE url = ?)", [url])  # fmt: skip


def _clear(conn: Any) -> None:
    if is_contentless(conn):
        _raw(conn).execute(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('delete-all')")
    else:
        _raw(conn).execute(f"DELETE FROM {SEARCH_TABLE}")


def rebuild(conn: Any, batch: int = 2000) -> int:
    """Index every article afresh (after a lexicon change or a VACUUM); returns the count."""
    create_table(conn)
    _clear(conn)
    cursor = _raw(conn).cursor()
    cursor.execute("SELECT rowid, title, lead, body FROM articles")
    count = 0
    while chunk := cursor.fetchmany(batch):
        count += index_rows(conn, chunk)
    return count


def make_contentless(conn: Any) -> bool:
    """Replace an index that stores its terms by a contentless one, rebuilt from the
    articles (when this SQLite supports it); True if it was replaced."""
    if not CONTENTLESS_DELETE or is_contentless(conn):
        return False
    _raw(conn).execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
    rebuild(conn)
    return True


# --- the unicode61 index's batch path (write side) -----------------------------------------

#: The unicode61 FTS5 index of ``articles`` (external content, kept by triggers).
FTS_TABLE = "articles_fts"
#: While this table has a row the ``articles_fts`` triggers do nothing: a batch writer
#: adds one around its ``articles`` statement and fills the index itself, one
#: ``INSERT … SELECT`` a batch (:func:`fts_add`), 2.3× cheaper than a trigger a row
#: (139 against 317 µs an article, 6,000 articles in batches of 200, 29 Nov 2026).
FTS_PAUSED = "articles_fts_paused"
_FTS_COLUMNS = ("title", "lead", "body")


def fts_triggers() -> list[str]:
    """The statements creating the pause table and the ``articles_fts`` triggers (those of
    sqlite-utils, paused by :data:`FTS_PAUSED`; the update one only for the text columns:
    other columns leave the indexed text as it was)."""
    names = ", ".join(f'"{c}"' for c in _FTS_COLUMNS)
    new = ", ".join(f'new."{c}"' for c in _FTS_COLUMNS)
    old = ", ".join(f'old."{c}"' for c in _FTS_COLUMNS)
    add = f'INSERT INTO "{FTS_TABLE}" (rowid, {names}) VALUES (new.rowid, {new});'
    remove = (f'INSERT INTO "{FTS_TABLE}" ("{FTS_TABLE}", rowid, {names}) '
              f"VALUES ('delete', old.rowid, {old});")  # fmt: skip
    active = f"WHEN NOT EXISTS (SELECT 1 FROM {FTS_PAUSED})"
    return [
        f"CREATE TABLE IF NOT EXISTS {FTS_PAUSED} (paused INTEGER NOT NULL)",
        f'CREATE TRIGGER "articles_ai" AFTER INSERT ON "articles" {active} BEGIN {add} END',
        f'CREATE TRIGGER "articles_ad" AFTER DELETE ON "articles" {active} BEGIN {remove} END',
        f'CREATE TRIGGER "articles_au" AFTER UPDATE OF {names} ON "articles" {active} '
        f"BEGIN {remove} {add} END",
    ]


def recreate_fts_triggers(conn: Any) -> None:
    """Replace the ``articles_fts`` triggers by those of :func:`fts_triggers`."""
    for suffix in ("ai", "ad", "au"):
        _raw(conn).execute(f'DROP TRIGGER IF EXISTS "articles_{suffix}"')
    for statement in fts_triggers():
        _raw(conn).execute(statement)


def pause_fts(conn: Any) -> None:
    """Stop the ``articles_fts`` triggers (inside a transaction; :func:`resume_fts` before
    it commits, and :func:`fts_add` for the rows written meanwhile)."""
    _raw(conn).execute(f"INSERT INTO {FTS_PAUSED} (paused) VALUES (1)")


def resume_fts(conn: Any) -> None:
    """Let the ``articles_fts`` triggers index again."""
    _raw(conn).execute(f"DELETE FROM {FTS_PAUSED}")


_ROWIDS = "rowid IN (SELECT value FROM json_each(?))"


def fts_forget(conn: Any, rowids: Iterable[int]) -> None:
    """Take the stored articles ``rowids`` out of ``articles_fts`` (before their text
    changes with the triggers paused)."""
    names = ", ".join(_FTS_COLUMNS)
    _raw(conn).execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {names}) SELECT "
                       f"'delete', rowid, {names} FROM articles WHERE {_ROWIDS}",
                       [json.dumps(list(rowids))])  # fmt: skip


def fts_add(conn: Any, rowids: Iterable[int]) -> None:
    """Index the stored articles ``rowids`` in ``articles_fts`` (written while paused)."""
    names = ", ".join(_FTS_COLUMNS)
    _raw(conn).execute(f"INSERT INTO {FTS_TABLE} (rowid, {names}) SELECT rowid, {names} "
                       f"FROM articles WHERE {_ROWIDS}", [json.dumps(list(rowids))])  # fmt: skip
