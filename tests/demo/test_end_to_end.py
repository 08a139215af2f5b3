"""End to end: a real crawl of the demo mirror in a subprocess, then a real Datasette.

The demo crawl (``demo_crawl`` in conftest: the site spiders, then the history crawl of
the mirror's Wayback Machine) runs once per session; what it must store is in the
built demo's ``expected.json`` (``newsarchive.demo.expected_file()``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from demo_helpers import DemoCrawl, query, run_crawl, run_history

from newsarchive.bench.localserver import stop_process, wait_for_port
from newsarchive.urls import normalize_url

pytestmark = pytest.mark.slow

#: The t3n article whose text has "Gründer" (found by a search for "Grunder").
GRUENDER = "n26-instagram-kampagne-gruender-selbststaendige-1398765"


def site_placeholders(sites: list[str]) -> str:
    return ",".join("?" * len(sites))


def test_every_expected_article_is_stored(demo_crawl: DemoCrawl, expected: dict[str, Any]) -> None:
    rows = {
        url: (site, json.loads(banks), json.loads(networks), paywalled, title, archived)
        for url, site, banks, networks, paywalled, title, *archived in query(
            demo_crawl.full_db, "SELECT url, site, banks, networks, paywalled, title, "
            "archive_url, archived_at FROM articles"
        )
    }  # fmt: skip
    problems = []
    for url, want in expected["articles"].items():
        if url not in rows:
            problems.append(f"missing article {url}")
            continue
        site, banks, networks, paywalled, title, archived = rows[url]
        assert site == want["site"]
        if archived != [want.get("archive_url"), want.get("archived_at")]:
            problems.append(f"{url}: archive_url, archived_at {archived}")
        if not set(want["banks"]) <= set(banks):
            problems.append(f"{url}: banks {banks}, expected {want['banks']}")
        if not set(want["networks"]) <= set(networks):
            problems.append(f"{url}: networks {networks}, expected {want['networks']}")
        if bool(paywalled) != want["paywalled"]:
            problems.append(f"{url}: paywalled {paywalled}")
        if want.get("title_contains") and want["title_contains"] not in title:
            problems.append(f"{url}: title {title!r} lacks {want['title_contains']!r}")
    assert not problems, "\n".join(problems)


def test_no_duplicates_and_nothing_unexpected(demo_crawl: DemoCrawl,
                                              expected: dict[str, Any]) -> None:  # fmt: skip
    articles = [row[0] for row in query(demo_crawl.full_db, "SELECT url FROM articles")]
    assert sorted(articles) == sorted(expected["articles"])
    hashes = query(demo_crawl.full_db, "SELECT content_hash, count(*) FROM articles "
                                  "GROUP BY content_hash HAVING count(*) > 1")  # fmt: skip
    assert hashes == []
    copies = {row[0] for row in query(demo_crawl.full_db, "SELECT url FROM copies")}
    assert not copies & set(articles)
    everywhere = {
        normalize_url(row[0])
        for table in ("articles", "copies", "skipped", "failures")
        for row in query(demo_crawl.full_db, f"SELECT url FROM {table}")
    }
    ignored = expected["ignored"] + expected["history"]["ignored"]
    assert not everywhere & {normalize_url(u) for u in ignored}, "filtered URLs were fetched"


def test_canonical_example_is_stored_once_with_its_copy(demo_crawl: DemoCrawl) -> None:
    title = "Banken nutzen gern soziale Netzwerke und twittern"
    rows = query(demo_crawl.full_db, "SELECT url, site, source, body FROM articles WHERE title = ?",
                 (title,))  # fmt: skip
    assert len(rows) == 1
    url, site, source, body = rows[0]
    assert site == "welt"
    assert source is None
    assert "GLS Bank" in body
    for boilerplate in ("Schreibe einen Kommentar", "schreibt für", "Teilen:", "Quelle:"):
        assert boilerplate not in body
    copy = query(
        demo_crawl.full_db, "SELECT site, source FROM copies WHERE original_url = ?", (url,)
    )
    assert copy == [("steadynews", "Welt Online")]


def test_copies_are_linked_to_their_originals(demo_crawl: DemoCrawl,
                                              expected: dict[str, Any]) -> None:  # fmt: skip
    rows = {url: (site, original) for url, site, original in query(
        demo_crawl.full_db, "SELECT url, site, original_url FROM copies")}  # fmt: skip
    want = {url: (e["site"], e["original_url"]) for url, e in expected["copies"].items()}
    assert rows == want


def test_off_topic_pages_are_skipped(demo_crawl: DemoCrawl, expected: dict[str, Any]) -> None:
    rows = dict(query(demo_crawl.full_db, "SELECT url, site FROM skipped"))
    assert rows == {url: e["site"] for url, e in expected["skipped"].items()}


def test_every_broken_page_has_a_failure_row(demo_crawl: DemoCrawl,
                                             expected: dict[str, Any]) -> None:  # fmt: skip
    sites = expected["spiders"]
    rows = {
        url: {"site": site, "stage": stage, "reason": reason}
        for url, site, stage, reason in query(
            demo_crawl.full_db,
            f"SELECT url, site, stage, reason FROM failures WHERE site IN "
            f"({site_placeholders(sites)})", tuple(sites),
        )
    }  # fmt: skip
    assert rows == expected["failures"]


def test_one_crawls_row_per_spider_with_stats(demo_crawl: DemoCrawl,
                                              expected: dict[str, Any]) -> None:  # fmt: skip
    rows = query(demo_crawl.full_db,
                 "SELECT spider, finished_at, finish_reason, stats FROM crawls")  # fmt: skip
    assert sorted(r[0] for r in rows) == sorted([*expected["spiders"], "wayback"])
    for spider, finished_at, reason, stats in rows:
        assert finished_at, spider
        assert reason == "finished", spider
        data = json.loads(stats)
        assert data["response_received_count"] > 0
        assert "archive/crawl_id" in data


def test_history_crawl_stores_wayback_captures(demo_crawl: DemoCrawl,
                                               expected: dict[str, Any]) -> None:  # fmt: skip
    history = expected["history"]
    archived = {url: e for url, e in expected["articles"].items() if e.get("archive_url")}
    assert len(archived) >= 3
    rows = query(demo_crawl.full_db, "SELECT url, site, archive_url, archived_at, published "
                                     "FROM articles WHERE archive_url IS NOT NULL")  # fmt: skip
    assert {r[0]: (r[1], r[2], r[3]) for r in rows} == {
        url: (history["site"], e["archive_url"], e["archived_at"]) for url, e in archived.items()
    }
    for url, _, _, archived_at, published in rows:
        assert str(history["from"]) <= published[:4] <= str(history["to"]), url
        assert published < archived_at, url
    # Pages of the CDX listing that the site spider already stored stay as they were.
    known = query(demo_crawl.full_db, "SELECT url, archive_url FROM articles WHERE url IN "
                  f"({site_placeholders(history['known'])})", tuple(history["known"]))  # fmt: skip
    assert sorted(known) == [(url, None) for url in sorted(history["known"])]
    sql = "SELECT stats FROM crawls WHERE spider = 'wayback'"
    stats = json.loads(query(demo_crawl.full_db, sql)[0][0])
    listed = len(archived) + len(history["known"]) + len(history["ignored"])
    listed += sum(1 for url in expected["skipped"] if url.startswith("http://"))
    assert stats["archive/wayback/captures"] == listed
    assert stats["archive/discovery/requested"] == listed - len(history["known"]) - len(
        history["ignored"]
    )
    assert "archive/site_failed" not in stats


def test_second_crawl_adds_nothing(demo_crawl: DemoCrawl, demo_server: Any,
                                   expected: dict[str, Any], tmp_path: Path) -> None:  # fmt: skip
    db = tmp_path / "again.db"
    shutil.copy(demo_crawl.full_db, db)
    tables = ("articles", "copies", "skipped", "failures", "fingerprints", "article_banks")
    before = {t: sorted(query(db, f"SELECT * FROM {t}")) for t in ("articles", "copies",
                                                                    "skipped")}  # fmt: skip
    counts = {t: query(db, f"SELECT count(*) FROM {t}")[0][0] for t in tables}
    hits = len(demo_server.hits)
    done = run_crawl(db, demo_crawl.base_url, demo_crawl.spiders)
    assert done.returncode == 0, done.stderr[-3000:]
    history = run_history(db, demo_crawl.base_url)
    assert history.returncode == 0, history.stderr[-3000:]
    assert {t: query(db, f"SELECT count(*) FROM {t}")[0][0] for t in tables} == counts
    after = {t: sorted(query(db, f"SELECT * FROM {t}")) for t in before}
    assert after["copies"] == before["copies"]
    assert [r[0] for r in after["articles"]] == [r[0] for r in before["articles"]]
    assert query(db, "SELECT count(*) FROM crawls")[0][0] == 2 * (len(expected["spiders"]) + 1)
    assert not [h for h in demo_server.hits[hits:] if "id_/" in h], "captures fetched again"
    # Stored pages are not fetched again, nor is the listed address of a moved article
    # (the archive keeps it as ``listed_url``).
    fetched = {path.split("?")[0] for path in demo_server.hits[hits:]}
    listed = {e["listed_as"] for e in expected["articles"].values() if e.get("listed_as")}
    assert listed, "the demo has a moved article"
    stored = set(expected["articles"]) | set(expected["copies"]) | set(expected["skipped"])
    again = {url for url in stored | listed if "/" + url.split("://", 1)[1] in fetched}
    assert again == set()


def test_datasette_serves_the_archive(demo_crawl: DemoCrawl, port: int, tmp_path: Path,
                                      expected: dict[str, Any]) -> None:  # fmt: skip
    db = tmp_path / "x.db"
    shutil.copy(demo_crawl.full_db, db)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "serve", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_for_port(port, timeout=60, process=process)
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=30) as client:
            rows = client.get("/x/articles.json", params={"_shape": "array", "_size": "max"})
            assert rows.status_code == 200
            assert sorted(r["url"] for r in rows.json()) == sorted(expected["articles"])
            found = client.get("/x/articles.json", params={"_search": "Grunder",
                                                           "_shape": "array"})  # fmt: skip
            assert found.status_code == 200
            urls = {r["url"] for r in found.json()}
            assert f"https://t3n.de/news/{GRUENDER}/" in urls
            assert all("Gründer" in f"{r['title']} {r['lead']} {r['body']}" for r in found.json())
            loops = {"_shape": "array", "reason": "redirect-loop"}
            failures = client.get("/x/failures.json", params=loops)
            assert [r["url"] for r in failures.json()] == [
                u for u, e in expected["failures"].items() if e["reason"] == "redirect-loop"
            ]
    finally:
        stop_process(process)


def test_demo_command_crawls_and_serves(tmp_path: Path, port: int,
                                        expected: dict[str, Any]) -> None:  # fmt: skip
    """``make demo``: its own demo server, a crawl, then Datasette with database ``demo``."""
    db = tmp_path / "demo.db"
    log = (tmp_path / "demo.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "demo", "--db", str(db), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path,
    )  # fmt: skip
    try:
        wait_for_port(port, timeout=120, process=process)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            rows = client.get("/demo/articles.json", params={"_shape": "array", "_size": "max"})
            assert rows.status_code == 200
            backfilled = len(expected["backfill"]["articles"])
            assert len(rows.json()) == len(expected["articles"]) + backfilled
            crawls = client.get("/demo/crawls.json", params={"_shape": "array"}).json()
            assert sorted(c["spider"] for c in crawls) == sorted(
                [*expected["spiders"], "wayback", expected["backfill"]["site"]]
            )
            archived = client.get("/demo/articles.json", params={
                "_shape": "array", "archive_url__notblank": "1"}).json()  # fmt: skip
            assert len(archived) == sum(1 for e in expected["articles"].values()
                                        if e.get("archive_url"))  # fmt: skip
    finally:
        stop_process(process)
        log.close()
