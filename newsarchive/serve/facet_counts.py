"""Fast, bounded facets for the ``articles`` table in Datasette (README "Benchmark").

Wired in by plugins/safety.py:

- Facets (``_facet=site``, ``{liste: banks}``, ...) of the ``articles`` table are read
  from the precomputed ``facet_counts`` table (newsarchive/archive/facets.py) whenever the
  request's filters are ones it answers (none, site, year and its ranges, one bank or
  network): a sum over a few hundred rows at any archive size, exact.
- With the German search ``_suche`` (and otherwise the filters above), facets are
  counted exactly in the reading view's facet index (serve/facetindex.py): the search's
  matches (found once per query text, serve/matches.py) as a bitset, ``&`` the filters'
  bitsets, one popcount per value: milliseconds at any archive size.
- Other filters (other columns, two list filters, or ``_suche`` while the index is being
  built) count the matches among the :data:`SAMPLE` newest articles only, so no facet
  takes seconds and none is lost to the facet time limit; such facets carry
  ``"sample": SAMPLE``.
- The table's row count (``select count(*) from articles where ...``) comes from the
  same table when the filters allow it (counting a bank filter scans every article).

The request's filters reach the SQL layer through :data:`PAIRS`, set per request by
the ASGI guard.
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable
from typing import Any

from datasette.utils import path_with_added_args, path_with_removed_args

from newsarchive.archive import facets
from newsarchive.serve import desk, facetindex, matches

#: The table whose facets are precomputed.
TABLE = "articles"
#: Facets not answered by the counts table count the matches among this many newest
#: articles (by rowid) only.
SAMPLE = 2_000
#: The query-string pairs of the current request (set by guard.wrap for table pages).
PAIRS: contextvars.ContextVar[tuple[tuple[str, str], ...] | None] = contextvars.ContextVar(
    "newsarchive_facet_pairs", default=None
)

FacetResults = tuple[list[dict[str, Any]], list[str]]


def set_request(path: str, query_string: bytes) -> None:
    """Remember the filters of a request for the ``articles`` table (else nothing)."""
    from urllib.parse import parse_qsl

    parts = [p for p in path.split("/") if p]
    if len(parts) == 2 and parts[1].split(".")[0] == TABLE:
        PAIRS.set(tuple(parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)))
    else:
        PAIRS.set(None)


def count_answer(conn: Any, sql: str, pairs: tuple[tuple[str, str], ...] | None
                 ) -> int | None:  # fmt: skip
    """The row count of an ``articles`` page with these query-string ``pairs`` (from
    :data:`PAIRS`) from the counts table, if ``sql`` is Datasette's count query and the
    filters allow it."""
    if pairs is None or not sql.startswith(f"select count(*) from {TABLE} "):
        return None
    query = facets.answerable(pairs)
    if query is None or not _has_table(conn):
        return None
    return facets.total(conn, query)


def _has_table(conn: Any) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [facets.TABLE]
    ).fetchone()
    return row is not None


def _column(config: dict[str, Any]) -> str:
    inner = config["config"]
    return str(inner.get("column") or inner["simple"])


def _result(facet: Any, column: str, source: str, rows: list[tuple[Any, int]], size: int,
            arg_name: str, toggle_param: str) -> dict[str, Any]:  # fmt: skip
    pairs = facet.get_querystring_pairs()
    values = []
    for value, count in rows[:size]:
        arg = {arg_name: str(value)}
        selected = (arg_name, str(value)) in pairs
        path = (path_with_removed_args(facet.request, arg) if selected
                else path_with_added_args(facet.request, arg))  # fmt: skip
        values.append({"value": value, "label": value, "count": count,
                       "toggle_url": facet.ds.absolute_url(facet.request, path),
                       "selected": selected})  # fmt: skip
    return {
        "name": column, "type": facet.type, "hideable": source != "metadata",
        "toggle_url": facet.ds.urls.path(
            path_with_removed_args(facet.request, {toggle_param: column})
        ),
        "results": values, "truncated": len(rows) > size,
    }  # fmt: skip


async def from_counts(facet: Any) -> FacetResults | None:
    """Every configured facet of ``facet`` from the counts table, or None if the
    request's filters or facets are not ones it answers."""
    if facet.table != TABLE:
        return None
    configs = facet.get_configs()
    columns = [_column(c) for c in configs]
    list_type = facet.type != "column"
    if any(c not in (facets.LISTS if list_type else facets.COLUMNS) for c in columns):
        return None
    query = facets.answerable(facet.get_querystring_pairs())
    if query is None:
        return None
    size = facet.get_facet_size()

    def read(conn: Any) -> list[list[tuple[Any, int]]] | None:
        if not _has_table(conn):
            return None
        return [facets.counts(conn, query, column, size + 1) for column in columns]

    all_rows = await facet.ds.get_database(facet.database).execute_fn(read)
    if all_rows is None:
        return None
    toggle_param = "_facet" if not list_type else f"_facet_{facet.type}"
    results = [
        _result(facet, column, config["source"], rows, size,
                f"{column}__arraycontains" if list_type else column, toggle_param)
        for column, config, rows in zip(columns, configs, all_rows, strict=True)
    ]  # fmt: skip
    return results, []


#: Facet index names of the ``articles`` columns (serve/facetindex.py).
INDEX_NAMES = {"site": "medium", "year": "jahr", "language": "sprache", "banks": "bank",
               "networks": "netzwerk"}  # fmt: skip
#: The search filter's query-string parameter (plugins/newsarchive_plugin.py).
SEARCH_PARAM = "_suche"


def filter_mask(index: facetindex.FacetIndex, pairs: list[tuple[str, str]]) -> int | None:
    """The articles passing these filters as a bitset of ``index`` (pairs that
    :func:`facets.answerable` accepts; control parameters are skipped), or None."""
    mask = index.all
    for key, value in pairs:
        if key.startswith("_"):
            continue
        column, _, lookup = key.partition("__")
        found = index.values.get(INDEX_NAMES.get(column, ""), {})
        if column in facets.LISTS:
            mask &= found.get(value, 0)
        elif column == "site":
            names = value.split(",") if lookup == "in" else [value]
            mask &= _union(found.get(n, 0) for n in names)
        elif column == "year":
            test = {"": int.__eq__, "exact": int.__eq__, "gt": int.__gt__, "gte": int.__ge__,
                    "lt": int.__lt__, "lte": int.__le__}[lookup]  # fmt: skip
            wanted = int(value)
            mask &= _union(bits for year, bits in found.items()
                           if year.lstrip("-").isdigit() and test(int(year), wanted))  # fmt: skip
        else:
            return None
    return mask


def _union(parts: Any) -> int:
    result = 0
    for bits in parts:
        result |= bits
    return result


def _value(column: str, value: str) -> Any:
    return int(value) if column == "year" and value.lstrip("-").isdigit() else value


async def from_search(facet: Any) -> FacetResults | None:
    """Every configured facet of a ``_suche`` request, counted exactly in the facet
    index, or None (another table, facet or filter; the index not built yet)."""
    pairs = list(facet.get_querystring_pairs())
    texts = [v for k, v in pairs if k == SEARCH_PARAM and v]
    rest = [(k, v) for k, v in pairs if k != SEARCH_PARAM]
    if facet.table != TABLE or len(texts) != 1 or facets.answerable(rest) is None:
        return None
    configs = facet.get_configs()
    columns = [_column(c) for c in configs]
    list_type = facet.type != "column"
    if any(c not in INDEX_NAMES or (c in facets.LISTS) != list_type for c in columns):
        return None
    db = facet.ds.get_database(facet.database)
    index = await desk.facet_index(db, wait=False)  # building: the sample this once
    if index is None:
        return None
    found = await matches.matches(db, texts[0], matches.unranked)
    mask = filter_mask(index, rest)
    if mask is None:
        return None
    mask &= found.bits(index)
    size = facet.get_facet_size()
    toggle_param = "_facet" if not list_type else f"_facet_{facet.type}"
    results = []
    for column, config in zip(columns, configs, strict=True):
        counted = [(_value(column, v), n) for v, n in index.counts(INDEX_NAMES[column], mask) if v]
        counted.sort(key=lambda pair: (-pair[1], str(pair[0])))
        results.append(_result(facet, column, config["source"], counted[: size + 1], size,
                               f"{column}__arraycontains" if list_type else column,
                               toggle_param))  # fmt: skip
    return results, []


def bounded(facet: Any) -> None:
    """Count among the :data:`SAMPLE` newest articles only (the facet's SQL, narrowed):
    the work per facet is bounded whatever the filter matches."""
    low = facet.sql.lower()
    if facet.table == TABLE and " order by " not in low and " limit " not in low:
        facet.na_sample = True
        join = "and" if " where " in low else "where"
        facet.sql = (f"{facet.sql} {join} rowid > (select max(rowid) from {TABLE}) - {SAMPLE} "
                     f"order by rowid desc limit {SAMPLE}")  # fmt: skip


def wrap(original: Callable[[Any], Awaitable[FacetResults]]
         ) -> Callable[[Any], Awaitable[FacetResults]]:  # fmt: skip
    """A facet class's ``facet_results``: counts table first, else bounded."""

    async def facet_results(self: Any) -> FacetResults:
        answer = await from_counts(self)
        if answer is None:
            answer = await from_search(self)
        if answer is not None:
            return answer
        bounded(self)
        results, timed_out = await original(self)
        if getattr(self, "na_sample", False):
            for result in results:
                result["sample"] = SAMPLE
        return results, timed_out

    facet_results.na_wrapped = True  # type: ignore[attr-defined]
    return facet_results


def install(classes: list[type]) -> None:
    """Wrap the ``facet_results`` of these facet classes (once)."""
    for klass in classes:
        current = klass.__dict__.get("facet_results")
        if current is not None and not getattr(current, "na_wrapped", False):
            klass.facet_results = wrap(current)  # type: ignore[attr-defined]
