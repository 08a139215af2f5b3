"""The journalist's desk under load of size (``newsarchive bench desk``): the reading
view with its six facets, bank pages and the search, on a generated archive
(newsarchive/bench/generate.py), through Datasette's HTTP interface with the project's
configuration, each against a baseline measured in the same run:

- reading view ``/archive/artikel`` with 6 facets, a different filter set on every request,
  against Datasette's own table page with the same filters and no facets
  (``articles.json?...&_nofacet=1``);
- bank and network pages ``/archive/bank/<name>``, each once, against Datasette's table page
  of that bank's link rows (``article_banks.json?bank=<name>``);
- search in the reading view (relevance, first page, with facets) against the same top-50
  search on the plain ``unicode61`` index through the SQL API (bench/search.py's baseline).

The facet index (newsarchive/serve/facetindex.py) is built in the background when the
first page is asked for; the time until it answers is reported, the pages are timed after.
Targets (issue 14): p95 ≤ 300 ms for the reading view and the bank pages, ≤ 100 ms for the
search. Prints median and p95, the ratios to the baselines and, for a smaller archive than
1,000,000 articles, says so.
"""

from __future__ import annotations

import itertools
import random
import sys
import time
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import httpx

from newsarchive import settings
from newsarchive.bench import Options, generate
from newsarchive.bench.search import (
    BASELINE_SQL,
    SEARCH_QUERIES,
    Timing,
    _time,
    datasette,
    ensure_archive,
    log_path,
)

#: p95 targets in milliseconds.
READING_P95_TARGET_MS = 300.0
ENTITY_P95_TARGET_MS = 300.0
SEARCH_P95_TARGET_MS = 100.0
FULL_SIZE = 1_000_000
#: Seconds to wait for the facet index of a large archive.
INDEX_TIMEOUT = 900
Requests = list[tuple[str, dict[str, str]]]
LINKS = {"bank": ("article_banks", "bank"), "netzwerk": ("article_networks", "network")}
NO_PARAMS: dict[str, str] = {}
SITES = [slug for slug, _ in generate.OUTLETS]
BANKS = [names[0] for names in generate.BANKS]
NETWORKS = [names[0] for names in generate.NETWORKS]


def reading_requests(count: int, seed: int = 1) -> list[tuple[dict[str, str], dict[str, str]]]:
    """``count`` different filter sets for the reading view, each with the equivalent
    filters of Datasette's table page (reading-view params, table params)."""
    rng = random.Random(seed)
    result: list[tuple[dict[str, str], dict[str, str]]] = []
    seen: set[tuple[tuple[str, str], ...]] = set()
    while len(result) < count:
        ours: dict[str, str] = {}
        table: dict[str, str] = {}
        kind = len(result) % 4
        if kind in (0, 3):
            ours["medium"] = table["site"] = rng.choice(SITES)
        if kind in (1, 3):
            year = str(rng.randint(2009, 2024))
            ours["jahr"] = table["year"] = year
        if kind == 2 or rng.random() < 0.3:
            ours["bank"] = table["banks__arraycontains"] = rng.choice(BANKS)
        if rng.random() < 0.3:
            ours["netzwerk"] = table["networks__arraycontains"] = rng.choice(NETWORKS)
        if rng.random() < 0.3:
            ours["sortierung"] = "alt"
            table["_sort"] = "published"
        key = tuple(sorted(ours.items()))
        if key not in seen:
            seen.add(key)
            result.append((ours, table))
    return result


def _header(client: httpx.Client, path: str, name: str) -> str | None:
    """A header of a polling request; None when the connection failed (the server's first
    request at 1,000,000 articles has been reset once in a while: polled again until the
    deadline, and the server's log, bench/datasette-*.log, keeps what it said)."""
    try:
        return client.get(path).headers.get(name)
    except httpx.TransportError as error:
        print(f"poll {path}: {error!r}, again", file=sys.stderr)
        return None


def _wait(client: httpx.Client, paths: Iterator[str], name: str,
          ready: Callable[[str | None], bool], deadline: float, what: str) -> None:  # fmt: skip
    """Poll the next of ``paths`` each second until its ``name`` header is ``ready``."""
    while not ready(_header(client, next(paths), name)):
        if time.monotonic() > deadline:
            raise RuntimeError(f"no {what} after {INDEX_TIMEOUT} s")
        time.sleep(1)


def measure(base: str, requests: int, seed: int = 1
            ) -> tuple[list[Timing], tuple[float, float, float]]:  # fmt: skip
    """The desk's timings and their baselines against a running Datasette at ``base``."""
    with httpx.Client(base_url=base, timeout=120) as client:
        # the facet index is built in the background: wait for it (the build is reported)
        deadline = time.monotonic() + INDEX_TIMEOUT
        same = itertools.repeat("/archive/artikel")
        _wait(client, same, "x-newsarchive-facets", lambda v: v == "index", deadline,
              "facet index")  # fmt: skip
        index_seconds = time.monotonic() - deadline + INDEX_TIMEOUT
        # then the broad words' scores (serve/termscores.py), prepared in the background;
        # a new URL each time: the response cache would replay "building" for minutes
        fresh = (f"/archive/artikel?stand={n}" for n in itertools.count(1))
        _wait(client, fresh, "x-newsarchive-search", lambda v: v not in ("building", None),
              deadline, "search scores")  # fmt: skip
        terms_seconds = time.monotonic() - deadline + INDEX_TIMEOUT
        # searches use the windows now; the deep parts below them follow ("deep"): the
        # cold requests are timed once they are there too
        _wait(client, fresh, "x-newsarchive-search", lambda v: v not in ("deep", None),
              deadline, "deep parts")  # fmt: skip
        deep_seconds = time.monotonic() - deadline + INDEX_TIMEOUT
        pairs = reading_requests(requests, seed)
        ours: Requests = [(f"/archive/artikel?{urlencode(o)}", NO_PARAMS) for o, _ in pairs]
        theirs: Requests = [("/archive/articles.json?" + urlencode({**t, "_nofacet": "1"}),
                             NO_PARAMS) for _, t in pairs]  # fmt: skip
        names = [("bank", b) for b in BANKS] + [("netzwerk", n) for n in NETWORKS]
        entities: Requests = [(f"/archive/{k}/{quote(n, safe='')}", NO_PARAMS) for k, n in names]
        links: Requests = []
        for kind, name in names:
            table, column = LINKS[kind]
            links.append((f"/archive/{table}.json?" + urlencode({column: name}), NO_PARAMS))
        words = [q for q in SEARCH_QUERIES if not any(c in q for c in "*-") and "ODER" not in q]
        search: Requests = [(f"/archive/artikel?{urlencode({'suche': q, 'bank': b})}", NO_PARAMS)
                  for q in words for b in BANKS[:5]][:requests]  # fmt: skip
        plain: Requests = [("/archive.json", {"sql": BASELINE_SQL, "q": q, "_shape": "objects"})
                 for q in words]  # fmt: skip
        return [
            _time(client, "reading view, 6 facets", ours, "na-facet"),
            _time(client, "baseline: table page, no facets", theirs, '"rows"'),
            _time(client, "bank/network page (first visit)", entities, "na-together"),
            _time(client, "baseline: link table page", links, '"rows"'),
            _time(client, "search in reading view", search, "na-count"),
            _time(client, "baseline: plain unicode61 FTS", plain, '"rows"'),
        ], (index_seconds, terms_seconds, deep_seconds)


def search_detail(timing: Timing) -> list[str]:
    """Per word of the search measurement: the first (cold) request's time and the later
    banks' (warm: the match cache holds the word) times, slowest cold first."""
    words: dict[str, list[float]] = {}
    for path, samples in timing.per.items():
        word = parse_qs(urlsplit(path).query).get("suche", [""])[0]
        words.setdefault(word, []).extend(samples)
    lines = [f"{'search per word (cold, then warm)':<34} cold ms  warm ms"]
    for word, samples in sorted(words.items(), key=lambda item: -item[1][0]):
        warm = " ".join(f"{sample:.0f}" for sample in samples[1:])
        lines.append(f"  {word[:32]:<32} {samples[0]:>7.1f}  {warm}")
    return lines


def report(timings: list[Timing], count: int) -> str:
    """The table with targets, ratios and, below 1,000,000 articles, the extrapolation."""
    targets = [READING_P95_TARGET_MS, None, ENTITY_P95_TARGET_MS, None,
               SEARCH_P95_TARGET_MS, None]  # fmt: skip
    lines = [f"{'measurement':<34} {'n':>4} {'median ms':>10} {'p95 ms':>8}  target"]
    for timing, target in zip(timings, targets, strict=True):
        verdict = ""
        if target is not None:
            verdict = f"p95 <= {target:.0f} ms: {'ok' if timing.p95 <= target else 'MISSED'}"
        lines.append(f"{timing.name:<34} {len(timing.samples):>4} {timing.median:>10.1f} "
                     f"{timing.p95:>8.1f}  {verdict}")  # fmt: skip
    for i, label in ((0, "reading view / table page"), (2, "bank page / link table"),
                     (4, "search / plain FTS")):  # fmt: skip
        ours, base = timings[i], timings[i + 1]
        lines.append(f"{label + ':':<27} median x{ours.median / base.median:.2f}, "
                     f"p95 x{ours.p95 / base.p95:.2f}")  # fmt: skip
    lines += search_detail(timings[4])
    if count < FULL_SIZE:
        lines.append(f"NOTE: {count:,} articles, not {FULL_SIZE:,}: run with --articles "
                     f"{FULL_SIZE} for the target size")  # fmt: skip
    return "\n".join(lines)


def run(options: Options) -> str:
    """Build or reuse the archive, serve it, measure, and return the report."""
    started = time.perf_counter()
    path, built = ensure_archive(options.directory, options.articles, options.seed)
    took = time.perf_counter() - started
    header = (f"archive: {path} ({options.articles:,} generated articles, "
              f"{'built' if built else 'reused'} in {took:.1f} s)")  # fmt: skip
    log = log_path(options.directory, path)
    header += f"\nDatasette's stderr: {log}"
    with datasette(path, log=log) as base:
        timings, (index_seconds, terms_seconds, deep_seconds) = measure(
            base, options.requests, options.seed
        )
    prepared = (f"broad words' search scores {terms_seconds:.1f} s, "
                f"their deep parts {deep_seconds:.1f} s"
                if settings.ARCHIVE_SEARCH_PREPARED else
                "broad words' search scores off (ARCHIVE_SEARCH_PREPARED=0)")  # fmt: skip
    header += f"\nfacet index ready {index_seconds:.1f} s after the first request, {prepared}"
    return header + "\n" + report(timings, options.articles)
