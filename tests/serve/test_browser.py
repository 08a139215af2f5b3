"""The archive as a journalist uses it: headless Chromium against `newsarchive serve`.

The reading view (search, facets, chips, sort, date range, pages), a bank page with its
chart, a feed and a bad sort (the walk through every page: test_walk.py). Screenshots go
to test-artifacts/ (or $SCREENSHOTS_DIR, e.g. docs/screenshots for the README).
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from browser_helpers import CHROMIUM, Watched, check_page, serve, shot
from datasette_helpers import ARTICLES

from newsarchive.archive.storage import Archive
from newsarchive.bench import generate

ATOM = "{http://www.w3.org/2005/Atom}"

pytestmark = [pytest.mark.browser, pytest.mark.slow]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing in CI: .ci/run installs Debian's chromium")
    pytest.skip(
        f"{CHROMIUM} not installed (apt-get install chromium); browser tests skipped",
        allow_module_level=True,
    )


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
