"""Precomputed facet counts for the ``articles`` table (issue 17, items 8 and 9).

Counting facets from the rows costs a pass over every matching article (``json_each``
over 1,000,000 bank lists takes seconds). The table ``facet_counts`` holds, per site and
year, how many articles carry each facet value, once without a list filter
(``filter = ''``) and once per bank and network the article names (``filter = 'banks'``,
``filter_value = 'Commerzbank'``): so the counts of every facet for the unfiltered table,
for any site/year filter, and for one bank or network filter on top are sums over a few
hundred rows, whatever the size of the archive. Under a list filter only the facets
:data:`CROSS_COLUMNS` and the article's other list values are stored: a bank's site and
year facets and its own count are the unfiltered ``banks`` cells of each site and year
(:func:`counts` reads them there), a quarter fewer cells to count at ingest.

SQLite triggers on ``articles`` keep the table in sync on every insert, update and
delete (no code in the writer needed; ``INSERT OR REPLACE`` needs
``PRAGMA recursive_triggers = ON`` for the delete half). :func:`rebuild` recounts.
A batch writer may instead :func:`pause` the triggers inside its transaction and count
its rows itself (:func:`counted_cells`, :func:`remove_articles`). The storage's batched
ingest goes further: it only notes the rowids it wrote in ``facet_counts_pending``
(:func:`defer`, in the batch's transaction) and counts them all at once later
(every few thousand articles or seconds, and when it closes; in a thread beside the
writer, :mod:`~newsarchive.archive.background`: :func:`snapshot` reads, :func:`apply`
writes, :func:`catch_up` counts in one go): an
article's ~40 cells are then mostly shared with the other articles of the window, a
fifth of the upserts of counting every batch. Until then the counts lag their rows (by
at most ``storage.FACET_WINDOW`` articles or ``storage.FACET_DELAY`` seconds of a
running crawl); a pending row that is changed or deleted meanwhile is left alone by the
triggers (it is counted as it then is), and a killed writer's pending rows are counted
by the next :class:`~newsarchive.archive.storage.Archive` that opens the file.

Readers (the Datasette facets, the reading view): :func:`answerable` says whether a set
of filters can be answered here, :func:`counts` returns the values of one facet.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from operator import itemgetter
from typing import Any, NamedTuple

#: Facets counted: plain columns and JSON list columns of ``articles``.
COLUMNS = ("site", "year", "month", "source", "language", "section")
LISTS = ("banks", "networks")
FACETS = COLUMNS + LISTS
#: Columns of the table's key: under a list filter their facets are not stored (a bank's
#: articles per site and year are the unfiltered ``banks`` cells of that site and year).
KEY_COLUMNS = ("site", "year")
#: Columns whose facets are stored under a list filter too.
CROSS_COLUMNS = tuple(c for c in COLUMNS if c not in KEY_COLUMNS)

TABLE = "facet_counts"
#: While this table has a row the triggers do nothing: a writer that counts its own rows
#: adds one and removes it in the same transaction, so no other connection sees it.
PAUSED = "facet_counts_paused"
#: Rowids of articles written but not counted yet (see the module docstring).
PENDING = "facet_counts_pending"


def _json(column: str, row: str) -> str:
    return (f"json_each(CASE WHEN json_valid({row}.{column}) AND "
            f"json_type({row}.{column}) = 'array' THEN {row}.{column} ELSE '[]' END)")  # fmt: skip


#: Which (filter ``f``, value ``v``) pairs are stored: every value without a list filter;
#: under a list filter only the :data:`CROSS_COLUMNS` and the other list values (not
#: the filter's own value: that count is the unfiltered cell's), see :func:`counts`.
_STORED = ("(f.name = '' OR v.facet IN ({}) OR (v.facet IN ({}) AND "
           "NOT (v.facet = f.name AND v.value = f.value)))").format(
    ", ".join(f"'{c}'" for c in CROSS_COLUMNS), ", ".join(f"'{c}'" for c in LISTS)
)  # fmt: skip


def _cells(row: str) -> str:
    """SELECT of (site, year, filter, filter_value, facet, value) for one article row."""
    filters = " UNION ALL ".join(
        ["SELECT '' AS name, '' AS value"]
        + [f"SELECT '{name}', value FROM {_json(name, row)}" for name in LISTS]
    )
    values = " UNION ALL ".join(
        [f"SELECT '{c}' AS facet, {row}.{c} AS value" for c in COLUMNS]
        + [f"SELECT '{name}', value FROM {_json(name, row)}" for name in LISTS]
    )
    return (
        f"SELECT coalesce({row}.site, ''), coalesce({row}.year, 0), f.name, f.value, "
        f"v.facet, v.value FROM ({filters}) f, ({values}) v "
        f"WHERE v.value IS NOT NULL AND f.value IS NOT NULL AND {_STORED}"
    )


KEY = "site, year, filter, filter_value, facet, value"


def schema() -> list[str]:
    """The statements creating the table and its triggers."""
    watched = ", ".join(FACETS)
    active = f"NOT EXISTS (SELECT 1 FROM {PAUSED})"
    counted = f"NOT EXISTS (SELECT 1 FROM {PENDING} WHERE article = old.rowid)"
    remove = (f"UPDATE {TABLE} SET n = n - 1 WHERE {active} AND {counted} AND ({KEY}) IN "
              f"({_cells('old')}); DELETE FROM {TABLE} WHERE n <= 0;")  # fmt: skip
    add = (f"INSERT INTO {TABLE} ({KEY}, n) SELECT *, 1 FROM ({_cells('new')}) WHERE 1 "
           "ON CONFLICT DO UPDATE SET n = n + 1;")  # fmt: skip
    return [
        f"CREATE TABLE IF NOT EXISTS {TABLE} (site TEXT NOT NULL, year INTEGER NOT NULL, "
        "filter TEXT NOT NULL, filter_value TEXT NOT NULL, facet TEXT NOT NULL, "
        "value ANY NOT NULL, n INTEGER NOT NULL, "
        "PRIMARY KEY (filter, filter_value, facet, site, year, value)) WITHOUT ROWID",
        f"CREATE TABLE IF NOT EXISTS {PAUSED} (paused INTEGER NOT NULL)",
        f"CREATE TABLE IF NOT EXISTS {PENDING} (article INTEGER PRIMARY KEY)",
        f"CREATE TRIGGER IF NOT EXISTS {TABLE}_ai AFTER INSERT ON articles WHEN {active} "
        f"BEGIN {add} END",
        # one trigger, so the pending row is forgotten only after it was looked at
        f"CREATE TRIGGER IF NOT EXISTS {TABLE}_ad AFTER DELETE ON articles BEGIN {remove} "
        f"DELETE FROM {PENDING} WHERE article = old.rowid; END",
        f"CREATE TRIGGER IF NOT EXISTS {TABLE}_au AFTER UPDATE OF {watched} ON articles "
        f"WHEN {active} AND {counted} BEGIN {remove} {add} END",
    ]


def recreate_triggers(conn: Any) -> None:
    """Replace the triggers by those of :func:`schema` (after a change of it)."""
    for suffix in ("ai", "ad", "au"):
        conn.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{suffix}")
    for statement in schema():
        conn.execute(statement)


def create(conn: Any) -> None:
    """Create the counts table and triggers (if missing) and fill it from the articles."""
    for statement in schema():
        conn.execute(statement)
    rebuild(conn)


def _grouped(where: str) -> str:
    """SELECT of (site, year, filter, filter_value, facet, value, n) over the articles
    matching ``where`` (a condition on the alias ``a``)."""
    filters = " UNION ALL ".join(
        ["SELECT a.rowid AS id, coalesce(a.site, '') AS site, coalesce(a.year, 0) AS year, "
         f"'' AS name, '' AS value FROM articles a WHERE {where}"]
        + [f"SELECT a.rowid, coalesce(a.site, ''), coalesce(a.year, 0), '{name}', j.value "
           f"FROM articles a, {_json(name, 'a')} j WHERE j.value IS NOT NULL AND {where}"
           for name in LISTS]
    )  # fmt: skip
    values = " UNION ALL ".join(
        [f"SELECT a.rowid AS id, '{c}' AS facet, a.{c} AS value FROM articles a "
         f"WHERE a.{c} IS NOT NULL AND {where}" for c in COLUMNS]
        + [f"SELECT a.rowid, '{name}', j.value FROM articles a, {_json(name, 'a')} j "
           f"WHERE j.value IS NOT NULL AND {where}" for name in LISTS]
    )  # fmt: skip
    return (
        f"WITH f AS MATERIALIZED ({filters}), v AS MATERIALIZED ({values}) "
        "SELECT f.site AS site, f.year AS year, f.name AS filter, f.value AS filter_value, "
        "v.facet AS facet, v.value AS value, count(*) AS n "
        f"FROM f JOIN v ON v.id = f.id AND {_STORED} GROUP BY 1, 2, 3, 4, 5, 6"
    )


def rebuild(conn: Any) -> None:
    """Recount every facet from the articles (one pass; nothing left pending)."""
    conn.execute(f"DELETE FROM {TABLE}")
    conn.execute(f"DELETE FROM {PENDING}")
    conn.execute(f"INSERT INTO {TABLE} ({KEY}, n) {_grouped('1')}")


_BATCH = "a.rowid IN (SELECT value FROM json_each(:rowids))"
_COUNTED = f"{_BATCH} AND a.rowid NOT IN (SELECT article FROM {PENDING})"


def pause(conn: Any) -> None:
    """Stop the triggers (inside a transaction; :func:`resume` before it commits)."""
    conn.execute(f"INSERT INTO {PAUSED} (paused) VALUES (1)")


def resume(conn: Any) -> None:
    """Let the triggers count again."""
    conn.execute(f"DELETE FROM {PAUSED}")


Cell = tuple[str, int, str, str, str, Any]  #: (site, year, filter, filter_value, facet, value)


def _list(text: Any) -> list[str] | None:
    """A list column's values as the triggers read them, or None if one is not a string."""
    if not isinstance(text, str):
        return None if text is not None else []
    try:
        data = json.loads(text)
    except ValueError:
        return []  # (not JSON: counted as no values, as json_valid() says)
    if not isinstance(data, list):
        return []
    return data if all(isinstance(v, str) for v in data) else None


def cells(row: dict[str, Any]) -> list[Cell] | None:
    """The cells an ``articles`` row adds to the counts, as the triggers count them; None
    when a value's type needs SQLite's reading (then :func:`counted_cells` asks SQLite)."""
    plain = {c: row.get(c) for c in COLUMNS}
    if not all(v is None or isinstance(v, str) for c, v in plain.items() if c != "year"):
        return None
    year = plain["year"]
    if year is not None and type(year) is not int:
        return None
    lists = {name: _list(row.get(name)) for name in LISTS}
    if any(v is None for v in lists.values()):
        return None
    site = plain["site"] or ""
    filters = [("", ""), *((name, v) for name in LISTS for v in lists[name] or [])]
    values = [(c, v) for c, v in plain.items() if v is not None]
    values += [(name, v) for name in LISTS for v in lists[name] or []]
    cross = [(facet, v) for facet, v in values if facet not in KEY_COLUMNS]
    return [(site, year or 0, "", "", facet, v) for facet, v in values] + [
        (site, year or 0, f, fv, facet, v)
        for f, fv in filters[1:]
        for facet, v in cross
        if facet != f or v != fv
    ]


#: A cell's place in the primary key (filter, filter_value, facet, site, year; the value
#: left out: it may be text or a number).
_PRIMARY_KEY = itemgetter(2, 3, 4, 0, 1)


def remove_articles(conn: Any, rowids: Iterable[int]) -> None:
    """Uncount the stored articles ``rowids`` (before they change while paused); pending
    ones (not counted yet) are left alone."""
    ids = {"rowids": json.dumps(list(rowids))}
    conn.execute(
        f"UPDATE {TABLE} SET n = {TABLE}.n - c.n FROM ({_grouped(_COUNTED)}) c "
        f"WHERE ({', '.join(f'{TABLE}.{k}' for k in KEY.split(', '))}) = "
        f"({', '.join(f'c.{k}' for k in KEY.split(', '))})",
        ids,
    )
    conn.execute(f"DELETE FROM {TABLE} WHERE n <= 0 AND ({KEY}) IN "
                 f"(SELECT {KEY} FROM ({_grouped(_COUNTED)}))",
                 ids)  # fmt: skip


def defer(conn: Any, rowids: Iterable[int]) -> None:
    """Note articles just written (triggers paused) to be counted by :func:`catch_up`."""
    conn.executemany(f"INSERT OR IGNORE INTO {PENDING} (article) VALUES (?)",
                     [(rowid,) for rowid in rowids])  # fmt: skip


def counted_cells(conn: Any, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The cells of ``rows`` ((rowid, *FACETS) of stored articles), counted: (*KEY, n) in
    the table's key order. Counted in Python (a quarter of the CPU of SQLite's ``GROUP
    BY`` over ``json_each``); rows with values only SQLite reads right in SQL."""
    found: Counter[Cell] = Counter()
    odd: list[int] = []
    for rowid, *row in rows:
        row_cells = cells(dict(zip(FACETS, row, strict=True)))
        if row_cells is None:
            odd.append(rowid)
        else:
            found.update(row_cells)
    params = [(*cell, n) for cell, n in found.items()]
    if odd:  # (the upsert adds cells that are twice in the list)
        ids = {"rowids": json.dumps(odd)}
        params += conn.execute(f"SELECT * FROM ({_grouped(_BATCH)})", ids).fetchall()
    try:  # in the table's key order: each page visited once
        params.sort(key=_PRIMARY_KEY)
    except TypeError:  # (an odd row's filter value is a number: only the order is lost)
        params.sort(key=lambda c: tuple(map(str, _PRIMARY_KEY(c))))
    return params


_UPSERT = (f"INSERT INTO {TABLE} ({KEY}, n) VALUES (?, ?, ?, ?, ?, ?, ?) "
           "ON CONFLICT DO UPDATE SET n = n + excluded.n")  # fmt: skip


def catch_up(conn: Any) -> int:
    """Count the pending articles as they are now (one upsert per distinct cell of them
    all) and forget them; returns how many were counted. Inside a transaction."""
    names = ", ".join(f"a.{c}" for c in FACETS)
    rows = conn.execute(f"SELECT a.rowid, {names} FROM {PENDING} p "
                        "JOIN articles a ON a.rowid = p.article").fetchall()  # fmt: skip
    if not rows:
        return 0
    conn.executemany(_UPSERT, counted_cells(conn, rows))
    conn.execute(f"DELETE FROM {PENDING}")
    return len(rows)


class Window(NamedTuple):
    """Pending articles read at one moment (:func:`snapshot`): their facet columns and
    the cells they add, counted."""

    articles: list[tuple[Any, ...]]  #: (rowid, *FACETS), by rowid
    cells: list[tuple[Any, ...]]  #: (*KEY, n), in the table's key order


_PENDING_ROWS = (f"SELECT p.article, {', '.join(f'a.{c}' for c in FACETS)} FROM {PENDING} p "
                 "JOIN articles a ON a.rowid = p.article")  # fmt: skip


def snapshot(conn: Any) -> Window:
    """The pending articles and their counted cells (in one read transaction)."""
    articles = conn.execute(f"{_PENDING_ROWS} ORDER BY p.article").fetchall()
    if not articles:
        return Window([], [])
    return Window(articles, counted_cells(conn, articles))


def apply(conn: Any, window: Window) -> int | None:
    """Add a :func:`snapshot`'s counts and forget its pending rows (inside a write
    transaction), if its articles are still pending and unchanged; else None (nothing
    written). Returns how many articles were counted."""
    ids = {"rowids": json.dumps([row[0] for row in window.articles])}
    now = conn.execute(f"{_PENDING_ROWS} WHERE p.article IN (SELECT value FROM "
                       "json_each(:rowids)) ORDER BY p.article", ids).fetchall()  # fmt: skip
    if now != window.articles:
        return None
    conn.executemany(_UPSERT, window.cells)
    conn.execute(f"DELETE FROM {PENDING} WHERE article IN (SELECT value FROM json_each(:rowids))",
                 ids)  # fmt: skip
    return len(window.articles)


#: Filter parameters this table answers: column -> Datasette lookups.
COLUMN_LOOKUPS = {"site": ("", "exact", "in"), "year": ("", "exact", "gt", "gte", "lt", "lte")}
LIST_LOOKUP = "arraycontains"
OPERATORS = {"": "=", "exact": "=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def answerable(pairs: Iterable[tuple[str, str]]) -> dict[str, Any] | None:
    """The filters of a table request (query-string pairs) as a counts query, or None
    if the counts table cannot answer them (search, other columns, two list filters).
    Underscore parameters other than ``_facet*``, ``_size``, ``_sort*``, ``_next`` and
    ``_nocount`` make it unanswerable, as do unknown parameters."""
    where: list[str] = []
    params: dict[str, Any] = {}
    list_filter: tuple[str, str] | None = None
    for key, value in pairs:
        if key.startswith("_"):
            if key.startswith(("_facet", "_sort", "_size", "_next", "_nocount", "_nofacet")):
                continue
            if key in ("_labels", "_shape", "_json", "_col", "_nocol", "_extra", "_trace"):
                continue
            return None
        column, _, lookup = key.partition("__")
        if column in LISTS and lookup == LIST_LOOKUP:
            if list_filter is not None:
                return None
            list_filter = (column, value)
            continue
        if column not in COLUMN_LOOKUPS or lookup not in COLUMN_LOOKUPS[column]:
            return None
        name = f"f{len(params)}"
        if lookup == "in":
            values = [v for v in value.split(",") if v]
            names = [f"{name}_{i}" for i in range(len(values))]
            params.update(zip(names, values, strict=True))
            where.append(f"{column} IN ({', '.join(':' + n for n in names)})")
            continue
        if column == "year":
            if not value.lstrip("-").isdigit():
                return None
            params[name] = int(value)
        else:
            params[name] = value
        where.append(f"{column} {OPERATORS[lookup]} :{name}")
    return {"where": where, "params": params, "list": list_filter}


def counts(conn: Any, query: dict[str, Any], facet: str, limit: int) -> list[tuple[Any, int]]:
    """Up to ``limit`` (value, count) pairs of ``facet``, most frequent first, for a query
    from :func:`answerable`."""
    name, value = query["list"] or ("", "")
    params = {**query["params"], "na_filter": name, "na_filter_value": value, "na_facet": facet}
    stored = " AND ".join(["filter = :na_filter", "filter_value = :na_filter_value",
                           "facet = :na_facet", *query["where"]])  # fmt: skip
    # the list filter's value among the unfiltered cells: its articles per site and year
    own = " AND ".join(["filter = ''", "filter_value = ''", "facet = :na_filter",
                        "value = :na_filter_value", *query["where"]])  # fmt: skip
    if name and facet in KEY_COLUMNS:  # (year 0 in the key: articles without a year)
        inner = f"SELECT {facet} AS value, n FROM {TABLE} WHERE {own}"
        inner += " AND year != 0" if facet == "year" else ""
    elif name and facet == name:  # the other values stored, the filter's own value not
        inner = (f"SELECT value, n FROM {TABLE} WHERE {stored} "
                 f"UNION ALL SELECT value, n FROM {TABLE} WHERE {own}")  # fmt: skip
    else:
        inner = f"SELECT value, n FROM {TABLE} WHERE {stored}"
    sql = (f"SELECT value, sum(n) AS count FROM ({inner}) GROUP BY value "
           f"ORDER BY count DESC, value LIMIT {int(limit)}")  # fmt: skip
    return [(row[0], row[1]) for row in conn.execute(sql, params).fetchall()]


def total(conn: Any, query: dict[str, Any]) -> int:
    """How many articles match a query from :func:`answerable` (each counted once)."""
    rows = counts(conn, query, "site", 1_000_000)
    return sum(n for _, n in rows)
