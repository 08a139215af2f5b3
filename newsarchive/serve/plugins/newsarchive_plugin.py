"""Datasette plugin for the archive: German search functions, article pages, the search
page's links, charts of stored queries, the search filter on the articles table, safe
snippets and robots.txt. The other pages live in the sibling plugin modules
(``reading_view``, ``desk_pages``, ``feeds``).

Loaded with ``--plugins-dir`` (see newsarchive/serve/config.py). The logic lives in
``newsarchive.archive.search`` and ``newsarchive.serve``; this module only wires it in.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ArrayFacet
from datasette.filters import FilterArguments
from datasette.utils import (
    append_querystring,
    escape_sqlite,
    path_with_added_args,
    path_with_removed_args,
    tilde_encode,
    urlsafe_components,
)
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from newsarchive.archive import search
from newsarchive.serve import charts, desk, matches, present
from newsarchive.sqlite import sqlite3 as sqlite_module

#: The canned queries whose form field ``suchbegriff`` is a German search.
SEARCH_QUERIES = ("suche", "suche_neu")
SEARCH_PARAM = "suchbegriff"
#: The articles table's German search filter: ``/archive/articles?_suche=Bank``.
TABLE_SEARCH_PARAM = "_suche"
#: Facets offered as links on the articles page (the default four are in metadata.yml).
MORE_FACETS = (("Monat", "month"), ("Quelle", "source"), ("Sprache", "language"),
               ("Ressort", "section"))  # fmt: skip


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    """Register the search and citation SQL functions (limits: plugins/safety.py)."""
    try:
        key = str(datasette.get_database(database).path or database)
    except KeyError:
        key = database
    conn.create_function("na_treffer", 1, matches.ids_function(conn, key))
    conn.create_function("german_query", 1, search.german_query, deterministic=True)
    conn.create_function("german_query_hint", 1, search.query_hint, deterministic=True)
    conn.create_function("german_snippet", 2, search.snippet, deterministic=True)
    conn.create_function("german_date", 1, present.german_date, deterministic=True)
    conn.create_function("atom_date", 2, present.atom_date, deterministic=True)
    conn.create_function("zitat", 6, _zitat, deterministic=True)
    conn.create_function("zitat", 10, _zitat_full, deterministic=True)


def _zitat(title: str | None, url: str | None, outlet: str | None, published: str | None,
           fetched_at: str | None, source: str | None) -> str:  # fmt: skip
    return present.citation(title, url, outlet, published, fetched_at, source)


def _zitat_full(title: str | None, url: str | None, outlet: str | None,
                published: str | None, fetched_at: str | None, source: str | None,
                authors: str | None, archive_url: str | None, archived_at: str | None,
                source_archive: str | None) -> str:  # fmt: skip
    """The article page's citation in SQL: authors, and the web-archive copy or import
    the text came from (``zitat(title, url, medium, published, fetched_at, source,
    authors, archive_url, archived_at, source_archive)``)."""
    row = {"title": title, "url": url, "site_name": outlet, "published": published,
           "fetched_at": fetched_at, "source": source, "authors": authors,
           "archive_url": archive_url, "archived_at": archived_at,
           "source_archive": source_archive}  # fmt: skip
    return present.article_citation(row, {})


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any
) -> Markup | None:
    """Snippets (``auszug``) as escaped HTML with <mark>ed matches; in query results, a
    ``titel`` next to a ``url`` links to the article page."""
    if column == "auszug" and isinstance(value, str):
        return Markup(search.snippet_html(value))
    if column in ("banken", "netzwerke") and table is None and isinstance(value, str):
        return Markup(escape(", ".join(present.json_list(value))))
    if column == "titel" and table is None and isinstance(value, str) and "url" in row.keys():  # noqa: SIM118 (sqlite3.Row)
        url = row["url"]
        if not url:
            return Markup(f"<em>{escape(value)}</em>")
        href = datasette.urls.row(database, "articles", tilde_encode(url))
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None


@hookimpl
def filters_from_request(request: Any, table: str | None, database: str, datasette: Any
                         ) -> Callable[[], Awaitable[FilterArguments | None]]:  # fmt: skip
    """``?_suche=…`` on the articles table: the German search as a filter, so facets apply.

    The matches are searched once per query text and archive state (the reading view's
    cache, newsarchive/serve/matches.py: the newest ``SEARCH_CAP``) and read back as a
    rowid list (``na_treffer``), so the rows, the count and every facet reuse them instead
    of running the search again; facets count them in the facet index
    (serve/facet_counts.py)."""

    async def inner() -> FilterArguments | None:
        text = request.args.get(TABLE_SEARCH_PARAM)
        if table != "articles" or not text:
            return None
        description = f"Suche: „{text}“"
        try:
            found = await matches.matches(datasette.get_database(database), text, matches.unranked)
        except (QueryInterrupted, sqlite_module.DatabaseError):  # the plain filter: Datasette
            # reports the time-out or error
            return FilterArguments(
                ["rowid IN (SELECT rowid FROM articles_search "
                 "WHERE articles_search MATCH german_query(:na_suche))"],
                params={"na_suche": text}, human_descriptions=[description],
            )  # fmt: skip
        if found.capped:
            description += f" (die neuesten {matches.SEARCH_CAP:,} Treffer)".replace(",", ".")
        # many matches, newest first: walk the date index and test each rowid against the
        # list (``+rowid``) rather than read every match to sort it
        sort = request.args.get("_sort_desc") or request.args.get("_sort") or "published"
        column = "+rowid" if sort == "published" and found.dense() else "rowid"
        return FilterArguments(
            [f"{column} IN (SELECT value FROM json_each(na_treffer(:na_suche)))"],
            params={"na_suche": text}, human_descriptions=[description],
        )  # fmt: skip

    return inner


@hookimpl
def extra_template_vars(
    template: str, database: str | None, table: str | None, view_name: str, request: Any,
    datasette: Any,
) -> Callable[[], Awaitable[dict[str, Any]]]:  # fmt: skip
    """Article data for row pages, the search page's links and stored queries' charts."""

    async def inner() -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if request is None or not database:
            return extra
        args = request.args
        if table == "articles" and view_name == "table":
            extra["supports_search"] = False  # the German search below replaces it
            extra["na_table_search"] = args.get(TABLE_SEARCH_PARAM, "")
            extra["na_hidden_args"] = [
                (k, v)
                for k in args.keys()  # noqa: SIM118 (MultiParams)
                for v in args.getlist(k)
                if k not in (TABLE_SEARCH_PARAM, "_next")
            ]
            here = request.path + ("?" + request.query_string if request.query_string else "")
            extra["na_more_facets"] = [
                (label, append_querystring(here, f"_facet={column}"))
                for label, column in MORE_FACETS
            ]
        if table == "articles" and view_name == "row":
            extra["article"] = await _article(datasette, database, request)
        query = request.url_vars.get("table")
        if query in SEARCH_QUERIES:
            text = args.get(SEARCH_PARAM, "")
            base = datasette.urls.database(database)
            extra["na_search"] = {
                "text": text,
                "hints": search.parse_query(text).hints if SEARCH_PARAM in args else [],
                "feed": base + "/artikel.atom?" + urlencode({"suche": text, "sortierung": "neu"}),
                "filter": base + "/artikel?" + urlencode({"suche": text}),
            }
        if query and view_name != "row":
            extra["na_chart"] = await _query_chart(datasette, database, query, request)
        return extra

    return inner


async def _query_chart(datasette: Any, database: str, query: str, request: Any
                       ) -> dict[str, Any] | None:  # fmt: skip
    """A stored query's chart (plugin config ``charts``), from all its rows."""
    config = (datasette.plugin_config("newsarchive", database=database) or {}).get("charts")
    spec = (config or {}).get(query)
    if not spec:
        return None
    canned = await datasette.get_canned_query(database, query, request.actor)
    if not canned:
        return None
    rows = await datasette.get_database(database).execute(canned["sql"])
    data = charts.monthly_series([dict(r) for r in rows], spec["x"], spec["y"], spec["series"])
    if not data:
        return None
    chart = charts.timeline_spec(data, spec.get("title", ""), spec.get("series_title", ""))
    text = json.dumps(chart, ensure_ascii=False).replace("</", "<\\/")
    return {"id": "chart", "spec_json": Markup(text), "table": charts.table(data),
            "title": spec.get("title", "")}  # fmt: skip


async def _article(datasette: Any, database: str, request: Any) -> dict[str, Any] | None:
    db = datasette.get_database(database)
    pks = urlsafe_components(request.url_vars["pks"])
    if len(pks) != 1:
        return None

    def read(conn: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The article and its copies, in one trip to the SQL thread."""
        found = conn.execute("SELECT * FROM articles WHERE url = ?", [pks[0]])
        names = [d[0] for d in found.description]
        rows = [dict(zip(names, r, strict=True)) for r in found.fetchall()]
        if not rows:
            return [], []
        found = conn.execute("SELECT url, site, source, published FROM copies "
                             "WHERE original_url = ? ORDER BY url", [pks[0]])  # fmt: skip
        names = [d[0] for d in found.description]
        return rows, [dict(zip(names, r, strict=True)) for r in found.fetchall()]

    rows, copies = await db.execute_fn(read)
    if not rows:
        return None
    base = datasette.urls.database(database)
    urls = {"artikel": base + "/artikel", "bank": base + "/bank", "netzwerk": base + "/netzwerk"}
    media = await desk.media_names(db)
    return present.article_view(rows[0], copies, urls, media)


@hookimpl
def register_routes() -> list[tuple[str, Callable[[], Awaitable[Response]]]]:
    """``/robots.txt``: keep every crawler out of the archive."""
    return [(r"^/robots\.txt$", _robots)]


async def _robots() -> Response:
    return Response.text("User-agent: *\nDisallow: /\n")


#: Link tables holding the same lists as the JSON columns (written together by
#: newsarchive.archive.storage.Archive): counting them is faster than parsing 200,000 JSON lists.
LINK_TABLES = {
    ("articles", "banks"): ("article_banks", "bank"),
    ("articles", "networks"): ("article_networks", "network"),
}


class ListFacet(ArrayFacet):
    """Datasette's array facet (``_facet_array``), rewritten to stay fast on 200,000 rows.

    The built-in facet de-duplicates ``(value, inner.*)``, which drags every article's
    full text through a sort. Our JSON lists (banks, networks) hold no duplicates, so
    this facet (``_facet_liste=banks``, metadata ``{liste: banks}``) counts straight
    from ``json_each`` over the one column, which SQLite reads from an index
    (migration ``m003_facet_indexes``), or, on the unfiltered table, from the link
    tables ``article_banks``/``article_networks``. Selecting a value adds the same
    ``banks__arraycontains=…`` filter as the built-in facet.
    """

    type = "liste"

    async def suggest(self) -> list[dict[str, Any]]:
        return []

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            sql = (
                f"select j.value as value, count(*) as count from ({self.sql}) as t "
                f"join json_each(t.{escape_sqlite(column)}) j "
                f"group by j.value order by count(*) desc, j.value limit {size + 1}"
            )
            link = LINK_TABLES.get((self.table, column))
            if link and " where " not in self.sql.lower():  # unfiltered: the link table
                sql = (
                    f"select {link[1]} as value, count(*) as count from {link[0]} "
                    f"group by {link[1]} order by count(*) desc, {link[1]} limit {size + 1}"
                )
            try:
                rows = await self.ds.execute(
                    self.database, sql, self.params, truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )  # fmt: skip
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            for row in rows.rows[:size]:
                value = str(row["value"])
                arg = {f"{column}__arraycontains": value}
                selected = (f"{column}__arraycontains", value) in pairs
                path = (path_with_removed_args(self.request, arg) if selected
                        else path_with_added_args(self.request, arg))  # fmt: skip
                values.append({
                    "value": value, "label": value, "count": row["count"],
                    "toggle_url": self.ds.absolute_url(self.request, path),
                    "selected": selected,
                })  # fmt: skip
            results.append({
                "name": column, "type": self.type, "results": values,
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(
                    path_with_removed_args(self.request, {f"_facet_{self.type}": column})
                ),
                "truncated": len(rows.rows) > size,
            })  # fmt: skip
        return results, timed_out


@hookimpl
def register_facet_classes() -> list[type]:
    """The fast list facet for JSON list columns (banks, networks)."""
    return [ListFacet]
