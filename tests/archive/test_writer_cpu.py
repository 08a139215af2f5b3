"""The writer's Python work a batch: the garbage collector paused, link rows in key order."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from newsarchive.archive import storage
from newsarchive.items import ArticleItem, FailureItem


def item(url: str, **fields: object) -> ArticleItem:
    values: dict[str, object] = {"site": "t3n", "title": "N26 wirbt um Gründer",
                                 "body": "Die Smartphone-Bank spricht Gründer an.",
                                 "published": "2021-05-06T13:37:00+02:00", **fields}  # fmt: skip
    return ArticleItem(url=url, **values)  # type: ignore[arg-type]


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_off_inside_a_batch_and_on_after_it(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=100)
    seen: list[bool] = []
    archive.commit_hooks.append(lambda db: seen.append(gc.isenabled()))
    archive.add_article(item("https://t3n.de/a/"))
    archive.flush()
    assert seen == [False]
    assert gc.isenabled()
    archive.close()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_on_again_after_a_batch_that_failed(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=100)

    def fail_once(db: sqlite_utils.Database) -> None:
        archive.commit_hooks.clear()
        raise ValueError("hook failed")

    archive.commit_hooks.append(fail_once)
    archive.add_article(item("https://t3n.de/a/"))
    archive.add_failure(FailureItem("https://t3n.de/404/", "t3n", "fetch", "http-404"))
    archive.flush()  # the batch fails, its rows are written one by one
    assert gc.isenabled()
    archive.close()
    db = storage.open_db(tmp_db)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM failures").fetchone()[0] == 1
    db.close()


def test_a_collector_that_was_off_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with storage.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_links_are_written_once_in_key_order(tmp_db: Path) -> None:
    archive = storage.Archive(tmp_db, batch_size=100)
    statements: list[str] = []
    archive.conn.set_trace_callback(statements.append)
    for name in ("c", "a", "b"):
        archive.add_article(item(f"https://t3n.de/{name}/", banks=["N26", "DKB", "N26"],
                                 networks=["Xing"]))  # fmt: skip
    archive.flush()
    archive.conn.set_trace_callback(None)
    archive.close()
    inserted = [s for s in statements if s.startswith("INSERT OR IGNORE INTO article_banks")]
    assert inserted == sorted(inserted)
    assert len(inserted) == 6
    db = storage.open_db(tmp_db)
    assert db.execute("SELECT count(*) FROM article_banks").fetchone()[0] == 6
    assert db.execute("SELECT count(*) FROM article_networks").fetchone()[0] == 3
    db.close()
