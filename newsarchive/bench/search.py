"""Search and browse latency through Datasette's HTTP API (``newsarchive bench``).

Builds (or reuses) a generated archive (newsarchive/generate.py), starts Datasette with
the archive's real configuration (newsarchive/serving.py) on a free port, and times:

- ranked German search: the stored query ``suche`` (JSON), against a baseline measured in
  the same run: the same top-50 bm25 search on the plain ``unicode61`` index
  (``articles_fts``, no stemming, no compounds) through the SQL API;
- the articles page with its four default facets (site, year, banks, networks), against
  the same page without facets (``_nofacet=1``).

Prints median and p95 per measurement, the targets, and the ratios to the baselines.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import httpx

from newsarchive.archive import storage
from newsarchive.bench import Options, generate
from newsarchive.bench.localserver import free_port, stop_process, wait_for_url
from newsarchive.serve import config as serving
from newsarchive.serve.throttle import CACHE_ENV

#: Latency targets (p95, milliseconds) from the project's issue 6.
SEARCH_P95_TARGET_MS = 150.0
FACET_P95_TARGET_MS = 500.0

#: What journalists type: single words, inflected and compound forms, names, phrases,
#: prefixes, combinations.
SEARCH_QUERIES = [
    "Bank", "Sparkasse TikTok", "Großbank", "soziale Netzwerke", '"soziale Netzwerke"',
    "Bankmanager", "Netzwerk*", "Commerzbank Instagram", "Kunden Facebook", "Shitstorm",
    "Deutsche Bank Twitter", "Datenschutz", "Gruender", "Filialen Werbung", "Youtuber",
    "Kreditmarkt", "Volksbank -Facebook", "LinkedIn ODER Xing", "Vorstandschef", "Podcast",
]  # fmt: skip
#: The plain FTS baseline: the same words, unstemmed (FTS5 syntax of articles_fts).
#: Same shape and ranking as ``suche``: the 20,000 newest matches ranked by bm25 (title
#: weighted 10, lead and body 1), snippets for the top 50 only.
BASELINE_SQL = (
    "with k as materialized (select rowid as id from articles_fts where articles_fts match :q "
    "order by rowid desc limit 20000), "
    "b as materialized (select rowid as id, bm25(articles_fts, 10.0, 1.0, 1.0) as r "
    "from articles_fts where articles_fts match :q and rowid >= (select min(id) from k) "
    "order by r limit 50), "
    "s as (select rowid as id, snippet(articles_fts, 2, '[', ']', '…', 32) as auszug "
    "from articles_fts where articles_fts match :q and rowid in (select id from b)) "
    "select a.url, a.title, s.auszug from b join articles a on a.rowid = b.id "
    "join s on s.id = b.id order by b.r"
)
#: Filters for the faceted page: the default page, a site, a year, a bank, a search.
FACET_FILTERS = [
    "", "site=welt", "year=2015", "banks__arraycontains=Commerzbank",
    "networks__arraycontains=TikTok", "site=handelsblatt&year=2020", "_suche=Sparkasse",
    "year__gte=2020",
]  # fmt: skip


@dataclass
class Timing:
    """Latencies of one kind of request, in milliseconds."""

    name: str
    samples: list[float]
    lost: int = 0  #: facets lost to time-outs (``facets_timed_out``) over all requests
    #: the samples by request path (the faceted page: one entry per filter set)
    per: dict[str, list[float]] = field(default_factory=dict)

    @property
    def median(self) -> float:
        """The median latency."""
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        """The 95th percentile latency (nearest rank)."""
        ordered = sorted(self.samples)
        return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def archive_path(directory: str | Path, count: int, seed: int) -> Path:
    """Where the generated archive for these parameters is cached."""
    name = f"archive-{count}-s{seed}-v{generate.GENERATOR_VERSION}"
    return Path(directory) / name / "archive.db"


def ensure_archive(directory: str | Path, count: int, seed: int = 1) -> tuple[Path, bool]:
    """The cached archive for these parameters, generated if missing; (path, built)."""
    path = archive_path(directory, count, seed)
    done = path.with_suffix(".done")
    if path.exists() and done.exists():
        storage.open_db(path).close()  # apply new migrations, as `newsarchive serve` does
        return path, False
    generate.build(path, count, seed)
    done.write_text("ok\n")
    return path, True


#: Limits raised for the benchmark only (the served archive keeps serving.DATASETTE_SETTINGS):
#: the query limit, so a slow baseline is timed, not cut off. Facets keep the project's
#: facet_time_limit_ms, so a facet lost to a time-out is counted, not hidden.
BENCH_SETTINGS = ("--setting", "sql_time_limit_ms", "30000")


def server_env(cache: bool) -> dict[str, str]:
    """The served Datasette's environment: without the response cache unless ``cache``.

    The latency parts repeat a few URLs many times (8 facet filter sets over 100 requests);
    with the cache on, all but the first of each would time a replay, baselines included.
    """
    env = dict(os.environ)
    if not cache:
        env[CACHE_ENV] = "0"
    return env


def log_path(directory: str | Path, db_path: Path) -> Path:
    """Where a bench keeps the served Datasette's stderr: ``<directory>/datasette-<archive
    folder>.log`` (the bench directory, never the archive's folder, which may be shared)."""
    return Path(directory) / f"datasette-{db_path.parent.name}.log"


@contextmanager
def datasette(db_path: Path, port: int | None = None, bench_settings: bool = True,
              cache: bool = True, log: Path | None = None) -> Iterator[str]:  # fmt: skip
    """Run Datasette on the archive with the project's configuration; yields its base URL.
    ``cache``: with the project's response cache (off: every request computes). The
    server's stderr is appended to ``log`` (default: a file in the temporary directory);
    when the server or a request fails, its end is added to the error."""
    port = port or free_port()
    if log is None:
        log = Path(tempfile.gettempdir()) / f"newsarchive-datasette-{port}.log"
    args = serving.datasette_args(str(db_path), port=port)
    # Measure latency, not the safety limits: a slow baseline query must be timed, not
    # cut off with an error (the later --setting wins over the project's value).
    if bench_settings:
        args += [*BENCH_SETTINGS]
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "datasette", *args],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=server_env(cache),
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_url(f"{base}/-/versions.json", timeout=60, process=process)
        yield base
    except Exception as error:
        raise RuntimeError(f"{error}\nDatasette's stderr ({log}), its end:\n{tail(log)}"
                           ) from error  # fmt: skip
    finally:
        stop_process(process)


def tail(path: Path, size: int = 4000) -> str:
    """The last ``size`` bytes of a log file as text ("" if there is none)."""
    if not path.exists():
        return ""
    with path.open("rb") as file:
        file.seek(max(0, path.stat().st_size - size))
        return file.read().decode(errors="replace")


def request_url(path: str, params: dict[str, str]) -> str:
    """``path`` (which may carry a query string of filters) with ``params`` added: httpx's
    ``params=`` would replace the query string already in the path."""
    if not params:
        return path
    return path + ("&" if "?" in path else "?") + urlencode(params)


def _time(client: httpx.Client, name: str, requests: list[tuple[str, dict[str, str]]],
          check: str | None = None) -> Timing:  # fmt: skip
    samples, lost = [], 0
    per: dict[str, list[float]] = {}
    for path, params in requests:
        started = time.perf_counter()
        response = client.get(request_url(path, params))
        samples.append((time.perf_counter() - started) * 1000)
        per.setdefault(path, []).append(samples[-1])
        response.raise_for_status()
        if check and check not in response.text:
            raise RuntimeError(f"{path} {params}: expected {check!r} in the response")
        if check == "facet_results":
            lost += len(response.json().get("facets_timed_out") or [])
    return Timing(name, samples, lost, per)


def _cycle(items: list[tuple[str, dict[str, str]]], count: int) -> list[tuple[str, dict[str, str]]]:
    return [items[i % len(items)] for i in range(count)]


def measure(base: str, database: str = "archive", requests: int = 100) -> list[Timing]:
    """Time searches and faceted pages against a running Datasette at ``base``."""
    with httpx.Client(base_url=base, timeout=30) as client:
        searches = [(f"/{database}/suche.json", {"suchbegriff": q, "_shape": "objects"})
                    for q in SEARCH_QUERIES]  # fmt: skip
        baseline = [
            (f"/{database}.json", {"sql": BASELINE_SQL, "q": q, "_shape": "objects"})
            for q in SEARCH_QUERIES
            if not any(c in q for c in "*-") and "ODER" not in q
        ]
        facets = [(f"/{database}/articles.json?{f}", {"_size": "50"}) for f in FACET_FILTERS]
        plain = [(f"/{database}/articles.json?{f}", {"_size": "50", "_nofacet": "1"})
                 for f in FACET_FILTERS]  # fmt: skip
        for path, params in searches + facets[:2]:  # warm the page cache
            client.get(request_url(path, params))
        return [
            _time(client, "ranked search (suche, German)", _cycle(searches, requests), '"rows"'),
            _time(client, "baseline: plain unicode61 FTS", _cycle(baseline, requests), '"rows"'),
            _time(client, "articles page, 4 facets", _cycle(facets, requests), "facet_results"),
            _time(client, "baseline: same page, no facets", _cycle(plain, requests), '"rows"'),
        ]


def report(timings: list[Timing]) -> str:
    """The benchmark table with targets and ratios to the baselines."""
    search, search_base, facet, facet_base = timings
    lines = [f"{'measurement':<34} {'n':>4} {'median ms':>10} {'p95 ms':>8}  target"]
    for timing, target in ((search, SEARCH_P95_TARGET_MS), (search_base, None),
                           (facet, FACET_P95_TARGET_MS), (facet_base, None)):  # fmt: skip
        verdict = ""
        if target is not None:
            good = timing.p95 < target and not timing.lost
            verdict = f"p95 < {target:.0f} ms: {'ok' if good else 'MISSED'}"
        lines.append(f"{timing.name:<34} {len(timing.samples):>4} {timing.median:>10.1f} "
                     f"{timing.p95:>8.1f}  {verdict}")  # fmt: skip
    lines.append(
        f"German search / plain FTS: median x{search.median / search_base.median:.2f}, "
        f"p95 x{search.p95 / search_base.p95:.2f}"
    )
    lines.append(
        f"4 facets / no facets:      median x{facet.median / facet_base.median:.2f}, "
        f"p95 x{facet.p95 / facet_base.p95:.2f}"
    )
    lines.append(f"facets lost to time-outs:  {facet.lost} of {4 * len(facet.samples)}"
                 f"{'' if facet.lost else ' (every facet present)'}")  # fmt: skip
    lines.append(f"{'per filter set (4 facets)':<34} {'n':>4} {'median ms':>10} {'p95 ms':>8}"
                 f"  no facets: median, p95")  # fmt: skip
    plain = list(facet_base.per.values())
    for i, (path, samples) in enumerate(facet.per.items()):
        one = Timing(path, samples)
        base = Timing(path, plain[i]) if i < len(plain) else one
        label = path.partition("?")[2] or "(no filter)"
        lines.append(f"  {label[:32]:<32} {len(samples):>4} {one.median:>10.1f} {one.p95:>8.1f}"
                     f"  {base.median:.1f}, {base.p95:.1f}")  # fmt: skip
    return "\n".join(lines)


def run(options: Options) -> str:
    """Build or reuse the archive, serve it, measure, and return the report."""
    directory, count = options.directory, options.articles
    requests, seed = options.requests, options.seed
    started = time.perf_counter()
    path, built = ensure_archive(directory, count, seed)
    header = (f"archive: {path} ({count:,} generated articles, "
              f"{'built' if built else 'reused'} in {time.perf_counter() - started:.1f} s, "
              f"{path.stat().st_size / 1e6:.0f} MB; response cache off: "
              "every request computes)")  # fmt: skip
    log = log_path(directory, path)
    header += f"\nDatasette's stderr: {log}"
    # time the queries, not cache replays
    with datasette(path, cache=False, log=log) as base:
        timings = measure(base, requests=requests)
    return header + "\n" + report(timings)
