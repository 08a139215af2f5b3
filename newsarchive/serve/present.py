"""Presentation helpers for the archive's pages: German dates, citations, outlet names,
where a text came from, the article page's data. Nothing here returns HTML: templates
escape everything."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

#: German names of the ways a text reached the archive (facet "Quelle").
SOURCE_KINDS = {"crawl": "Crawl", "wayback": "Wayback", "import": "Import"}

#: Columns that name an imported text's origin, newest convention first (issue 13 adds
#: ``source_archive``); the first present in ``articles`` is used.
PROVENANCE_COLUMNS = ("source_archive", "provenance")

GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")  # fmt: skip


def german_date(value: str | None) -> str:
    """``2013-03-12T10:00:00+01:00`` → ``12.03.2013``; anything unparseable as it is."""
    value = (value or "").strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return f"{value[8:10]}.{value[5:7]}.{value[:4]}"
    return value


def german_number(value: int | None) -> str:
    """``12345`` → ``12.345`` (German thousands separator)."""
    return f"{value or 0:,}".replace(",", ".")


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
    archive_url: str | None = None,
    archived_at: str | None = None,
    archive_name: str | None = None,
) -> str:
    """A citation line: authors, title, outlet (and syndication source), date, URL and
    where the archive read the text: the web-archive copy and its date when the text came
    from one (``archive_url``), the import it came from (``archive_name``), else the date
    the archive retrieved it."""
    parts = []
    if authors:
        parts.append(", ".join(authors) + ":")
    parts.append(f"„{(title or '').strip()}“.")
    where = outlet or ""
    if source and not same_outlet(source, outlet):
        where += f" (Quelle: {source})"
    if published:
        where += f", {german_date(published)}"
    if where:
        parts.append(where.strip(", ") + ".")
    if url:
        parts.append(url)
    if archive_url:
        when = f" vom {german_date(archived_at)}" if archived_at else ""
        parts.append(f"(Archivkopie{when}: {archive_url})")
    elif archive_name:
        when = f", abgerufen am {german_date(fetched_at)}" if fetched_at else ""
        parts.append(f"(aus {archive_name}{when})")
    elif fetched_at:
        parts.append(f"(abgerufen am {german_date(fetched_at)})")
    return " ".join(parts)


def same_outlet(a: str | None, b: str | None) -> bool:
    """True when two outlet names name the same brand ("Welt Online" and "WELT")."""
    x, y = (a or "").strip().lower(), (b or "").strip().lower()
    return bool(x and y) and (x == y or x.startswith(y + " ") or y.startswith(x + " "))


def json_list(value: Any) -> list[str]:
    """A JSON list column as a Python list of strings ([] for empty or invalid)."""
    if isinstance(value, list):
        return [str(v) for v in value]
    try:
        data = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return [str(v) for v in data] if isinstance(data, list) else []


def outlet_name(row: dict[str, Any], media: dict[str, str]) -> str:
    """The outlet's one proper name: the ``media`` table's, else the page's own, else the
    slug."""
    site = row.get("site") or ""
    return media.get(site) or row.get("site_name") or site


def provenance(row: dict[str, Any]) -> tuple[str, str | None]:
    """How the text reached the archive: (``crawl``/``wayback``/``import``, the import's
    name or None)."""
    for column in PROVENANCE_COLUMNS:
        value = row.get(column)
        if value:
            return "import", str(value)
    if row.get("archive_url"):
        return "wayback", None
    return "crawl", None


def article_citation(row: dict[str, Any], media: dict[str, str]) -> str:
    """The citation line of an ``articles`` row."""
    kind, name = provenance(row)
    return citation(
        row.get("title"), row.get("url"), outlet_name(row, media), row.get("published"),
        row.get("fetched_at"), row.get("source"), json_list(row.get("authors")),
        archive_url=row.get("archive_url") if kind == "wayback" else None,
        archived_at=row.get("archived_at"), archive_name=name,
    )  # fmt: skip


def article_view(
    row: dict[str, Any], copies: list[dict[str, Any]], urls: dict[str, str],
    media: dict[str, str] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """What the article page shows, from an ``articles`` row. ``urls`` holds the pages of
    the reading view (``artikel``), banks (``bank``) and networks (``netzwerk``)."""
    media = media or {}
    kind, name = provenance(row)

    def links(column: str, page: str) -> list[dict[str, str]]:
        return [{"name": value, "href": f"{urls[page]}/{_quote(value)}"}
                for value in json_list(row.get(column))]  # fmt: skip

    return {
        "title": row.get("title") or "(ohne Titel)",
        "lead": row.get("lead") or "",
        "paragraphs": [p.strip() for p in (row.get("body") or "").split("\n\n") if p.strip()],
        "authors": json_list(row.get("authors")),
        "agencies": json_list(row.get("agencies")),
        "published": german_date(row.get("published")),
        "modified": german_date(row.get("modified")),
        "outlet": outlet_name(row, media),
        "outlet_href": f"{urls['artikel']}?{urlencode({'medium': row.get('site') or ''})}",
        "site": row.get("site") or "",
        "section": row.get("section") or "",
        "source": row.get("source") or "",
        "url": row.get("url") or "",
        "archive_url": row.get("archive_url") or "",
        "archived_at": german_date(row.get("archived_at")),
        "fetched_at": german_date(row.get("fetched_at")),
        "kind": SOURCE_KINDS[kind],
        "archive_name": name or "",
        "banks": links("banks", "bank"),
        "networks": links("networks", "netzwerk"),
        "copies": copies,
        "citation": article_citation(row, media),
    }


def _quote(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")
