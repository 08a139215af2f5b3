"""The journalist's desk under load of size (``newsarchive bench desk``): the reading
view with its six facets, bank pages and the search, on a generated archive
(newsarchive/bench/generate.py), through Datasette's HTTP interface with the project's
configuration, each against a baseline measured in the same run:

- reading view ``/archive/artikel`` with 6 facets, a different filter set on every request
  (so no request is answered from the count cache), against Datasette's own table page
  with the same filters and no facets (``articles.json?...&_nofacet=1``);
- bank and network pages ``/archive/bank/<name>``, the first visit of each (cold), against
  Datasette's table page of that bank's link rows (``article_banks.json?bank=<name>``);
- search in the reading view (relevance, first page, with facets) against the same top-50
  search on the plain ``unicode61`` index through the SQL API (bench/search.py's baseline).

Targets (issue 14): p95 ≤ 300 ms for the reading view and the bank pages, ≤ 100 ms for the
search. Prints median and p95, the ratios to the baselines and, for a smaller archive than
1,000,000 articles, says so.
"""

from __future__ import annotations

import random
import time
from urllib.parse import quote, urlencode

import httpx

from newsarchive.bench import Options, generate
from newsarchive.bench.search import (
    BASELINE_SQL,
    SEARCH_QUERIES,
    Timing,
    _time,
    datasette,
    ensure_archive,
)

#: p95 targets in milliseconds.
READING_P95_TARGET_MS = 300.0
ENTITY_P95_TARGET_MS = 300.0
SEARCH_P95_TARGET_MS = 100.0
FULL_SIZE = 1_000_000
SITES = [slug for slug, _ in generate.OUTLETS]
BANKS = [names[0] for names in generate.BANKS]
NETWORKS = [names[0] for names in generate.NETWORKS]


def reading_requests(count: int, seed: int = 1) -> list[tuple[dict[str, str], dict[str, str]]]:
    """``count`` different filter sets for the reading view, each with the equivalent
    filters of Datasette's table page (reading-view params, table params)."""
    rng = random.Random(seed)
    result, seen = [], set()
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


def measure(base: str, requests: int, seed: int = 1) -> list[Timing]:
    """The desk's timings and their baselines against a running Datasette at ``base``."""
    with httpx.Client(base_url=base, timeout=60) as client:
        client.get("/archive/artikel")  # warm the page cache and the media names
        pairs = reading_requests(requests, seed)
        ours = [(f"/archive/artikel?{urlencode(o)}", {}) for o, _ in pairs]
        theirs = [(f"/archive/articles.json?{urlencode({**t, '_nofacet': '1'})}", {})
                  for _, t in pairs]  # fmt: skip
        names = [("bank", b) for b in BANKS] + [("netzwerk", n) for n in NETWORKS]
        entities = [(f"/archive/{kind}/{quote(name, safe='')}", {}) for kind, name in names]
        links = [(f"/archive/{'article_banks' if kind == 'bank' else 'article_networks'}.json?"
                  + urlencode({"bank" if kind == "bank" else "network": name}), {})
                 for kind, name in names]  # fmt: skip
        words = [q for q in SEARCH_QUERIES if not any(c in q for c in "*-") and "ODER" not in q]
        search = [(f"/archive/artikel?{urlencode({'suche': q, 'bank': b})}", {})
                  for q in words for b in BANKS[:5]][:requests]  # fmt: skip
        plain = [("/archive.json", {"sql": BASELINE_SQL, "q": q, "_shape": "objects"})
                 for q in words]  # fmt: skip
        return [
            _time(client, "reading view, 6 facets (cold)", ours, "na-facet"),
            _time(client, "baseline: table page, no facets", theirs, '"rows"'),
            _time(client, "bank/network page (cold)", entities, "na-together"),
            _time(client, "baseline: link table page", links, '"rows"'),
            _time(client, "search in reading view (cold)", search, "na-count"),
            _time(client, "baseline: plain unicode61 FTS", plain, '"rows"'),
        ]


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
    if count < FULL_SIZE:
        factor = FULL_SIZE / count
        lines.append(f"archive of {count:,} articles, not {FULL_SIZE:,}: linear extrapolation "
                     f"(x{factor:.1f}) of the p95s: reading view {timings[0].p95 * factor:.0f} ms, "
                     f"bank page {timings[2].p95 * factor:.0f} ms, "
                     f"search {timings[4].p95 * factor:.0f} ms (an upper bound: page and "
                     "facet sizes are capped)")  # fmt: skip
    return "\n".join(lines)


def run(options: Options) -> str:
    """Build or reuse the archive, serve it, measure, and return the report."""
    started = time.perf_counter()
    path, built = ensure_archive(options.directory, options.articles, options.seed)
    took = time.perf_counter() - started
    header = (f"archive: {path} ({options.articles:,} generated articles, "
              f"{'built' if built else 'reused'} in {took:.1f} s)")  # fmt: skip
    with datasette(path) as base:
        timings = measure(base, options.requests, options.seed)
    return header + "\n" + report(timings, options.articles)
