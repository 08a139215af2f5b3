"""The history commands of the ``newsarchive`` CLI: ``import-warc`` and ``reextract``
(thin click wrappers, added to the group in :mod:`newsarchive.cli`)."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

import click

from newsarchive.archive.tuning import BULK_BATCH_SIZE, BULK_FLUSH_SECONDS
from newsarchive.crawl import runner

if TYPE_CHECKING:
    from newsarchive.crawl.warcimport import ImportSummary


def _settings(overrides: tuple[str, ...], db_path: str | None) -> dict[str, object]:
    """``--set`` pairs (and ``--db``) as settings; a usage error if malformed."""
    try:
        settings: dict[str, object] = dict(runner.parse_overrides(overrides))
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--set") from error
    return {**settings, "ARCHIVE_DB": db_path} if db_path else settings


def bulk_settings(overrides: tuple[str, ...], db_path: str | None) -> dict[str, object]:
    """:func:`_settings` of a bulk command (pages read from disk): batches of
    ``BULK_BATCH_SIZE`` rows, committed at the latest every ``BULK_FLUSH_SECONDS``, unless
    ``ARCHIVE_BATCH_SIZE`` / ``ARCHIVE_FLUSH_SECONDS`` are given (``--set`` or the
    environment)."""
    settings = _settings(overrides, db_path)
    for name, value in (("ARCHIVE_BATCH_SIZE", BULK_BATCH_SIZE),
                        ("ARCHIVE_FLUSH_SECONDS", BULK_FLUSH_SECONDS)):  # fmt: skip
        if name not in settings and name not in os.environ:
            settings[name] = value
    return settings


@click.command(name="import-warc")
@click.argument("sources", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--sites", default="all", show_default=True,
              help="Keep the pages of these sites: all, or comma-separated slugs.")  # fmt: skip
@click.option("--german", is_flag=True, help="Also keep German-language pages of any other "
              "host (the host is the medium).")  # fmt: skip
@click.option("--db", "db_path", default=None, help="SQLite file to write (ARCHIVE_DB).")
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE", help="A setting.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--redis", "redis_url", default=None, metavar="URL",
              help="Queue the files in this Redis for 'newsarchive worker --warc' (a file "
              "a worker at a time) and 'newsarchive ingest' instead of importing.")  # fmt: skip
@click.option("--wait", is_flag=True, help="With --redis: wait until the workers and ingest "
              "are done, then print the summary.")  # fmt: skip
def import_warc(sources: tuple[str, ...], sites: str, german: bool, db_path: str | None,
                overrides: tuple[str, ...], as_json: bool, redis_url: str | None,
                wait: bool) -> None:  # fmt: skip
    """Import WARC/ARC files (gzip or not; paths, directories, http(s) URLs, or CC's
    ``warc.paths.gz`` listings) through the crawl's pipeline.

    Every record is accounted for: imported, copy, skipped (off-topic), failed, or
    filtered (other site, not HTML, not 200, revisit, ...). A damaged file keeps the
    records before the damage and gets one failure row; the exit status is 1 if any
    source was damaged or unreadable.
    """
    from newsarchive.crawl import warcimport

    try:
        wanted = warcimport.parse_sites(sites)
        found = warcimport.expand_sources(sources, check=True)
    except ValueError as error:
        raise click.UsageError(str(error)) from error
    if redis_url:
        summaries = _queue(redis_url, found, wanted, german, overrides, wait)
        if summaries is None:
            return
    else:
        settings = bulk_settings(overrides, db_path)
        summaries = warcimport.run_import(found, settings, wanted, german)
    click.echo(warcimport.summaries_json(summaries) if as_json
               else warcimport.format_import(summaries))  # fmt: skip
    if any(s.damage for s in summaries):
        sys.exit(1)


def _queue(redis_url: str, sources: list[str], sites: list[str] | None, german: bool,
           overrides: tuple[str, ...], wait: bool) -> list[ImportSummary] | None:  # fmt: skip
    """``import-warc --redis``: queue the files; with ``wait`` the job's summaries."""
    from newsarchive.crawl.distributed import warcqueue
    from newsarchive.crawl.distributed.commands import _redis

    prefix = str(runner.project_settings(_settings(overrides, None)).get("ARCHIVE_REDIS_PREFIX"))
    server = _redis(redis_url)
    if not wait:
        job = warcqueue.queue_files(server, prefix, sources, sites, german)
        click.echo(f"queued {len(sources)} WARC files (job {job}); import them with "
                   f"'newsarchive worker --redis {redis_url} --warc' (any number) and "
                   f"'newsarchive ingest --redis {redis_url}'")  # fmt: skip
        return None
    job, summaries = warcqueue.queue_and_wait(server, prefix, sources, sites, german, True)
    click.echo(f"job {job} done", err=True)
    return summaries


@click.command()
@click.option("--site", default=None, help="Only this site's pages (slug).")
@click.option("--since", default=None, metavar="DATE",
              help="Only pages fetched (or recorded) on or after this ISO date.")  # fmt: skip
@click.option("--db", "db_path", default="archive.db", show_default=True,
              type=click.Path(exists=True, dir_okay=False), help="The archive.")  # fmt: skip
@click.option("--restart", is_flag=True, help="Start over instead of resuming a stopped run.")
@click.option("--full", is_flag=True,
              help="Classify every page again (no stored verdict reused).")  # fmt: skip
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE", help="A setting.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def reextract(site: str | None, since: str | None, db_path: str, restart: bool, full: bool,
              overrides: tuple[str, ...], as_json: bool) -> None:  # fmt: skip
    """Extract, classify, dedupe and store the archived pages again, read from the WARC
    files (no network): after an upgrade of the extractor or the topic rules.

    Changed articles are updated, pages move between skipped and articles, and a summary
    counts the rows changed per field and per site. A stopped run resumes where it was.
    """
    from newsarchive.crawl import reextract as reextraction
    from newsarchive.crawl.backfill import check_date

    try:
        check_date(since, "--since") if since else None
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--since") from error
    settings = bulk_settings(overrides, db_path)
    if full:
        settings["ARCHIVE_REUSE_VERDICTS"] = False
    summary = reextraction.run_reextract(settings, site, since, restart)
    click.echo(json.dumps(summary.as_dict(), indent=2, ensure_ascii=False) if as_json
               else reextraction.format_summary(summary))  # fmt: skip
