"""How the archive is served: Datasette's arguments and settings, in one place, plus the
presentation helpers the Datasette plugin (newsarchive/serve/plugins) uses.

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

import html
import json
import math
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

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


# --- presentation helpers used by the Datasette plugin (newsarchive/serve/plugins) ---

#: Colours of the chart lines (colour-blind friendly, Okabe–Ito).
CHART_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)


def german_date(value: str | None) -> str:
    """``2013-03-12T10:00:00+01:00`` → ``12.03.2013``; anything unparseable as it is."""
    value = (value or "").strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return f"{value[8:10]}.{value[5:7]}.{value[:4]}"
    return value


def atom_date(*values: str | None) -> str:
    """The first value as a full ISO 8601 timestamp with time zone (Atom needs one)."""
    for value in values:
        value = (value or "").strip()
        if len(value) < 10:
            continue
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.isoformat()
    return "2000-01-01T00:00:00+00:00"


def citation(
    title: str | None,
    url: str | None,
    outlet: str | None,
    published: str | None,
    fetched_at: str | None,
    source: str | None = None,
    authors: list[str] | None = None,
) -> str:
    """A citation line: authors, title, outlet (and syndication source), date, URL and the
    date the archive retrieved it."""
    parts = []
    if authors:
        parts.append(", ".join(authors) + ":")
    parts.append(f"„{(title or '').strip()}“.")
    where = outlet or ""
    if source and source.strip().lower() != (outlet or "").strip().lower():
        where += f" (Quelle: {source})"
    if published:
        where += f", {german_date(published)}"
    if where:
        parts.append(where.strip(", ") + ".")
    if url:
        parts.append(url)
    if fetched_at:
        parts.append(f"(abgerufen am {german_date(fetched_at)})")
    return " ".join(parts)


def json_list(value: Any) -> list[str]:
    """A JSON list column as a Python list of strings ([] for empty or invalid)."""
    if isinstance(value, list):
        return [str(v) for v in value]
    try:
        data = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return [str(v) for v in data] if isinstance(data, list) else []


def article_view(
    row: dict[str, Any], copies: list[dict[str, Any]], table_url: str
) -> dict[str, Any]:
    """What the article page shows, from an ``articles`` row (all text is escaped by the
    template; nothing here is HTML)."""
    authors = json_list(row.get("authors"))

    def links(column: str) -> list[dict[str, str]]:
        return [
            {"name": name, "href": f"{table_url}?{urlencode({f'{column}__arraycontains': name})}"}
            for name in json_list(row.get(column))
        ]

    outlet = row.get("site_name") or row.get("site") or ""
    return {
        "title": row.get("title") or "(ohne Titel)",
        "lead": row.get("lead") or "",
        "paragraphs": [p.strip() for p in (row.get("body") or "").split("\n\n") if p.strip()],
        "authors": authors,
        "agencies": json_list(row.get("agencies")),
        "published": german_date(row.get("published")),
        "modified": german_date(row.get("modified")),
        "outlet": outlet,
        "site": row.get("site") or "",
        "section": row.get("section") or "",
        "source": row.get("source") or "",
        "url": row.get("url") or "",
        "archive_url": row.get("archive_url") or "",
        "archived_at": german_date(row.get("archived_at")),
        "fetched_at": german_date(row.get("fetched_at")),
        "banks": links("banks"),
        "networks": links("networks"),
        "copies": copies,
        "citation": citation(
            row.get("title"),
            row.get("url"),
            outlet,
            row.get("published"),
            row.get("fetched_at"),
            row.get("source"),
            authors,
        ),
    }


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is >= ``value``."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if value <= m * magnitude)


def line_chart_svg(
    rows: list[dict[str, Any]],
    x: str,
    y: str,
    series: str,
    title: str = "",
    width: int = 900,
    height: int = 340,
    max_points: int = 60,
    drop_first: bool = False,
) -> str:
    """An inline SVG line chart, one line per value of ``series``; labels escaped.

    Months (``YYYY-MM``) are summed per year when there are more than ``max_points``;
    ``drop_first`` leaves out the earliest x value (incomplete when the query was cut
    off at ``max_returned_rows``, the rows being ordered newest first).
    """
    rows = [r for r in rows if r.get(x) is not None]
    months = {str(r[x]) for r in rows}
    if len(months) > max_points and all(len(m) == 7 and m[4] == "-" for m in months):
        rows = [{**r, x: str(r[x])[:4]} for r in rows]
    xs = sorted({str(r[x]) for r in rows})
    if drop_first and len(xs) > 1:
        rows = [r for r in rows if str(r[x]) != xs[0]]
        xs = xs[1:]
    totals: dict[str, float] = {}
    for r in rows:
        totals[str(r[series])] = totals.get(str(r[series]), 0) + float(r[y] or 0)
    names = sorted(totals, key=lambda n: -totals[n])[: len(CHART_COLOURS)]
    if not xs or not names:
        return ""
    values: dict[tuple[str, str], float] = {}
    for r in rows:
        key = (str(r[series]), str(r[x]))
        values[key] = values.get(key, 0) + float(r[y] or 0)
    top = nice_ceiling(max(values.values()))
    left, right, upper, lower = 44, 150, 28, 40
    plot_w, plot_h = width - left - right, height - upper - lower

    def px(i: int) -> float:
        return left + (plot_w * i / (len(xs) - 1) if len(xs) > 1 else plot_w / 2)

    def py(v: float) -> float:
        return upper + plot_h - plot_h * v / top

    e = html.escape
    out = [
        f'<svg class="na-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px">',
        f"<title>{e(title)}</title>",
        f'<line x1="{left}" y1="{upper + plot_h}" x2="{left + plot_w}" y2="{upper + plot_h}" '
        'stroke="#888"/>',
        f'<line x1="{left}" y1="{upper}" x2="{left}" y2="{upper + plot_h}" stroke="#888"/>',
    ]
    for tick in range(6):
        v = top * tick / 5
        out.append(
            f'<text x="{left - 6}" y="{py(v) + 4:.1f}" text-anchor="end" '
            f'font-size="11">{v:g}</text>'
        )
    step = max(1, len(xs) // 8)
    for i, label in enumerate(xs):
        if i % step == 0 or i == len(xs) - 1:
            out.append(
                f'<text x="{px(i):.1f}" y="{upper + plot_h + 16}" text-anchor="middle" '
                f'font-size="11">{e(label)}</text>'
            )
    for n, name in enumerate(names):
        colour = CHART_COLOURS[n]
        points = " ".join(
            f"{px(i):.1f},{py(values.get((name, label), 0)):.1f}" for i, label in enumerate(xs)
        )
        out.append(
            f'<polyline class="na-series" data-series="{e(name)}" fill="none" '
            f'stroke="{colour}" stroke-width="2" points="{points}"/>'
        )
        ly = upper + 14 * n + 6
        out.append(
            f'<rect x="{left + plot_w + 12}" y="{ly - 8}" width="10" height="10" '
            f'fill="{colour}"/><text x="{left + plot_w + 26}" y="{ly + 1}" '
            f'font-size="12">{e(name)}</text>'
        )
    out.append("</svg>")
    return "".join(out)
