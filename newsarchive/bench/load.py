"""Datasette under load (``newsarchive bench load``): local only, bounded in time.

Serves a generated archive (:mod:`newsarchive.bench.search`) with the project's real
settings and runs :data:`CLIENTS` concurrent clients for :data:`SECONDS` seconds, each
sending the next request when the last one answered, mixing the search page, the
articles table with facets and filters, article pages and the search feed. The baseline
of the same run: the same mix sent by one client (no contention), after the load, so the
load starts on a cold response cache. Prints, per kind,
requests, errors (of them, German 503s of the heavy-request gate), median and p95, the
targets (0 errors, article pages p95 <= 1 s, everything p95 <= 3 s) and the ratio to the
baseline.

Every error is kept with its status (or the client's exception, e.g. ``ReadTimeout``) and
the start of its answer (of an HTML page, its text): the report groups them, and
``<dir>/load-errors.log`` holds one line per error.

The mix also holds the reading view (``/archive/artikel``) with filter sets and searches
(:data:`READING_REQUESTS` different ones). ``ARCHIVE_RESPONSE_CACHE=0`` in the
environment serves without the response cache (newsarchive/serve/throttle.py), to see
what the gate alone does.
"""

from __future__ import annotations

import asyncio
import html
import random
import re
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlencode

import httpx

from newsarchive.bench import Options
from newsarchive.bench.desk import INDEX_TIMEOUT
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
#: Latencies (ms) and error counts by kind, 503s by kind, and each error's description.
Outcome = tuple[dict[str, list[float]], dict[str, int], dict[str, int], list[str]]
TARGETS_MS = {"article": 1000.0, "all": 3000.0}
#: Different reading-view requests in the mix (filter sets, and searches within a bank).
READING_REQUESTS = 60
#: Characters of an error answer's body kept in its description.
ERROR_BODY_CHARS = 300
_HEAD = re.compile(r"(?is)<head\b.*?</head>|<(script|style|nav|header)\b.*?</\1>")
_TAGS = re.compile(r"<[^>]+>")
#: Error lines printed (grouped by kind, status and body); every one goes to the log file.
ERROR_LINES = 5


def request_mix(urls: list[str], rng: random.Random, database: str = "archive"
                ) -> list[tuple[str, str]]:  # fmt: skip
    """``(kind, path)`` pairs: searches, faceted tables, the reading view, article pages
    and feeds."""
    from newsarchive.bench.desk import BANKS, reading_requests

    mix: list[tuple[str, str]] = []
    for ours, _ in reading_requests(READING_REQUESTS // 2, rng.randrange(1000)):
        mix.append(("reading", f"/{database}/artikel?" + urlencode(ours)))
    words = [q for q in SEARCH_QUERIES if not any(c in q for c in "*-") and "ODER" not in q]
    for i in range(READING_REQUESTS // 2):
        params = {"suche": words[i % len(words)], "bank": BANKS[i // len(words)]}
        mix.append(("reading", f"/{database}/artikel?" + urlencode(params)))
    for query in SEARCH_QUERIES:
        mix.append(("search", f"/{database}/suche?" + urlencode({"suchbegriff": query})))
        mix.append(("feed", f"/{database}/suche_neu.atom?" + urlencode({"suchbegriff": query})))
    for filters in FACET_FILTERS:
        mix.append(("table", request_url(f"/{database}/articles?{filters}", {})))
    from datasette.utils import tilde_encode

    for url in rng.sample(urls, min(len(urls), 40)):
        mix += [("article", f"/{database}/articles/{tilde_encode(url)}")] * 2
    return mix


def describe(kind: str, path: str, status: int | str, body: str, ms: float) -> str:
    """One error as a line: kind, status (or the client's exception), time, path, body
    (of an HTML page its text: the message, not the page's head)."""
    if "<html" in body[:200].lower():
        body = html.unescape(_TAGS.sub(" ", _HEAD.sub(" ", body)))
    text = " ".join(body.split())[:ERROR_BODY_CHARS]
    return f"{kind}\t{status}\t{ms:.0f} ms\t{path}\t{text}"


async def _client(base: str, mix: list[tuple[str, str]], until: float, seed: int,
                  outcome: Outcome) -> None:  # fmt: skip
    results, errors, busy, failures = outcome
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=TIMEOUT) as client:
        while time.monotonic() < until:
            kind, path = rng.choice(mix)
            started = time.perf_counter()
            status: int | str
            try:
                response = await client.get(path)
                status, body = response.status_code, ""
                if status != 200:
                    body = response.text
                if status == 503:
                    busy[kind] += 1
            except httpx.HTTPError as error:
                status, body = type(error).__name__, str(error)
            elapsed = (time.perf_counter() - started) * 1000
            if status == 200:
                results[kind].append(elapsed)
            else:
                errors[kind] += 1
                failures.append(describe(kind, path, status, body, elapsed))


async def run_load(base: str, mix: list[tuple[str, str]], clients: int, seconds: float
                   ) -> Outcome:  # fmt: skip
    """Latencies (ms), error counts, 503 counts per kind and the errors' descriptions of
    ``clients`` clients for ``seconds``."""
    outcome: Outcome = (defaultdict(list), defaultdict(int), defaultdict(int), [])
    until = time.monotonic() + seconds
    await asyncio.gather(*(_client(base, mix, until, n, outcome) for n in range(clients)))
    return outcome


def error_summary(failures: list[str], log: Path | None = None) -> list[str]:
    """The errors grouped by kind, status and body (most frequent first, at most
    :data:`ERROR_LINES`); every error's line is written to ``log``."""
    if log is not None and failures:
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text("".join(f"{line}\n" for line in failures), encoding="utf-8")
    groups: Counter[tuple[str, str, str]] = Counter()
    for line in failures:
        kind, status, _, _, body = line.split("\t", 4)
        groups[(kind, status, body[:100])] += 1
    lines = [f"  {n} x {kind} {status}: {body or '(no body)'}"
             for (kind, status, body), n in groups.most_common(ERROR_LINES)]  # fmt: skip
    if lines:
        where = f" (every one in {log})" if log is not None else ""
        lines.insert(0, f"errors by kind, status and answer{where}:")
    return lines


def report(loaded: Outcome, baseline: Outcome, clients: int, seconds: float,
           log: Path | None = None) -> str:  # fmt: skip
    """The load table: per kind, requests, errors (503s), median, p95, baseline p95; then
    the errors by status and answer (all of them in ``log``)."""
    results, errors, busy, failures = loaded
    base_results = baseline[0]
    every = [x for samples in results.values() for x in samples]
    lines = [f"load: {clients} clients for {seconds:.0f} s, baseline: 1 client",
             f"{'kind':<10} {'n':>6} {'errors':>6} {'503':>5} {'median ms':>10} {'p95 ms':>8} "
             f"{'base p95':>9}  target"]  # fmt: skip
    for kind in sorted(set(results) | set(errors)):
        timing = Timing(kind, results.get(kind) or [0.0])
        base = Timing(kind, base_results.get(kind) or [0.0])
        target = TARGETS_MS.get(kind)
        verdict = ""
        if target is not None:
            verdict = f"p95 <= {target:.0f} ms: {'ok' if timing.p95 <= target else 'MISSED'}"
        count, failed_kind = len(results.get(kind, [])), errors.get(kind, 0)
        lines.append(f"{kind:<10} {count:>6} {failed_kind:>6} {busy.get(kind, 0):>5} "
                     f"{timing.median:>10.1f} "
                     f"{timing.p95:>8.1f} {base.p95:>9.1f}  {verdict}")  # fmt: skip
    total = Timing("all", every or [0.0])
    failed = sum(errors.values())
    lines.append(f"{'all':<10} {len(every):>6} {failed:>6} {sum(busy.values()):>5} "
                 f"{total.median:>10.1f} "
                 f"{total.p95:>8.1f} {'':>9}  p95 <= 3000 ms: "
                 f"{'ok' if total.p95 <= TARGETS_MS['all'] else 'MISSED'}; "
                 f"0 errors: {'ok' if failed == 0 else 'MISSED'}")  # fmt: skip
    lines += error_summary(failures, log)
    return "\n".join(lines)


def wait_for_index(base: str, timeout: float = INDEX_TIMEOUT) -> float:
    """Wait until the reading view counts from its facet index (built in the background
    after the first request, as a long-running server has it); returns the seconds."""
    started = time.monotonic()
    with httpx.Client(base_url=base, timeout=60) as client:
        while client.get("/archive/artikel").headers.get("x-newsarchive-facets") != "index":
            if time.monotonic() - started > timeout:
                raise RuntimeError(f"no facet index after {timeout:.0f} s")
            time.sleep(1)
    return time.monotonic() - started


def run(options: Options, clients: int = CLIENTS, seconds: float = SECONDS) -> str:
    """Build or reuse the archive, serve it with the real settings, load it, report."""
    from newsarchive.sqlite import sqlite3

    path, _ = ensure_archive(options.directory, options.articles, options.seed)
    with sqlite3.connect(path) as conn:
        urls = [r[0] for r in conn.execute("SELECT url FROM articles ORDER BY random() LIMIT 200")]
    mix = request_mix(urls, random.Random(options.seed))
    with datasette(path, bench_settings=False) as base:
        ready = wait_for_index(base)
        # The load first, on a cold response cache: a baseline sent before it would fill
        # the cache with the mix, and the load would time replays.
        loaded = asyncio.run(run_load(base, mix, clients, seconds))
        baseline = asyncio.run(run_load(base, mix, 1, min(seconds, 20.0)))
    header = (f"archive: {path} ({options.articles:,} articles), index ready after "
              f"{ready:.1f} s; load first (cold response cache), baseline after it")  # fmt: skip
    log = Path(options.directory) / "load-errors.log"
    return header + "\n" + report(loaded, baseline, clients, seconds, log)
