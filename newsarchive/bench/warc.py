"""WARC benchmark (``newsarchive bench warc``): scanning, importing, re-extracting, size.

Each figure comes with its baseline from the same run:

- **scan**: records/s of the import's filter alone (``RecordReader`` over a CC-NEWS-like
  file: responses of many hosts, a few of the archive's sites, whose pages are read)
  against a bare FastWARC iteration of the same file (and warcio's, for the choice of
  library); target >= 0.8x the bare iteration;
- **import** and **re-extraction**: pages/s of ``newsarchive import-warc`` and
  ``newsarchive reextract`` (real runs in subprocesses, timed by their crawl stats, so
  interpreter start-up is left out) against extraction alone of the same pages in this
  process; target >= 0.8x for re-extraction, timed twice each round: (a) right after the
  import, nothing changed (stored verdicts are reused), (b) ``--full``, every page
  classified again (a run after an upgrade of the classifier);
- **size**: bytes of WARC (gzip, with request and journal records) per page, against the
  page's own HTML.

Inputs are generated (German articles from :mod:`newsarchive.bench.generate`, random
pages of other hosts) and cached in the benchmark directory.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from html import escape
from pathlib import Path

from newsarchive.archive.warcfiles import HttpMessage, WarcWriter
from newsarchive.bench import Options, generate

#: Records of the scanned file, and the share of them on the archive's sites.
SCAN_RECORDS = 2000
SITE_SHARE = 0.03
#: Pages imported and re-extracted (``python -m newsarchive.bench.warc --pages N``), and
#: how many times each re-extraction is timed.
PAGES = 400
ROUNDS = 2
#: Bump when the generated files change.
VERSION = 1
HOSTS = ["www.welt.de", "t3n.de"]
#: Words of the other hosts' pages.
WORDS = ("die", "der", "und", "Bank", "Kunden", "Netz", "Markt", "Zins", "Politik", "Sport",
         "Wetter", "Region", "Stadt", "Schule", "Wahl", "Regierung", "Polizei", "Verkehr",
         "Kultur", "Theater", "Musik", "Haus", "Auto", "Bahn", "Preis")  # fmt: skip


def page_html(article: dict[str, object]) -> str:
    """A generated article as a news page (JSON-LD, headline, byline, paragraphs)."""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in str(article["body"]).split("\n\n"))
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                       "headline": article["title"], "datePublished": article["published"]},
                      ensure_ascii=False)  # fmt: skip
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
            f"<title>{escape(str(article['title']))}</title>"
            f'<script type="application/ld+json">{data}</script></head><body>'
            f"<nav><a href='/'>Startseite</a> <a href='/wirtschaft/'>Wirtschaft</a></nav>"
            f"<article><h1>{escape(str(article['title']))}</h1>"
            f"<p class='lead'>{escape(str(article['lead']))}</p>{paragraphs}</article>"
            f"<footer>Impressum Datenschutz Kontakt</footer></body></html>")  # fmt: skip


def _member(header: str, block: bytes) -> bytes:
    head = (f"WARC/1.1\r\n{header}Content-Length: {len(block)}\r\n\r\n").encode()
    return zlib.compress(head + block + b"\r\n\r\n", 6, wbits=31)


def response_record(url: str, html: bytes, n: int) -> bytes:
    """A gzip member holding a WARC response record (written directly: fast to make)."""
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(html)).encode() + b"\r\n\r\n" + html)  # fmt: skip
    header = (f"WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-"
              f"{n:012d}>\r\nWARC-Date: 2016-09-26T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
              f"Content-Type: application/http; msgtype=response\r\n")  # fmt: skip
    return _member(header, http)


def articles(count: int = PAGES) -> list[tuple[str, bytes]]:
    """The generated pages of the archive's sites: (URL, HTML)."""
    out = []
    for n, article in enumerate(generate.generate_articles(count, seed=7)):
        slug = "-".join(str(article["title"]).split()[:5]).replace("/", "-")
        url = (f"https://www.welt.de/wirtschaft/article{100000 + n}/{slug}.html" if n % 2
               else f"https://t3n.de/news/{slug.lower()}-{100000 + n}/")  # fmt: skip
        out.append((url, page_html(article).encode()))
    return out


def scan_file(directory: Path) -> Path:
    """A CC-NEWS-like file: responses of hundreds of hosts, a few of the archive's sites."""
    path = directory / f"warc-scan-v{VERSION}-{SCAN_RECORDS}.warc.gz"
    if path.exists():
        return path
    rng = random.Random(3)
    pages = articles()
    directory.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".tmp"), "wb") as out:
        for n in range(SCAN_RECORDS):
            if rng.random() < SITE_SHARE:
                url, html = pages[n % len(pages)]
            else:
                words = " ".join(rng.choices(WORDS, k=rng.randint(3000, 9000)))
                url = f"https://news{rng.randint(1, 400)}.example/artikel/{n}.html"
                html = f"<html><body><p>{words}</p></body></html>".encode()
            out.write(response_record(url, html, n))
    path.with_suffix(".tmp").rename(path)
    return path


def per_second(count: int, action: Callable[[], object], repeat: int = 3) -> list[float]:
    """Rates of ``repeat`` runs of ``action`` over ``count`` units."""
    rates = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        rates.append(count / max(time.perf_counter() - started, 1e-9))
    return rates


def scan(path: Path) -> str:
    """Filter alone against bare FastWARC (and warcio) iteration of the same file."""
    from fastwarc.warc import ArchiveIterator
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator

    from newsarchive.archive.warcread import open_source, records
    from newsarchive.crawl.sources import spider_classes
    from newsarchive.crawl.warcpages import RecordReader
    from newsarchive.crawl.warcsites import SiteMatcher

    matcher = SiteMatcher(spider_classes())

    def bare() -> None:
        with open(path, "rb") as handle:
            for _ in ArchiveIterator(handle, parse_http=False):
                pass

    def warcio() -> None:
        with open(path, "rb") as handle:
            for _ in WarcioIterator(handle):
                pass

    def filtered() -> None:  # the decision on every record: its site, status, type
        reader = RecordReader(str(path), matcher)
        with open_source(str(path)) as stream:
            for record in records(stream):
                reader.decide(record)

    results: dict[str, list[float]] = {"bare": [], "filter": [], "warcio": []}
    cpu: dict[str, list[float]] = {"bare": [], "filter": []}  # CPU-seconds a run
    for _ in range(5):  # interleaved, so load from elsewhere falls on both
        for name, action in (("bare", bare), ("filter", filtered)):
            started = time.process_time()
            results[name] += per_second(SCAN_RECORDS, action, repeat=1)
            cpu[name].append(time.process_time() - started)
    results["warcio"] = per_second(SCAN_RECORDS, warcio, repeat=1)
    ratios = [f / b for f, b in zip(results["filter"], results["bare"], strict=True)]
    med = {k: statistics.median(v) for k, v in results.items()}
    return (f"WARC scan ({SCAN_RECORDS} records, {path.stat().st_size / 1e6:.0f} MB): filter "
            f"{med['filter']:,.0f} rec/s, bare FastWARC {med['bare']:,.0f} rec/s, bare warcio "
            f"{med['warcio']:,.0f} rec/s\n  filter / bare: x{statistics.median(ratios):.2f} "
            f"(runs {', '.join(f'{r:.2f}' for r in ratios)}; target >= 0.8); by CPU time, "
            f"best run of each: x{min(cpu['bare']) / max(min(cpu['filter']), 1e-9):.2f} "
            f"(on a loaded machine the steadier figure)")  # fmt: skip


def _elapsed(db: Path, spider: str) -> tuple[float, int]:
    """Seconds and pages of the newest crawl of ``spider`` (from its Scrapy stats)."""
    with sqlite3.connect(db) as conn:
        (stats,) = conn.execute("SELECT stats FROM crawls WHERE spider = ? ORDER BY id DESC "
                                "LIMIT 1", [spider]).fetchone()  # fmt: skip
    data = json.loads(stats)
    items = int(data.get("item_scraped_count", 0)) + int(data.get("item_dropped_count", 0))
    return float(data.get("elapsed_time_seconds", 0.0)), items


def _steady(db: Path) -> float:
    """Pages/s of the newest re-extraction from its first page done to its last (the
    worker pool's start-up and shutdown left out), from its stats; 0 if unknown."""
    with sqlite3.connect(db) as conn:
        (stats,) = conn.execute("SELECT stats FROM crawls WHERE spider = 'reextract' "
                                "ORDER BY id DESC LIMIT 1").fetchone()  # fmt: skip
    data = json.loads(stats)
    first, last = data.get("reextract/first_page_seconds"), data.get("reextract/last_page_seconds")
    pages = int(data.get("reextract/pages", 0))
    if first is None or last is None or pages < 2 or last <= first:
        return 0.0
    return (pages - 1) / (float(last) - float(first))


def real_pages(corpus: Path | None, limit: int = 100) -> list[tuple[str, bytes]]:
    """Up to ``limit`` pages of an evaluation corpus (``manifest.jsonl``, ``pages/``)."""
    if corpus is None or not (corpus / "manifest.jsonl").exists():
        return []
    out = []
    with open(corpus / "manifest.jsonl", encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            page = corpus / "pages" / f"{entry['id']}.html.gz"
            if page.exists():
                out.append((str(entry.get("url") or ""), gzip.decompress(page.read_bytes())))
            if len(out) >= limit:
                break
    return out


def _timed(command: list[str]) -> float:
    """Run ``command``; the CPU-seconds it and its workers used (start-up included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, capture_output=True, check=True, timeout=3600)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _spread(values: list[float]) -> str:
    """Median and range: ``x0.71 (0.65-0.80)``."""
    return f"x{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


#: The two re-extractions the benchmark times: (a) right after the import, nothing
#: changed (stored verdicts reused); (b) every page classified again (``--full``: what a
#: run after an upgrade of the classifier's code or data does).
CASES = (("a", "nothing changed", ()), ("b", "every page classified (--full)", ("--full",)))


def pipeline(directory: Path, options_corpus: Path | None = None, count: int = PAGES,
             rounds: int = ROUNDS) -> str:  # fmt: skip
    """Import and re-extraction rates against extraction alone, and WARC size per page.

    Each of ``rounds`` rounds times extraction alone, then both re-extraction cases; a
    ratio is that of its own round (load from elsewhere falls on both sides)."""
    from newsarchive.extract.extraction import ExtractionError, extract
    from newsarchive.topics.classifier import classify

    pages = articles(count)
    folder = Path(tempfile.mkdtemp(prefix="warc-bench-", dir=directory))
    source = folder / "pages.warc.gz"
    source.write_bytes(b"".join(response_record(u, h, n) for n, (u, h) in enumerate(pages)))

    def extract_all() -> None:
        for url, html in pages:
            with contextlib.suppress(ExtractionError):
                extract(html, url)

    extract_all()  # warm-up (lexicons, htmldate's start-up)
    alone = statistics.median(per_second(len(pages), extract_all, repeat=2))
    texts = []
    for url, html in pages:
        with contextlib.suppress(ExtractionError):
            data = extract(html, url)
            texts.append((data.get("title") or "", data.get("lead") or "", data.get("body") or ""))

    def classify_all() -> None:
        for title, lead, body in texts:
            classify(title, lead, body)

    classified = statistics.median(per_second(len(texts), classify_all, repeat=2))
    both = 1 / (1 / alone + 1 / classified)
    db = folder / "archive.db"
    command = [sys.executable, "-m", "newsarchive"]
    quiet = ["--set", "LOG_LEVEL=ERROR"]
    _timed([*command, "import-warc", str(source), "--db", str(db), *quiet])
    seconds, items = _elapsed(db, "import-warc")
    imported = items / max(seconds, 1e-9)
    runs: dict[str, list[tuple[float, float, float, float]]] = {c[0]: [] for c in CASES}
    for _ in range(rounds):
        base = per_second(len(pages), extract_all, repeat=1)[0]
        for name, _what, flags in CASES:
            cpu = _timed([*command, "reextract", "--db", str(db), *flags, *quiet])
            seconds, items = _elapsed(db, "reextract")
            runs[name].append((items / max(seconds, 1e-9) / base, _steady(db) / base,
                               items / max(seconds, 1e-9), cpu / max(items, 1) * 1000))  # fmt: skip
    lines = [f"extraction alone: {alone:.1f} pages/s ({len(pages)} generated pages)",
             f"import-warc: {imported:.1f} pages/s, x{imported / alone:.2f} of extraction alone",
             f"  classification alone: {classified:.1f} pages/s; extraction and classification "
             f"alone: {both:.1f} pages/s"]  # fmt: skip
    for name, what, _flags in CASES:
        found = runs[name]
        lines.append(
            f"reextract ({name}) {what}: {statistics.median(r[2] for r in found):.1f} pages/s, "
            f"{_spread([r[0] for r in found])} of extraction alone (target >= 0.8; "
            f"{rounds} runs); from its first page done to its last {_spread([r[1] for r in found])}"
            f"; {statistics.median(r[3] for r in found):.1f} ms CPU a page (process and workers, "
            f"start-up included)"
        )  # fmt: skip
    sized, kind = real_pages(options_corpus) or pages, "real pages of the corpus"
    if sized is pages:
        kind = "generated pages"
    writer = WarcWriter(folder / "size", folder / "size.db")
    for url, html in sized:
        sent = HttpMessage("GET / HTTP/1.1", [("Host", "x")])
        received = HttpMessage.response(200, [("Content-Type", "text/html")], html)
        writer.write_exchange(url, sent, received, journal={"kind": "page", "site": "welt",
                                                            "listed_url": url})  # fmt: skip
    writer.close()
    size = sum(p.stat().st_size for p in (folder / "size").iterdir())
    raw = sum(len(h) for _, h in sized)
    with sqlite3.connect(db) as conn:
        (verdicts,) = conn.execute("SELECT coalesce(sum(length(verdict) + length(input_key)), "
                                   "0) FROM page_verdicts").fetchone()  # fmt: skip
    lines.append(f"WARC per page: {size / len(sized) / 1024:.1f} KiB (request, response, "
                 f"journal; gzip) for {raw / len(sized) / 1024:.1f} KiB of HTML: x{size / raw:.2f}"
                 f" ({len(sized)} {kind}); stored verdicts {verdicts / len(pages) / 1024:.1f} KiB "
                 f"a page in the database")  # fmt: skip
    return "\n".join(lines)


def run(options: Options, count: int = PAGES, rounds: int = ROUNDS) -> str:
    """The WARC benchmark's report (``count`` pages imported and re-extracted)."""
    directory = Path(options.directory)
    directory.mkdir(parents=True, exist_ok=True)
    corpus = options.corpus
    if corpus is None:
        from newsarchive.extract.evaluation import DEFAULT_CORPUS

        corpus = DEFAULT_CORPUS
    return scan(scan_file(directory)) + "\n" + pipeline(directory, corpus, count, rounds)


def main(argv: list[str] | None = None) -> None:
    """``python -m newsarchive.bench.warc --pages 2000``: the part with more pages (the
    workers' start-up, about a CPU-second each, weighs less in a long run)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=PAGES, help="pages re-extracted")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="timings of each case")
    parser.add_argument("--dir", default="bench", help="cache of generated inputs")
    parser.add_argument("--corpus", default=None, help="real pages for the size figure")
    args = parser.parse_args(argv)
    options = Options(directory=Path(args.dir), corpus=Path(args.corpus) if args.corpus else None)
    print(run(options, args.pages, args.rounds))


if __name__ == "__main__":
    main()
