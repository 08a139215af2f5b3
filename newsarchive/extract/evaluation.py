"""Evaluate article extraction on a corpus, side by side with trafilatura.

A corpus directory holds ``manifest.jsonl`` (one object a page: ``id``, ``url``,
``fetched``, ``expected``) and ``pages/<id>.html.gz``. :func:`compare` loads the pages into
memory, runs our extractor and trafilatura's interleaved (:func:`run_side_by_side`, CPU
time, both warmed up first), scores both on the whole corpus (:mod:`.scoring`) and, with
``folds``, on site-grouped folds (:mod:`.folds`).
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newsarchive.extract.folds import cross_validate, format_folds
from newsarchive.extract.scoring import score

#: The corpus beside the repository (``<repo>/../shared/corpus/dev``).
DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"
#: A text no locale reads as a date: dateparser tries every one of its 200 locales on it
#: and so builds all their patterns (see :func:`warm_up`).
WARM_UP_TEXT = "qqq 1234 zzz 56"


@dataclass
class Page:
    """One corpus page, its body loaded into memory."""

    id: str
    url: str
    body: bytes
    fetched: str | None = None
    expected: dict[str, Any] = field(default_factory=dict)


def load_manifest(corpus: Path) -> list[dict[str, Any]]:
    """The manifest's records, in order."""
    with (corpus / "manifest.jsonl").open(encoding="utf-8") as fp:
        return [json.loads(line) for line in fp if line.strip()]


def load_pages(corpus: Path) -> list[Page]:
    """Every page of a corpus with its ungzipped body."""
    pages = []
    for record in load_manifest(corpus):
        path = corpus / "pages" / f"{record['id']}.html.gz"
        body = gzip.decompress(path.read_bytes()) if path.exists() else b""
        pages.append(
            Page(
                id=record["id"],
                url=record.get("url") or "",
                body=body,
                fetched=record.get("fetched"),
                expected=record.get("expected") or {},
            )
        )
    return pages


def trafilatura_baseline(page: Page) -> dict[str, Any]:
    """trafilatura ``bare_extraction`` in standard mode with metadata, as a prediction."""
    import trafilatura

    doc = trafilatura.bare_extraction(page.body, url=page.url, with_metadata=True)
    if doc is None or isinstance(doc, dict):
        return {}
    return {
        "title": doc.title,
        "lead": "",
        "body": doc.text or "",
        "authors": [a.strip() for a in (doc.author or "").split(";") if a.strip()],
        "published": doc.date,
    }


def ours(page: Page) -> dict[str, Any]:
    """Our extractor on one corpus page; when it fails, an ``error`` key with the fields
    found before the failure (a ``no-text`` page's title, authors and dates)."""
    from newsarchive.extract.extraction import ExtractionError, extract

    fetched = _parse_fetched(page.fetched)
    try:
        return extract(page.body, page.url, fetched_at=fetched)
    except ExtractionError as error:
        return {**error.found, "error": error.reason, "detail": error.detail}


def _parse_fetched(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def warm_up() -> None:
    """Pay the libraries' one-off start-ups outside the timed pass.

    - htmldate's extensive search (trafilatura uses it) hands text it cannot read to
      dateparser, which on the first such call builds the patterns of all its locales
      (about 2-4 CPU seconds, once per process);
    - trafilatura's justext fallback (both extractors reach it on poor pages) loads the
      stop words of all its languages on first use (about 0.5 CPU seconds).

    Which page first reaches them depends on the corpus: without this the cost lands on
    one page of whichever extractor gets there first, not on the per-page figures."""
    try:
        from htmldate.extractors import get_external_parser
    except ImportError:  # another htmldate: nothing known to warm up
        pass
    else:
        get_external_parser().get_date_data(WARM_UP_TEXT)
    try:
        from trafilatura import external
    except ImportError:
        return
    if getattr(external, "JT_STOPLIST", ()) is None:
        external.jt_stoplist_init()


def run(
    pages: list[Page], extractor: Callable[[Page], dict[str, Any]]
) -> tuple[dict[str, dict[str, Any]], float]:
    """Predictions by page id and the CPU seconds the extractor took."""
    return run_side_by_side(pages, {"only": extractor})["only"]


def run_side_by_side(
    pages: list[Page], extractors: dict[str, Callable[[Page], dict[str, Any]]]
) -> dict[str, tuple[dict[str, dict[str, Any]], float]]:
    """Run every extractor on each page in turn and add up the CPU seconds each spends.

    Interleaving page by page (with the order rotating from page to page) means that
    load from other processes, and caches warmed by the previous call, fall on all
    extractors alike; CPU time rather than wall time keeps waiting for the core out. Each
    extractor gets one untimed warm-up call first (imports, lexicons, compiled patterns).
    """
    names = list(extractors)
    predictions: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in names}
    seconds = dict.fromkeys(names, 0.0)
    if pages:
        for extractor in extractors.values():
            extractor(pages[0])
    for index, page in enumerate(pages):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.process_time()
            predictions[name][page.id] = extractors[name](page)
            seconds[name] += time.process_time() - start
    return {name: (predictions[name], max(seconds[name], 1e-9)) for name in names}


def extract_corpus(corpus: Path) -> Iterator[dict[str, Any]]:
    """One output line a page: ``id``, ``url`` and the extracted fields (or ``error``)."""
    for page in load_pages(corpus):
        yield {"id": page.id, "url": page.url, **ours(page)}


#: The figures of a report, their labels and the held-out targets (issue 11).
FIGURES = (
    ("snippet_f1", "snippet F1", 0.945),
    ("snippet_precision", "  precision", None),
    ("snippet_recall", "  recall", None),
    ("token_f1", "token F1", 0.97),
    ("title", "title", 0.88),
    ("authors", "authors", 0.80),
    ("date", "date", 0.92),
)
#: Our pages per CPU second over trafilatura's, warmed up, in the same run.
SPEED_TARGET = 1.5


def compare(corpus: Path, *, with_baseline: bool = True, folds: int = 0) -> dict[str, Any]:
    """Run ours and (optionally) trafilatura on the same in-memory pages, interleaved;
    scores and speed (pages per CPU second), and with ``folds`` the fold report."""
    pages = load_pages(corpus)
    records = [{"id": p.id, "expected": p.expected} for p in pages]
    extractors: dict[str, Callable[[Page], dict[str, Any]]] = {"ours": ours}
    if with_baseline:
        extractors["trafilatura"] = trafilatura_baseline
        warm_up()
    results = run_side_by_side(pages, extractors)
    mine = results["ours"][0]
    report: dict[str, Any] = {
        "pages": len(pages),
        "errors": sum(1 for p in mine.values() if "error" in p),
    }
    for name, (predicted, seconds) in results.items():
        report[name] = {
            **score(records, predicted),
            "seconds": seconds,
            "pages_per_s": len(pages) / seconds,
        }
    if with_baseline:
        report["speed_ratio"] = report["ours"]["pages_per_s"] / report["trafilatura"]["pages_per_s"]
    if folds:
        urls = {p.id: p.url for p in pages}
        predictions = {name: predicted for name, (predicted, _) in results.items()}
        report["folds"] = cross_validate(records, urls, predictions, folds)
    return report


def format_report(report: dict[str, Any]) -> str:
    """The report as a side-by-side table (and the fold table, if there is one)."""
    has_base = "trafilatura" in report
    lines = [f"{report['pages']} pages, {report['errors']} without an article (ours)", ""]
    head = f"{'':<14}{'ours':>8}"
    if has_base:
        head += f"{'trafilatura':>13}"
    lines.append(head + f"{'target':>8}")
    for key, label, target in FIGURES:
        row = f"{label:<14}{report['ours'][key]:>8.3f}"
        if has_base:
            row += f"{report['trafilatura'][key]:>13.3f}"
        row += f"{target:>8.3f}" if target is not None else ""
        if target is not None:
            row += "  ok" if report["ours"][key] >= target else "  MISSED"
        lines.append(row)
    row = f"{'pages/CPU s':<14}{report['ours']['pages_per_s']:>8.1f}"
    if has_base:
        row += f"{report['trafilatura']['pages_per_s']:>13.1f}"
    lines.append(row)
    if has_base:
        ratio = report["speed_ratio"]
        verdict = "ok" if ratio >= SPEED_TARGET else "MISSED"
        lines.append(f"{'speed ratio':<14}{ratio:>8.2f}{'':>13}{SPEED_TARGET:>8.2f}  {verdict}")
    counts = report["ours"]
    lines.append("")
    lines.append(
        f"scored pages: token F1 {counts['token_pages']}, title {counts['title_pages']}, "
        f"authors {counts['authors_pages']}, date {counts['date_pages']}"
    )
    if "folds" in report:
        lines += ["", format_folds(report["folds"])]
    return "\n".join(lines)
