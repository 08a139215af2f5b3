"""The bulk paths' pipelined commit: a batch's COMMIT in a thread while the next is queued."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from newsarchive.archive import rows, search_index, storage
from newsarchive.archive.crawlstate import archive_for
from newsarchive.items import ArticleItem, FailureItem
from newsarchive.sqlite import sqlite3


def item(url: str, **fields: Any) -> ArticleItem:
    values: dict[str, Any] = {"site": "t3n", "title": "N26 wirbt um Gründer",
                              "body": "Die Smartphone-Bank spricht Gründerinnen an.",
                              "published": "2021-05-06T13:37:00+02:00", **fields}  # fmt: skip
    return ArticleItem(url=url, **values)


def write_all(archive: storage.Archive) -> None:
    """Articles, copies, a demotion, an update, failures, skipped pages, hostile text and a
    row SQLite cannot store, over several batches."""
    for n in range(12):
        archive.add_article(item(f"https://t3n.de/{n}/", title=f"Sparkasse {n} \ud800\x07",
                                 banks=["N26", f"Bank {n % 3}"], networks=["Facebook"],
                                 fingerprints=[n, n + 8, n + 16, 99]))  # fmt: skip
        archive.add_failure(FailureItem(f"https://t3n.de/f{n}/", "t3n", "fetch", "http-404"))
        if n % 4 == 1:
            archive.add_skipped(f"https://t3n.de/s{n}/", "t3n", "Sport", 0.1, "off-topic")
    archive.add_article(item("https://t3n.de/huge/", word_count=10**30))  # no SQLite integer
    archive.add_article(item("https://t3n.de/3/", title="Neu: Volksbank", banks=["Volksbank"]))
    archive.add_article(item("https://blog.de/3/", original_url="https://t3n.de/3/",
                             similarity=0.9))  # fmt: skip
    archive.add_article(item("https://welt.de/3/", demote_url="https://t3n.de/4/",
                             similarity=0.95, fingerprints=[4, 12, 20, 99]))  # fmt: skip
    archive.add_failure(FailureItem("https://t3n.de/5/", "t3n", "fetch", "http-500"))
    for n in range(12, 20):
        archive.add_article(item(f"https://t3n.de/{n}/", networks=["LinkedIn"]))


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every stored table (the FTS5 shadow tables included), in order;
    the times rows were recorded at left out."""
    conn = sqlite3.connect(path)
    tables = [name for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT IN ('crawls', '_sqlite_migrations') ORDER BY name")
        if not sql.startswith("CREATE VIRTUAL")]  # fmt: skip
    found = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')
                   if r[1] != "recorded_at"]  # fmt: skip
        names = ", ".join(f'"{c}"' for c in columns)
        found[table] = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {names}').fetchall()
    conn.close()
    return found


def test_the_pipelined_archive_stores_the_same_rows(tmp_path: Path) -> None:
    """The same items written with and without the pipelined commit give the same
    database, row for row (search indexes, duplicate index and facet counts included)."""
    dumps = []
    for pipeline in (False, True):
        path = tmp_path / f"{pipeline}.db"
        archive = storage.Archive(path, batch_size=5, max_delay=3600, pipeline=pipeline)
        write_all(archive)
        archive.close()
        assert (archive.committer.commits > 0) is pipeline
        dumps.append(dump(path))
    plain, pipelined = dumps
    assert plain.keys() == pipelined.keys()
    for table in plain:
        assert plain[table] == pipelined[table], table
    assert len(plain["articles"]) == 12 + 1 + 8 - 1  # t3n.de/4 demoted to a copy
    assert ("https://t3n.de/4/", "https://welt.de/3/") in {r[:3:2] for r in plain["copies"]}
    assert ("https://t3n.de/huge/", "store") in {r[:2] for r in plain["failures"]}
    assert plain["facet_counts_pending"] == []
    assert plain["articles_fts_data"]


def test_flush_returns_before_the_commit_and_empties_the_queue_after_it(tmp_path: Path) -> None:
    archive = storage.Archive(tmp_path / "a.db", batch_size=2, max_delay=3600, pipeline=True)
    heard: list[list[str]] = []
    archive.on_commit.append(heard.append)
    release, commit = threading.Event(), archive.committer._commit

    def slow_commit() -> None:
        assert release.wait(10)
        commit()

    archive.committer._commit = slow_commit  # type: ignore[method-assign]
    archive.add_article(item("https://t3n.de/a/"))
    archive.add_article(item("https://t3n.de/b/"))  # the batch is full: written, committing
    assert archive.committer.busy
    assert archive.pending == 0
    assert len(archive._articles) == 2
    assert heard == []  # queued until committed
    archive.add_article(item("https://t3n.de/c/"))
    assert archive.pending == 1
    release.set()
    assert archive.conn.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    assert heard == [["https://t3n.de/a/", "https://t3n.de/b/"]]
    assert not archive.committer.busy
    assert len(archive._articles) == 1
    archive.close()
    assert archive.committer.cpu > 0
    assert archive.committer.commits == 2


def test_a_failed_commit_keeps_its_rows_queued(tmp_path: Path) -> None:
    """A commit that fails in the thread is rolled back; its error reaches the caller at
    the next flush, with the rows still queued; they are written by the next batch."""
    path = tmp_path / "a.db"
    archive = storage.Archive(path, batch_size=2, max_delay=3600, pipeline=True)
    commit, failures = archive.committer._commit, [sqlite3.OperationalError("disk I/O error")]

    def failing_commit() -> None:
        if failures:
            raise failures.pop()
        commit()

    archive.committer._commit = failing_commit  # type: ignore[method-assign]
    archive.add_article(item("https://t3n.de/a/"))
    archive.add_failure(FailureItem("https://t3n.de/404/", "t3n", "fetch", "http-404"))
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        archive.flush()
    assert archive.pending == 2
    assert not archive.committer.busy
    assert archive.conn.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    archive.flush()
    assert archive.pending == 0
    archive.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM failures").fetchone() == (1,)
    conn.close()


@pytest.mark.parametrize(("batch", "setting", "pipelined"),
                         [(2000, True, True), (1000, True, True), (200, True, False),
                          (2000, False, False), (2000, None, True)])  # fmt: skip
def test_only_bulk_batches_are_pipelined(tmp_path: Path, batch: int, setting: bool | None,
                                         pipelined: bool) -> None:  # fmt: skip
    from scrapy.utils.test import get_crawler

    given = {} if setting is None else {"ARCHIVE_PIPELINE_COMMIT": setting}  # None: default
    crawler = get_crawler(settings_dict={"ARCHIVE_DB": str(tmp_path / "a.db"),
                                         "ARCHIVE_BATCH_SIZE": batch, **given})  # fmt: skip
    archive = archive_for(crawler)
    assert archive.pipeline is pipelined
    archive.close()


def test_articles_are_analysed_for_the_search_index_when_queued(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The German analysis runs when an article is queued (beside the commit before it);
    if it fails there, the article is analysed again when its batch is written."""
    row = rows.article_row(item("https://t3n.de/a/", lead="Großbanken twittern"))
    expected = tuple(search_index.search_row(row["title"], row["lead"], row["body"]).values())
    assert rows.Queued("articles", dict(row)).search == expected
    assert rows.Queued("copies", dict(row)).search is None

    def failing(*args: object) -> dict[str, str]:
        raise RecursionError("too deep")

    monkeypatch.setattr(rows, "search_row", failing)
    queued = rows.Queued("articles", dict(row))
    assert queued.search is None
    monkeypatch.undo()
    assert queued.analysed() == expected
