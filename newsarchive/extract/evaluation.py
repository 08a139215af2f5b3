"""Score article extraction against an evaluation corpus, as ``corpus/README.md`` defines.

A corpus directory holds ``manifest.jsonl`` (one object a page: ``id``, ``url``,
``fetched``, ``expected``) and ``pages/<id>.html.gz``. :func:`score` compares
predictions (dicts with ``title``, ``lead``, ``body``, ``authors``, ``published``) with
``expected``:

- snippets: every ``body_with`` snippet found in lead + body (after whitespace folding)
  is a true positive, one missed a false negative, every ``body_without`` snippet found a
  false positive; precision, recall and F1 are micro-averaged over the corpus;
- token F1: bag-of-words F1 of our lead + body against the expected ``lead`` +
  ``body_paragraphs``, averaged over the pages that have them;
- title: equal after whitespace folding, case-insensitive;
- authors: the set of names equal, case-insensitive;
- date: ``published`` on the same calendar day.

A page whose extraction failed counts as an empty prediction.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

#: The corpus beside the repository (``<repo>/../shared/corpus/dev``).
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"

#: Word tokens for the bag-of-words F1: runs of letters and digits.
TOKEN_RE = re.compile(r"\w+")
#: A calendar day at the start of an expected or predicted date (tolerates ``2022-01.26``).
DAY_RE = re.compile(r"(\d{4})-(\d{1,2})[-.](\d{1,2})")


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


def fold(text: str | None) -> str:
    """Collapse runs of whitespace to one space and strip."""
    return " ".join((text or "").split())


def tokens(text: str) -> Counter[str]:
    """The bag of word tokens of a text."""
    return Counter(TOKEN_RE.findall(text))


def token_f1(predicted: str, expected: str) -> float:
    """Bag-of-words F1 of two texts."""
    pred, gold = tokens(predicted), tokens(expected)
    if not pred and not gold:
        return 1.0
    overlap = sum((pred & gold).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(pred.values())
    recall = overlap / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def same_day(predicted: str | None, expected: str) -> bool:
    """True if both dates fall on the same calendar day (in the expected time zone)."""
    if not predicted:
        return False
    gold_day = DAY_RE.search(expected)
    if not gold_day:
        return False
    try:
        gold = datetime.fromisoformat(expected.strip().replace(" ", "T"))
        pred = datetime.fromisoformat(predicted.strip().replace(" ", "T"))
    except ValueError:
        pass
    else:
        if gold.tzinfo and pred.tzinfo:
            return pred.astimezone(gold.tzinfo).date() == gold.date()
    pred_day = DAY_RE.search(predicted)
    return pred_day is not None and tuple(map(int, pred_day.groups())) == tuple(
        map(int, gold_day.groups())
    )


def _lead_body(prediction: dict[str, Any]) -> str:
    return "\n\n".join(p for p in (prediction.get("lead"), prediction.get("body")) if p)


def score(
    records: Iterable[dict[str, Any]], predictions: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """Score predictions (by page id) against the records' ``expected``."""
    tp = fn = fp = 0
    f1s: list[float] = []
    hits: dict[str, list[bool]] = {"title": [], "authors": [], "date": []}
    for record in records:
        expected = record.get("expected") or {}
        pred = predictions.get(record["id"]) or {}
        text = fold(_lead_body(pred))
        for snippet in expected.get("body_with") or []:
            if fold(snippet) in text:
                tp += 1
            else:
                fn += 1
        fp += sum(1 for s in expected.get("body_without") or [] if fold(s) in text)
        if "body_paragraphs" in expected:
            gold = "\n".join([*(expected.get("lead") or []), *expected["body_paragraphs"]])
            f1s.append(token_f1(text, gold))
        if expected.get("title") is not None:
            hits["title"].append(fold(pred.get("title")).lower() == fold(expected["title"]).lower())
        if expected.get("authors"):
            ours = {fold(a).lower() for a in pred.get("authors") or []}
            hits["authors"].append(ours == {fold(a).lower() for a in expected["authors"]})
        if expected.get("published"):
            hits["date"].append(same_day(pred.get("published"), expected["published"]))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict[str, Any] = {
        "snippet_precision": precision,
        "snippet_recall": recall,
        "snippet_f1": f1,
        "token_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "token_pages": len(f1s),
    }
    for name, values in hits.items():
        result[name] = sum(values) / len(values) if values else 0.0
        result[f"{name}_pages"] = len(values)
    return result


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
    """Our extractor on one corpus page; an ``error`` key instead when it fails."""
    from newsarchive.extract.extraction import ExtractionError, extract

    fetched = _parse_fetched(page.fetched)
    try:
        return extract(page.body, page.url, fetched_at=fetched)
    except ExtractionError as error:
        return {"error": error.reason, "detail": error.detail}


def _parse_fetched(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


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


#: The figures of a report, their labels and the issue's targets.
FIGURES = (
    ("snippet_f1", "snippet F1", 0.95),
    ("snippet_precision", "  precision", None),
    ("snippet_recall", "  recall", None),
    ("token_f1", "token F1", 0.97),
    ("title", "title", 0.90),
    ("authors", "authors", 0.85),
    ("date", "date", 0.95),
)


def compare(corpus: Path, *, with_baseline: bool = True) -> dict[str, Any]:
    """Run ours and (optionally) trafilatura on the same in-memory pages, interleaved;
    scores and speed (pages per CPU second)."""
    pages = load_pages(corpus)
    records = [{"id": p.id, "expected": p.expected} for p in pages]
    extractors: dict[str, Callable[[Page], dict[str, Any]]] = {"ours": ours}
    if with_baseline:
        extractors["trafilatura"] = trafilatura_baseline
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
    return report


def format_report(report: dict[str, Any]) -> str:
    """The report as a side-by-side table."""
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
        row += f"{target:>8.2f}" if target is not None else ""
        if target is not None:
            row += "  ok" if report["ours"][key] >= target else "  MISSED"
        lines.append(row)
    row = f"{'pages/CPU s':<14}{report['ours']['pages_per_s']:>8.1f}"
    if has_base:
        row += f"{report['trafilatura']['pages_per_s']:>13.1f}"
    lines.append(row)
    if has_base:
        ratio = report["speed_ratio"]
        verdict = "ok" if ratio >= 1.0 else "MISSED"
        lines.append(f"{'speed ratio':<14}{ratio:>8.2f}{'':>13}{1.0:>8.2f}  {verdict}")
    counts = report["ours"]
    lines.append("")
    lines.append(
        f"scored pages: token F1 {counts['token_pages']}, title {counts['title_pages']}, "
        f"authors {counts['authors_pages']}, date {counts['date_pages']}"
    )
    return "\n".join(lines)
