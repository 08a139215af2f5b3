"""A local news site whose pages change between fetches, for the re-check tests."""

from __future__ import annotations

import hashlib
import html
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from datasette_helpers import ARTICLES, XSS

from newsarchive.archive import versions
from newsarchive.archive.storage import Archive, article_row
from newsarchive.extract.extraction import extract
from newsarchive.items import PageItem

HOST = "news.example.org"
SITE = "beispielnews"  # no spider of that name: the generic re-check spider is used

PARAGRAPHS = [
    "Immer mehr Sparkassen und Volksbanken entdecken die sozialen Netzwerke für sich. "
    "Die GLS Bank pflegt seit Jahren eine Facebook-Seite mit vielen Tausend Fans.",
    "Die Großbanken dagegen fürchten den Kontrollverlust, wenn Kunden öffentlich über "
    "Gebühren, Filialen und Beratung diskutieren und Mitarbeiter antworten müssen.",
    "Ein Sprecher der Deutschen Bank sagte, man beobachte Twitter und Facebook genau, "
    "wolle aber zunächst Erfahrungen sammeln, bevor eigene Kanäle eröffnet werden.",
    "Fachleute für Bankmarketing raten dazu, klein anzufangen: mit einem Blog, einem "
    "Twitter-Konto für Pressemitteilungen und klaren Regeln für die Beschäftigten.",
    "Für kleine Institute sei das eine Chance, sagt eine Beraterin aus Frankfurt, denn "
    "Nähe zum Kunden lasse sich im Netz ebenso zeigen wie in der Filiale vor Ort.",
]


def page_html(title: str, paragraphs: list[str], url: str, author: str = "Anna Beispiel") -> str:
    """An article page as news sites publish them (JSON-LD, OpenGraph, <article>)."""
    meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": "2026-11-28T09:00:00+01:00",
            "author": {"@type": "Person", "name": author}}  # fmt: skip
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} | Beispiel-News</title>"
        f'<link rel="canonical" href="{url}">'
        f'<meta property="og:title" content="{html.escape(title)}">'
        f'<script type="application/ld+json">{json.dumps(meta)}</script></head><body>'
        f"<header><nav><a href='/'>Start</a></nav></header><main><article>"
        f"<h1>{html.escape(title)}</h1><p class='author'>Von {html.escape(author)}</p>"
        f"{body}</article></main><footer>Impressum</footer></body></html>"
    )


@dataclass
class Page:
    status: int = 200
    body: str = ""
    location: str = ""


@dataclass
class Site:
    """The pages by path; every request is logged (path, status, request headers)."""

    pages: dict[str, Page] = field(default_factory=dict)
    log: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)

    def requests_for(self, path: str) -> list[tuple[int, dict[str, str]]]:
        return [(status, headers) for p, status, headers in self.log if p == path]


def etag_of(body: str) -> str:
    """The ETag the site sends for a page."""
    return '"' + hashlib.sha1(body.encode()).hexdigest()[:12] + '"'


def handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = "/" + self.path.lstrip("/").partition("/")[2]
            page = site.pages.get(path)
            headers = {k.lower(): v for k, v in self.headers.items()}
            if page is None:
                status = 404
                self.send_response(404)
                self.end_headers()
            elif page.status != 200:
                status = page.status
                self.send_response(status)
                if page.location:
                    self.send_header("Location", page.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                data = page.body.encode()
                etag = etag_of(page.body)
                status = 304 if headers.get("if-none-match") == etag else 200
                self.send_response(status)
                self.send_header("ETag", etag)
                if status == 200:
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if status == 200:
                    self.wfile.write(data)
            site.log.append((path, status, headers))

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serve(site: Site) -> Iterator[str]:
    """The site on 127.0.0.1 as a mirror (``ARCHIVE_BASE_URL``); yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler(site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def real_url(path: str) -> str:
    return f"https://{HOST}{path}"


def store_pages(db_path: Path, pages: dict[str, str], fetched_at: str) -> None:
    """Archive the pages as a crawl would have (extracted with the generic extractor)."""
    from pipelines.extract import build_article

    archive = Archive(db_path)
    for path, body in pages.items():
        page = PageItem(url=real_url(path), site=SITE, body=body.encode(), encoding="utf-8",
                        fetched_at=fetched_at, request_url=real_url(path))  # fmt: skip
        item = build_article(page, extract(page.body, page.url, encoding="utf-8"), "Beispiel")
        item.relevance = 1.0
        archive.add_article(item)
    archive.close()


def build_changed_archive(path: Path) -> tuple[str, str]:
    """Two articles: one edited (headline and a paragraph, with script-like text), one
    taken down. Returns their URLs."""
    edited, removed = ARTICLES[0], ARTICLES[1]
    archive = Archive(path)
    archive.add_article(edited)
    archive.add_article(removed)
    archive.flush()
    stored = dict(next(archive.db.query("SELECT * FROM articles WHERE url = ?", [edited.url])))
    new = replace(
        edited,
        title="Banken meiden soziale Netzwerke",
        body=edited.body.replace("mit vielen Fans", f"mit wenigen Fans {XSS}"),
        fetched_at="2026-11-28T10:00:00+00:00",
    )
    with archive.db.atomic():
        versions.record_change(archive.db, stored, article_row(new), new.fetched_at)
        versions.mark_removed(archive.db, removed.url, "http-410", "2026-11-28T11:00:00+00:00")
    archive.add_article(new)
    archive.close()
    return edited.url, removed.url
