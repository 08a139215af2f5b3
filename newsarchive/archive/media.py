"""The archive's media (outlets): one proper name per site, from ``data/media.tsv``.

Crawled pages name their outlet in many ways ("DIE WELT", "WELT ONLINE", "steadynews");
the ``media`` table maps each site slug (``articles.site``) to one proper name, its
homepage and publishing group, so pages, facets, citations and feeds say the same.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

#: The media list shipped with the package (tab-separated, ``#`` comments).
MEDIA_FILE = Path(__file__).parent / "data" / "media.tsv"

#: Columns of the ``media`` table.
MEDIA_COLUMNS = {"slug": str, "name": str, "homepage": str, "group": str}


def read_media(path: Path = MEDIA_FILE) -> list[dict[str, str | None]]:
    """The rows of a media file: slug, name, homepage, group (empty strings as None)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]  # fmt: skip
    rows: list[dict[str, str | None]] = []
    for row in csv.DictReader(lines, delimiter="\t"):
        if not (row.get("slug") or "").strip() or not (row.get("name") or "").strip():
            raise ValueError(f"{path}: every medium needs a slug and a name: {row}")
        rows.append({key: (row.get(key) or "").strip() or None for key in MEDIA_COLUMNS})
    return rows


def sync_media(db: Any, path: Path = MEDIA_FILE) -> int:
    """Create the ``media`` table if needed and upsert every medium of ``path``; returns
    the number of media. ``db`` is a ``sqlite_utils.Database``."""
    rows = read_media(path)
    table = db.table("media")
    if not table.exists():
        table.create(MEDIA_COLUMNS, pk="slug")
    table.upsert_all(rows, pk="slug")
    return len(rows)
