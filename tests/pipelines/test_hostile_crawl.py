"""A real crawl of hostile pages accounts for every page: each listed URL ends as an
article, a copy, a skipped page or a failure with its stage and reason."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive.bench.generate import generate_articles
from newsarchive.demo.server import DEMO_CRAWL_SETTINGS, DemoServer
from newsarchive.sqlite import sqlite3
from newsarchive.urls import normalize_url

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
HOST = "www.hostile-news.example"
#: Distinct on-topic texts (banks and social networks), one per article page.
TEXTS = [f"{row['lead']}\n\n{row['body']}" for row in generate_articles(6, seed=4)]
SPORT = "Der Ball ist rund, das Spiel dauert neunzig Minuten und der Pokal geht nach Berlin. "


def page(title: str, body: str, head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f'<html lang="de"><head><title>{title}</title>{head}</head><body><article>'
            f"<h1>{title}</h1>{paragraphs}</article></body></html>")  # fmt: skip


def jsonld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


#: Hostile and ordinary pages, by path; ``None``: not served (404).
PAGES: dict[str, str | bytes | None] = {
    "banken-facebook.html": page("Banken nutzen gern soziale Netzwerke", TEXTS[0]),
    "sparkasse-instagram.html": page("Sparkasse startet auf Instagram", TEXTS[1]),
    "kopie.html": page("Banken nutzen gern soziale Netzwerke",
                       "Quelle: Beispiel Online\n\n" + TEXTS[0] + "\n\nÜber den Autor: schreibt."),
    "pokal.html": page("Pokalfinale in Berlin", SPORT * 12),
    "surrogat.html": page("Volksbank twittert", TEXTS[2],
                          jsonld('{"@type": "NewsArticle", "headline": "Volksbank \\ud800",'
                                 ' "keywords": "\\ud800", "author": {"name": "\\udfff"}}')),
    "steuerzeichen.html": page("Commerzbank auf Twitter",
                               TEXTS[3].replace(". ", ".\x01\x07 ", 3) + "\x0b"),
    "tief.html": page("Deutsche Bank auf Xing", TEXTS[4],
                      jsonld('{"a":' * 5000 + "1" + "}" * 5000)),
    "leer.html": "",
    "binaer.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "fehlt.html": None,
}  # fmt: skip

SCRIPT = """
import sys
from scrapy.crawler import CrawlerProcess
from newsarchive.crawl.base import SitemapSpider
from newsarchive.crawl.runner import project_settings

class Hostile(SitemapSpider):
    name = "hostile"
    site_name = "Beispiel Online"
    allowed_domains = ["{host}"]
    sitemap_urls = ("https://{host}/sitemap.xml",)

settings = project_settings(dict(ARCHIVE_DB=sys.argv[1], ARCHIVE_BASE_URL=sys.argv[2],
                                 ARCHIVE_MAX_ARTICLES=0, ARCHIVE_PROGRESS_SECONDS=0,
                                 **{settings}))
process = CrawlerProcess(settings)
process.crawl(Hostile)
process.start()
"""


def build_mirror(root: Path) -> list[str]:
    site = root / "site" / HOST
    site.mkdir(parents=True)
    urls = [f"https://{HOST}/wirtschaft/{name}" for name in PAGES]
    entries = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><urlset '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>',
        "utf-8",
    )
    (site / "wirtschaft").mkdir()
    for name, content in PAGES.items():
        if content is not None:
            data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
            (site / "wirtschaft" / name).write_bytes(data)
    (root / "routes.json").write_text("[]", "utf-8")
    return urls


def test_a_crawl_of_hostile_pages_accounts_for_every_page(tmp_path: Path) -> None:
    listed = build_mirror(tmp_path)
    db = tmp_path / "hostile.db"
    script = tmp_path / "crawl_hostile.py"
    script.write_text(SCRIPT.format(host=HOST, settings=repr(DEMO_CRAWL_SETTINGS)), "utf-8")
    env = {**os.environ, "ARCHIVE_LOG_LEVEL": "WARNING", "PYTHONPATH": str(ROOT)}
    with DemoServer(root=tmp_path / "site") as base_url:
        command = [sys.executable, str(script), str(db), base_url]
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=180, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    conn = sqlite3.connect(db)
    found: dict[str, str] = {}
    for sql, kind in (
        ("SELECT url, fetched_url, listed_url FROM articles", "article"),
        ("SELECT url, NULL, NULL FROM copies", "copy"),
        ("SELECT url, NULL, NULL FROM skipped", "skipped"),
        ("SELECT url, stage, reason FROM failures", "failure"),
    ):
        for url, *more in conn.execute(sql):
            detail = "/".join(more) if kind == "failure" else kind
            for address in (url, *more) if kind == "article" else (url,):
                if address:
                    found.setdefault(normalize_url(address), detail)
    outcome = {url.rsplit("/", 1)[1]: found.get(normalize_url(url)) for url in listed}
    assert None not in outcome.values(), outcome  # every page has a row
    assert outcome["banken-facebook.html"] == "article"
    assert outcome["kopie.html"] == "copy"
    assert outcome["pokal.html"] == "skipped"
    assert outcome["fehlt.html"] == "fetch/http-404"
    assert outcome["leer.html"].startswith("extract/")
    assert outcome["binaer.html"].startswith("extract/")
    assert outcome["tief.html"].startswith("extract/")  # recursion-error, or a guard's reason
    assert outcome["surrogat.html"] == "article"
    assert outcome["steuerzeichen.html"] == "article"
    (title,) = conn.execute("SELECT title FROM skipped").fetchone()
    assert title == "Pokalfinale in Berlin"
    for (text,) in conn.execute("SELECT title || lead || body || tags || authors FROM articles"):
        text.encode("utf-8")  # nothing unencodable stored
        assert not any(c in text for c in "\x00\x01\x07\x0b")
    (reason, stats) = conn.execute("SELECT finish_reason, stats FROM crawls").fetchone()
    assert reason == "finished"
    assert json.loads(stats)["archive/failed"] >= 4
