"""How the archive is served: Datasette's arguments and settings, in one place (the
presentation helpers of the pages are in ``newsarchive.serve.present``).

Safety decisions (issue 6, "safe to expose"):

- Read-only: Datasette opens the file with ``mode=ro`` (never ``--immutable``: a crawl may
  be writing it); writing SQL is refused by Datasette and by SQLite.
- Arbitrary SQL stays allowed, because data journalists use it and it is bounded: every
  query stops after ``sql_time_limit_ms``, returns at most ``max_returned_rows`` per page,
  and the plugin caps any string or blob a query builds at 10 MB and SQL text at 100 kB
  (``SQLITE_LIMIT_LENGTH``), so ``zeroblob(1e9)`` cannot exhaust memory.
- Facets: at most ``default_facet_size`` values, each facet query bounded by
  ``facet_time_limit_ms``; facet suggestions are off (one extra query per column and page).
- HTML from the archive is never rendered: titles, bodies and snippets are escaped by
  the templates and the plugin; feeds carry plain text only.
- ``/robots.txt`` disallows everything (plugin route).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

#: The Datasette configuration shipped with the package.
DATASETTE_DIR = Path(__file__).parent
#: Titles, descriptions, stored queries and facets of the archive in Datasette.
METADATA_FILE = DATASETTE_DIR / "metadata.yml"

#: Datasette settings: bounded queries and pages so the archive is safe to expose.
DATASETTE_SETTINGS: dict[str, str] = {
    "sql_time_limit_ms": "1500",  # any query, canned or typed, stops after 1.5 s
    "max_returned_rows": "1000",  # rows per JSON/HTML page
    "default_page_size": "50",
    "facet_time_limit_ms": "1000",  # each facet's count query (array facets on 200k rows)
    "default_facet_size": "20",  # values per facet (up to max_returned_rows with _facet_size)
    "suggest_facets": "off",  # suggestions cost one query per column on every page
    "allow_download": "off",  # no download of the whole database file
    "default_cache_ttl": "60",
}
#: Settings of a public instance (``ARCHIVE_PUBLIC=1``), on top of the above: no CSV
#: stream of whole tables (``?_stream=on`` ignores the row cap).
PUBLIC_SETTINGS: dict[str, str] = {"allow_csv_stream": "off"}

#: Environment: ``ARCHIVE_PUBLIC=1`` serves a public instance (no arbitrary SQL, no
#: ``/-/`` debug pages, no CSV streaming; plugins/safety.py).
PUBLIC_ENV = "ARCHIVE_PUBLIC"
#: Environment: the hard cap on the bytes of any response (default 5 MB); a response is
#: cut there while it streams, with a German notice.
MAX_RESPONSE_ENV = "ARCHIVE_MAX_RESPONSE_BYTES"
MAX_RESPONSE_BYTES = 5_000_000
#: Query results stop after this many bytes of values (marked truncated, like the row
#: cap), so no page is rendered from more data than a response may carry.
ROW_BYTES = MAX_RESPONSE_BYTES


def public() -> bool:
    """Is this a public instance (``ARCHIVE_PUBLIC`` set to 1/true/yes/on)?"""
    return os.environ.get(PUBLIC_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def max_response_bytes() -> int:
    """The response cap in bytes (``ARCHIVE_MAX_RESPONSE_BYTES``, default 5 MB)."""
    value = os.environ.get(MAX_RESPONSE_ENV, "").strip().replace("_", "")
    return int(value) if value.isdigit() and int(value) >= 10_000 else MAX_RESPONSE_BYTES


def settings() -> dict[str, str]:
    """:data:`DATASETTE_SETTINGS`, with :data:`PUBLIC_SETTINGS` on a public instance."""
    return {**DATASETTE_SETTINGS, **(PUBLIC_SETTINGS if public() else {})}


def typed_settings() -> dict[str, Any]:
    """:func:`settings` as the Python values ``Datasette(settings=...)`` expects."""
    result: dict[str, Any] = {}
    for name, value in settings().items():
        if value in ("on", "off"):
            result[name] = value == "on"
        else:
            result[name] = int(value) if value.isdigit() else value
    return result


def metadata() -> dict[str, Any]:
    """The parsed :data:`METADATA_FILE`."""
    data: dict[str, Any] = yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))
    return data


def datasette_app(db_path: str | Path) -> Any:
    """An in-process Datasette configured exactly as ``newsarchive serve`` (for tests)."""
    from datasette.app import Datasette

    return Datasette(
        [str(db_path)],
        metadata=metadata(),
        template_dir=str(DATASETTE_DIR / "templates"),
        plugins_dir=str(DATASETTE_DIR / "plugins"),
        static_mounts=[("assets", str(DATASETTE_DIR / "static"))],
        settings=typed_settings(),
    )


def datasette_args(db_path: str, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    """The ``datasette serve`` arguments for the archive (read-only, never immutable:
    a crawl may be writing the file)."""
    args = [
        "serve",
        db_path,
        "--host",
        host,
        "--port",
        str(port),
        "--metadata",
        str(METADATA_FILE),
    ]
    for option, folder in (
        ("--template-dir", "templates"),
        ("--plugins-dir", "plugins"),
        ("--static", "static"),
    ):
        path = DATASETTE_DIR / folder
        if path.is_dir():
            args += [option, f"assets:{path}" if option == "--static" else str(path)]
    for name, value in settings().items():
        args += ["--setting", name, value]
    return args
