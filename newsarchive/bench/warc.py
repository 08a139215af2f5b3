"""WARC benchmark (``newsarchive bench warc``): scanning, importing, re-extracting, size.

Each figure comes with its baseline from the same run:

- **scan**: records/s of the import's filter alone (``RecordReader`` over a CC-NEWS-like
  file: responses of many hosts, a few of the archive's sites, whose pages are read)
  against a bare FastWARC iteration of the same file (and warcio's, for the choice of
  library); target >= 0.8x the bare iteration;
- **import** and **re-extraction**: pages/s of ``newsarchive import-warc`` and
  ``newsarchive reextract`` (real runs in subprocesses, timed by their crawl stats, so
  interpreter start-up is left out) against extraction alone of the same pages in this
  process; target >= 0.8x for re-extraction;
- **size**: bytes of WARC (gzip, with request and journal records) per page, against the
  page's own HTML.

Inputs are generated (German articles from :mod:`newsarchive.bench.generate`, random
pages of other hosts) and cached in the benchmark directory.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import random
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
#: Pages imported and re-extracted.
PAGES = 400
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


def articles() -> list[tuple[str, bytes]]:
    """The generated pages of the archive's sites: (URL, HTML)."""
    out = []
    for n, article in enumerate(generate.generate_articles(PAGES, seed=7)):
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
    for _ in range(5):  # interleaved, so load from elsewhere falls on both
        for name, action in (("bare", bare), ("filter", filtered)):
            results[name] += per_second(SCAN_RECORDS, action, repeat=1)
    results["warcio"] = per_second(SCAN_RECORDS, warcio, repeat=1)
    ratios = [f / b for f, b in zip(results["filter"], results["bare"], strict=True)]
    med = {k: statistics.median(v) for k, v in results.items()}
    return (f"WARC scan ({SCAN_RECORDS} records, {path.stat().st_size / 1e6:.0f} MB): filter "
            f"{med['filter']:,.0f} rec/s, bare FastWARC {med['bare']:,.0f} rec/s, bare warcio "
            f"{med['warcio']:,.0f} rec/s\n  filter / bare: x{statistics.median(ratios):.2f} "
            f"(runs {', '.join(f'{r:.2f}' for r in ratios)}; target >= 0.8)")  # fmt: skip


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


def pipeline(directory: Path, options_corpus: Path | None = None) -> str:
    """Import and re-extraction rates against extraction alone, and WARC size per page."""
    from newsarchive.extract.extraction import ExtractionError, extract
    from newsarchive.topics.classifier import classify

    pages = articles()
    folder = Path(tempfile.mkdtemp(prefix="warc-bench-", dir=directory))
    source = folder / "pages.warc.gz"
    source.write_bytes(b"".join(response_record(u, h, n) for n, (u, h) in enumerate(pages)))

    def extract_all() -> None:
        for url, html in pages:
            with contextlib.suppress(ExtractionError):
                extract(html, url)

    extract_all()  # warm-up (lexicons, htmldate's start-up)
    alone = statistics.median(per_second(len(pages), extract_all))
    texts = []
    for url, html in pages:
        with contextlib.suppress(ExtractionError):
            data = extract(html, url)
            texts.append((data.get("title") or "", data.get("lead") or "", data.get("body") or ""))

    def classify_all() -> None:
        for title, lead, body in texts:
            classify(title, lead, body)

    classified = statistics.median(per_second(len(texts), classify_all))
    both = 1 / (1 / alone + 1 / classified)
    db = folder / "archive.db"
    command = [sys.executable, "-m", "newsarchive"]
    quiet = ["--set", "LOG_LEVEL=ERROR"]
    subprocess.run([*command, "import-warc", str(source), "--db", str(db), *quiet],
                   capture_output=True, check=True, timeout=1800)  # fmt: skip
    seconds, items = _elapsed(db, "import-warc")
    imported = items / max(seconds, 1e-9)
    subprocess.run([*command, "reextract", "--db", str(db), *quiet], capture_output=True,
                   check=True, timeout=1800)  # fmt: skip
    seconds, items = _elapsed(db, "reextract")
    again = items / max(seconds, 1e-9)
    steady = _steady(db)
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
    return (f"extraction alone: {alone:.1f} pages/s ({len(pages)} generated pages)\n"
            f"import-warc: {imported:.1f} pages/s, x{imported / alone:.2f} of extraction alone\n"
            f"reextract: {again:.1f} pages/s, x{again / alone:.2f} of extraction alone "
            f"(target >= 0.8)\n"
            f"  classification alone: {classified:.1f} pages/s; extraction and classification "
            f"alone: {both:.1f} pages/s; reextract x{again / both:.2f} of that\n"
            f"  reextract from its first page done to its last (worker start-up and shutdown "
            f"left out): {steady:.1f} pages/s, x{steady / alone:.2f} of extraction alone, "
            f"x{steady / both:.2f} of extraction and classification\n"
            f"WARC per page: {size / len(sized) / 1024:.1f} KiB (request, response, journal; "
            f"gzip) for {raw / len(sized) / 1024:.1f} KiB of HTML: x{size / raw:.2f} "
            f"({len(sized)} {kind})")  # fmt: skip


def run(options: Options) -> str:
    """The WARC benchmark's report."""
    directory = Path(options.directory)
    directory.mkdir(parents=True, exist_ok=True)
    corpus = options.corpus
    if corpus is None:
        from newsarchive.extract.evaluation import DEFAULT_CORPUS

        corpus = DEFAULT_CORPUS
    return scan(scan_file(directory)) + "\n" + pipeline(directory, corpus)
