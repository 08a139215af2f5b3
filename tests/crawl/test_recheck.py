"""``newsarchive recheck`` against a local site whose pages change between fetches."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from recheck_helpers import (
    PARAGRAPHS,
    SITE,
    Page,
    Site,
    etag_of,
    page_html,
    real_url,
    serve,
    store_pages,
)

from newsarchive.archive import search, storage, versions
from newsarchive.serve import config as serving

ROOT = Path(__file__).parent.parent.parent
pytestmark = pytest.mark.slow

TITLE = "Banken nutzen gern soziale Netzwerke"
PATHS = {
    "headline": "/wirtschaft/headline.html",
    "paragraph": "/wirtschaft/paragraph.html",
    "whitespace": "/wirtschaft/whitespace.html",
    "gone": "/wirtschaft/gone.html",
    "moved": "/wirtschaft/moved.html",
    "same": "/wirtschaft/same.html",
    "broken": "/wirtschaft/broken.html",
}


def original(name: str) -> str:
    return page_html(f"{TITLE} ({name})", PARAGRAPHS, real_url(PATHS[name]))


def run_recheck(db: Path, base: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARCHIVE_BASE_URL": base, "ARCHIVE_LOG_LEVEL": "WARNING",
           "ARCHIVE_PROGRESS_SECONDS": "0"}  # fmt: skip
    command = [str(Path(sys.executable).parent / "newsarchive"), "recheck", "--db", str(db),
               "--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=0", *args]  # fmt: skip
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    return run


def article(db: Path, name: str) -> dict[str, object]:
    conn = storage.open_db(db)
    try:
        return next(conn.query("SELECT * FROM articles WHERE url = ?", [real_url(PATHS[name])]))
    finally:
        conn.close()


def test_recheck_keeps_versions_and_diffs(tmp_path: Path) -> None:
    db = tmp_path / "nachpruefung.db"  # a name of its own (Datasette: connections by name)
    store_pages(db, {PATHS[n]: original(n) for n in PATHS}, "2026-11-28T09:05:00+00:00")
    site = Site({PATHS[n]: Page(body=original(n)) for n in PATHS})
    conn = storage.open_db(db)  # what the crawl's ValidatorsMiddleware kept for one page
    conn.table("validators").insert(
        {"url": real_url(PATHS["same"]), "etag": etag_of(original("same"))}
    )
    conn.close()
    changed = [*PARAGRAPHS]
    changed[2] = changed[2].replace("beobachte Twitter", "meide Twitter")
    site.pages[PATHS["headline"]] = Page(
        body=page_html(
            "Banken verlassen soziale Netzwerke (headline)", PARAGRAPHS, real_url(PATHS["headline"])
        )
    )
    site.pages[PATHS["paragraph"]] = Page(
        body=page_html(f"{TITLE} (paragraph)", changed, real_url(PATHS["paragraph"]))
    )
    rerendered = [p.replace("Facebook-Seite", "Face\u00adbook-Seite").replace(" ", "  ", 3)
                  for p in PARAGRAPHS]  # fmt: skip
    site.pages[PATHS["whitespace"]] = Page(
        body=page_html(f"{TITLE}\u200b (whitespace)", rerendered, real_url(PATHS["whitespace"]))
    )
    site.pages[PATHS["gone"]] = Page(status=410)
    site.pages[PATHS["moved"]] = Page(status=301, location=real_url("/"))
    site.pages[PATHS["broken"]] = Page(body="<html><body><p>Wartung</p></body></html>")

    with serve(site) as base:
        run_recheck(db, base, "--all")
        first = {n: site.requests_for(PATHS[n]) for n in PATHS}
        site.log.clear()
        report = run_recheck(db, base, "--all").stdout
        second = {n: site.requests_for(PATHS[n]) for n in PATHS}

    assert first["same"][0][0] == 304  # validators from the crawl: conditional at once
    assert all(len(r) == 1 and r[0][0] == 200 for n, r in first.items()
               if n not in ("gone", "moved", "same")), first  # fmt: skip
    headline = article(db, "headline")
    assert headline["title"] == "Banken verlassen soziale Netzwerke (headline)"
    assert headline["version_count"] == 2
    assert json.loads(str(headline["change_kinds"])) == ["Überschrift"]
    paragraph = article(db, "paragraph")
    assert json.loads(str(paragraph["change_kinds"])) == ["Text"]
    assert "meide Twitter" in str(paragraph["body"])
    assert article(db, "whitespace")["version_count"] is None  # a re-render is no change
    gone = article(db, "gone")
    assert gone["removed_reason"] == "http-410"
    assert gone["removed_at"]
    assert gone["body"]
    assert json.loads(str(gone["change_kinds"])) == ["entfernt"]
    moved = article(db, "moved")
    assert str(moved["removed_reason"]).startswith("weitergeleitet")
    assert moved["body"]
    broken = article(db, "broken")
    assert broken["version_count"] is None
    assert "GLS Bank" in str(broken["body"])

    conn = storage.open_db(db)
    try:
        kept = versions.article_versions(conn, real_url(PATHS["paragraph"]))
        assert len(kept) == 1
        assert kept[0]["kinds"] == ["Text"]
        body_diff = kept[0]["diff"]["body"]
        assert ["-", "beobachte"] in body_diff
        assert ["+", "meide"] in body_diff
        old = versions.article_versions(conn, real_url(PATHS["headline"]))[0]
        assert old["title"] == f"{TITLE} (headline)"
        assert conn.execute("SELECT count(*) FROM versions").fetchone()[0] == 2
        failures = conn.execute(
            "SELECT stage, reason FROM failures WHERE url = ?", [real_url(PATHS["broken"])]
        ).fetchall()
        assert failures
        assert failures[0][0] == "extract"
        # the search index follows the newest version
        conn.conn.create_function("german_query", 1, search.german_query)
        sql = ("SELECT a.url FROM articles a WHERE a.rowid IN (SELECT rowid FROM"
               " articles_search WHERE articles_search MATCH german_query(?))")  # fmt: skip
        assert conn.execute(sql, ["verlassen"]).fetchall() == [(real_url(PATHS["headline"]),)]
        assert conn.execute(sql, ["beobachte"]).fetchall() != []  # others still say it
        assert real_url(PATHS["paragraph"]) not in {
            r[0] for r in conn.execute(sql, ["beobachte"]).fetchall()
        }
    finally:
        conn.close()

    # second run: every live page unchanged since the first: one conditional request each
    for name in ("headline", "paragraph", "whitespace", "same"):
        assert len(second[name]) == 1, second[name]
        status, headers = second[name][0]
        assert status == 304, (name, second[name])
        assert headers.get("if-none-match"), (name, second[name])
    assert second["gone"] == []
    assert second["moved"] == []
    assert SITE in report

    # Datasette: the view and its Atom feed
    app = serving.datasette_app(db)

    async def fetch(path: str) -> tuple[int, str]:
        response = await app.client.get(path)
        return response.status_code, response.text

    status, feed = asyncio.run(fetch("/nachpruefung/nachtraeglich_geaendert.atom"))
    assert status == 200, feed[:500]
    assert "Banken verlassen soziale Netzwerke" in feed
    assert "Entfernt (depubliziert)" in feed
    assert "(whitespace)" not in feed
    assert "(same)" not in feed
    status, page = asyncio.run(fetch("/nachpruefung/nachtraeglich_geaendert.json?_shape=array"))
    rows = json.loads(page)
    assert [r["geaendert_am"] for r in rows] == sorted((r["geaendert_am"] for r in rows),
                                                       reverse=True)  # fmt: skip
    assert {r["titel"].split("(")[-1] for r in rows} == {"headline)", "paragraph)", "gone)",
                                                          "moved)"}  # fmt: skip
