"""How the archive is served: Datasette's arguments, in one place."""

from __future__ import annotations

from pathlib import Path

#: The Datasette configuration shipped with the package.
DATASETTE_DIR = Path(__file__).parent / "datasette"

#: Datasette settings: bounded queries and pages so the archive is safe to expose.
DATASETTE_SETTINGS: dict[str, str] = {
    "sql_time_limit_ms": "1500",  # any query, canned or typed, stops after 1.5 s
    "max_returned_rows": "1000",  # rows per JSON/HTML page
    "default_page_size": "50",
    "facet_time_limit_ms": "400",  # each facet's count query
    "default_facet_size": "20",
    "allow_download": "off",  # no download of the whole database file
    "default_cache_ttl": "60",
}


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
        str(DATASETTE_DIR / "metadata.yml"),
    ]
    for option, folder in (
        ("--template-dir", "templates"),
        ("--plugins-dir", "plugins"),
        ("--static", "static"),
    ):
        path = DATASETTE_DIR / folder
        if path.is_dir():
            args += [option, f"assets:{path}" if option == "--static" else str(path)]
    for name, value in DATASETTE_SETTINGS.items():
        args += ["--setting", name, value]
    return args
