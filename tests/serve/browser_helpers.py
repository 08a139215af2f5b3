"""Shared pieces of the browser tests: `newsarchive serve` in a child process, a watched
Chromium page, and what every journalist's page must be (German, phone-wide, no errors,
nothing fetched from elsewhere)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsarchive.bench.localserver import free_port, stop_process, wait_for_url

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("SCREENSHOTS_DIR") or Path(__file__).parents[2] / "test-artifacts")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
#: Datasette's own English interface strings: none may show on a journalist's page
#: (data inside result tables is not interface and is not checked).
ENGLISH = [
    "Powered by", "Data license", "Data source", "rows in", "Custom SQL", "Run SQL",
    "This data as", "Advanced export", "Next page", "sorted by", "Apply", "Queries took",
    "hidden table", "Format SQL", "Edit SQL", "View and edit SQL", "Suggested facets",
    "suggested facets", "remove filter", "Sort by", "descending", "ascending", "0 results",
    "0 records", "Links from other tables", "JSON shape", "CSV options", "Export CSV",
    "Cannot sort", "Table not found", "Record not found", "Row not found", "SQL Interrupted",
    "Query parameters", "Save as", "View Source", "Open in Vega", "Log out", "Error 400",
    "Error 404", "Error 500", "Dashboards", "rows", "row", "Query", "download file",
    "expand labels", "stream all rows", "where", "facet", "Download", "Forbidden",
    "Not Found", "Bad Request", "Internal Server Error", "execute-sql", "no such",
    "syntax error", "incomplete input", "Statement must be", "Invalid SQL", "results",
    "Previous", "Show all", "Loading", "not like",
]  # fmt: skip
_ENGLISH = re.compile(r"\b(" + "|".join(re.escape(s) for s in ENGLISH) + r")\b")
#: The page's interface text: the body without result tables, code and the SQL field.
INTERFACE_TEXT = """() => {
  const body = document.body.cloneNode(true);
  body.querySelectorAll('table.rows-and-columns, .na-data, pre, code, textarea, script, style')
      .forEach(e => e.remove());
  return body.innerText;
}"""


def copy_archive(source: Path, folder: Path, name: str = "demo.db") -> Path:
    """A copy of the archive ``source`` as ``folder/name``, with its WARC files (``warc/``
    beside it, which the archived original pages are read from)."""
    target = folder / name
    shutil.copy(source, target)
    if (source.parent / "warc").is_dir():
        shutil.copytree(source.parent / "warc", folder / "warc", dirs_exist_ok=True)
    return target


def serve(path: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """`newsarchive serve` on ``path`` (``env``: extra environment); yields the base URL."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "newsarchive"), "serve", str(path),
               "--port", str(port)]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, **(env or {})})  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_url(base + "/", timeout=60, process=process)
        yield base
    finally:
        stop_process(process)


class Watched:
    """A page whose console errors (CSP violations included) and requests to other hosts
    are recorded."""

    def __init__(self, browser: Any, viewport: dict[str, int]) -> None:
        self.viewport = viewport
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


def english(text: str) -> list[str]:
    """Datasette's English strings in ``text``."""
    return sorted(set(_ENGLISH.findall(text)))


def check_page(watched: Watched, url: str) -> list[str]:
    """Problems of the page now shown: English strings, sideways scrolling, errors."""
    page = watched.page
    text = page.evaluate(INTERFACE_TEXT)
    problems = [f"{url}: English UI text {m!r}" for m in english(text)]
    width, client = page.evaluate("[document.documentElement.scrollWidth, "
                                  "document.documentElement.clientWidth]")  # fmt: skip
    if width > client:
        problems.append(f"{url}: {width} px wide at {watched.viewport['width']} px")
    problems += [f"{url}: console error {e}" for e in watched.errors]
    problems += [f"{url}: request to {u}" for u in watched.offsite]
    watched.errors.clear()
    watched.offsite.clear()
    return problems


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)
