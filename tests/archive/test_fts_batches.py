"""The unicode61 index (``articles_fts``) filled per batch: the same index as its triggers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

from newsarchive.archive import storage
from newsarchive.archive.migrations import MIGRATIONS
from newsarchive.bench import generate
from newsarchive.bench.ingest import to_item


def check(conn: Any) -> None:
    """FTS5's integrity check against the content table (raises when they differ)."""
    conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    conn.commit()  # (the statement opened a transaction: the facet counter waits for it)


def found(conn: Any, query: str) -> set[str]:
    return {row[0] for row in conn.execute(
        "SELECT a.url FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
        "WHERE articles_fts MATCH ?", [query]).fetchall()}  # fmt: skip


def test_batches_index_new_and_changed_articles(tmp_path: Path) -> None:
    archive = storage.Archive(tmp_path / "a.db", batch_size=25)
    items = [to_item(row) for row in generate.generate_articles(60, 21)]
    for item in items:
        archive.add_article(item)
    archive.flush()
    check(archive.conn)
    for item in items[:10]:  # stored again with another text
        item.title, item.body = "Zwischenruf der Quokkabank", f"Neu: {item.body}"
        archive.add_article(item)
    archive.add_article(items[0])  # twice in one batch
    archive.flush()
    conn = archive.conn
    assert conn.execute("SELECT count(*) FROM articles_fts_paused").fetchone()[0] == 0
    check(conn)
    assert found(conn, "quokkabank") == {item.url for item in items[:10]}
    conn.execute("DELETE FROM articles WHERE url = ?", [items[1].url])  # triggers active
    conn.execute("UPDATE articles SET title = 'Wombatkasse' WHERE url = ?", [items[2].url])
    conn.commit()
    check(conn)
    assert found(conn, "quokkabank") == {item.url for item in items[3:10]} | {items[0].url}
    assert found(conn, "wombatkasse") == {items[2].url}
    archive.close()


def test_an_existing_archive_gets_the_pausable_triggers(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "a.db")
    MIGRATIONS.apply(db, stop_before="m_fts_batch_pause")
    db["articles"].insert({"url": "https://t3n.de/a/", "site": "t3n", "title": "Koalabank"})  # type: ignore[union-attr]
    db.close()
    archive = storage.Archive(tmp_path / "a.db")
    for item in [to_item(row) for row in generate.generate_articles(5, 22)]:
        archive.add_article(item)
    archive.flush()
    check(archive.conn)
    assert found(archive.conn, "koalabank") == {"https://t3n.de/a/"}
    archive.close()
