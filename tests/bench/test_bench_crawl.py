"""The crawl benchmark on a few pages: the mirror is built once and reused, both crawls
fetch every page, and the report gives the ratio against the target."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.bench import crawl


def test_mirror_pages_are_german_news_pages_in_a_sitemap(tmp_path: Path) -> None:
    root, urls = crawl.build_mirror(tmp_path, 5, seed=2)
    assert len(urls) == 5
    assert crawl.build_mirror(tmp_path, 5, seed=2) == (root, urls)  # reused
    page = (root / urls[0].split("://", 1)[1]).read_text("utf-8")
    assert '"@type": "NewsArticle"' in page
    assert 'lang="de"' in page
    assert len(page) > 5000
    sitemap = (root / crawl.HOST / "sitemap.xml").read_text("utf-8")
    assert all(f"<loc>{url}</loc>" in sitemap for url in urls)


def test_report_compares_against_the_target() -> None:
    stats = {"response_received_count": 10, "archive/stored": 8, "archive/copies_stored": 1,
             "archive/skipped": 1, "archive/failed": 0}  # fmt: skip
    run = {"seconds": 2.0, "cpu": 1.0, "crawl_cpu": 0.5, "rss_mib": 90.0,
           "worker_rss_mib": 80.0, **stats}  # fmt: skip
    text = crawl.report({"pages": 10, "bare": {**run, "seconds": 1.0}, "full": run})
    assert "2.0x wall (target <= 6x): ok; 1.0x CPU" in text
    assert "8 stored, 1 copies, 1 skipped, 0 failed" in text
    slow = crawl.report({"pages": 10, "bare": {**run, "seconds": 0.1}, "full": run})
    assert "MISSED" in slow


@pytest.mark.slow
def test_both_crawls_fetch_every_page(tmp_path: Path) -> None:
    figures = crawl.measure(tmp_path, 12)
    assert figures["bare"]["response_received_count"] == 12
    full = figures["full"]
    assert full["archive/stored"] + full["archive/copies_stored"] + full["archive/skipped"] == 12
    assert full["archive/failed"] == 0
    assert full["rss_mib"] > 0
    assert full["worker_rss_mib"] > 0
