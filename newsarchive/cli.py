"""The ``newsarchive`` command line: thin click wrappers around the package."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from newsarchive import runner, serving, storage


@click.group()
@click.version_option()
def cli() -> None:
    """Archive of German business news on banks and social media."""


@cli.command()
@click.argument("slugs", nargs=-1)
@click.option("--db", "db_path", default=None, help="SQLite file to write (ARCHIVE_DB).")
@click.option(
    "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting."
)
def crawl(slugs: tuple[str, ...], db_path: str | None, overrides: tuple[str, ...]) -> None:
    """Crawl the given spiders (default: all enabled) into the archive."""
    try:
        settings = runner.parse_overrides(overrides)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--set") from error
    if db_path:
        settings["ARCHIVE_DB"] = db_path
    try:
        summary = runner.crawl(list(slugs), settings)
    except runner.UnknownSpider as error:
        raise click.UsageError(str(error)) from error
    click.echo(runner.format_summary(summary))
    if summary and all(s.failed_site for s in summary):
        sys.exit(1)


@cli.command()
@click.argument("db_path", default="archive.db", type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path: str, host: str, port: int) -> None:
    """Serve the archive read-only with Datasette."""
    if not Path(db_path).exists():
        raise click.UsageError(f"{db_path} does not exist: run 'newsarchive crawl' first")
    storage.open_db(db_path).close()  # migrate before serving
    args = serving.datasette_args(db_path, host=host, port=port)
    os.execv(sys.executable, [sys.executable, "-m", "datasette", *args])


@cli.command()
@click.argument("db_path", default="archive.db", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(db_path: str, as_json: bool) -> None:
    """Counts of articles, copies, skipped pages, failures and crawls."""
    counts = storage.counts(db_path)
    if as_json:
        click.echo(json.dumps(counts, indent=2))
        return
    for name, value in counts.items():
        click.echo(f"{name:>24}: {value}")
