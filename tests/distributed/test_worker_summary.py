"""A worker's summary says what the worker knows: its pages and the items it queued."""

from __future__ import annotations

from newsarchive.crawl.distributed.worker import format_summary
from newsarchive.crawl.runner import SiteSummary


def test_a_site_this_worker_fetched_nothing_of_is_no_failing_site() -> None:
    unreachable = SiteSummary("t3n", "finished", 0, 0, 0, 0, 0, site_failed="unreachable")
    summary = [SiteSummary("welt", "finished", 12, 0, 0, 0, 0), unreachable]
    beats = {"welt": {"article": 5, "skipped": 2, "failure": 1}}
    text = format_summary(summary, beats)
    lines = text.splitlines()
    assert lines[1].split() == ["welt", "12", "5", "2", "1", "finished"]
    assert lines[2].split() == ["t3n", "0", "0", "0", "0", "finished"]
    assert "fail" not in text.lower().replace("failures", "")
    assert "unreachable" not in text
