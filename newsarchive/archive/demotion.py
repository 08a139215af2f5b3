"""A stored article found to be a copy of a newer one: moved from ``articles`` to ``copies``."""

from __future__ import annotations

from newsarchive.archive import search
from newsarchive.archive.dedupe import DuplicateIndex
from newsarchive.archive.rows import Queued, upsert_sql, values
from newsarchive.items import WARC_FIELDS
from newsarchive.sqlite import sqlite3


def demote(
    conn: sqlite3.Connection, duplicates: DuplicateIndex, url: str, original: Queued
) -> None:
    """Move the stored article ``url`` into ``copies`` as a copy of ``original``."""
    found = conn.execute(
        "SELECT rowid, site, title, source, published, fetched_at, "
        f"{', '.join(WARC_FIELDS)} FROM articles WHERE url = ?", [url]
    ).fetchone()  # fmt: skip
    if found is None:
        return
    rowid, site, title, source, published, fetched_at, *located = found
    copy = {"url": url, "site": site, "original_url": original.url, "title": title,
            "source": source, "similarity": original.similarity, "published": published,
            "fetched_at": fetched_at,
            **dict(zip(WARC_FIELDS, located, strict=True))}  # fmt: skip
    conn.execute(upsert_sql("copies"), values("copies", copy))
    conn.execute("UPDATE copies SET original_url = ? WHERE original_url = ?", [original.url, url])
    for table in ("article_banks", "article_networks"):
        conn.execute(f"DELETE FROM {table} WHERE article_url = ?", [url])
    duplicates.remove([rowid])
    search.unindex_article(conn, url)
    conn.execute("DELETE FROM articles WHERE url = ?", [url])
