"""The extraction commands of the CLI: ``newsarchive extract``, ``newsarchive eval`` and
``newsarchive eval-sets`` (thin click wrappers; :mod:`newsarchive.cli` adds them to its group)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.command()
@click.argument(
    "page", required=False, type=click.Path(exists=True, dir_okay=False, allow_dash=True)
)
@click.option("--url", default="", help="The page's original address (for relative links).")
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Extract every page of a corpus (DIR/manifest.jsonl, DIR/pages/<id>.html.gz).",
)
@click.option("--out", type=click.Path(dir_okay=False), help="Write JSON Lines here (--corpus).")
def extract(page: str | None, url: str, corpus: Path | None, out: str | None) -> None:
    """Print the article extracted from PAGE (an HTML file, gzipped or not, or - for standard
    input) as JSON, or a corpus as JSON Lines."""
    from newsarchive.extract import evaluation, extraction, parsing

    if corpus is not None:
        with click.open_file(out or "-", "w", encoding="utf-8") as fp:
            for line in evaluation.extract_corpus(corpus):
                fp.write(json.dumps(line, ensure_ascii=False) + "\n")
        return
    if page is None:
        raise click.UsageError("give a PAGE file or --corpus DIR")
    raw = sys.stdin.buffer.read() if page == "-" else Path(page).read_bytes()
    try:
        item = extraction.extract(parsing.ungzip(raw), url)
    except extraction.ExtractionError as error:
        failure = {**error.found, "error": error.reason, "detail": error.detail}
        click.echo(json.dumps(failure, ensure_ascii=False, indent=2))
        sys.exit(1)
    click.echo(json.dumps(item, ensure_ascii=False, indent=2))


@click.command(name="eval")
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Corpus directory (default: ../shared/corpus/dev beside the repository).",
)
@click.option("--no-baseline", is_flag=True, help="Skip the trafilatura baseline run.")
@click.option(
    "--folds",
    type=click.IntRange(min=0),
    default=0,
    help="Also score on N folds grouped by registered domain (site-grouped cross-validation).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--stress",
    is_flag=True,
    help="Instead: time generated large and hostile pages at two sizes (no corpus needed).",
)
def eval_(corpus: Path | None, no_baseline: bool, folds: int, as_json: bool, stress: bool) -> None:
    """Score extraction on a corpus, side by side with trafilatura, with pages/s."""
    from newsarchive.extract import evaluation

    if stress:
        from newsarchive.extract.stress import stress_report

        click.echo(stress_report())
        return
    corpus = corpus or evaluation.DEFAULT_CORPUS
    if not (corpus / "manifest.jsonl").exists():
        raise click.UsageError(f"no manifest.jsonl in {corpus}")
    if folds == 1:
        raise click.UsageError("--folds needs at least 2 folds")
    report = evaluation.compare(corpus, with_baseline=not no_baseline, folds=folds)
    if as_json:
        click.echo(json.dumps(report, indent=2))
    else:
        click.echo(evaluation.format_report(report))


@click.command(name="eval-sets")
@click.argument(
    "root", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write JSON here.")
@click.option(
    "--against",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An earlier --out file: print the figures that moved since.",
)
@click.option("--jobs", type=click.IntRange(min=1), default=1, help="Processes to score in.")
def eval_sets(root: Path | None, out: Path | None, against: Path | None, jobs: int) -> None:
    """Score every corpus under ROOT (default: the invented judge sets in
    tests/fixtures/extract_realstyle), ours only; with --against, the figures that moved."""
    from newsarchive.extract import judges

    root = root or judges.DEFAULT_SETS
    count = len(judges.find_sets(root))
    if not count:
        raise click.UsageError(f"no manifest.jsonl under {root}")
    before = json.loads(against.read_text(encoding="utf-8")) if against else None
    with click.progressbar(length=count, label="sets", file=sys.stderr) as bar:
        results = judges.score_sets(root, jobs, lambda _name: bar.update(1))
    if out is not None:
        out.write_text(json.dumps(results, indent=1, sort_keys=True), encoding="utf-8")
    if before is None:
        click.echo(f"{count} sets scored" + (f", figures in {out}" if out else ""))
    elif not set(before) & set(results):
        raise click.UsageError(f"no set of {root} in {against} (score the same ROOT)")
    else:
        click.echo(judges.format_moved(judges.moved(before, results), count))
