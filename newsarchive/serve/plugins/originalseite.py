"""Datasette plugin: the archived original page of an article, read from the WARC files,
and where the article's text came from (crawl, Wayback Machine, WARC import).

``/<database>/-/originalseite?url=<article URL>`` shows the page as the crawl received it,
never as raw HTML on the archive's origin (that would run the publisher's scripts here):
the HTML is cleaned (scripts, event handlers, frames, forms, embedded objects and
external resources removed) and served with a Content-Security-Policy ``sandbox`` that
blocks scripts and gives the page an origin of its own, so whatever the cleaning missed
cannot run; ``&format=text`` shows the HTTP head and the HTML source as plain text.
The logic lives in :mod:`newsarchive.serve.original`; this module only wires it in.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from datasette import hookimpl
from datasette.utils import urlsafe_components
from datasette.utils.asgi import Response

from newsarchive.serve import original


@hookimpl
def register_routes() -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
    """``/<database>/-/originalseite``: the archived page of an article."""
    return [(r"^/(?P<database>[^/]+)/-/originalseite$", _original_page)]


async def _original_page(datasette: Any, request: Any) -> Response:
    name = request.url_vars["database"]
    try:
        db = datasette.get_database(name)
    except KeyError:
        return Response.text("Datenbank nicht gefunden.", status=404)
    url = request.args.get("url", "")
    row = await original.stored_row(db, url)
    if row is None:
        return Response.text("Zu dieser Adresse ist keine Seite archiviert.", status=404)
    as_text = request.args.get("format") == "text"
    back = datasette.urls.row(name, row["table"], original.tilde(row["url"]))
    page = await asyncio.to_thread(original.render, row, db.path, as_text, back)
    return Response(page.body, status=page.status, headers=page.headers,
                    content_type=page.content_type)  # fmt: skip


@hookimpl
def extra_template_vars(
    database: str | None, table: str | None, view_name: str, request: Any, datasette: Any
) -> Callable[..., Any]:
    """``na_original`` on article pages: the link to the archived page and the origin."""

    async def inner() -> dict[str, Any]:
        if not (database and table in ("articles", "copies") and view_name == "row" and request):
            return {}
        pks = urlsafe_components(request.url_vars.get("pks", ""))
        if len(pks) != 1:
            return {}
        db = datasette.get_database(database)
        row = await original.stored_row(db, pks[0], tables=(table,))
        if row is None:
            return {}
        href = datasette.urls.database(database) + "/-/originalseite?" + original.query(row)
        return {"na_original": {"href": href if row.get("warc_file") else "",
                                "origin": original.origin(row)}}  # fmt: skip

    return inner
