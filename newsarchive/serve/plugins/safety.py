"""Datasette plugin: the archive is safe to put online (README "Safe to expose").

- Every SQLite connection gets hard limits (string/blob length, SQL length, result
  columns, LIKE pattern length), so C-level functions such as ``printf('%.*c', 1e9, 'x')``
  or ``zeroblob(1e9)`` cannot run for seconds or fill memory outside the time limit.
- Query results stop at :data:`newsarchive.serve.config.ROW_BYTES` bytes (marked as
  truncated, like Datasette's row cap), so no page is built from gigabytes of rows; every
  response stops at ``ARCHIVE_MAX_RESPONSE_BYTES`` (default 5 MB) while it streams, with
  a German notice where it was cut.
- Cheap pages (article pages, static files) run their SQL on a pool of their own, so they
  never wait behind facet counts and searches; facets and row counts of ``articles`` come
  from precomputed counts or a bounded sample (newsarchive/serve/facet_counts.py).
- Bad sort, filter and facet parameters give a German 400 page, never a 500.
- Headers: a Content-Security-Policy allowing only our own and Datasette's known inline
  scripts (by hash) or those carrying the request's nonce (``{{ csp_nonce }}``),
  ``X-Content-Type-Options``, ``Referrer-Policy``.
- ``ARCHIVE_PUBLIC=1``: no arbitrary SQL (stored queries stay), no ``/-/`` debug or
  introspection pages (they show absolute paths), no CSV streaming of whole tables.
"""

from __future__ import annotations

import asyncio
import re
import sys
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from types import MethodType
from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted, Results, connections
from datasette.facets import ColumnFacet
from datasette.utils import sqlite_timelimit, tilde_decode, tilde_encode
from datasette.utils.asgi import Request, Response

from newsarchive import sqlite as sqlite_limits
from newsarchive.serve import config as serving
from newsarchive.serve import errors, facet_counts, guard, schemacache, throttle
from newsarchive.sqlite import sqlite3

#: Per-connection SQLite limits (``sqlite3_limit``): no string or blob over 10 MB, SQL
#: text up to 100 kB, at most 200 result columns, LIKE/GLOB patterns up to 1,000 chars.
LIMITS = {
    sqlite_limits.LIMIT_LENGTH: 10_000_000,
    sqlite_limits.LIMIT_SQL_LENGTH: 100_000,
    sqlite_limits.LIMIT_COLUMN: 200,
    sqlite_limits.LIMIT_LIKE_PATTERN_LENGTH: 1_000,
}

#: Threads for the light lane (Datasette's own pool, ``num_sql_threads``, runs the rest).
LIGHT_THREADS = 2
_light_executor = ThreadPoolExecutor(LIGHT_THREADS, thread_name_prefix="na-light")


@hookimpl
def prepare_connection(conn: Any) -> None:
    """Cap what one SQL statement may build (see :data:`LIMITS`)."""
    for category, value in LIMITS.items():
        sqlite_limits.set_limit(conn, category, value)


# --- bounded queries, a pool for cheap pages --------------------------------------------


def _row_bytes(row: Any) -> int:
    return sum(len(v) if isinstance(v, str | bytes) else 8 for v in row)


async def _execute(self: Any, sql: str, params: Any = None, truncate: bool = False,
                   custom_time_limit: int | None = None, page_size: int | None = None,
                   log_sql_errors: bool = True) -> Results:  # fmt: skip
    """Datasette's ``Database.execute``, with results that stop at
    :data:`serving.ROW_BYTES` bytes (a truncated page, like the row cap); schema lookups
    answered from the schema cache (serve/schemacache.py)."""
    args = (sql, params, truncate, custom_time_limit, page_size, log_sql_errors)
    if not schemacache.schema_sql(sql):
        return await _execute_sql(self, *args)
    key = ("sql", sql, schemacache.frozen(params), truncate)
    found: Results = await schemacache.cached(self, key, lambda: _execute_sql(self, *args))
    return found


async def _execute_sql(self: Any, sql: str, params: Any, truncate: bool,
                       custom_time_limit: int | None, page_size: int | None,
                       log_sql_errors: bool) -> Results:  # fmt: skip
    page_size = page_size or self.ds.page_size
    budget = serving.ROW_BYTES
    pairs = facet_counts.PAIRS.get()  # read here: executor threads do not see it

    def run(conn: Any) -> Results:
        limit_ms = self.ds.sql_time_limit_ms
        if custom_time_limit and custom_time_limit < limit_ms:
            limit_ms = custom_time_limit
        counted = facet_counts.count_answer(conn, sql, pairs)
        if counted is not None:  # from the precomputed counts (serve/facet_counts.py)
            return Results([(counted,)], False, (("count(*)",) + (None,) * 6,))
        with sqlite_timelimit(conn, limit_ms):
            try:
                cursor = conn.cursor()
                cursor.execute(sql, params if params is not None else {})
                if not truncate:
                    return Results(cursor.fetchall(), False, cursor.description)
                max_rows = self.ds.max_returned_rows
                if max_rows == page_size:
                    max_rows += 1
                rows: list[Any] = []
                size, truncated = 0, False
                while chunk := cursor.fetchmany(50):
                    for row in chunk:
                        if len(rows) >= max_rows or (rows and size > budget):
                            truncated = True
                            break
                        rows.append(row)
                        size += _row_bytes(row)
                    if truncated:
                        break
                    if len(rows) >= max_rows:
                        truncated = cursor.fetchone() is not None
                        break
                return Results(rows, truncated, cursor.description)
            except sqlite3.DatabaseError as error:
                if error.args == ("interrupted",):
                    raise QueryInterrupted(error, sql, params) from error
                if log_sql_errors:
                    print(f"ERROR: sql = {sql!r}, params = {params}: {error}", file=sys.stderr)
                raise

    results: Results = await self.execute_fn(run)
    return results


async def _execute_fn(self: Any, fn: Callable[[Any], Any]) -> Any:
    """Datasette's ``Database.execute_fn``; light requests run on their own pool."""
    if self.ds.executor is None:
        return await self._na_execute_fn(fn)
    executor = _light_executor if guard.LANE.get() == "light" else self.ds.executor
    times = guard.SQL_TIMES.get()  # [waited, ran, statements] (ARCHIVE_TIMING_LOG)
    submitted = time.perf_counter()

    def in_thread() -> Any:
        started = time.perf_counter()
        conn = getattr(connections, self.name, None)
        if not conn:
            conn = self.connect()
            self.ds._prepare_connection(conn, self.name)
            setattr(connections, self.name, conn)
        try:
            return fn(conn)
        finally:
            if times is not None:
                times[0] += started - submitted
                times[1] += time.perf_counter() - started
                times[2] += 1

    return await asyncio.get_running_loop().run_in_executor(executor, in_thread)


@hookimpl
def startup(datasette: Any) -> None:
    """Bound every database's queries (:func:`_execute`, :func:`_execute_fn`) and every
    facet's work (serve/facet_counts.py)."""
    from datasette.plugins import pm

    classes = [k for found in pm.hook.register_facet_classes() for k in found]
    facet_counts.install([ColumnFacet, *classes])
    for db in datasette.databases.values():
        if getattr(db, "_na_execute_fn", None) is None:
            db._na_execute_fn = db.execute_fn
            db.execute = MethodType(_execute, db)
            db.execute_fn = MethodType(_execute_fn, db)
            schemacache.install(db)


# --- public instances -------------------------------------------------------------------


@hookimpl
def permission_allowed(action: str) -> bool | None:
    """``ARCHIVE_PUBLIC=1``: no arbitrary SQL (the SQL editor, ``?sql=``, ``_where``)."""
    if action == "execute-sql" and serving.public():
        return False
    return None


#: Datasette names the refused action in a 403: what the journalist reads instead.
FORBIDDEN = {
    "execute-sql": "Eigene SQL-Abfragen sind in diesem öffentlichen Archiv abgeschaltet; "
    "die gespeicherten Abfragen unter „Daten und SQL“ stehen weiter zur Verfügung.",
}


@hookimpl
def forbidden(datasette: Any, request: Any, message: str) -> Callable[[], Awaitable[Response]]:
    """A German 403 page (JSON for ``.json``), never Datasette's "Forbidden"."""

    async def inner() -> Response:
        context = {"ok": False, "error": FORBIDDEN.get(message, "Kein Zugriff."),
                   "status": 403, "title": "Kein Zugriff"}  # fmt: skip
        if request.path.endswith(".json"):
            return Response.json(context, status=403)
        html = await datasette.render_template("error.html", context, request=request)
        return Response.html(html, status=403)

    return inner


# --- bad parameters: a German 400 ---------------------------------------------------------

#: English messages of Datasette and SQLite for bad request parameters -> German.
MESSAGES: tuple[tuple[str, str], ...] = (
    (r"Cannot sort table by (.*)", "Nach „{0}“ kann nicht sortiert werden."),
    (r"Cannot use _sort and _sort_desc.*", "Bitte nur _sort oder _sort_desc angeben."),
    (r"no such column: (?:\w+\.)?(.*)", "Unbekannte Spalte „{0}“."),
    (r"_size must be <= (\d+)", "Höchstens {0} Zeilen pro Seite (_size)."),
    (r"_size must be a positive integer", "_size muss eine positive ganze Zahl sein."),
    (r"fts5: syntax error.*", "Die Suche enthält ungültige Zeichen."),
    (r"Invalid _shape.*", "Unbekanntes Format (_shape)."),
    (r".*_where=.*", "Eigene SQL-Bedingungen sind hier nicht erlaubt."),
    (r"string or blob too big", "Das Ergebnis wäre zu groß (ein Wert über 10 MB)."),
    (r"too many columns.*", "Zu viele Spalten (höchstens 200)."),
    (r"_col=(.*) - invalid columns", "Unbekannte Spalte „{0}“."),
    (r"_nocol=(.*) - invalid columns", "Unbekannte Spalte „{0}“."),
    (r"(?:<p>)?SQL query took too long.*", "Die Abfrage hat das Zeitlimit überschritten. Bitte "
     "enger filtern."),
    (r"CSV streaming is disabled", "Der CSV-Export ganzer Tabellen ist hier abgeschaltet."),
    (r"interrupted", "Die Abfrage hat das Zeitlimit überschritten. Bitte enger filtern."),
)  # fmt: skip
GENERIC = "Die Adresse enthält einen ungültigen Parameter."


def german_message(error: str) -> str:
    """The German message for an error caused by a bad request."""
    for pattern, german in MESSAGES:
        match = re.match(pattern, error.strip(), re.IGNORECASE)
        if match:
            return german.format(*match.groups())
    return GENERIC


def _is_bad_request(exception: Exception) -> bool:
    if isinstance(exception, QueryInterrupted):
        return True
    status = getattr(exception, "status", None)
    if status is not None:
        return status in (400, 403) or (
            status == 500 and german_message(str(getattr(exception, "message", ""))) != GENERIC
        )
    return isinstance(exception, ValueError | KeyError | TypeError | sqlite3.DatabaseError)


async def bad_request(datasette: Any, request: Any, message: str, inside: bool = True,
                      status: int = 400) -> Response:  # fmt: skip
    """A German 400 page (or 404 by ``status``; JSON for ``.json`` paths) with ``message``;
    ``inside``: the request went through Datasette's middleware (it has a CSRF token)."""
    title = errors.TITLES[status]
    if request.path.endswith(".json"):
        return Response.json({"ok": False, "error": message, "status": status, "title": title},
                             status=status)  # fmt: skip
    html = await datasette.render_template(
        "error.html", {"ok": False, "error": message, "status": status, "title": title},
        request=request if inside else None,
    )  # fmt: skip
    return Response.html(html, status=status)


#: SQLite's message when a page's address names a table that does not exist (Datasette
#: reads ``/archive/-/x`` as row ``x`` of a table ``-`` and answers 400 "Invalid SQL").
_NO_TABLE = re.compile(r"no such table: (.+)\Z")


def _missing_table(request: Any, exception: Exception) -> bool:
    """True if the address (not a journalist's own SQL) named a table that does not exist."""
    match = _NO_TABLE.match(str(getattr(exception, "message", None) or exception))
    if not match or "sql" in request.args:
        return False
    return tilde_encode(match.group(1)) in request.path.split("/")


@hookimpl
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Any:
    """Errors caused by the request's parameters: a German 400 (HTML or JSON); an address
    naming no table: a German 404."""
    if request is not None and _missing_table(request, exception):

        async def missing() -> Response:
            return await bad_request(datasette, request, "Diese Seite gibt es nicht.", status=404)

        return missing
    if request is None or not request.query_string or not _is_bad_request(exception):
        return None
    raw = getattr(exception, "message", None) or str(exception)
    if isinstance(exception, QueryInterrupted):
        raw = "interrupted"
    message = german_message(str(raw))
    if message == GENERIC and "sql" in request.args:  # a data journalist's own SQL
        message = errors.translate(f"Fehler in der SQL-Abfrage: {raw}")

    async def inner() -> Response:
        return await bad_request(datasette, request, message)

    return inner


#: Table-page parameters naming a column, checked before Datasette runs any query (a
#: bad facet would otherwise fail inside Datasette's concurrent facet queries).
COLUMN_PARAMS = ("_sort", "_sort_desc", "_facet", "_facet_array", "_facet_date",
                 "_facet_liste", "_col", "_nocol")  # fmt: skip


async def column_problem(datasette: Any, request: Any) -> str | None:
    """A German message if a table page's sort, facet, column or filter parameter names
    no column of the table, else None."""
    parts = [p for p in request.path.split("/") if p]
    if len(parts) != 2 or parts[0] not in datasette.databases or parts[0].startswith("_"):
        return None
    filters = [key.split("__", 1)[0] for key in request.args if not key.startswith("_")]
    if not filters and not any(name in request.args for name in COLUMN_PARAMS):
        return None
    db = datasette.databases[parts[0]]
    table = tilde_decode(parts[1])
    if not await db.table_exists(table) and "." in table:
        table = table.rsplit(".", 1)[0]
    if not await db.table_exists(table):
        return None
    columns = set(await db.table_columns(table)) | {"rowid"}
    for name in COLUMN_PARAMS:
        for value in request.args.getlist(name):
            if value.startswith("{") or value in columns:
                continue
            if name.startswith("_sort"):
                return f"Nach „{value}“ kann nicht sortiert werden."
            return f"Unbekannte Spalte „{value}“."
    for column in filters:  # ?spalte=wert and ?spalte__op=wert filter by a column
        if column not in columns:
            return f"Nach „{column}“ kann nicht gefiltert werden: diese Spalte gibt es nicht."
    return None


@hookimpl
def extra_template_vars(request: Any) -> dict[str, str]:
    """``csp_nonce``: put ``nonce="{{ csp_nonce }}"`` on a template's dynamic inline script."""
    scope = getattr(request, "scope", None) or {}
    return {"csp_nonce": scope.get(guard.NONCE_KEY, "")}


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[guard.ASGIApp], guard.ASGIApp]:
    """Install the guard (newsarchive/serve/guard.py) around Datasette, with the German
    400 for table parameters naming no column, and inside it the response cache and the
    gate on heavy requests (newsarchive/serve/throttle.py)."""

    async def check(scope: guard.Scope, receive: guard.Receive) -> Response | None:
        request = Request(scope, receive)
        problem = await column_problem(datasette, request)
        if problem:
            return await bad_request(datasette, request, problem, inside=False)
        return None

    return lambda app: guard.wrap(throttle.wrap(app, datasette), check)
