"""The walk a journalist makes: every page reached from the start page by clicking links.

Headless Chromium (Debian's) crawls the served demo archive, same-origin, three clicks
deep, one page of a kind (path and parameter names, see :func:`kind`), on a 390 px phone
and then again at 1280 px, and fails on: an HTTP error, a missing security header
(Content-Security-Policy, X-Content-Type-Options, Referrer-Policy), a page over 5 MB,
a console error (CSP violations included), a request leaving 127.0.0.1, sideways
scrolling, or one of Datasette's English strings in the interface (browser_helpers).
Every export link met on the way (CSV, JSON, Atom) must be clean: no ⟦…⟧ markers, no
atom_* columns, feeds as application/atom+xml titled with their query. Then the error
pages (bad sort, filter, facet, _size, unknown table, row, bank, network, 404, SQL) and
a public instance (``ARCHIVE_PUBLIC=1``) must answer in German.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from browser_helpers import (
    CHROMIUM,
    DESKTOP,
    PHONE,
    Watched,
    check_page,
    copy_archive,
    english,
    serve,
)
from demo_helpers import DemoCrawl

pytestmark = [pytest.mark.browser, pytest.mark.slow]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing in CI: .ci/run installs Debian's chromium")
    pytest.skip(f"{CHROMIUM} not installed; browser tests skipped", allow_module_level=True)

#: Clicks from the start page, and pages of one kind visited at most.
DEPTH, PER_KIND = 3, 1
#: Links the walk does not follow: typed SQL, Datasette's facet and label switches, the
#: search index's hidden tables, its own /-/ pages (the archived original page excepted),
#: chart images and blobs.
SKIP = re.compile(r"[?&](sql|_facet\w*|_labels|_col|_nocol|_where|_show_hidden)=|"
                  r"/-/(?!originalseite)|robots\.txt|\.(png|svg|js|css|blob)(\?|$)")  # fmt: skip
#: The project's own pages (plugins/desk_pages.py, reading_view.py): each parameter set
#: of theirs is a kind of its own.
OWN_PAGES = ("artikel", "banken", "netzwerke", "wer-war-zuerst")
EXPORT = re.compile(r"\.(csv|json|atom)(\?|$)")
HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy")
MAX_BYTES = 5_000_000
ATOM = "{http://www.w3.org/2005/Atom}"
#: Pages a journalist reaches by a typo or an old link: (path, HTTP status).
BAD = [
    ("/demo/articles?_sort=nonexistent", 400), ("/demo/articles?_sort_desc=nope", 400),
    ("/demo/articles?_facet=nope", 400), ("/demo/articles?_size=abc", 400),
    ("/demo/articles?_size=100000", 400), ("/demo/articles?nope__exact=1", 400),
    ("/demo/articles?_search=%22", 400), ("/demo/artikel?sortierung=x", 400),
    ("/demo/artikel?von=2020-13-01", 400), ("/demo/nope", 404), ("/nope", 404),
    ("/demo/-/nope", 404),
    ("/demo/articles/https~3A~2F~2Fnowhere", 404), ("/demo/bank/Keine", 404),
    ("/demo/netzwerk/Keins", 404), ("/demo?sql=delete+from+articles", 400),
    ("/demo?sql=select+nope+from+articles", 400), ("/demo?sql=select+1+%2B", 400),
]  # fmt: skip


def kind(url: str) -> str:
    """Pages of one kind: the path (``/…`` for any row page) and the parameter names, e.g.
    ``/demo/artikel?jahr`` (two or more parameters: one kind); Datasette's table and query
    pages with parameters share their kinds (``/demo/<tabelle>?_sort``): one template,
    visited once per parameter set."""
    parts = urlsplit(url)
    segments = parts.path.split("/")
    path = "/".join(segments[:3]) + ("/…" if len(segments) > 3 else "")
    given = sorted(parse_qs(parts.query))
    names = "&".join(given) if len(given) < 2 else "…"  # combinations: one kind
    if not names:
        return path
    if len(segments) == 3 and segments[2] not in OWN_PAGES:
        path = "/".join(segments[:2]) + "/<tabelle>"
    return path + "?" + names


def export_columns(text: str, path: str) -> list[str]:
    """The column names of a CSV or JSON export."""
    if path.endswith(".csv"):
        return text.splitlines()[0].split(",") if text else []
    data = json.loads(text)
    items = data if isinstance(data, list) else [data]
    columns: list[str] = []
    for item in items:
        if isinstance(item, dict):
            columns += item.get("columns") or []
            for value in item.values():
                if isinstance(value, list) and value and isinstance(value[0], dict):
                    columns += list(value[0])
            if "columns" not in item and not any(isinstance(v, list) for v in item.values()):
                columns += list(item)
    return columns


def check_export(watched: Watched, url: str) -> list[str]:
    """Problems of one export link: status, type, markers, hidden columns, feed title."""
    response = watched.context.request.get(url)
    path, text = urlsplit(url).path, response.text()
    problems = [f"{url}: HTTP {response.status}"] if response.status >= 400 else []
    problems += [f"{url}: no {h}" for h in HEADERS if h not in response.headers]
    if "⟦" in text or "\\u27e6" in text:
        problems.append(f"{url}: highlight markers ⟦…⟧")
    if path.endswith(".atom"):
        if not response.headers.get("content-type", "").startswith("application/atom+xml"):
            problems.append(f"{url}: feed served as {response.headers.get('content-type')}")
        title = ET.fromstring(text).findtext(f"{ATOM}title") or ""
        query = parse_qs(urlsplit(url).query)
        for value in (query.get("suche") or query.get("suchbegriff") or [])[:1]:
            if value not in title:
                problems.append(f"{url}: feed titled {title!r} without its query")
    elif response.status < 400:
        hidden = [c for c in export_columns(text, path) if c.startswith("atom_")]
        problems += [f"{url}: hidden columns {hidden}"] if hidden else []
    return problems


def visit(watched: Watched, url: str) -> tuple[list[str], list[str]]:
    """Open ``url``: its problems and its same-origin links."""
    page = watched.page
    response = page.goto(url)
    assert response is not None
    problems = [f"{url}: HTTP {response.status}"] if response.status >= 400 else []
    problems += [f"{url}: no {h}" for h in HEADERS if h not in response.headers]
    if len(response.body()) > MAX_BYTES:
        problems.append(f"{url}: {len(response.body())} bytes")
    if page.locator(".na-chart").count():
        page.wait_for_selector(".na-chart-ready svg")
    problems += check_page(watched, url)
    links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    return problems, [href.split("#")[0] for href in links]


@pytest.fixture(scope="module")
def public(demo_crawl: DemoCrawl, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo archive on a public instance: no SQL of one's own."""
    path = copy_archive(demo_crawl.full_db, tmp_path_factory.mktemp("public"))
    yield from serve(path, {"ARCHIVE_PUBLIC": "1"})


def test_walk_every_page_from_the_start(demo: str, phone: Watched, desktop: Watched) -> None:
    """Every page three clicks from the start page: German, safe, clean, phone-wide."""
    problems: list[str] = []
    seen: set[str] = set()
    per_kind: dict[str, int] = {}
    exports: list[str] = []
    pages: list[str] = []
    queue: list[tuple[str, int]] = [(demo + "/", 0)]
    while queue:
        url, depth = queue.pop(0)
        is_export = EXPORT.search(urlsplit(url).path)
        key = kind(url).split("?")[0] if is_export else kind(url)  # an export per path
        if url in seen or per_kind.get(key, 0) >= PER_KIND:
            continue
        seen.add(url)
        per_kind[key] = per_kind.get(key, 0) + 1
        if is_export:
            exports.append(url)
            continue
        found, links = visit(phone, url)
        problems += found
        pages.append(url)
        if depth < DEPTH:
            queue += [(h, depth + 1) for h in links if h.startswith(demo) and not SKIP.search(h)]
    for url in exports:
        problems += check_export(phone, url)
    kinds = {k.split("?")[0] for k in per_kind}
    for url in {kind(u).split("?")[0]: u for u in reversed(pages)}.values():  # desktop
        problems += [f"{p} (1280 px)" for p in visit(desktop, url)[0]]
    assert len(kinds) >= 25, sorted(kinds)
    assert {"csv", "json", "atom"} <= {urlsplit(u).path.rsplit(".", 1)[-1] for u in exports}
    assert problems == [], f"{len(pages)} pages, {len(exports)} exports:\n" + "\n".join(problems)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_error_pages_are_german(demo: str, browser: Any, viewport: dict[str, int]) -> None:
    watched, problems = Watched(browser, viewport), []
    try:
        for path, status in BAD:
            response = watched.page.goto(demo + path)
            assert response is not None
            if response.status != status:
                problems.append(f"{path}: HTTP {response.status}, not {status}")
            watched.errors = [e for e in watched.errors if "status of 4" not in e]
            problems += check_page(watched, path)
    finally:
        watched.close()
    assert problems == []


def test_public_instance_in_german(public: str, phone: Watched) -> None:
    page = phone.page
    response = page.goto(public + "/demo?sql=select+1")
    assert response is not None
    assert response.status == 403
    assert page.inner_text("h1") == "Kein Zugriff"
    assert "abgeschaltet" in page.inner_text("main")
    phone.errors.clear()  # the browser logs the status itself
    assert check_page(phone, "403") == []
    page.goto(public + "/demo")
    assert page.locator("textarea").count() == 0
    assert english(page.inner_text("main")) == []
    page.goto(public + "/demo/suche?suchbegriff=Sparkasse")  # stored queries stay
    assert page.locator(".na-results, table.rows-and-columns").count() == 1
    assert check_page(phone, "public search") == []
