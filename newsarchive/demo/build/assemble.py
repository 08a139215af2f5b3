"""The whole build: every article's answer (broken ones included), the outlets' listings,
the Wayback Machine's answers, the mirror's own pages and the expectations."""

from __future__ import annotations

import hashlib
from html import escape

from newsarchive.demo.build.content import Article
from newsarchive.demo.build.expectations import expect, new_expected
from newsarchive.demo.build.listings import add_listings
from newsarchive.demo.build.mirror import (
    ERROR_PAGE,
    HTML_TYPE,
    MIRROR_INDEX,
    ROBOTS_TXT,
    Mirror,
)
from newsarchive.demo.build.outlets import OUTLETS, Outlet
from newsarchive.demo.build.wayback import WAYBACK_HOST, add_wayback


def build_mirror(articles: list[Article]) -> Mirror:
    """Render every page, listing, route and expectation."""
    by_key = {a.key: a for a in articles}
    mirror = Mirror()
    expected = new_expected(sorted(OUTLETS))
    for a in articles:
        if not a.history:
            add_article(mirror, OUTLETS[a.site], a, by_key)
        expect(expected, a, by_key)
    for outlet in OUTLETS.values():
        listed = [a for a in articles if a.site == outlet.slug and not a.history]
        add_listings(mirror, outlet, listed, by_key)
    add_wayback(mirror, [a for a in articles if a.archived], expected["history"])
    mirror.files["errors/404.html"] = ERROR_PAGE.format(
        code=404, text="Seite nicht gefunden"
    ).encode()
    mirror.files["errors/500.html"] = ERROR_PAGE.format(
        code=500, text="Interner Serverfehler"
    ).encode()
    mirror.files["robots.txt"] = ROBOTS_TXT.encode()
    hosts = [o.host for o in OUTLETS.values()] + [WAYBACK_HOST]
    mirror.files["index.html"] = MIRROR_INDEX.format(
        links="\n".join(f'<li><a href="/{h}/">{h}</a></li>' for h in hosts)
    ).encode()
    mirror.expected = expected
    return mirror


def add_article(mirror: Mirror, outlet: Outlet, a: Article, by_key: dict[str, Article]) -> None:
    """The answer for an article's address, broken as ``a.broken`` says (wrong or
    undeclared encoding, cut off, empty, binary, an error status, a redirect loop, or
    nothing for a page robots.txt forbids), and the redirect from its old address."""
    broken = a.broken
    if broken in ("", "latin1", "latin1-undeclared", "truncated"):
        html = outlet.render(a, by_key)
        if broken == "latin1":
            mirror.add(a.url, html.encode("cp1252"), content_type=HTML_TYPE)
        elif broken == "latin1-undeclared":
            html = html.replace('<meta charset="utf-8">\n', "")
            mirror.add(a.url, html.encode("cp1252"), content_type="text/html")
        elif broken == "truncated":
            mirror.add(a.url, truncate(html, a.paragraphs))
        else:
            mirror.add(a.url, html)
    elif broken == "truncated-head":
        mirror.add(a.url, truncate_head(outlet.render(a, by_key)))
    elif broken == "empty":
        mirror.add(a.url, b"", content_type=HTML_TYPE)
    elif broken == "binary":
        mirror.add(a.url, binary_body(a.key), content_type=HTML_TYPE)
    elif broken in ("404", "500"):
        mirror.route(a.url, status=int(broken), file=f"errors/{broken}.html")
    elif broken == "loop":
        other = a.url.replace(".html", "-2.html")
        mirror.route(a.url, status=301, location=other)
        mirror.route(other, status=302, location=a.url)
    elif broken != "robots":
        raise ValueError(f"{a.key}: unknown broken kind {broken!r}")
    if a.moved_from:
        mirror.route(a.moved_from, status=301, location=a.url)


def binary_body(seed: str) -> bytes:
    """A PNG-like binary blob (with NUL bytes), deterministic per ``seed``."""
    chunks = [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x04\xb0\x00\x00\x02\xa3\x08\x02"]
    digest = seed.encode()
    for _ in range(64):
        digest = hashlib.sha256(digest).digest()
        chunks.append(digest + b"\x00" * 8)
    return b"".join(chunks)


def truncate(html: str, paras: list[str]) -> str:
    """The page cut off in the middle of its third paragraph (a dropped connection)."""
    start = html.index(escape(paras[2]))
    return html[: start + 60]


def truncate_head(html: str) -> str:
    """The page cut off inside ``<head>``: no body ever arrives."""
    return html[: html.index('<meta name="description"') + 20]
