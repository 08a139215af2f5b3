"""Schema answers cached per database file state, so a page does not send a dozen
introspection queries through the SQL threads (installed by plugins/safety.py).

Under load every statement a page sends costs a round trip through the event loop and
a thread pool: Datasette's article page asks 15 times, 9 of them about the schema (table
exists, primary keys, columns, foreign keys, the table's name in ``sqlite_master``,
``PRAGMA schema_version``). Those answers change only when the database file does, so
they are kept, keyed on the size and time of the file and its WAL (``desk.state``, a
``stat`` call, no SQL): a crawl writing invalidates them, a migration too.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from functools import wraps
from typing import Any

from datasette.database import Results

from newsarchive.serve import desk

#: Datasette ``Database`` methods whose answer depends on the schema only.
METHODS = ("table_exists", "table_names", "table_columns", "table_column_details",
           "primary_keys", "fts_table", "foreign_keys_for_table", "hidden_table_names",
           "view_names", "get_all_foreign_keys", "label_column_for_table")  # fmt: skip
#: Statements (lower case, prefixes) that read the schema only.
SCHEMA_SQL = ("pragma schema_version", "select name from sqlite_master ")
#: Answers kept per database (a new file state starts afresh).
MAX_ENTRIES = 2_000


def _store(db: Any) -> dict[Any, Any]:
    """The database's answers for its current file state."""
    current = desk.state(db)
    store: dict[Any, Any] | None = getattr(db, "_na_schema_cache", None)
    if store is None or store.get("__state__") != current or len(store) > MAX_ENTRIES:
        store = {"__state__": current}
        db._na_schema_cache = store
    return store


def schema_sql(sql: str) -> bool:
    """Is this statement a schema lookup whose result may be kept?"""
    return sql.lstrip().lower().startswith(SCHEMA_SQL)


async def cached(db: Any, key: Any, compute: Callable[[], Awaitable[Any]]) -> Any:
    """The kept answer for ``key``, else ``compute()``'s (then kept)."""
    if getattr(db, "is_memory", False) or not getattr(db, "path", None):
        return await compute()  # an in-memory database has no file state to key on
    store = _store(db)
    if key in store:
        return _copy(store[key])  # callers may change the list or dict they get
    value = await compute()
    _store(db)[key] = _copy(value)
    return value


def _copy(value: Any) -> Any:
    if isinstance(value, Results):  # rows (sqlite3.Row) are read-only
        return Results(list(value.rows), value.truncated, value.description)
    return copy.copy(value)  # a shallow copy: deep copies cost more than the queries


def frozen(params: Any) -> Any:
    """Query parameters as a dictionary key."""
    if isinstance(params, dict):
        return tuple(sorted(params.items()))
    return tuple(params) if params is not None else None


def install(db: Any) -> None:
    """Wrap the schema methods of a Datasette ``Database`` (once)."""
    if getattr(db, "_na_schema_methods", False):
        return
    db._na_schema_methods = True
    for name in METHODS:
        original = getattr(db, name, None)
        if original is not None:
            setattr(db, name, _wrap(db, name, original))


def _wrap(db: Any, name: str, original: Callable[..., Awaitable[Any]]
          ) -> Callable[..., Awaitable[Any]]:  # fmt: skip
    @wraps(original)
    async def method(*args: Any) -> Any:
        return await cached(db, (name, args), lambda: original(*args))

    return method
