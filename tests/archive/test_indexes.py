"""The indexes of ``articles``: the unused ones dropped, the queries' plans still indexed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from newsarchive.archive import storage
from newsarchive.archive.migrations import MIGRATIONS, UNUSED_ARTICLE_INDEXES
from newsarchive.bench import generate


def index_names(db: sqlite_utils.Database) -> set[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                      "'articles'")  # fmt: skip
    return {name for (name,) in rows.fetchall()}


def test_a_new_archive_has_none_of_the_unused_indexes(tmp_db: Path) -> None:
    db = storage.open_db(tmp_db)
    names = index_names(db)
    db.close()
    assert not names & set(UNUSED_ARTICLE_INDEXES)
    assert {"articles_reading", "idx_articles_site_published",
            "idx_articles_year_published", "idx_articles_published"} <= names  # fmt: skip


def test_an_existing_archive_loses_them_and_keeps_its_rows(tmp_db: Path) -> None:
    db = sqlite_utils.Database(tmp_db)
    MIGRATIONS.apply(db, stop_before="m_drop_unused_article_indexes")
    db["articles"].insert({"url": "https://t3n.de/a/", "site": "t3n", "year": 2021})
    assert set(UNUSED_ARTICLE_INDEXES) <= index_names(db)
    db.close()
    db = storage.open_db(tmp_db)
    assert not index_names(db) & set(UNUSED_ARTICLE_INDEXES)
    assert db.execute("SELECT count(*) FROM articles WHERE site = 't3n'").fetchone()[0] == 1
    db.close()


#: Queries of the reading view, the desk and Datasette's articles table (rows, count,
#: facets) with the filters the project offers: none may read every article row.
QUERIES = [
    "SELECT count(*) FROM articles WHERE site = 'welt'",
    "SELECT count(*) FROM articles WHERE year = 2015",
    "SELECT count(*) FROM articles WHERE year >= 2015",
    "SELECT site, count(*) FROM articles GROUP BY site",
    "SELECT year, count(*) FROM articles WHERE site = 'welt' GROUP BY year",
    "SELECT site, count(*) FROM articles WHERE year = 2015 GROUP BY site",
    "SELECT rowid FROM articles WHERE site = 'welt' ORDER BY published DESC LIMIT 20",
    "SELECT rowid FROM articles WHERE year = 2015 ORDER BY published DESC LIMIT 20",
    "SELECT rowid, * FROM articles ORDER BY published DESC, rowid DESC LIMIT 101",
    "SELECT count(DISTINCT site) FROM articles",
    "SELECT month, count(*) FROM articles WHERE month = '2015-03' GROUP BY month",
    "SELECT language, count(*) FROM articles GROUP BY language",
]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("indexes") / "archive.db"
    generate.build(path, 300, seed=2)
    db = storage.open_db(path)
    db.execute("ANALYZE")
    yield db
    db.close()


@pytest.mark.parametrize("sql", QUERIES)
def test_no_query_reads_every_article_row(generated: sqlite_utils.Database, sql: str) -> None:
    plan = [row[3] for row in generated.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]
    assert all("INDEX" in step for step in plan if step.startswith("SCAN articles")), plan
    assert any("INDEX" in step for step in plan), plan
