"""The archive file: migrations, WAL, full-text search, known URLs, counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.archive import storage
from newsarchive.items import ArticleItem, FailureItem


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


def test_stored_article_clears_its_failure(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=1)
    url = "https://t3n.de/news/a/"
    archive.add_failure(FailureItem(url, "t3n", "fetch", "http-500"))
    archive.add_article(item(url))
    archive.close()
    assert storage.counts(tmp_db)["failures"] == 0


def test_known_urls(tmp_db: Path) -> None:
    assert storage.known_urls(tmp_db) == set()
    archive = storage.Archive(tmp_db)
    archive.add_article(item("https://t3n.de/news/a/", fetched_url="https://t3n.de/news/a/?utm=1",
                             listed_url="https://t3n.de/news/old-slug/"))  # fmt: skip
    archive.add_article(item("https://blog.de/a/", original_url="https://t3n.de/news/a/"))
    archive.add_skipped("https://t3n.de/news/sport/", "t3n", "Sport", 0.0, "off-topic")
    archive.add_skipped("http://T3N.de/news/alt/#x", "wayback", "Alt", 0.0, "off-topic")
    archive.add_failure(FailureItem("https://t3n.de/news/404/", "t3n", "fetch", "http-404"))
    archive.close()
    assert storage.known_urls(tmp_db) == {
        "https://t3n.de/news/a/", "https://t3n.de/news/a/?utm=1", "https://blog.de/a/",
        "https://t3n.de/news/sport/", "https://t3n.de/news/alt/", "https://t3n.de/news/old-slug/",
    }  # fmt: skip


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
