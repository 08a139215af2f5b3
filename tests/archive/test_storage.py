"""The archive file: migrations, WAL, full-text search, known URLs, counts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from newsarchive import settings
from newsarchive.archive import dedupe, search_text, storage
from newsarchive.archive.known import KnownUrls
from newsarchive.archive.migrations import MIGRATIONS
from newsarchive.archive.rows import clean_text, database_error, error_reason, url_key
from newsarchive.items import ArticleItem, FailureItem
from newsarchive.sqlite import sqlite3


def item(url: str, **fields: object) -> ArticleItem:
    values: dict[str, object] = {"site": "t3n", "title": "N26 wirbt um Gründer",
                                 "body": "Die Smartphone-Bank spricht Gründerinnen und Gründer an.",
                                 "published": "2021-05-06T13:37:00+02:00", **fields}  # fmt: skip
    return ArticleItem(url=url, **values)  # type: ignore[arg-type]


def test_open_db_migrates_once_and_uses_wal(tmp_db: Path) -> None:
    db = storage.open_db(tmp_db)
    tables = set(db.table_names())
    assert {"articles", "copies", "crawls", "failures", "skipped", "fingerprints",
            "articles_fts"} <= tables  # fmt: skip
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    db.close()
    again = storage.open_db(tmp_db)
    assert again.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == applied
    again.close()


@pytest.mark.parametrize("query", ["Grunder", "gründer", "GRÜNDER", "Grunder Smartphone"])
def test_full_text_search_folds_case_and_diacritics(tmp_db: Path, query: str) -> None:
    archive = storage.Archive(tmp_db)
    archive.add_article(item("https://t3n.de/news/n26/"))
    archive.add_article(item("https://t3n.de/news/andere/", title="Sparkasse", body="Bank"))
    archive.close()
    db = storage.open_db(tmp_db)
    found = [r["url"] for r in db["articles"].search(query)]
    db.close()
    assert found == ["https://t3n.de/news/n26/"]


def test_batches_commit_at_batch_size(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=3, max_delay=3600)
    archive.add_article(item("https://t3n.de/news/a/"))
    archive.add_failure(FailureItem("https://t3n.de/news/b/", "t3n", "fetch", "http-404"))
    assert archive.pending == 2
    assert storage.counts(tmp_db)["articles"] == 0
    archive.add_skipped("https://t3n.de/news/c/", "t3n", "Sport", 0.1, "off-topic")
    assert archive.pending == 0
    counts = storage.counts(tmp_db)
    assert (counts["articles"], counts["failures"], counts["skipped"]) == (1, 1, 1)
    archive.close()


def test_the_writer_checkpoints_rarely_and_a_commit_is_durable_in_the_wal(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=1)
    pragma = archive.conn.execute
    assert pragma("PRAGMA wal_autocheckpoint").fetchone()[0] == storage.WRITER_CHECKPOINT_PAGES
    assert pragma("PRAGMA cache_size").fetchone()[0] == -storage.WRITER_CACHE_KIB
    assert pragma("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL: WAL commits, no fsync
    archive.add_article(item("https://t3n.de/news/a/"))
    # Committed, not checkpointed: another connection reads it from the WAL.
    assert Path(f"{tmp_db}-wal").stat().st_size > 0
    reader = sqlite3.connect(tmp_db)
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    reader.close()
    archive.close()


def test_stored_article_clears_its_failure(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=1)
    url = "https://t3n.de/news/a/"
    archive.add_failure(FailureItem(url, "t3n", "fetch", "http-500"))
    archive.add_article(item(url))
    archive.close()
    assert storage.counts(tmp_db)["failures"] == 0


def test_known_urls(tmp_db: Path) -> None:
    assert "https://t3n.de/news/a/" not in KnownUrls(tmp_db)  # no archive yet
    archive = storage.Archive(tmp_db)
    archive.add_article(item("https://t3n.de/news/a/", fetched_url="https://t3n.de/news/a/?utm=1",
                             listed_url="https://t3n.de/news/old-slug/"))  # fmt: skip
    archive.add_article(item("https://blog.de/a/", original_url="https://t3n.de/news/a/"))
    archive.add_skipped("https://t3n.de/news/sport/", "t3n", "Sport", 0.0, "off-topic")
    archive.add_skipped("http://T3N.de/news/alt/#x", "wayback", "Alt", 0.0, "off-topic")
    archive.add_failure(FailureItem("https://t3n.de/news/404/", "t3n", "fetch", "http-404"))
    archive.close()
    known = KnownUrls(tmp_db)
    stored = ("https://t3n.de/news/a/", "https://t3n.de/news/a/?utm=1", "https://blog.de/a/",
              "https://t3n.de/news/sport/", "https://t3n.de/news/alt/",
              "HTTP://t3n.de/news/alt/?utm_source=x", "https://t3n.de/news/old-slug/")  # fmt: skip
    for url in stored:
        assert url in known, url
    for url in ("https://t3n.de/news/404/", "https://t3n.de/news/b/", "https://blog.de/"):
        assert url not in known, url
    known.add("https://t3n.de/news/b/#top")
    assert "https://t3n.de/news/b/" in known
    assert len(known) == 1
    known.close()


def test_known_urls_prefetch_is_one_query_and_the_cache_is_bounded(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db)
    for n in range(30):
        archive.add_skipped(f"https://t3n.de/news/{n}/", "t3n", "Sport", 0.0, "off-topic")
    archive.close()
    known = KnownUrls(tmp_db, cache_size=50)
    known.prefetch(f"https://t3n.de/news/{n}/" for n in range(40))
    assert known.lookups == 1
    assert [f"https://t3n.de/news/{n}/" in known for n in range(28, 32)] == [True, True, False,
                                                                               False]  # fmt: skip
    assert known.lookups == 1
    known.prefetch(f"https://t3n.de/other/{n}/" for n in range(100))
    assert len(known._cache) == 50
    assert "https://t3n.de/news/1/" in known  # evicted, asked again
    assert known.lookups == 3
    known.close()


def test_known_urls_migration_fills_the_table(tmp_db: Path) -> None:
    db = sqlite_utils.Database(tmp_db)
    MIGRATIONS.apply(db, stop_before="m010_known_urls")
    db["articles"].insert({"url": "https://t3n.de/a/", "fetched_url": "http://T3N.de/a/#x",
                           "listed_url": "https://t3n.de/alt/"})  # fmt: skip
    db["skipped"].insert({"url": "https://t3n.de/sport/"})
    db.close()
    storage.open_db(tmp_db).close()
    known = KnownUrls(tmp_db)
    assert all(u in known for u in ("https://t3n.de/a/", "https://t3n.de/alt/",
                                    "https://t3n.de/sport/"))  # fmt: skip
    known.close()


def test_crawl_rows(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db)
    crawl_id = archive.start_crawl("t3n")
    archive.finish_crawl(crawl_id, "finished", {"archive/stored": 3, "archive/failed": 1})
    archive.close()
    db = storage.open_db(tmp_db)
    row = db["crawls"].get(crawl_id)
    db.close()
    assert (row["spider"], row["finish_reason"], row["stored"], row["failed"]) == (
        "t3n", "finished", 3, 1
    )  # fmt: skip
    assert '"archive/stored": 3' in row["stats"]


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [("Bank", "Bank"), ("a\ud800b", "a\ufffdb"), ("\udcff", "\ufffd"), ("a\x00b\x07c", "abc"),
     ("Zeile\nZeile\tTab\r", "Zeile\nZeile\tTab\r"), ("x\x85\x9fy\x7f", "xy"), ("ü€😀", "ü€😀")],
)  # fmt: skip
def test_clean_text(text: str, cleaned: str) -> None:
    assert clean_text(text) == cleaned
    clean_text(text).encode("utf-8")


def test_strings_are_cleaned_before_they_are_queued(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=100)
    archive.add_article(item("https://t3n.de/a/", title="N26\ud800", tags=["\ud800", "Bank"],
                             body="Text\x00 mit\x07 Steuerzeichen"))  # fmt: skip
    archive.add_failure(FailureItem("https://t3n.de/b/", "t3n", "extract", "odd", "\udcff"))
    archive.add_skipped("https://t3n.de/c/", "t3n", "Sport\ud83d", 0.1, "off-topic")
    archive.close()
    assert rows(tmp_db, "SELECT title, tags, body FROM articles") == [
        ("N26\ufffd", '["\ufffd", "Bank"]', "Text mit Steuerzeichen")]  # fmt: skip
    assert rows(tmp_db, "SELECT detail FROM failures") == [("\ufffd",)]
    assert rows(tmp_db, "SELECT title FROM skipped") == [("Sport\ufffd",)]


def test_a_row_that_cannot_be_written_keeps_the_rest_of_its_batch(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=100)
    archive.add_article(item("https://t3n.de/a/"))
    archive.add_article(item("https://t3n.de/huge/", word_count=10**30))  # no SQLite integer
    archive.add_article(item("https://t3n.de/c/", title="Sparkasse"))
    archive.add_failure(FailureItem("https://t3n.de/404/", "t3n", "fetch", "http-404"))
    archive.add_skipped("https://t3n.de/sport/", "t3n", "Sport", 0.1, "off-topic")
    archive.flush()
    assert archive.pending == 0
    archive.close()
    assert rows(tmp_db, "SELECT url FROM articles ORDER BY url") == [
        ("https://t3n.de/a/",), ("https://t3n.de/c/",)]  # fmt: skip
    assert rows(tmp_db, "SELECT url, stage, reason FROM failures ORDER BY url") == [
        ("https://t3n.de/404/", "fetch", "http-404"),
        ("https://t3n.de/huge/", "store", "overflow-error")]  # fmt: skip
    assert rows(tmp_db, "SELECT url FROM skipped") == [("https://t3n.de/sport/",)]
    assert rows(tmp_db, "SELECT count(*) FROM articles_search") == [(2,)]
    assert rows(tmp_db, "SELECT count(*) FROM fingerprint_sets") == [(2,)]


def test_a_locked_database_keeps_the_queue(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=100)
    archive.conn.execute("PRAGMA busy_timeout = 0")
    archive.add_article(item("https://t3n.de/a/"))
    archive.add_failure(FailureItem("https://t3n.de/404/", "t3n", "fetch", "http-404"))
    other = sqlite3.connect(tmp_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError):
        archive.flush()
    assert archive.pending == 2
    other.execute("ROLLBACK")
    other.close()
    archive.close()
    assert rows(tmp_db, "SELECT count(*) FROM articles") == [(1,)]
    assert rows(tmp_db, "SELECT count(*) FROM failures") == [(1,)]


def test_a_batch_is_one_statement_per_table_without_schema_queries(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=1000)
    for n in range(50):
        archive.add_article(item(f"https://t3n.de/{n}/", banks=["N26"], networks=["Facebook"],
                                 fingerprints=[n, n + 4, n + 8]))  # fmt: skip
        archive.add_failure(FailureItem(f"https://t3n.de/f{n}/", "t3n", "fetch", "http-404"))
    statements: list[str] = []
    archive.conn.set_trace_callback(statements.append)
    archive.flush()
    archive.conn.set_trace_callback(None)
    archive.close()
    ours = [s for s in statements if not s.startswith("--") and "data_version" not in s]
    assert not [s for s in ours if "sqlite_master" in s or "PRAGMA" in s]  # no introspection
    prepared = {re.sub(r"x?'[^']*'|-?\d+", "?", s) for s in ours}
    assert len(prepared) < 25  # the same few statements, whatever the batch size
    assert rows(tmp_db, "SELECT count(*) FROM article_banks") == [(50,)]
    assert rows(tmp_db, "SELECT count(*) FROM fingerprints") == [(150,)]


def test_upsert_keeps_rowid_and_indexes(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=1)
    archive.add_article(item("https://t3n.de/a/", body="Erste Fassung über Gründer",
                             fingerprints=[4, 8, 12], banks=["N26"]))  # fmt: skip
    archive.add_article(item("https://t3n.de/a/", body="Zweite Fassung über Sparkassen",
                             fingerprints=[8, 16], banks=["DKB"]))  # fmt: skip
    archive.close()
    db = storage.open_db(tmp_db)
    assert [r["url"] for r in db["articles"].search("Sparkassen")] == ["https://t3n.de/a/"]
    assert list(db["articles"].search("Erste")) == []
    assert db.execute("SELECT count(*) FROM articles_search").fetchone()[0] == 1
    assert db.execute("SELECT hash FROM fingerprints ORDER BY hash").fetchall() == [(8,), (16,)]
    assert db.execute("SELECT bank FROM article_banks").fetchall() == [("DKB",)]
    db.close()


@pytest.mark.parametrize(("error", "reason"), [(UnicodeEncodeError("utf-8", "", 0, 1, "x"),
                         "unicode-encode-error"), (OSError(), "os-error"),
                         (RecursionError(), "recursion-error")])  # fmt: skip
def test_error_reason(error: BaseException, reason: str) -> None:
    assert error_reason(error) == reason


def test_url_key_is_the_key_of_the_normalised_url() -> None:
    assert url_key("HTTP://WWW.Welt.de:80/a/b.html?utm_source=x#top") == url_key(
        "https://www.welt.de/a/b.html"
    )
    assert url_key("https://www.welt.de/a/") != url_key("https://www.welt.de/a")


def dead_pid() -> int:
    process = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                             capture_output=True, text=True, check=True)  # fmt: skip
    return int(process.stdout)


def test_killed_crawls_are_closed_on_the_next_run(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=1)
    killed = archive.start_crawl("t3n")
    archive.add_failure(FailureItem("https://t3n.de/404/", "t3n", "fetch", "http-404"))
    running = archive.start_crawl("welt")  # this process: still running
    archive.conn.execute("UPDATE crawls SET pid = ? WHERE id = ?", [dead_pid(), killed])
    archive.conn.execute("INSERT INTO crawls (spider, started_at) VALUES ('alt', '2020-01-01')")
    archive.conn.commit()
    archive.close()
    again = storage.Archive(tmp_db)
    again.start_crawl("t3n")
    again.close()
    found = rows(tmp_db, "SELECT spider, finish_reason, failed, finished_at IS NOT NULL "
                         "FROM crawls ORDER BY id")  # fmt: skip
    assert found == [("t3n", "killed", 1, 1), ("welt", None, None, 0), ("alt", "killed", 0, 1),
                     ("t3n", None, None, 0)]  # fmt: skip
    assert rows(tmp_db, f"SELECT pid FROM crawls WHERE id = {running}") == [(os.getpid(),)]
    stats = json.loads(str(rows(tmp_db, f"SELECT stats FROM crawls WHERE id = {killed}")[0][0]))
    assert "archive/closed_at" in stats


@pytest.mark.parametrize(
    "text",
    ["Großbanken fürchten den Kontrollverlust", "Gruender\xa0und Gründer", "be\xadliebt und "
     "Facebook-Seite", "Σ ΟΔΟΣ ¨x ´y ﬁnanz", " \t\n", "", "Commerzbank-Chef  auf\u3000Xing"],
)  # fmt: skip
def test_cached_analysis_is_the_analysis(text: str) -> None:
    assert search_text.cached_index_terms(text) == search_text.index_terms(text)
    assert search_text.cached_index_terms(text) == search_text.index_terms(text)  # cached


@pytest.mark.parametrize(
    ("error", "database"),
    [(sqlite3.OperationalError("database is locked"), True),
     (sqlite3.OperationalError("database or disk is full"), True),
     (sqlite3.OperationalError("unrecognized token: x"), False),
     (sqlite3.DataError("string or blob too big"), False), (OverflowError(), False)],
)  # fmt: skip
def test_database_errors_keep_rows_queued_row_errors_do_not(error: Exception,
                                                            database: bool) -> None:  # fmt: skip
    assert database_error(error) is database


def test_the_bulk_batch_fits_the_dedupe_stages_memory_of_uncommitted_articles() -> None:
    """A copy of an article in the same uncommitted batch is still found: the batch is no
    larger than what the dedupe stage keeps of uncommitted articles."""
    assert settings.ARCHIVE_BATCH_SIZE <= storage.BULK_BATCH_SIZE <= dedupe.SEEN_LIMIT


def test_a_bulk_batch_is_one_commit_and_keeps_its_rows_around_an_unwritable_one(
    tmp_db: Path,
) -> None:
    """The bulk paths' batch of ``BULK_BATCH_SIZE`` rows: nothing is committed (or
    dropped from the queue) before it is full; one row that cannot be written becomes a
    failure row and the other rows of the batch are stored."""
    size = storage.BULK_BATCH_SIZE
    archive = storage.Archive(tmp_db, batch_size=size, max_delay=3600)
    for n in range(size - 1):
        archive.add_article(item(f"https://t3n.de/{n}/", word_count=10**30 if n == 700 else 9,
                                 title=f"Sparkasse {n}", fingerprints=[n, n + 8]))  # fmt: skip
        assert archive.pending == n + 1
    assert rows(tmp_db, "SELECT count(*) FROM articles") == [(0,)]
    archive.add_failure(FailureItem("https://t3n.de/404/", "t3n", "fetch", "http-404"))
    assert archive.pending == 0
    archive.close()
    assert rows(tmp_db, "SELECT count(*) FROM articles") == [(size - 2,)]
    assert rows(tmp_db, "SELECT url, stage, reason FROM failures ORDER BY url") == [
        ("https://t3n.de/404/", "fetch", "http-404"),
        ("https://t3n.de/700/", "store", "overflow-error")]  # fmt: skip
    for table in ("articles_search", "fingerprint_sets"):
        assert rows(tmp_db, f"SELECT count(*) FROM {table}") == [(size - 2,)]
    assert rows(tmp_db, "SELECT n FROM facet_counts WHERE facet = 'site' AND filter = ''") == [
        (size - 2,)]  # fmt: skip
