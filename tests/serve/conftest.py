"""Fixtures of the browser tests (tests/serve/browser_helpers.py): one
served demo archive for the session, one Chromium per module, pages at phone and desktop width."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser_helpers import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    PHONE,
    Watched,
    copy_archive,
    serve,
)
from demo_helpers import DemoCrawl


@pytest.fixture(scope="session")
def demo(demo_crawl: DemoCrawl, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo archive (crawl and Wayback history) served as database ``demo``."""
    yield from serve(copy_archive(demo_crawl.full_db, tmp_path_factory.mktemp("served")))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium (Debian's) per module (a sync Playwright must be stopped before
    another module starts its own); pages are :class:`Watched`."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)  # fmt: skip
        yield instance
        instance.close()


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
