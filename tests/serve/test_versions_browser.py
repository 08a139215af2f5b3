"""A journalist sees on the article page what the newspaper changed (headless Chromium)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from recheck_helpers import build_changed_archive

from newsarchive.bench.localserver import free_port, stop_process, wait_for_url

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent.parent.parent / "test-artifacts"

pytestmark = [pytest.mark.browser, pytest.mark.slow]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing in CI: .ci/run installs Debian's chromium")
    pytest.skip(f"{CHROMIUM} not installed; browser tests skipped", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """`newsarchive serve` on an archive with one edited article; (base URL, its URL)."""
    path = tmp_path_factory.mktemp("versions-browser") / "archive.db"
    edited, _ = build_changed_archive(path)
    port = free_port()
    command = [str(Path(sys.executable).parent / "newsarchive"), "serve", str(path),
               "--port", str(port)]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_url(base + "/-/versions.json", timeout=60, process=process)
        yield base, edited
    finally:
        stop_process(process)


def test_article_page_shows_the_diff(server: tuple[str, str], tmp_path: Path) -> None:
    from datasette.utils import tilde_encode
    from playwright.sync_api import sync_playwright

    base, edited = server
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
        )  # fmt: skip
        page = browser.new_page(locale="de-DE", viewport={"width": 1200, "height": 900})
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{base}/archive/articles/{tilde_encode(edited)}")
        summary = page.locator(".na-versions-summary")
        assert "Geändert am 28.11.2026 (2 Fassungen)" in summary.inner_text()
        deleted = page.locator(".na-diff del").all_inner_texts()
        added = page.locator(".na-diff ins").all_inner_texts()
        assert "nutzen gern" in deleted
        assert "meiden" in added
        assert any("<script>" in text for text in added)  # shown as text, never run
        assert dialogs == []
        style = page.locator(".na-diff del").first.evaluate(
            "e => getComputedStyle(e).textDecorationLine"
        )
        assert "line-through" in style
        page.screenshot(path=str(ARTIFACTS / "versions-article.png"), full_page=True)
        browser.close()
