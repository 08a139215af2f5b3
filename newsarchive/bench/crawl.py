"""Crawl speed: N pages through every pipeline stage against bare Scrapy fetching them.

``newsarchive bench crawl`` writes (or reuses) a local mirror of N generated German
news pages about banks and social networks (the demo's page style: JSON-LD
``NewsArticle``, OpenGraph, byline, navigation, teasers, footer; text from
:mod:`newsarchive.bench.generate`, about 3.5 KB a page), lists them in a sitemap, serves the
mirror on 127.0.0.1, and crawls it twice, each crawl in its own process:

- **bare Scrapy**: a plain spider requesting the same URLs, doing nothing with them;
- **all pipelines**: a site spider of the project with the project's settings (robots.txt,
  discovery, extraction and classification in the worker pool, dedupe, store into a fresh
  archive), politeness delays off and the same concurrency as the bare crawl.

It prints each crawl's wall time (from the reactor's start to its end), CPU time and peak
RSS (the crawl process; the largest worker), the ratio of the two wall times against the
target (≤ 6× on 2 cores), and what the archive holds afterwards. N is ``--articles``,
at most :data:`PAGES`; ``python -m newsarchive.bench.crawl --pages N`` runs any N.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from html import escape
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

from newsarchive.bench import Options
from newsarchive.bench.generate import generate_articles
from pipelines.pool import default_workers

#: Pages crawled by ``newsarchive bench crawl`` (fewer with ``--articles``).
PAGES = 2_000
#: Wall-time ratio all pipelines / bare Scrapy that issue 17 asks for (2 cores).
TARGET_RATIO = 6.0
#: Bump when the generated pages change, so cached mirrors are rebuilt.
MIRROR_VERSION = 2
HOST = "www.bank-news.example"
SECTIONS = ("finanzen", "wirtschaft", "digital", "unternehmen")
#: Generated articles whose paragraphs lengthen each page's text (to about 3.5 KB, near the
#: 4.7 KB body of the issue's profile).
OTHERS = 3
#: Download settings of both crawls (the mirror is local: no delays, same concurrency).
DOWNLOAD = {"CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
            "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING",
            "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
            "TELNETCONSOLE_ENABLED": False}  # fmt: skip


# --- the mirror -------------------------------------------------------------------------


def page_url(number: int, section: str, year: int) -> str:
    """The real address of generated page ``number``."""
    return f"https://{HOST}/{section}/{year}/artikel-{number}.html"


def render_page(url: str, article: dict[str, Any], others: list[dict[str, Any]],
                rng: random.Random) -> str:  # fmt: skip
    """A news page in the demo's style around ``article`` (its body lengthened with the
    paragraphs of ``others``, so a page carries about 3.5 KB of text)."""
    title, lead = escape(article["title"]), escape(article["lead"])
    authors = json.loads(article["authors"]) or ["Redaktion"]
    paragraphs = [p for a in (article, *others) for p in a["body"].split("\n\n")]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article["title"],
          "datePublished": article["published"], "description": article["lead"],
          "author": [{"@type": "Person", "name": a} for a in authors],
          "publisher": {"@type": "Organization", "name": "Bank-News"}}  # fmt: skip
    nav = "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in SECTIONS * 6)
    teasers = "".join(
        f'<li><a href="/{rng.choice(SECTIONS)}/2020/artikel-{rng.randint(0, 99999)}.html">'
        f"{escape(o['title'])}</a></li>"
        for o in others
    )
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{title} | Bank-News</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}"><meta property="og:type" content="article">
<meta property="og:description" content="{lead}"><meta name="author" content="{authors[0]}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.dataLayer=[{{"page":"artikel","section":"{escape(article["section"])}"}}];</script>
</head><body class="article-page">
<header><a class="logo" href="/">Bank-News</a><nav><ul>{nav}</ul></nav></header>
<main><article><p class="kicker">{escape(article["section"])}</p><h1>{title}</h1>
<p class="byline">Von {escape(" und ".join(authors))} | {article["published"][:10]}</p>
<p class="lead"><strong>{lead}</strong></p>
<div class="share">Teilen: Facebook Twitter LinkedIn E-Mail</div>
{body}
</article><aside><h2>Lesen Sie auch</h2><ul>{teasers}</ul></aside></main>
<footer><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">
Datenschutz</a></li></ul><p>© Bank-News. Alle Rechte vorbehalten.</p></footer>
</body></html>"""


def build_mirror(directory: Path, pages: int, seed: int = 1) -> tuple[Path, list[str]]:
    """Write (or reuse) the mirror ``<directory>/crawl-<pages>-<seed>-v<n>/site``; its
    root and the pages' real URLs."""
    root = directory / f"crawl-{pages}-{seed}-v{MIRROR_VERSION}" / "site"
    listing = root.parent / "urls.json"
    if listing.exists():
        return root, list(json.loads(listing.read_text("utf-8")))
    rng = random.Random(seed)
    articles = list(generate_articles(pages * (1 + OTHERS), seed))
    site = root / HOST
    urls = []
    for number in range(pages):
        article = articles[number]
        url = page_url(number, rng.choice(SECTIONS), int(article["year"]))
        others = articles[pages + OTHERS * number : pages + OTHERS * (number + 1)]
        path = site / url.split(HOST + "/", 1)[1]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_page(url, article, others, rng), "utf-8")
        urls.append(url)
    entries = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    (site / "sitemap.xml").write_text(
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>', "utf-8"
    )
    (site / "robots.txt").write_text("User-agent: *\nAllow: /\n", "utf-8")
    listing.write_text(json.dumps(urls), "utf-8")
    return root, urls


# --- the two crawls, each in its own process --------------------------------------------


def crawl_all_pipelines(base_url: str, db: str) -> dict[str, Any]:
    """Crawl the mirror with a project spider and every stage; figures as a dict."""
    from scrapy.crawler import CrawlerProcess

    from newsarchive.crawl import runner
    from newsarchive.crawl.base import SitemapSpider

    class BenchSpider(SitemapSpider):
        name = "bench"
        allowed_domains: ClassVar[list[str]] = [HOST.removeprefix("www.")]
        sitemap_urls = (f"https://{HOST}/sitemap.xml",)

    settings = runner.project_settings({
        **DOWNLOAD, "ARCHIVE_BASE_URL": base_url, "ARCHIVE_DB": db, "ARCHIVE_MAX_ARTICLES": 0,
        "CLOSESPIDER_TIMEOUT": 0, "ARCHIVE_PROGRESS_SECONDS": 0, "HTTPCACHE_ENABLED": False,
    })  # fmt: skip
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BenchSpider)
    process.crawl(crawler)
    return _timed(process, crawler)


def crawl_bare(base_url: str, urls: list[str]) -> dict[str, Any]:
    """Fetch the same pages with a plain Scrapy spider that does nothing with them."""
    import scrapy
    from scrapy.crawler import CrawlerProcess

    class Bare(scrapy.Spider):
        name = "bare"

        async def start(self) -> Any:
            for url in urls:
                yield scrapy.Request(f"{base_url}/{url.split('://', 1)[1]}")

        def parse(self, response: Any) -> None:
            return None

    process = CrawlerProcess({**DOWNLOAD, "ROBOTSTXT_OBEY": False, "REMOTE_CONTROL_ENABLED": False})
    crawler = process.create_crawler(Bare)
    process.crawl(crawler)
    return _timed(process, crawler)


def _timed(process: Any, crawler: Any) -> dict[str, Any]:
    started, cpu, own = time.perf_counter(), _cpu(), _cpu(resource.RUSAGE_SELF)
    process.start()
    stats = crawler.stats.get_stats()
    keys = ("response_received_count", "archive/stored", "archive/copies_stored",
            "archive/skipped", "archive/failed")  # fmt: skip
    return {
        "seconds": time.perf_counter() - started,
        "cpu": _cpu() - cpu,
        "crawl_cpu": _cpu(resource.RUSAGE_SELF) - own,
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        **{key: int(stats.get(key, 0)) for key in keys},
    }


def _cpu(*who: int) -> float:
    """CPU seconds of this process and (by default) its finished children (the workers)."""
    usages = [resource.getrusage(w) for w in who or (resource.RUSAGE_SELF,
                                                    resource.RUSAGE_CHILDREN)]  # fmt: skip
    return sum(u.ru_utime + u.ru_stime for u in usages)


def _run_child(mode: str, base_url: str, root: Path, db: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "newsarchive.bench.crawl", "--mode", mode,
               "--base-url", base_url, "--mirror", str(root), "--db", db]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(f"the {mode} crawl failed:\n{done.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


# --- the part ---------------------------------------------------------------------------


@contextmanager
def serving(root: Path) -> Iterator[str]:
    """Serve the mirror directory (``/<host>/<path>``) on a free port of 127.0.0.1."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(root)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def measure(directory: Path, pages: int, seed: int = 1) -> dict[str, Any]:
    """Build or reuse the mirror, serve it, run both crawls; their figures."""
    root, urls = build_mirror(directory, pages, seed)
    with serving(root) as base_url, tempfile.TemporaryDirectory() as tmp:
        bare = _run_child("bare", base_url, root, "")
        full = _run_child("full", base_url, root, str(Path(tmp) / "bench.db"))
    return {"pages": len(urls), "bare": bare, "full": full}


def report(figures: dict[str, Any]) -> str:
    """The part's lines: both crawls, the ratio against the target, the archive."""
    bare, full = figures["bare"], figures["full"]
    ratio = full["seconds"] / bare["seconds"]
    workers = os.environ.get("ARCHIVE_WORKERS") or str(default_workers())
    lines = [
        f"crawl: {figures['pages']:,} generated pages from a local mirror, "
        f"{default_workers()} cores, {workers} workers",
        f"  bare Scrapy (same URLs)   {bare['seconds']:7.1f} s wall {bare['cpu']:7.1f} CPU-s  "
        f"peak RSS {bare['rss_mib']:.0f} MiB  ({bare['response_received_count']:,} pages)",
        f"  all pipelines             {full['seconds']:7.1f} s wall {full['cpu']:7.1f} CPU-s "
        f"({full['crawl_cpu']:.1f} in the crawl process)  "
        f"peak RSS {full['rss_mib']:.0f} MiB, largest worker {full['worker_rss_mib']:.0f} MiB "
        f"({figures['pages'] / full['seconds']:.0f} pages/s)",
        f"  all pipelines / bare Scrapy: {ratio:.1f}x wall (target <= {TARGET_RATIO:g}x): "
        + ("ok" if ratio <= TARGET_RATIO else "MISSED")
        + f"; {full['cpu'] / bare['cpu']:.1f}x CPU (less swayed by others' load)",
        f"  archive: {full['archive/stored']:,} stored, {full['archive/copies_stored']:,} "
        f"copies, {full['archive/skipped']:,} skipped, {full['archive/failed']:,} failed",
    ]
    return "\n".join(lines)


def run(options: Options) -> str:
    """``newsarchive bench crawl``: at most :data:`PAGES` pages (``--articles``)."""
    return report(measure(options.directory, min(options.articles, PAGES), options.seed))


def main(argv: list[str] | None = None) -> None:
    """``python -m newsarchive.bench.crawl``: the part with any N, or one crawl (internal)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=PAGES)
    parser.add_argument("--dir", default="bench", help="cache of generated mirrors")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mode", choices=("bare", "full"), help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--mirror", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.mode == "bare":
        urls = json.loads((Path(args.mirror).parent / "urls.json").read_text("utf-8"))
        print(json.dumps(crawl_bare(args.base_url, urls)))
    elif args.mode == "full":
        print(json.dumps(crawl_all_pipelines(args.base_url, args.db)))
    else:
        print(report(measure(Path(args.dir), args.pages, args.seed)))


if __name__ == "__main__":
    main()
