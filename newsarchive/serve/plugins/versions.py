"""Datasette plugin part for versions: what a newspaper changed after publication.

The article page shows "Geändert am … (3 Fassungen)" and each change as a word diff
(deleted words struck through, added ones highlighted; every word escaped), through the
template part ``_versions.html``. The view ``nachtraeglich_geaendert`` ("Nachträglich
geändert", made by the migration in newsarchive/archive/versions.py) gets its title,
facets for the kind of change and its sort order here; its Atom feed is
``/<db>/nachtraeglich_geaendert.atom`` (datasette-atom).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from datasette import hookimpl
from datasette.utils import urlsafe_components
from markupsafe import Markup

from newsarchive.archive import versions
from newsarchive.serve import present

VIEW = "nachtraeglich_geaendert"
#: Field labels of the diff, in the order the page shows them.
FIELD_LABELS = {"title": "Überschrift", "lead": "Vorspann", "body": "Text",
                "authors": "Autor", "published": "Datum"}  # fmt: skip

VIEW_METADATA: dict[str, Any] = {
    "title": "Nachträglich geändert",
    "description": (
        "Artikel, die nach der Veröffentlichung geändert oder entfernt (depubliziert) "
        "wurden, neueste Änderung zuerst. Facetten: Art der Änderung (Überschrift, Text, "
        "Autor, Datum, entfernt) und Medium. Als Atom-Feed abonnierbar."
    ),
    "sort_desc": "geaendert_am",
    "facets": [{"array": "aenderungen"}, "medium"],
    "columns": {
        "geaendert_am": "Zeitpunkt, zu dem die letzte Änderung bemerkt wurde (UTC)",
        "fassungen": "Anzahl der bekannten Fassungen des Artikels",
        "aenderungen": "Arten der Änderung (JSON-Liste)",
        "entfernt_am": "Wann der Artikel nicht mehr abrufbar war (404/410, Weiterleitung)",
    },
}


@hookimpl
def get_metadata(datasette: Any, key: str, database: str | None, table: str | None) -> Any:
    """Title, facets and sort order of the view in every archive database."""
    names = [database] if database else [n for n in datasette.databases if not n.startswith("_")]
    return {"databases": {name: {"tables": {VIEW: VIEW_METADATA}} for name in names}}


@hookimpl
def extra_template_vars(
    template: str, database: str | None, table: str | None, view_name: str, request: Any,
    datasette: Any,
) -> Callable[[], Awaitable[dict[str, Any]]] | None:  # fmt: skip
    """``na_versions`` for an article's row page (None when it never changed)."""
    if not (database and table == "articles" and view_name == "row" and request is not None):
        return None

    async def inner() -> dict[str, Any]:
        pks = urlsafe_components(request.url_vars["pks"])
        if len(pks) != 1:
            return {}
        db = datasette.get_database(database)
        return {"na_versions": await _versions(db, pks[0])}

    return inner


async def _versions(db: Any, url: str) -> dict[str, Any] | None:
    if not await db.table_exists("versions"):
        return None
    rows = (await db.execute(
        "SELECT changed_at, version_count, removed_at, removed_reason FROM articles"
        " WHERE url = ?", [url])).rows  # fmt: skip
    if not rows or not rows[0]["changed_at"]:
        return None
    article = rows[0]
    kept = (await db.execute(
        "SELECT version, seen_at, replaced_at, kinds, diff FROM versions WHERE article_url = ?"
        " ORDER BY version DESC LIMIT 50", [url])).rows  # fmt: skip
    return {
        "changed_at": present.german_date(article["changed_at"]),
        "count": article["version_count"] or 1,
        "removed_at": present.german_date(article["removed_at"]),
        "removed_reason": article["removed_reason"] or "",
        "changes": [_change(row) for row in kept],
    }


def _change(row: Any) -> dict[str, Any]:
    """One change: from version N to N+1, with an escaped HTML diff per field."""
    diffs = json.loads(row["diff"] or "{}")
    fields = [(label, Markup(versions.diff_html(diffs[name])))
              for name, label in FIELD_LABELS.items() if name in diffs]  # fmt: skip
    return {
        "from": row["version"],
        "to": row["version"] + 1,
        "seen_at": present.german_date(row["seen_at"]),
        "replaced_at": present.german_date(row["replaced_at"]),
        "kinds": versions.stored_kinds(row["kinds"]),
        "fields": fields,
    }
