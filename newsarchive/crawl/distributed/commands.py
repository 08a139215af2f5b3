"""The commands of the distributed mode: ``worker``, ``ingest``, ``status``.

Thin click wrappers, registered on the ``newsarchive`` group by :mod:`newsarchive.cli`.
"""

from __future__ import annotations

import json
from typing import Any

import click

from newsarchive.crawl import runner


def _redis(url: str) -> Any:
    from newsarchive.crawl.distributed import keys

    try:
        return keys.connect(url)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--redis") from error
    except Exception as error:  # redis.ConnectionError and kin
        raise click.ClickException(f"cannot reach Redis at {url}: {error}") from error


@click.command()
@click.argument("slugs", nargs=-1)
@click.option("--redis", "redis_url", required=True, metavar="URL",
              help="Redis of the fleet: redis://HOST:6379/0.")  # fmt: skip
@click.option("--warc", is_flag=True,
              help="Import the WARC files queued by 'import-warc --redis' instead.")  # fmt: skip
@click.option(
    "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting."
)
def worker(slugs: tuple[str, ...], redis_url: str, warc: bool, overrides: tuple[str, ...]) -> None:
    """Crawl as one of any number of workers sharing a frontier in Redis.

    Extracts and classifies; the items go to Redis for 'newsarchive ingest' (the SQLite
    file is never opened). Stops when the spiders' shared queues are empty. With
    --warc: takes the queued WARC files one at a time, and stops when none is left.
    """
    from newsarchive.crawl.distributed import worker as fleet

    _redis(redis_url)
    try:
        settings = runner.parse_overrides(overrides)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--set") from error
    if warc:
        if slugs:
            raise click.UsageError("--warc takes no spiders (the queued files name the sites)")
        from newsarchive.crawl.distributed import warcworker

        click.echo(warcworker.format_read(warcworker.run_warc_worker(redis_url, settings)))
        return
    try:
        summary, beats = fleet.run_worker(list(slugs), redis_url, settings)
    except runner.UnknownSpider as error:
        raise click.UsageError(str(error)) from error
    click.echo(fleet.format_summary(summary, beats))


@click.command()
@click.option("--redis", "redis_url", required=True, metavar="URL",
              help="Redis of the fleet: redis://HOST:6379/0.")  # fmt: skip
@click.option("--db", "db_path", default="archive.db", show_default=True,
              help="SQLite file to write (the only writer).")  # fmt: skip
@click.option("--consumer", default="ingest-1", show_default=True,
              help="Name in the consumer group (keep it across restarts).")  # fmt: skip
@click.option("--until-done", is_flag=True,
              help="Exit once no worker is alive and every item is stored.")  # fmt: skip
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a setting.")
def ingest(redis_url: str, db_path: str, consumer: str, until_done: bool,
           overrides: tuple[str, ...]) -> None:  # fmt: skip
    """Store the workers' items from Redis into the archive, in committed batches."""
    from newsarchive.crawl.distributed.ingest import Ingest

    server = _redis(redis_url)
    try:
        settings = runner.parse_overrides(overrides)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--set") from error
    job = Ingest(server, db_path, consumer, settings)
    try:
        totals = job.run(until_done=until_done, progress=lambda line: click.echo(line, err=True))
    except KeyboardInterrupt:
        totals = job.totals
    click.echo(totals.line())


@click.command()
@click.option("--redis", "redis_url", required=True, metavar="URL",
              help="Redis of the fleet: redis://HOST:6379/0.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def status(redis_url: str, as_json: bool) -> None:
    """Queue lengths, items/s, per-domain fetch rates and failed workers of the fleet."""
    from newsarchive import settings
    from newsarchive.crawl.distributed.status import fleet_status, format_status

    report = fleet_status(_redis(redis_url), settings.ARCHIVE_REDIS_PREFIX,
                          settings.ARCHIVE_REDIS_WORKER_TIMEOUT)  # fmt: skip
    click.echo(json.dumps(report.as_dict(), indent=2) if as_json else format_status(report))


COMMANDS = (worker, ingest, status)
