"""Site-grouped cross-validation: the corpus in folds by registered domain, scored fold by fold.

A rule written while looking at some sites must hold on the others. Pages are grouped by
their registered domain (``blog.example.de`` and ``www.example.de`` together; a Wayback
Machine copy under the site it copies), the groups dealt into ``k`` folds of about equal
size (largest group first, to the smallest fold; ties broken by a hash of the domain, so the
folds are the same in every run and on every machine), and each field is scored on each
fold alone. The report gives, per field, the mean over the folds and their spread: a rule
that helps only the sites it was written for shows as a wider spread and a flat mean.
"""

from __future__ import annotations

import hashlib
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from newsarchive.extract.data import ARCHIVED_URL
from newsarchive.extract.scoring import score

#: The fields of the fold table: score key, label, held-out target (issue 11).
FOLD_FIELDS = (
    ("snippet_f1", "snippet F1", 0.945),
    ("token_f1", "token F1", 0.97),
    ("title", "title", 0.88),
    ("authors", "authors", 0.80),
    ("date", "date", 0.92),
)
#: The number of pages a fold needs for a field to be scored on it.
PAGES_KEY = {"snippet_f1": None, "token_f1": "token_pages"}


@lru_cache(maxsize=1)
def _public_suffixes() -> Any:
    import tldextract

    # the public suffix list bundled with tldextract: never fetched from the network
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def site_of(url: str) -> str:
    """The registered domain of a page (of the archived page for a Wayback Machine copy)."""
    archived = ARCHIVED_URL.match(url)
    if archived:
        url = archived.group(1)
    parts = _public_suffixes()(url)
    host = (urlsplit(url).hostname or "").lower()
    return parts.top_domain_under_public_suffix or host.removeprefix("www.")


def assign_folds(sites: dict[str, str], k: int) -> dict[str, int]:
    """Fold number (0..k-1) per page id, from each page's site; no site in two folds."""
    groups: dict[str, list[str]] = defaultdict(list)
    for page_id, site in sites.items():
        groups[site].append(page_id)
    order = sorted(groups, key=lambda s: (-len(groups[s]), hashlib.sha1(s.encode()).hexdigest()))
    sizes = [0] * k
    folds: dict[str, int] = {}
    for site in order:
        target = min(range(k), key=lambda i: (sizes[i], i))
        sizes[target] += len(groups[site])
        for page_id in groups[site]:
            folds[page_id] = target
    return folds


def _pages_for(field: str, scores: dict[str, Any]) -> int:
    key = PAGES_KEY.get(field, f"{field}_pages")
    if key is None:  # snippets: every page with snippets; scored when any was counted
        return 1 if scores["snippet_precision"] or scores["snippet_recall"] else 0
    return int(scores[key])


def fold_scores(
    records: Sequence[dict[str, Any]], predictions: dict[str, dict[str, Any]], folds: dict[str, int]
) -> list[dict[str, Any]]:
    """:func:`score` on each fold's records alone."""
    k = max(folds.values(), default=-1) + 1
    return [score([r for r in records if folds[r["id"]] == i], predictions) for i in range(k)]


def summarise(per_fold: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per field: the values on the folds that have pages for it, their mean and spread."""
    per_fold = list(per_fold)
    summary: dict[str, dict[str, Any]] = {}
    for field, _, _ in FOLD_FIELDS:
        values = [s[field] for s in per_fold if _pages_for(field, s)]
        summary[field] = {
            "per_fold": [s[field] if _pages_for(field, s) else None for s in per_fold],
            "pages": [_pages_for(field, s) for s in per_fold],
            "mean": statistics.fmean(values) if values else 0.0,
            "sd": statistics.pstdev(values) if len(values) > 1 else 0.0,
            "min": min(values, default=0.0),
            "max": max(values, default=0.0),
        }
    return summary


def cross_validate(
    records: Sequence[dict[str, Any]],
    urls: dict[str, str],
    predictions: dict[str, dict[str, dict[str, Any]]],
    k: int,
) -> dict[str, Any]:
    """The fold report: fold sizes and, per extractor, :func:`summarise` of its fold scores."""
    folds = assign_folds({r["id"]: site_of(urls[r["id"]]) for r in records}, k)
    report: dict[str, Any] = {
        "k": k,
        "sizes": [sum(1 for f in folds.values() if f == i) for i in range(k)],
        "sites": len({site_of(u) for u in urls.values()}),
    }
    for name, predicted in predictions.items():
        report[name] = summarise(fold_scores(records, predicted, folds))
    return report


def format_folds(report: dict[str, Any]) -> str:
    """The fold table: per field ours on each fold, mean, spread; trafilatura's mean beside."""
    k = report["k"]
    has_base = "trafilatura" in report
    lines = [
        f"{k} folds by registered domain ({report['sites']} sites; pages per fold: "
        + " ".join(map(str, report["sizes"]))
        + ")",
        "",
        f"{'':<12}"
        + "".join(f"{'f' + str(i + 1):>7}" for i in range(k))
        + f"{'mean':>8}{'sd':>7}{'min':>7}"
        + (f"{'trafilatura':>13}{'sd':>7}" if has_base else "")
        + f"{'target':>8}",
    ]
    for field, label, target in FOLD_FIELDS:
        ours = report["ours"][field]
        cells = "".join(f"{v:>7.3f}" if v is not None else f"{'-':>7}" for v in ours["per_fold"])
        row = f"{label:<12}{cells}{ours['mean']:>8.3f}{ours['sd']:>7.3f}{ours['min']:>7.3f}"
        if has_base:
            base = report["trafilatura"][field]
            row += f"{base['mean']:>13.3f}{base['sd']:>7.3f}"
        row += f"{target:>8.3f}  " + ("ok" if ours["mean"] >= target else "MISSED")
        lines.append(row)
    return "\n".join(lines)
