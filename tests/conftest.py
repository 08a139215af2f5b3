"""Shared fixtures: free ports, the demo server, temporary archives, demo crawls."""

from __future__ import annotations

import asyncio
import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from datasette_helpers import archive_app
from demo_helpers import DemoCrawl, run_crawl, run_history

from newsarchive.bench.localserver import free_port
from newsarchive.demo import expected_file
from newsarchive.demo.server import DemoServer


@pytest.fixture
def port() -> int:
    """A free port."""
    return free_port()


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    """The path of a not yet existing archive file."""
    return tmp_path / "archive.db"


@pytest.fixture(scope="session")
def expected() -> dict[str, Any]:
    """The built demo's ``expected.json``: what a demo crawl must store."""
    data: dict[str, Any] = json.loads(expected_file().read_text("utf-8"))
    return data


@pytest.fixture(scope="session")
def demo_server() -> Iterator[DemoServer]:
    """The demo mirror, served on a free port for the whole session."""
    server = DemoServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def demo_crawl(demo_server: DemoServer, expected: dict[str, Any],
               tmp_path_factory: pytest.TempPathFactory) -> DemoCrawl:  # fmt: skip
    """One clean crawl of every demo spider into a fresh archive, then (on a copy) the
    demo's history crawl of the recorded Wayback Machine (shared by the slow tests)."""
    folder = tmp_path_factory.mktemp("demo")
    db, full = folder / "x.db", folder / "full.db"
    started = time.monotonic()
    done = run_crawl(db, demo_server.base_url, expected["spiders"])
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    shutil.copy(db, full)
    history = run_history(full, demo_server.base_url)
    assert history.returncode == 0, history.stdout + history.stderr[-3000:]
    return DemoCrawl(db, demo_server.base_url, expected["spiders"], done.stdout, seconds, full)


@pytest.fixture
def anyio_backend() -> str:
    """The async tests run on asyncio (Datasette's loop)."""
    return "asyncio"


@pytest.fixture(scope="module")
def ds(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Datasette on a small invented archive, configured as ``newsarchive serve`` (its
    plugins' start-up hooks run, as ``datasette serve`` runs them, so no test depends on
    an earlier one having started it)."""
    app = archive_app(tmp_path_factory.mktemp("ds"))
    asyncio.run(app.invoke_startup())
    return app


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist (``make test``): files with slow or browser tests go first, so
    no worker ends alone on a long file (the order within a file stays)."""
    if not hasattr(config, "workerinput"):
        return
    heavy = {item.path for item in items if item.get_closest_marker("slow")
             or item.get_closest_marker("browser")}  # fmt: skip
    items.sort(key=lambda item: item.path not in heavy)
