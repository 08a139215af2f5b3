"""Atom feeds of stored queries (``.atom``): titled with their query ("Suche: Sparkasse
TikTok – newsarchive"), entries linking to the article's page in the archive with the
original as second link, served as ``application/atom+xml``.

Queries opt in with the columns ``atom_id``, ``atom_title`` and ``atom_updated``
(optional: ``atom_link``, ``atom_content``, ``atom_author_name``; a ``url`` column names
the archived article). Replaces datasette-atom's renderer if that is installed.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import BadRequest, Response

from newsarchive.serve import atom

REQUIRED = {"atom_id", "atom_title", "atom_updated"}


def can_render(columns: list[str]) -> bool:
    """Only queries with the atom_* columns have a feed."""
    return set(columns) >= REQUIRED


def feed_title(datasette: Any, database: str, query_name: str | None, request: Any) -> str:
    """The configured title pattern of the query (plugin config ``feeds``) filled with the
    request's parameters, else the query's title."""
    config = datasette.plugin_config("newsarchive", database=database) or {}
    pattern = (config.get("feeds") or {}).get(query_name or "")
    if pattern:
        values = {k: request.args.get(k, "") for k in request.args.keys()}  # noqa: SIM118
        try:
            return str(pattern).format_map(_Blank(values)).strip()
        except (ValueError, IndexError):
            pass
    try:
        return str(datasette.metadata(database=database)["queries"][query_name]["title"])
    except (KeyError, TypeError):
        return query_name or database


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def render(datasette: Any, request: Any, columns: list[str], rows: list[Any], database: str,
           query_name: str | None) -> Response:  # fmt: skip
    """The feed of a query's rows."""
    if not can_render(columns):
        raise BadRequest("Diese Abfrage hat keinen Feed (es fehlen atom_id, atom_title, "
                         "atom_updated).")  # fmt: skip
    entries = []
    for row in rows:
        data = dict(zip(columns, row, strict=False))
        original = str(data.get("atom_link") or "")
        link = original
        if data.get("url"):
            path = datasette.urls.row(database, "articles", tilde_encode(str(data["url"])))
            link = datasette.absolute_url(request, path)
            original = original or str(data["url"])
        authors = [a.strip() for a in str(data.get("atom_author_name") or "").split(",")]
        entries.append(atom.Entry(
            id=str(data["atom_id"]), title=str(data["atom_title"]),
            updated=str(data["atom_updated"] or ""), link=link, original=original,
            content=str(data.get("atom_content") or ""), authors=[a for a in authors if a],
        ))  # fmt: skip
    self_url = datasette.absolute_url(request, request.full_path)
    page = datasette.absolute_url(request, request.path.rsplit(".", 1)[0])
    title = feed_title(datasette, database, query_name, request)
    return Response(atom.feed(title, self_url, page, entries), content_type=atom.CONTENT_TYPE)


@hookimpl
def register_output_renderer() -> dict[str, Any]:
    """``.atom`` for stored queries."""
    return {"extension": "atom", "render": render, "can_render": can_render}


@hookimpl
def startup(datasette: Any) -> None:
    """Our renderer wins over datasette-atom's, should an old environment still have it."""
    datasette.renderers["atom"] = (render, can_render)
