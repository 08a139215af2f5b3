"""The bulk commands (``import-warc``, ``reextract``) write in batches of
``BULK_BATCH_SIZE`` unless a batch size is given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsarchive.archive.tuning import BULK_BATCH_SIZE, BULK_FLUSH_SECONDS
from newsarchive.cli import cli
from newsarchive.crawl import reextract, runner, warcimport


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The settings each bulk command hands to its run (the runs themselves skipped)."""
    found: list[dict[str, Any]] = []
    monkeypatch.delenv("ARCHIVE_BATCH_SIZE", raising=False)
    monkeypatch.delenv("ARCHIVE_FLUSH_SECONDS", raising=False)
    summary = reextract.Summary()

    def run_import(sources: list[str], settings: dict[str, Any], *more: Any) -> list[Any]:
        found.append(settings)
        return []

    def run_reextract(settings: dict[str, Any], *more: Any) -> reextract.Summary:
        found.append(settings)
        return summary

    monkeypatch.setattr(warcimport, "run_import", run_import)
    monkeypatch.setattr(reextract, "run_reextract", run_reextract)
    return found


def commands(tmp_path: Path) -> list[list[str]]:
    warc, db = tmp_path / "a.warc.gz", tmp_path / "archive.db"
    warc.write_bytes(b"")
    db.write_bytes(b"")
    return [["import-warc", str(warc), "--db", str(db)], ["reextract", "--db", str(db)]]


def test_bulk_commands_use_the_bulk_batch(seen: list[dict[str, Any]], tmp_path: Path) -> None:
    for args in commands(tmp_path):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
    assert len(seen) == 2
    for settings in seen:
        crawl = runner.project_settings(settings)  # as the run applies them
        assert crawl.getint("ARCHIVE_BATCH_SIZE") == BULK_BATCH_SIZE
        assert crawl.getfloat("ARCHIVE_FLUSH_SECONDS") == BULK_FLUSH_SECONDS


def test_a_given_batch_size_wins(seen: list[dict[str, Any]], tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    for args in commands(tmp_path):
        CliRunner().invoke(cli, [*args, "--set", "ARCHIVE_BATCH_SIZE=50"])
    monkeypatch.setenv("ARCHIVE_FLUSH_SECONDS", "5")  # (read by the settings module)
    for args in commands(tmp_path):
        CliRunner().invoke(cli, args)
    assert [runner.project_settings(s).getint("ARCHIVE_BATCH_SIZE") for s in seen] == [
        50, 50, BULK_BATCH_SIZE, BULK_BATCH_SIZE]  # fmt: skip
    assert [("ARCHIVE_FLUSH_SECONDS" in s) for s in seen] == [True, True, False, False]
