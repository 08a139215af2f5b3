"""The re-check schedule: decaying checkpoints after publication."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured

from newsarchive.archive import storage
from newsarchive.crawl import recheck, recheck_state

SCHEDULE = recheck_state.parse_schedule("1h,6h,1d,3d,7d,30d")
PUBLISHED = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def test_parse_schedule() -> None:
    assert recheck_state.parse_schedule("30m, 2w,1.5h") == [
        timedelta(minutes=30), timedelta(hours=1.5), timedelta(weeks=2)
    ]  # fmt: skip
    for bad in ("", "6x", "abc", "1h,,d"):
        with pytest.raises(ValueError, match="re-check"):
            recheck_state.parse_schedule(bad)


def article(last_checked: datetime | None, first_seen: datetime | None = None) -> dict[str, str]:
    return {"published": PUBLISHED.isoformat(),
            "fetched_at": (first_seen or PUBLISHED + timedelta(minutes=10)).isoformat(),
            "last_checked": last_checked.isoformat() if last_checked else ""}  # fmt: skip


@pytest.mark.parametrize(
    ("after", "last", "due"),
    [
        (timedelta(minutes=30), None, False),  # before the first checkpoint
        (timedelta(hours=1, minutes=1), None, True),  # 1 h
        (timedelta(hours=2), timedelta(hours=1, minutes=1), False),  # checked at 1 h
        (timedelta(hours=7), timedelta(hours=1, minutes=1), True),  # 6 h
        (timedelta(days=2), timedelta(hours=7), True),  # 1 d (missed ones count once)
        (timedelta(days=20), timedelta(days=7, hours=1), False),
        (timedelta(days=31), timedelta(days=7, hours=1), True),  # 30 d
        (timedelta(days=400), timedelta(days=30, hours=1), False),  # schedule over
    ],
)
def test_is_due(after: timedelta, last: timedelta | None, due: bool) -> None:
    checked = PUBLISHED + last if last else None
    assert recheck_state.is_due(article(checked), PUBLISHED + after, SCHEDULE) is due


def test_old_articles_found_late_are_not_rechecked() -> None:
    """A 2012 article archived today (Wayback, backfill): every checkpoint is past."""
    old = {"published": "2012-05-01T10:00:00+02:00", "fetched_at": "2026-11-28T09:00:00+00:00",
           "last_checked": ""}  # fmt: skip
    assert not recheck_state.is_due(old, datetime(2026, 12, 1, tzinfo=UTC), SCHEDULE)


def test_no_publication_date_counts_from_the_first_fetch() -> None:
    row = {"published": None, "fetched_at": "2026-11-28T09:00:00+00:00", "last_checked": ""}
    assert not recheck_state.is_due(row, datetime(2026, 11, 28, 9, 30, tzinfo=UTC), SCHEDULE)
    assert recheck_state.is_due(row, datetime(2026, 11, 28, 10, 1, tzinfo=UTC), SCHEDULE)


def test_due_articles_skip_removed_and_wayback_rows(tmp_path: Path) -> None:
    db = storage.open_db(tmp_path / "a.db")
    base = {"site": "welt", "published": PUBLISHED.isoformat(),
            "fetched_at": (PUBLISHED + timedelta(minutes=5)).isoformat()}  # fmt: skip
    db.table("articles").insert_all([
        {**base, "url": "https://w.de/live"},
        {**base, "url": "https://w.de/removed", "removed_at": "2026-11-02T00:00:00+00:00"},
        {**base, "url": "https://w.de/capture", "archive_url": "https://web.archive.org/x"},
        {**base, "url": "https://h.de/other", "site": "handelsblatt"},
    ])  # fmt: skip
    now = PUBLISHED + timedelta(hours=2)
    due = recheck_state.due_articles(db, now, SCHEDULE)
    assert [a["url"] for a in due] == ["https://h.de/other", "https://w.de/live"]
    assert [a["url"] for a in recheck_state.due_articles(db, now, SCHEDULE, site="welt")] == [
        "https://w.de/live"
    ]
    assert len(recheck_state.due_articles(db, PUBLISHED, SCHEDULE, everything=True, limit=1)) == 1
    assert recheck_state.due_articles(db, PUBLISHED, SCHEDULE) == []


def test_recheck_command_errors_and_nothing_due(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsarchive.cli import cli

    runner = CliRunner()
    missing = runner.invoke(cli, ["recheck", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2
    assert "does not exist" in missing.output
    storage.open_db(tmp_path / "a.db").close()
    bad = runner.invoke(cli, ["recheck", "--db", str(tmp_path / "a.db"),
                              "--set", "ARCHIVE_RECHECK_SCHEDULE=1x"])  # fmt: skip
    assert bad.exit_code == 2
    assert "bad re-check interval" in bad.output
    empty = runner.invoke(cli, ["recheck", "--db", str(tmp_path / "a.db")])
    assert empty.exit_code == 0, empty.output
    assert "Nichts fällig" in empty.output


def test_validators_middleware_keeps_etag_and_last_modified(tmp_path: Path) -> None:
    from scrapy import Request
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    db_path = tmp_path / "a.db"
    crawler = get_crawler(settings_dict={"ARCHIVE_DB": str(db_path)})
    middleware = recheck_state.ValidatorsMiddleware.from_crawler(crawler)
    headers = {"ETag": '"abc"', "Last-Modified": "Sat, 28 Nov 2026 09:00:00 GMT"}
    article = Request("https://w.de/a", meta={"archive_listed_url": "https://w.de/a"})
    for request, status in ((article, 200), (article, 404),
                            (Request("https://w.de/sitemap.xml"), 200)):  # fmt: skip
        response = HtmlResponse(request.url, status=status, headers=headers, request=request)
        assert middleware.process_response(request, response) is response
    middleware.flush()
    rows = list(storage.open_db(db_path).query("SELECT url, etag, last_modified FROM validators"))
    assert rows == [{"url": "https://w.de/a", "etag": '"abc"',
                     "last_modified": "Sat, 28 Nov 2026 09:00:00 GMT"}]  # fmt: skip
    off = get_crawler(settings_dict={"ARCHIVE_RECHECK_VALIDATORS": False})
    with pytest.raises(NotConfigured):
        recheck_state.ValidatorsMiddleware.from_crawler(off)


@pytest.mark.parametrize(("value", "called"), [("1", True), ("0", False)])
def test_crawl_runs_the_recheck_afterwards_when_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str, called: bool
) -> None:
    from click.testing import CliRunner

    from newsarchive.cli import cli
    from newsarchive.crawl import runner

    calls: list[tuple[str, tuple[str, ...]]] = []
    summary = runner.SiteSummary("welt", "finished", 3, 1, 0, 0, 0)
    monkeypatch.setattr(runner, "crawl", lambda *a, **k: [summary])
    monkeypatch.setattr(recheck, "main_after_crawl", lambda db, o: calls.append((db, o)) or 0)
    db = str(tmp_path / "a.db")
    result = CliRunner().invoke(cli, ["crawl", "welt", "--db", db, "--set",
                                      f"ARCHIVE_RECHECK_AFTER_CRAWL={value}"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert calls == ([(db, (f"ARCHIVE_RECHECK_AFTER_CRAWL={value}",))] if called else [])
