"""The progress bar of long runs: a redrawn line on a terminal, plain lines elsewhere."""

from __future__ import annotations

import io

from newsarchive.crawl.progress import Progress, quiet


def test_progress_lines() -> None:
    out = io.StringIO()
    progress = Progress(200, "pages", out)
    progress.update(50, "3 changed", force=True)
    progress.update(60)  # too soon for another line
    progress.finish()
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("[#######")
    assert "50/200 pages" in lines[0]
    assert lines[0].endswith("3 changed")
    assert "60/200 pages" in lines[1]


def test_bytes_in_megabytes_and_unknown_totals() -> None:
    out = io.StringIO()
    Progress(2_500_000, "bytes", out).update(1_250_000, force=True)
    Progress(0, "records", out).update(7, force=True)
    first, second = out.getvalue().splitlines()
    assert "1.2/2.5 MB" in first
    assert second.startswith("7 records")


def test_quiet_keeps_a_chosen_log_level() -> None:
    assert quiet({"LOG_LEVEL": "DEBUG"})["LOG_LEVEL"] == "DEBUG"
    assert quiet(None).get("LOG_LEVEL") in ("WARNING", None)
