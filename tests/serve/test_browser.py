"""The archive as a journalist uses it: headless Chromium against `newsarchive serve`.

A walk from the start page of the demo archive visits every page a journalist reaches
(two clicks deep) on a 390 px phone screen and fails on an English UI string of
Datasette's, on sideways scrolling, on a console error, or on any request leaving
127.0.0.1 (the archive must work offline). Then the reading view (search, facets, chips,
sort, date range, pages), a bank page with its chart, a feed and a bad sort. Screenshots
go to test-artifacts/ (or $SCREENSHOTS_DIR, e.g. docs/screenshots for the README).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from datasette_helpers import ARTICLES
from demo_helpers import DemoCrawl

from newsarchive.archive.storage import Archive
from newsarchive.bench import generate
from newsarchive.bench.localserver import free_port, stop_process, wait_for_url

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("SCREENSHOTS_DIR") or Path(__file__).parents[2] / "test-artifacts")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ATOM = "{http://www.w3.org/2005/Atom}"
PHONE = {"width": 390, "height": 844}
#: Pages of one kind (same first two path segments) the walk visits at most.
PER_KIND = 3
DESKTOP = {"width": 1200, "height": 900}
#: Datasette's own English interface strings: none may show on a journalist's page.
ENGLISH = [
    "Powered by", "Data license", "Data source", "rows in", "Custom SQL", "Run SQL",
    "This data as", "Advanced export", "Next page", "sorted by", "Apply", "Queries took",
    "hidden table", "Format SQL", "Edit SQL", "View and edit SQL", "Suggested facets",
    "remove filter", "Sort by", "descending", "0 results", "0 records",
    "Links from other tables", "JSON shape", "CSV options", "Export CSV", "Cannot sort",
    "Table not found", "SQL Interrupted", "Query parameters", "Save as", "View Source",
    "Open in Vega", "Log out", "Error 400", "Error 404", "Error 500", "Dashboards",
]  # fmt: skip
_ENGLISH = re.compile(r"\b(" + "|".join(re.escape(s) for s in ENGLISH) + r")\b")
#: Links the walk does not follow: downloads, typed SQL, sort and facet variants.
SKIP = re.compile(r"\.(csv|json|atom)(\?|$)|[?&](sql|_sort|_sort_desc|_facet\w*|_next)=|"
                  r"/-/|robots\.txt")  # fmt: skip

pytestmark = [pytest.mark.browser, pytest.mark.slow]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing in CI: .ci/run installs Debian's chromium")
    pytest.skip(
        f"{CHROMIUM} not installed (apt-get install chromium); browser tests skipped",
        allow_module_level=True,
    )


def serve(path: Path) -> Iterator[str]:
    """`newsarchive serve` on ``path``; yields the base URL."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "newsarchive"), "serve", str(path),
               "--port", str(port)]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_url(base + "/-/versions.json", timeout=60, process=process)
        yield base
    finally:
        stop_process(process)


@pytest.fixture(scope="module")
def demo(demo_crawl: DemoCrawl, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo archive (crawl and Wayback history) served as database ``demo``."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copy(demo_crawl.full_db, path)
    yield from serve(path)


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """130 generated articles plus the invented ones (script-bearing texts included)."""
    path = tmp_path_factory.mktemp("large") / "archive.db"
    generate.build(path, 130, seed=5)
    archive = Archive(path)
    for item in ARTICLES:
        archive.add_article(item)
    archive.close()
    yield from serve(path)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium for the module; pages are opened with :func:`open_page`."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)  # fmt: skip
        yield instance
        instance.close()


class Watched:
    """A page whose console errors and requests to other hosts are recorded."""

    def __init__(self, browser: Any, viewport: dict[str, int]) -> None:
        self.context = browser.new_context(viewport=viewport, locale="de-DE",
                                           accept_downloads=True)  # fmt: skip
        self.context.set_default_timeout(15_000)
        self.errors: list[str] = []
        self.offsite: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else 0)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route: Any) -> None:
        host = urlsplit(route.request.url).hostname
        if host in ("127.0.0.1", "localhost") or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:  # the network is closed: nothing may be fetched from elsewhere
            self.offsite.append(route.request.url)
            route.abort()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def phone(browser: Any) -> Iterator[Watched]:
    watched = Watched(browser, PHONE)
    yield watched
    watched.close()


@pytest.fixture
def desktop(browser: Any) -> Iterator[Watched]:
    watched = Watched(browser, DESKTOP)
    yield watched
    watched.close()


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def check_page(watched: Watched, url: str) -> list[str]:
    """Problems of the page now shown: English strings, sideways scrolling, errors."""
    page = watched.page
    problems = [f"{url}: English UI text {m!r}" for m in _ENGLISH.findall(page.inner_text("body"))]
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > PHONE["width"]:
        problems.append(f"{url}: {width} px wide at {PHONE['width']} px")
    problems += [f"{url}: console error {e}" for e in watched.errors]
    problems += [f"{url}: request to {u}" for u in watched.offsite]
    watched.errors.clear()
    watched.offsite.clear()
    return problems


def test_walk_every_page_from_the_start(demo: str, phone: Watched) -> None:
    """Every page two clicks from the start page reads German and fits a phone."""
    page, problems, seen = phone.page, [], set()
    queue: list[tuple[str, int]] = [(demo + "/", 0)]
    per_kind: dict[str, int] = {}
    while queue:
        url, depth = queue.pop(0)
        kind = "/".join(urlsplit(url).path.split("/")[:3])  # e.g. /demo/articles, /demo/bank
        if url in seen or per_kind.get(kind, 0) >= PER_KIND:
            continue
        seen.add(url)
        per_kind[kind] = per_kind.get(kind, 0) + 1
        response = page.goto(url)
        assert response is not None
        if response.status >= 400:
            problems.append(f"{url}: HTTP {response.status}")
        if page.locator(".na-chart").count():
            page.wait_for_selector(".na-chart-ready svg")
        problems += check_page(phone, url)
        if depth >= 2:
            continue
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            href = href.split("#")[0]
            if href.startswith(demo) and not SKIP.search(href) and href not in seen:
                queue.append((href, depth + 1))
    assert len(per_kind) >= 15, sorted(per_kind)
    assert problems == []


def test_reading_view(demo: str, desktop: Watched) -> None:
    page = desktop.page
    page.goto(demo + "/")
    page.fill("#na-suche", "Sparkasse")
    page.press("#na-suche", "Enter")
    page.wait_for_url("**/demo/artikel?suche=Sparkasse")
    total = int(page.inner_text(".na-count strong").split()[0])
    assert total >= 5
    assert page.locator(".na-results mark").count() >= total
    shot(page, "search")
    # a facet narrows and becomes a chip; the chip removes it again
    page.click("#facet-medium a >> nth=0")
    page.wait_for_selector(".na-chip >> text=Medium:")
    narrowed = int(page.inner_text(".na-count strong").split()[0])
    assert narrowed < total
    page.click(".na-chip >> text=Medium:")
    count_is = "n => document.querySelector('.na-count strong').innerText.startsWith(n + ' ')"
    page.wait_for_function(count_is, arg=str(total))
    # sort by date, oldest first
    page.click("a.na-sort >> text=Älteste zuerst")
    dates = page.locator(".na-results time").all_inner_texts()
    keys = [d[6:] + d[3:5] + d[:2] for d in dates]
    assert keys == sorted(keys)
    # a date range
    page.fill("#na-von", "2015-01-01")
    page.fill("#na-bis", "2019-12-31")
    page.press("#na-suche", "Enter")
    page.wait_for_selector(".na-chip >> text=von 01.01.2015")
    years = {int(d[6:]) for d in page.locator(".na-results time").all_inner_texts()}
    assert years
    assert years <= set(range(2015, 2020))
    assert desktop.errors == []
    assert desktop.offsite == []


def test_paging_and_scripts_in_articles(large: str, desktop: Watched) -> None:
    dialogs: list[str] = []
    page = desktop.page
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(large + "/archive/artikel")
    assert page.locator(".na-results .na-item").count() == 50
    first = page.eval_on_selector_all(".na-item-title a", "els => els.map(e => e.href)")
    page.click("a.na-next")
    page.wait_for_url("**seite=2")
    assert "Seite 2 von 3" in page.inner_text(".na-count")
    second = page.eval_on_selector_all(".na-item-title a", "els => els.map(e => e.href)")
    assert len(second) == 50
    assert not set(first) & set(second)
    page.click("a.na-prev")
    page.wait_for_url(re.compile(r"/archive/artikel\??$"))
    page.goto(large + "/archive/artikel?suche=Test")
    page.click(".na-item-title a >> nth=0")
    page.wait_for_selector("article.na-article")
    assert "<script>" in page.inner_text("h1")  # shown as text
    assert dialogs == []
    assert desktop.errors == []


def test_bank_page_chart_and_feed(demo: str, desktop: Watched) -> None:
    page = desktop.page
    page.goto(demo + "/demo/banken")
    page.click("table a >> nth=0")
    page.wait_for_selector(".na-chart-ready svg")
    bank = page.inner_text("h1")
    axis_titles = page.locator(".na-chart svg.marks text").all_text_contents()
    assert "Monat" in axis_titles
    assert "Artikel pro Monat" in axis_titles
    ticks = [t for t in axis_titles if re.fullmatch(r"[\d.,]+", t)]
    assert all("," not in t for t in ticks)  # whole numbers only
    assert page.locator(".na-together tbody tr").count() >= 1
    shot(page, "bank")
    page.click(".na-chart-table summary")
    assert page.locator(".na-chart-table tbody tr").count() >= 1
    # downloads: PNG and SVG, in German
    page.click(".na-chart details summary")
    labels = page.locator(".na-chart .vega-actions a").all_inner_texts()
    assert labels == ["Als SVG speichern", "Als PNG speichern"]
    with page.expect_download() as download:
        page.click(".na-chart .vega-actions a >> text=Als SVG speichern")
    assert download.value.suggested_filename.endswith(".svg")
    # the stored query's chart: many series, the legend fits the chart
    page.goto(demo + "/demo/artikel_pro_monat_netzwerk")
    page.wait_for_selector(".na-chart-ready svg")
    box = page.locator(".na-chart svg.marks").bounding_box()
    legend = page.locator(".na-chart svg.marks .role-legend").bounding_box()
    assert box
    assert legend
    assert legend["x"] + legend["width"] <= box["x"] + box["width"] + 1
    shot(page, "chart")
    # the feed of a search: titled with its query, entries link into the archive
    page.goto(demo + "/demo/artikel?" + "suche=Sparkasse+TikTok")
    href = page.get_attribute("a.na-feed", "href")
    assert href
    response = page.request.get(demo + href if href.startswith("/") else href)
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(response.text())
    assert root.findtext(f"{ATOM}title") == "Suche: Sparkasse TikTok – newsarchive"
    link = root.find(f"{ATOM}entry/{ATOM}link[@rel='alternate']")
    assert link is not None
    assert link.get("href", "").startswith(demo + "/demo/articles/")
    page.goto(link.get("href", ""))
    page.wait_for_selector("article.na-article")
    assert "Zitieren" in page.inner_text(".na-citation")
    shot(page, "article")
    assert bank
    assert desktop.errors == []
    assert desktop.offsite == []


def test_bad_sort_is_german(demo: str, phone: Watched) -> None:
    response = phone.page.goto(demo + "/demo/articles?_sort=nonexistent")
    assert response is not None
    assert response.status in (400, 500)
    assert "Nach „nonexistent“ kann nicht sortiert werden." in phone.page.inner_text("body")
    phone.errors.clear()  # the browser logs the error status itself
    assert check_page(phone, "bad sort") == []
