"""Datasette under load (``newsarchive bench load``): local only, bounded in time.

Serves a generated archive (:mod:`newsarchive.bench.search`) with the project's real
settings and runs :data:`CLIENTS` concurrent clients for :data:`SECONDS` seconds, each
sending the next request when the last one answered, mixing the search page, the
articles table with facets and filters, article pages and the search feed. The baseline
of the same run: the same mix sent by one client (no contention). Prints, per kind,
requests, errors, median and p95, the targets (0 errors, article pages p95 <= 1 s,
everything p95 <= 3 s) and the ratio to the baseline.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import defaultdict
from urllib.parse import urlencode

import httpx

from newsarchive.bench import Options
from newsarchive.bench.search import (
    FACET_FILTERS,
    SEARCH_QUERIES,
    Timing,
    datasette,
    ensure_archive,
    request_url,
)

CLIENTS = 50
SECONDS = 60.0
#: A request slower than this counts as an error (the issue's clients gave up at 10 s).
TIMEOUT = 10.0
TARGETS_MS = {"article": 1000.0, "all": 3000.0}


def request_mix(urls: list[str], rng: random.Random, database: str = "archive"
                ) -> list[tuple[str, str]]:  # fmt: skip
    """``(kind, path)`` pairs: searches, faceted tables, article pages and feeds."""
    mix: list[tuple[str, str]] = []
    for query in SEARCH_QUERIES:
        mix.append(("search", f"/{database}/suche?" + urlencode({"suchbegriff": query})))
        mix.append(("feed", f"/{database}/suche_neu.atom?" + urlencode({"suchbegriff": query})))
    for filters in FACET_FILTERS:
        mix.append(("table", request_url(f"/{database}/articles?{filters}", {})))
    from datasette.utils import tilde_encode

    for url in rng.sample(urls, min(len(urls), 40)):
        mix += [("article", f"/{database}/articles/{tilde_encode(url)}")] * 2
    return mix


async def _client(base: str, mix: list[tuple[str, str]], until: float, seed: int,
                  results: dict[str, list[float]], errors: dict[str, int]) -> None:  # fmt: skip
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=TIMEOUT) as client:
        while time.monotonic() < until:
            kind, path = rng.choice(mix)
            started = time.perf_counter()
            try:
                response = await client.get(path)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            elapsed = (time.perf_counter() - started) * 1000
            if ok:
                results[kind].append(elapsed)
            else:
                errors[kind] += 1


async def run_load(base: str, mix: list[tuple[str, str]], clients: int, seconds: float
                   ) -> tuple[dict[str, list[float]], dict[str, int]]:  # fmt: skip
    """Latencies (ms) and error counts per kind of ``clients`` clients for ``seconds``."""
    results: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    until = time.monotonic() + seconds
    await asyncio.gather(*(_client(base, mix, until, n, results, errors) for n in range(clients)))
    return results, errors


def report(loaded: tuple[dict[str, list[float]], dict[str, int]],
           baseline: tuple[dict[str, list[float]], dict[str, int]], clients: int,
           seconds: float) -> str:  # fmt: skip
    """The load table: per kind, requests, errors, median, p95, ratio to the baseline."""
    results, errors = loaded
    base_results, _ = baseline
    every = [x for samples in results.values() for x in samples]
    lines = [f"load: {clients} clients for {seconds:.0f} s, baseline: 1 client",
             f"{'kind':<10} {'n':>6} {'errors':>6} {'median ms':>10} {'p95 ms':>8} "
             f"{'base p95':>9}  target"]  # fmt: skip
    for kind in sorted(set(results) | set(errors)):
        timing = Timing(kind, results.get(kind) or [0.0])
        base = Timing(kind, base_results.get(kind) or [0.0])
        target = TARGETS_MS.get(kind)
        verdict = ""
        if target is not None:
            verdict = f"p95 <= {target:.0f} ms: {'ok' if timing.p95 <= target else 'MISSED'}"
        count, failed_kind = len(results.get(kind, [])), errors.get(kind, 0)
        lines.append(f"{kind:<10} {count:>6} {failed_kind:>6} {timing.median:>10.1f} "
                     f"{timing.p95:>8.1f} {base.p95:>9.1f}  {verdict}")  # fmt: skip
    total = Timing("all", every or [0.0])
    failed = sum(errors.values())
    lines.append(f"{'all':<10} {len(every):>6} {failed:>6} {total.median:>10.1f} "
                 f"{total.p95:>8.1f} {'':>9}  p95 <= 3000 ms: "
                 f"{'ok' if total.p95 <= TARGETS_MS['all'] else 'MISSED'}; "
                 f"0 errors: {'ok' if failed == 0 else 'MISSED'}")  # fmt: skip
    return "\n".join(lines)


def run(options: Options, clients: int = CLIENTS, seconds: float = SECONDS) -> str:
    """Build or reuse the archive, serve it with the real settings, load it, report."""
    from newsarchive.sqlite import sqlite3

    path, _ = ensure_archive(options.directory, options.articles, options.seed)
    with sqlite3.connect(path) as conn:
        urls = [r[0] for r in conn.execute("SELECT url FROM articles ORDER BY random() LIMIT 200")]
    mix = request_mix(urls, random.Random(options.seed))
    with datasette(path, bench_settings=False) as base:
        baseline = asyncio.run(run_load(base, mix, 1, min(seconds, 20.0)))
        loaded = asyncio.run(run_load(base, mix, clients, seconds))
    return f"archive: {path} ({options.articles:,} articles)\n" + report(
        loaded, baseline, clients, seconds
    )
