"""The archive as a journalist uses it: headless Chromium against `newsarchive serve`.

Search for a German word, click a facet, open an article, follow the feed link, look at
a chart. Screenshots go to test-artifacts/ (the README's come from docs/screenshots/).
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from datasette_helpers import ARTICLES, build_archive

from newsarchive.bench.localserver import free_port, stop_process, wait_for_url

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent.parent.parent / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
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
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`newsarchive serve` on a small invented archive; yields the base URL."""
    path = build_archive(tmp_path_factory.mktemp("browser") / "archive.db")
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
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A Chromium page in a fresh profile."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1200, "height": 900},
            locale="de-DE",
        )
        context.set_default_timeout(15_000)
        yield context.new_page()
        context.close()


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_facet_article_feed(server: str, page: Any) -> None:
    # The front door: type a German word, get ranked, highlighted matches.
    page.goto(server + "/")
    page.fill("input[name=suchbegriff]", "Bank")
    page.click("input[type=submit][value=Suchen]")
    page.wait_for_selector("table.na-results")
    assert "<mark>Großbanken</mark>" in page.inner_html("table.na-results")
    titles = page.locator("td.col-titel a").all_inner_texts()
    assert "Banken nutzen gern soziale Netzwerke" in titles
    assert "Die Sparkasse tanzt auf TikTok" not in titles
    shot(page, "search")

    # Follow the feed link: a valid Atom feed of the newest matches.
    with page.expect_response(lambda r: ".atom" in r.url) as response_info:
        page.click("a.na-feed")
    root = ET.fromstring(response_info.value.text())
    ids = {e.findtext(f"{ATOM}id") for e in root.findall(f"{ATOM}entry")}
    assert ARTICLES[0].url in ids
    assert ARTICLES[1].url not in ids
    page.go_back()

    # Narrow the matches by a facet.
    page.click("a.na-filter")
    page.wait_for_selector(".facet-results")
    page.click("#facet-site a >> text=welt")
    page.wait_for_url("**site=welt**")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == 2
    shot(page, "facets")

    # Open an article: it reads like one, with its origin and a citation.
    page.click("table.rows-and-columns tbody tr td.type-pk a >> nth=0")
    page.wait_for_selector("article.na-article")
    heading = page.inner_text("article.na-article h1")
    assert heading in {ARTICLES[0].title, ARTICLES[3].title}
    assert "Zitieren" in page.inner_text(".na-citation")
    assert page.locator(".na-body p").count() >= 2
    shot(page, "article")

    # A bank link leads to every article naming that bank.
    page.goto(server + "/archive/articles/" + _tilde(ARTICLES[0].url))
    page.click(".na-banks a >> text=GLS Bank")
    page.wait_for_url("**banks__arraycontains=GLS**")
    assert page.locator("table.rows-and-columns tbody tr").count() == 1


def test_malformed_search_is_friendly(server: str, page: Any) -> None:
    page.goto(server + "/archive/suche")
    page.fill("input[name=suchbegriff]", '"soziale Netzwerke')
    page.click("input[type=submit][value=Suchen]")
    page.wait_for_selector(".na-hint")
    assert "nicht geschlossen" in page.inner_text(".na-hint")
    assert page.locator("td.col-auszug mark").count() >= 2


def test_chart(server: str, page: Any) -> None:
    page.goto(server + "/archive/artikel_pro_monat_netzwerk")
    chart = page.locator("svg.na-chart")
    assert chart.is_visible()
    assert chart.locator("polyline").count() == 5
    shot(page, "chart")


def test_scripts_in_articles_do_not_run(server: str, page: Any) -> None:
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(server + "/archive/articles/" + _tilde(ARTICLES[4].url))
    page.goto(server + "/archive/suche?suchbegriff=Test")
    page.goto(server + "/archive/articles")
    assert dialogs == []
    assert "<script>" in page.inner_text("body")  # shown as text


def _tilde(url: str) -> str:
    from datasette.utils import tilde_encode

    return str(tilde_encode(url))
