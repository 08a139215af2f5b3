"""``newsarchive reextract``: the archived pages read back from the WARC files and run
through the pipeline again (real runs in subprocesses)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from warc_helpers import WarcBuilder, article_html

pytestmark = pytest.mark.slow

BANKS = "https://www.welt.de/wirtschaft/article13547180/Banken-entdecken-Facebook.html"
HASPA = "https://www.welt.de/finanzen/article13547183/Sparkasse-twittert.html"
AZUBIS = "https://t3n.de/news/volksbank-tiktok-azubis-1554321/"
TABLES = ("articles", "copies", "skipped", "failures", "fingerprints", "article_banks",
          "article_networks")  # fmt: skip

#: Runs the CLI after changing an extraction rule of the welt spider (paragraphs naming
#: the Commerzbank are dropped), as an upgrade of the extractor would.
WITH_NEW_RULE = (
    "import sys; from spiders.welt import WeltSpider; "
    "from newsarchive.crawl.base import SiteRules; "
    "WeltSpider.RULES = SiteRules(drop_lines=(r'Commerzbank',)); "
    "from newsarchive.cli import cli; cli(sys.argv[1:])"
)


def run(*args: str, code: str = "") -> dict[str, Any]:
    command = [sys.executable, "-c", code, *args] if code else [
        sys.executable, "-m", "newsarchive", *args]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    data: dict[str, Any] = json.loads(done.stdout[done.stdout.index("{") :]) if "{" in \
        done.stdout else {}  # fmt: skip
    return data


def dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in TABLES}  # fmt: skip


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive imported from a WARC file: three articles and an off-topic page."""
    folder = tmp_path_factory.mktemp("reextract")
    warc = WarcBuilder()
    warc.response(BANKS, article_html())
    warc.response(HASPA, article_html("Die Haspa twittert", text=1))
    warc.response(AZUBIS, article_html("Volksbank-Azubis auf TikTok", text=2))
    warc.response(
        "https://www.welt.de/wirtschaft/article1/Bundesliga.html",
        (
            "<html lang='de'><head><meta charset='utf-8'><title>Bundesliga</title></head><body>"
            "<article><h1>Bundesliga meldet Rekord</h1><p>Die Vereine der Bundesliga melden so "
            "viele Zuschauer wie nie, die Stadien waren voll und die Stimmung gut.</p><p>Der "
            "Liga-Chef lobte die Fans. Im Winter folgen neue Regeln für den Spielplan, sagte er "
            "am Montag vor Journalisten in Frankfurt.</p></article></body></html>"
        ).encode(),
    )
    path = folder / "pages.warc.gz"
    warc.write(path)
    db = folder / "archive.db"
    done = subprocess.run([sys.executable, "-m", "newsarchive", "import-warc", str(path),
                           "--db", str(db)], capture_output=True, text=True, timeout=180,
                          check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return db


@pytest.fixture
def db(archive: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "archive.db"
    shutil.copy(archive, copy)
    return copy


def test_nothing_changes_when_nothing_changed(db: Path) -> None:
    before = dump(db)
    summary = run("reextract", "--db", str(db), "--json")
    assert summary["rows"] == 4
    assert summary["unchanged"] == 4
    assert (summary["changed"], summary["moved"], summary["failed_now"]) == (0, {}, 0)
    assert dump(db) == before


def test_a_changed_extraction_rule_changes_the_stored_row(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        (body,) = conn.execute("SELECT body FROM articles WHERE url = ?", [BANKS]).fetchone()
    assert "Commerzbank" in body
    summary = run("reextract", "--db", str(db), "--json", code=WITH_NEW_RULE)
    assert summary["changed"] == 1
    assert summary["fields"]["body"] == 1
    assert summary["sites"]["welt"] == {"changed": 1}
    with sqlite3.connect(db) as conn:
        (body,) = conn.execute("SELECT body FROM articles WHERE url = ?", [BANKS]).fetchone()
    assert "Commerzbank" not in body
    assert "GLS Bank" in body


def test_pages_move_between_articles_and_skipped(db: Path) -> None:
    strict = run("reextract", "--db", str(db), "--json", "--restart",
                 "--set", "ARCHIVE_RELEVANCE_THRESHOLD=0.999")  # fmt: skip
    assert strict["moved"] == {"articles → skipped": 3}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM skipped").fetchone() == (4,)
        assert conn.execute("SELECT count(*) FROM article_banks").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM fingerprint_sets").fetchone() == (0,)
    back = run("reextract", "--db", str(db), "--json")
    assert back["moved"] == {"skipped → articles": 3}
    with sqlite3.connect(db) as conn:
        urls = {r[0] for r in conn.execute("SELECT url FROM articles")}
        assert urls == {BANKS, HASPA, AZUBIS}
        assert conn.execute("SELECT count(*) FROM skipped").fetchone() == (1,)


def test_a_stopped_run_resumes_where_it_was(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        first = conn.execute("SELECT warc_file, warc_offset FROM articles "
                             "ORDER BY warc_offset LIMIT 1").fetchone()  # fmt: skip
        conn.execute("INSERT INTO reextract_runs (options, started_at, done, total, position, "
                     "summary) VALUES (?, '2026-01-01T00:00:00+00:00', 1, 4, ?, ?)",
                     ['{"since": null, "site": null}', json.dumps(list(first)),
                      json.dumps({"rows": 1, "unchanged": 1})])  # fmt: skip
    summary = run("reextract", "--db", str(db), "--json")
    assert summary["rows"] == 4  # one from the stopped run, three now
    with sqlite3.connect(db) as conn:
        runs = conn.execute("SELECT done, finished_at FROM reextract_runs").fetchall()
    assert len(runs) == 1
    assert runs[0][0] == 4
    assert runs[0][1]


def test_site_and_since_select_the_pages(db: Path) -> None:
    from newsarchive.archive import reextraction
    from newsarchive.archive.storage import open_db

    archive = open_db(db)
    try:
        assert reextraction.count_rows(archive, None, None) == 4
        assert [r.url for r in reextraction.iter_rows(archive, "t3n", None)] == [AZUBIS]
        assert reextraction.count_rows(archive, None, "2030-01-01") == 0
        rows = list(reextraction.iter_rows(archive, None, None))
        assert [r.position for r in rows] == sorted(r.position for r in rows)
        after = list(reextraction.iter_rows(archive, None, None, rows[1].position))
        assert after == rows[2:]
    finally:
        archive.close()


def test_a_missing_warc_file_keeps_the_rows(db: Path, tmp_path: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET warc_file = ?", [str(tmp_path / "gone.warc.gz")])
    before = dump(db)
    summary = run("reextract", "--db", str(db), "--json")
    assert summary["unreadable"] == 3
    assert dump(db) == before


#: The verdicts kept by page are compared too (a run must leave the same ones).
WITH_VERDICTS = (*TABLES, "page_verdicts")
#: Runs the CLI in one process (no worker pool) with another classifier version, as an
#: upgrade of the topics package's code or gazetteers gives.
WITH_NEW_CLASSIFIER = (
    "import sys; import newsarchive.topics.version as v; v.CODE_VERSION += 1; "
    "v.classifier_version.cache_clear(); "
    "from newsarchive.cli import cli; cli(sys.argv[1:])"
)


def stats(db: Path) -> dict[str, Any]:
    """The Scrapy stats of the newest re-extraction."""
    with sqlite3.connect(db) as conn:
        (text,) = conn.execute("SELECT stats FROM crawls WHERE spider = 'reextract' "
                               "ORDER BY id DESC LIMIT 1").fetchone()  # fmt: skip
    data: dict[str, Any] = json.loads(text)
    return data


#: Columns that say when and by which run a row was written (not what it holds).
RUN_COLUMNS = ("crawl_id", "recorded_at")


def full_dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of :data:`WITH_VERDICTS` but its :data:`RUN_COLUMNS`."""
    out = {}
    with sqlite3.connect(db) as conn:
        for table in WITH_VERDICTS:
            cursor = conn.execute(f"SELECT * FROM {table}")
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in RUN_COLUMNS]
            rows = [tuple(row[i] for i in keep) for row in cursor.fetchall()]
            out[table] = sorted(rows, key=repr)
    return out


def test_the_import_keeps_a_verdict_per_page(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        kept = conn.execute("SELECT count(*) FROM page_verdicts").fetchone()[0]
    assert kept == 4  # three articles and the off-topic page


def test_unchanged_pages_reuse_their_verdicts(db: Path) -> None:
    before = full_dump(db)
    summary = run("reextract", "--db", str(db), "--json")
    assert summary["unchanged"] == 4
    assert stats(db).get("archive/classify/reused") == 4
    assert full_dump(db) == before
    run("reextract", "--db", str(db), "--json", "--full")
    assert "archive/classify/reused" not in stats(db)
    assert stats(db)["archive/classified"] == 4
    assert full_dump(db) == before


@pytest.mark.parametrize("threshold", ["0.5", "0.999"])
def test_the_shortcut_gives_the_database_a_full_run_gives(db: Path, tmp_path: Path,
                                                          threshold: str) -> None:  # fmt: skip
    """A changed extraction rule (one welt article loses paragraphs), with the default and
    with a stricter threshold: reusing verdicts or not, the same database."""
    other = tmp_path / "full.db"
    shutil.copy(db, other)
    options = ("--json", "--restart", "--set", f"ARCHIVE_RELEVANCE_THRESHOLD={threshold}")
    short = run("reextract", "--db", str(db), *options, code=WITH_NEW_RULE)
    reused = stats(db).get("archive/classify/reused", 0)
    full = run("reextract", "--db", str(other), *options, "--full", code=WITH_NEW_RULE)
    assert "archive/classify/reused" not in stats(other)
    assert short == full
    assert full_dump(db) == full_dump(other)
    # the page whose text changed (and, with another threshold, every page) is classified
    assert reused == (3 if threshold == "0.5" else 0)


def test_a_new_classifier_version_classifies_every_page_again(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        keys = dict(conn.execute("SELECT warc_offset, input_key FROM page_verdicts"))
    summary = run("reextract", "--db", str(db), "--json", "--set", "ARCHIVE_WORKERS=0",
                  code=WITH_NEW_CLASSIFIER)  # fmt: skip
    assert summary["unchanged"] == 4
    assert "archive/classify/reused" not in stats(db)
    assert stats(db)["archive/classified"] == 4
    with sqlite3.connect(db) as conn:
        now = dict(conn.execute("SELECT warc_offset, input_key FROM page_verdicts"))
    assert now.keys() == keys.keys()
    assert all(now[k] != keys[k] for k in keys)  # kept with the new version's keys


@pytest.mark.parametrize("lists", [False, True])
def test_compared_fields_are_those_of_the_stored_row(lists: bool) -> None:
    """The fields a run compares are the values the store stage writes (cleaned, lists
    as JSON), without building the whole row."""
    from newsarchive.archive.reextraction import COMPARED, compared_article
    from newsarchive.archive.rows import article_row
    from newsarchive.items import ArticleItem

    item = ArticleItem(url="https://www.welt.de/a.html", site="welt", title="Bank\x07 twittert",
                       body="Die GLS Bank ist auf Facebook.", published="2011-08-16",
                       paywalled=lists, relevance=0.75)  # fmt: skip
    if lists:
        item.authors, item.tags, item.banks = ["Anna Beispiel"], ["Banken"], ["GLS Bank"]
        item.networks, item.evidence = ["Facebook"], [{"term": "Facebook", "at": 12}]
    row = article_row(item)
    assert compared_article(item) == {name: row[name] for name in COMPARED}
