"""The ``newsarchive`` command line: thin click wrappers around the package."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from newsarchive.archive import storage
from newsarchive.bench import PARTS
from newsarchive.crawl import runner
from newsarchive.crawl.distributed import commands as fleet_commands
from newsarchive.crawl.history_cli import import_warc, reextract
from newsarchive.extract import commands as extract_commands
from newsarchive.serve import config as serving


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
@click.option("--since", default=None, metavar="DATE", help="Backfill: follow the sites' dated "
              "sitemap archives from this ISO date on (resumable; see README).")  # fmt: skip
@click.option("--until", default=None, metavar="DATE", help="Backfill: up to this ISO date.")
@click.option("--all-urls", is_flag=True, help="Backfill: every article URL, not only those "
              "whose address carries a topic word.")  # fmt: skip
def crawl(slugs: tuple[str, ...], db_path: str | None, overrides: tuple[str, ...],
          since: str | None, until: str | None, all_urls: bool) -> None:  # fmt: skip
    """Crawl the given spiders (default: all enabled) into the archive.

    Shows each site's progress while it runs and ends with a summary; a failing site
    is flagged there and in the crawls table, and does not stop the others. With
    --since it backfills from the sites' sitemap archives instead of their newest pages.
    """
    from newsarchive.crawl.backfill import backfill_settings

    try:
        fixed, defaults = backfill_settings(since, until, all_urls, db_path)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--since/--until") from error
    _run_crawl(list(slugs), db_path, overrides, defaults=defaults, fixed=fixed)


def _run_crawl(
    slugs: list[str], db_path: str | None, overrides: tuple[str, ...],
    spider_args: dict[str, dict[str, str]] | None = None,
    defaults: dict[str, object] | None = None, fixed: dict[str, object] | None = None,
) -> None:  # fmt: skip
    try:
        settings = {**(defaults or {}), **runner.parse_overrides(overrides), **(fixed or {})}
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--set") from error
    if db_path:
        settings["ARCHIVE_DB"] = db_path
    try:
        run = runner.crawl(slugs, settings, spider_args=spider_args)
    except runner.UnknownSpider as error:
        raise click.UsageError(str(error)) from error
    click.echo(run.summary())
    if run.sites and all(s.failed_site for s in run.sites):
        sys.exit(1)
    resolved = runner.project_settings(settings)
    if resolved.getbool("ARCHIVE_RECHECK_AFTER_CRAWL"):
        from newsarchive.crawl import recheck as rechecks

        rechecks.main_after_crawl(str(resolved.get("ARCHIVE_DB")), overrides)


@cli.command(name="crawl-history")
@click.argument("slug")
@click.option("--from", "year_from", default=2008, show_default=True, help="First year.")
@click.option("--to", "year_to", default=2014, show_default=True, help="Last year.")
@click.option("--db", "db_path", default=None, help="SQLite file to write (ARCHIVE_DB).")
@click.option(
    "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting."
)
def crawl_history(
    slug: str, year_from: int, year_to: int, db_path: str | None, overrides: tuple[str, ...]
) -> None:
    """Crawl one site's history from the Wayback Machine (captures of its sections)."""
    if year_from > year_to:
        raise click.BadParameter("--from is after --to", param_hint="--from")
    from newsarchive.crawl.sources import spider_classes

    if slug not in spider_classes():
        raise click.UsageError(f"unknown site: {slug}; known: {', '.join(spider_classes())}")
    args = {"wayback": {"site": slug, "from": str(year_from), "to": str(year_to)}}
    _run_crawl(["wayback"], db_path, overrides, spider_args=args)


@cli.command()
@click.option("--db", "db_path", default=None, help="SQLite file to re-check (ARCHIVE_DB).")
@click.option("--all", "everything", is_flag=True,
              help="Re-check every live article now, whatever the schedule.")  # fmt: skip
@click.option(
    "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting."
)
def recheck(db_path: str | None, everything: bool, overrides: tuple[str, ...]) -> None:
    """Fetch stored articles again on their schedule (ARCHIVE_RECHECK_SCHEDULE) and keep
    what changed as versions; taken-down articles are marked removed.

    Conditional requests (ETag, Last-Modified): an unchanged page costs one small
    request. Resumable: what is still due is picked up by the next run.
    """
    from newsarchive.crawl import recheck as rechecks

    try:
        settings = runner.parse_overrides(overrides)
        path = db_path or str(runner.project_settings(settings).get("ARCHIVE_DB"))
        rechecks.parse_schedule(runner.project_settings(settings).get("ARCHIVE_RECHECK_SCHEDULE"))
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--set") from error
    if not Path(path).exists():
        raise click.UsageError(f"{path} does not exist: run 'newsarchive crawl' first")
    results = rechecks.recheck(path, settings, everything)
    click.echo(rechecks.format_report(path, results))


@cli.command(name="check-sources")
@click.argument("slugs", nargs=-1)
@click.option("--base-url", default=None, help="Fetch through a mirror of the web at this URL.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds per request.")
def check_sources(slugs: tuple[str, ...], base_url: str | None, timeout: float) -> None:
    """Fetch one listing and one article per source (needs the internet) and report
    which extracted fields came out empty; exit status 1 if any source needs a look."""
    from newsarchive.crawl import sources

    classes = sources.spider_classes()
    unknown = [s for s in slugs if s not in classes]
    if unknown:
        raise click.UsageError(f"unknown source(s): {', '.join(unknown)}")
    checks = sources.check_sources([classes[s] for s in slugs or sorted(classes)], base_url,
                                   timeout)  # fmt: skip
    click.echo(sources.format_checks(checks))
    if not all(check.ok for check in checks):
        sys.exit(1)


@cli.command()
@click.argument("db_path", default="archive.db", type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path: str, host: str, port: int) -> None:
    """Serve the archive read-only with Datasette (German; opens on the search page)."""
    if not Path(db_path).exists():
        raise click.UsageError(f"{db_path} does not exist: run 'newsarchive crawl' first")
    _exec_datasette(db_path, host, port)


def _exec_datasette(db_path: str, host: str, port: int) -> None:
    """Migrate the archive and refresh its media names, then replace this process by
    Datasette serving it (the start page is the search)."""
    from newsarchive.archive.media import sync_media

    db = storage.open_db(db_path)
    sync_media(db)
    db.close()
    click.echo(f"Archiv durchsuchen: http://{host}:{port}/")
    args = serving.datasette_args(db_path, host=host, port=port)
    os.execv(sys.executable, [sys.executable, "-m", "datasette", *args])


@cli.command()
@click.option("--db", "db_path", default="demo.db", show_default=True, help="Archive to write.")
@click.option("--port", default=8001, show_default=True, type=int, help="Datasette's port.")
@click.option("--spider", "spiders", multiple=True,
              help="Crawl only this spider (repeatable; default: all demo sites).")  # fmt: skip
@click.option("--no-serve", is_flag=True, help="Crawl only; do not start Datasette.")
def demo(db_path: str, port: int, spiders: tuple[str, ...], no_serve: bool) -> None:
    """Crawl the bundled demo news site (offline, on 127.0.0.1) into DB and serve it.

    The demo site is served on a free port, the spiders are pointed at it with
    ARCHIVE_BASE_URL (robots.txt obeyed, no delays), then (unless --spider is given)
    a history crawl of welt 2008-2014 reads the demo's recorded Wayback Machine and a
    backfill follows WELT's monthly sitemap archive since 2008; then Datasette serves
    the result on 127.0.0.1:PORT with the archive's configuration.
    """
    import subprocess

    from newsarchive.bench.localserver import port_in_use
    from newsarchive.demo import server as demoserver

    if not no_serve and port_in_use(port):
        raise click.ClickException(
            f"port {port} on 127.0.0.1 is already in use (Port {port} ist belegt): stop the "
            f"server using it, or choose another port, e.g. newsarchive demo --port {port + 1}"
        )
    slugs = list(spiders) or demoserver.demo_spiders()
    with demoserver.DemoServer() as base_url:
        click.echo(f"Demo site on {base_url}; crawling {', '.join(slugs)} into {db_path}")
        done = subprocess.run(demoserver.crawl_command(db_path, base_url, slugs), check=False)
        if done.returncode == 0 and not spiders:
            click.echo("Crawling the demo's Wayback Machine (crawl-history)")
            done = subprocess.run(demoserver.history_command(db_path, base_url), check=False)
            if done.returncode == 0:
                click.echo("Backfilling from WELT's sitemap archive (crawl --since 2008-01-01)")
                done = subprocess.run(demoserver.backfill_command(db_path, base_url), check=False)
    if done.returncode != 0:
        raise click.ClickException(f"the demo crawl failed (exit status {done.returncode})")
    if no_serve:
        return
    click.echo(f"Serving {db_path} on http://127.0.0.1:{port}/")
    _exec_datasette(db_path, "127.0.0.1", port)


@cli.command()
@click.argument("db_path", default="archive.db", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(db_path: str, as_json: bool) -> None:
    """Counts of articles, copies, skipped pages, failures and crawls."""
    counts = storage.counts(db_path)
    if as_json:
        click.echo(json.dumps(counts, indent=2))
        return
    click.echo(runner.format_counts(counts))


@cli.command(name="classify")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option(
    "--threshold", type=float, default=None, help="Relevance threshold (default: the setting)."
)
@click.option("--no-evidence", is_flag=True, help="Leave the evidence out of the output.")
def classify_(path: str, threshold: float | None, no_evidence: bool) -> None:
    """Classify JSON Lines articles (id, title, lead, body) for banks and social media.

    Prints one JSON line per article with id, relevance (0-1), relevant, banks,
    networks and evidence. PATH may be - for standard input.
    """
    from newsarchive import settings
    from newsarchive.topics import evaluation as topic_eval

    limit = settings.ARCHIVE_RELEVANCE_THRESHOLD if threshold is None else threshold
    with click.open_file(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise click.ClickException(f"{path}:{lineno}: not JSON: {error}") from error
            result = topic_eval.classify_record(record, limit).as_dict()
            if no_evidence:
                del result["evidence"]
            click.echo(json.dumps({"id": record.get("id"), **result}, ensure_ascii=False))


@cli.command(name="eval-topics")
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--threshold", type=float, default=None, help="Relevance threshold.")
@click.option("--check", is_flag=True, help="Exit with status 1 when a target is missed.")
@click.option("--errors", "show_errors", is_flag=True, help="List the misclassified articles.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def eval_topics(
    path: str | None, threshold: float | None, check: bool, show_errors: bool, as_json: bool
) -> None:
    """Precision, recall and F1 of relevance and of bank and network tagging.

    PATH is a labelled JSON Lines set (default: the bundled topics_labelled.jsonl).
    """
    from newsarchive import settings
    from newsarchive.topics import evaluation as topic_eval

    limit = settings.ARCHIVE_RELEVANCE_THRESHOLD if threshold is None else threshold
    report = topic_eval.evaluate(topic_eval.read_jsonl(path or topic_eval.LABELLED), limit)
    metrics = report.metrics()
    failed = report.failed_targets()
    if as_json:
        out = {"articles": report.articles, **metrics, "failed_targets": failed}
        if show_errors:
            out["errors"] = report.errors
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        click.echo(f"{'articles':>20}: {report.articles}")
        for name in ("relevance", "banks", "networks"):
            p, r, f1 = (metrics[f"{name}_{m}"] for m in ("precision", "recall", "f1"))
            click.echo(f"{name:>20}: precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
        if show_errors:
            for error in report.errors:
                click.echo(json.dumps(error, ensure_ascii=False))
        for line in failed:
            click.echo(f"below target: {line}")
    if check and failed:
        sys.exit(1)


@cli.command()
@click.argument("parts", nargs=-1, type=click.Choice(sorted(PARTS)))
@click.option("--articles", default=200_000, show_default=True, help="Generated articles.")
@click.option("--requests", "requests_", default=100, show_default=True,
              help="Requests per measurement.")  # fmt: skip
@click.option("--dir", "directory", default="bench", show_default=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Cache of generated archives.")  # fmt: skip
@click.option("--seed", default=1, show_default=True, help="Generator seed.")
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path),
              help="Evaluation corpus, for parts that use real pages.")  # fmt: skip
def bench(parts: tuple[str, ...], articles: int, requests_: int, directory: Path, seed: int,
          corpus: Path | None) -> None:  # fmt: skip
    """Benchmarks, each with ratios against a baseline of the same run.

    PARTS (default: all) are named in newsarchive.bench.PARTS.
    """
    import importlib

    from newsarchive.bench import Options

    options = Options(articles, requests_, directory, seed, corpus)
    for name in parts or tuple(PARTS):
        click.echo(importlib.import_module(PARTS[name][0]).run(options))


# extraction: extract, eval, eval-sets (newsarchive/extract/commands.py)
cli.add_command(extract_commands.extract)
cli.add_command(extract_commands.eval_)
cli.add_command(extract_commands.eval_sets)

# the history commands (newsarchive/crawl/history_cli.py)
cli.add_command(import_warc)
cli.add_command(reextract)

# --- distributed mode: worker, ingest, status (newsarchive.crawl.distributed.commands)

for _command in fleet_commands.COMMANDS:
    cli.add_command(_command)
