"""A first run without a network: short output that says what to do, no retries against
hosts whose names did not resolve, the details in the log file (issue 17, item 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils
from crawl_fixtures import crawl_env, run_crawl

from newsarchive.crawl import runner

SITES = ["steadynews", "t3n", "welt"]  # steadynews: 7 search terms on one host


@pytest.mark.slow
def test_an_offline_crawl_is_short_and_says_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "offline.db"
    done = run_crawl(db, SITES, crawl_env(),
                     "TWISTED_DNS_RESOLVER=crawl_fixtures.OfflineResolver")  # fmt: skip
    output = done.stderr + done.stdout  # the settings and site lines, then the summary
    assert done.returncode == 1, output  # every site failed
    lines = output.strip().splitlines()
    assert len(lines) <= 1 + len(SITES) + len(SITES) + 5, output
    assert lines[0].startswith("Crawling steadynews, t3n, welt into")
    assert sum("cannot reach" in line for line in lines) == len(SITES)
    assert "Traceback" not in output
    assert "ERROR" not in output
    assert "make demo" in lines[-1]
    assert "network" in lines[-1]
    archive = sqlite_utils.Database(db)
    assert {r["reason"] for r in archive["failures"].rows} == {"dns"}
    for row in archive["crawls"].rows:
        stats = json.loads(row["stats"])
        assert stats["archive/site_failed"] == "dns"
        assert "retry/count" not in stats, row["spider"]  # no retries against those hosts
    log = (tmp_path / "offline.crawl.log").read_text()
    assert "Traceback" in log
    assert "Overridden settings" in log


def site(name: str, failed: str = "", stored: int = 0) -> runner.SiteSummary:
    return runner.SiteSummary(name, "finished", 0, stored, 0, 0, 0 if stored else 2, failed)


def test_next_steps_name_the_way_out() -> None:
    offline = runner.next_steps([site("welt", "dns"), site("faz", "connection-refused")])
    assert offline[0].startswith("All 2 sites failed")
    assert "make demo" in offline[-1]
    mixed = runner.next_steps([site("welt", stored=3), site("faz", "dns")], "a.log", errors=2)
    assert mixed[0].startswith("1 of 2 sites failed: faz (see")
    assert "a.log" in mixed[0]
    assert mixed[1] == "2 errors were logged in a.log"
    assert "check-sources" in mixed[-1]
    assert runner.next_steps([site("welt", stored=3)]) == []
