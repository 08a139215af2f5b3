"""Clean CSV and JSON exports of stored queries and SQL: exactly the columns the page
shows. The ``atom_*`` columns exist for the feeds only (hidden on the page, plugins/
feeds.py) and the search's highlight markers ``⟦…⟧`` are for the page's <mark>; neither
belongs in a download. Datasette builds both exports from ``QueryView.data`` and
``TableView.data``, so that is where the result is cleaned, for ``csv`` and ``json``."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any

from datasette import hookimpl
from datasette.views.database import QueryView
from datasette.views.table import TableView

from newsarchive.archive.search_snippets import MARK_END, MARK_START

#: Formats whose rows are cleaned (the page itself and the feed need everything).
FORMATS = ("csv", "json")
_MARKS = str.maketrans("", "", MARK_START + MARK_END)
#: Columns holding a JSON list of names (banks, networks, authors): in CSV they read
#: "GLS Bank, Commerzbank", as in the reading view's CSV, not as JSON.
LIST_COLUMNS = frozenset({"banks", "networks", "authors", "banken", "netzwerke", "autoren"})


def hidden(column: str) -> bool:
    """Is ``column`` for the feeds only?"""
    return column.startswith("atom_")


def needs_cleaning(columns: Sequence[str] | None, rows: Sequence[Sequence[Any]] | None
                   ) -> bool:  # fmt: skip
    """Does the result carry hidden columns or markers? (Else its rows stay as they are.)"""
    if not columns or rows is None:
        return False
    return any(hidden(c) for c in columns) or any(
        isinstance(v, str) and (MARK_START in v or MARK_END in v) for row in rows for v in row
    )


def clean(columns: Sequence[str], rows: Sequence[Sequence[Any]]
          ) -> tuple[list[str], list[tuple[Any, ...]]]:  # fmt: skip
    """``columns`` and ``rows`` without hidden columns and without highlight markers."""
    keep = [i for i, column in enumerate(columns) if not hidden(column)]
    cleaned = [tuple(v.translate(_MARKS) if isinstance(v, str) else v
                     for v in (row[i] for i in keep)) for row in rows]  # fmt: skip
    return [columns[i] for i in keep], cleaned


def as_text(value: Any) -> Any:
    """A JSON list of names as "A, B" (other values as they are)."""
    if not isinstance(value, str) or not value.startswith("["):
        return value
    try:
        names = json.loads(value)
    except ValueError:
        return value
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return value
    return ", ".join(names)


def lists_as_text(columns: Sequence[str], rows: Sequence[Sequence[Any]]
                  ) -> list[tuple[Any, ...]]:  # fmt: skip
    """``rows`` with the JSON lists of :data:`LIST_COLUMNS` as "A, B"."""
    lists = {i for i, column in enumerate(columns) if column in LIST_COLUMNS}
    return [tuple(as_text(v) if i in lists else v for i, v in enumerate(row)) for row in rows]


def _format(request: Any) -> str:
    given = (request.url_vars or {}).get("format") or ""
    if given:
        return str(given)
    path = str(request.path)
    return path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""


def _cleaned(original: Any) -> Any:
    @functools.wraps(original)
    async def data(self: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
        result = await original(self, request, *args, **kwargs)
        if _format(request) not in FORMATS or not isinstance(result, tuple):
            return result
        body = result[0]
        if isinstance(body, dict) and needs_cleaning(body.get("columns"), body.get("rows")):
            body["columns"], body["rows"] = clean(body["columns"], body["rows"])
        if (_format(request) == "csv" and isinstance(body, dict) and body.get("rows") is not None
                and LIST_COLUMNS.intersection(body.get("columns") or ())):  # fmt: skip
            body["rows"] = lists_as_text(body["columns"], body["rows"])
        return result

    data.__newsarchive_clean__ = True  # type: ignore[attr-defined]
    return data


@hookimpl
def startup(datasette: Any) -> None:
    """Wrap ``QueryView.data`` (stored queries, SQL) and ``TableView.data`` (views such as
    ``nachtraeglich_geaendert``) once per process."""
    for view in (QueryView, TableView):
        if not getattr(view.data, "__newsarchive_clean__", False):
            view.data = _cleaned(view.data)
