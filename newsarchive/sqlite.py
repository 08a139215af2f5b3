"""The SQLite every code path of the project uses, and its per-connection limits.

``pysqlite3`` (the ``pysqlite3-binary`` wheel, a recent SQLite) when it is installed,
otherwise the standard library's ``sqlite3``: the same choice sqlite-utils and Datasette
make, so the crawler's writes, Datasette's reads, our own connections and the tests all
run one SQLite. The German search index needs SQLite 3.43 or newer for a contentless
FTS5 table rows can be deleted from (:data:`CONTENTLESS_DELETE`); older ones keep a
copy of the index terms instead.

Import it as ``from newsarchive.sqlite import sqlite3``.
"""

from __future__ import annotations

import ctypes
import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3
else:
    try:
        import pysqlite3.dbapi2 as sqlite3
    except ImportError:  # pragma: no cover - pysqlite3-binary is declared for Linux x86-64
        import sqlite3

__all__ = ["CONTENTLESS_DELETE", "VERSION", "get_limit", "set_limit", "sqlite3"]

#: The SQLite library version as a tuple, e.g. ``(3, 51, 1)``.
VERSION: tuple[int, ...] = tuple(int(p) for p in sqlite3.sqlite_version.split("."))
#: Contentless FTS5 tables that support DELETE (``contentless_delete=1``): SQLite 3.43+.
CONTENTLESS_DELETE = VERSION >= (3, 43, 0)

#: ``sqlite3_limit`` categories (sqlite3.h).
LIMIT_LENGTH = 0
LIMIT_SQL_LENGTH = 1
LIMIT_COLUMN = 2
LIMIT_LIKE_PATTERN_LENGTH = 8


@functools.cache
def _library() -> Any:
    """pysqlite3's C extension, which links SQLite statically and exports its API (for
    ``sqlite3_limit``: pysqlite3's connections lack ``setlimit``)."""
    import pysqlite3._sqlite3 as binary  # type: ignore[import-untyped]

    library = ctypes.CDLL(binary.__file__)
    library.sqlite3_limit.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
    library.sqlite3_limit.restype = ctypes.c_int
    library.sqlite3_total_changes.argtypes = [ctypes.c_void_p]
    library.sqlite3_total_changes.restype = ctypes.c_int
    return library


def _handle(conn: Any) -> int:
    """The ``sqlite3*`` of a pysqlite3 connection: the first field after the object header
    (``PyObject_HEAD; sqlite3 *db;``), checked against the connection's change counter."""
    pointer = ctypes.c_void_p.from_address(id(conn) + ctypes.sizeof(ctypes.c_void_p) * 2).value
    if not pointer:
        raise RuntimeError("SQLite connection is closed")
    if _library().sqlite3_total_changes(pointer) != conn.total_changes:
        raise RuntimeError("cannot reach the SQLite handle of this connection")
    return int(pointer)


def get_limit(conn: Any, category: int) -> int:
    """The connection's current ``sqlite3_limit`` for ``category``."""
    if hasattr(conn, "getlimit"):
        return int(conn.getlimit(category))
    return int(_library().sqlite3_limit(_handle(conn), category, -1))


def set_limit(conn: Any, category: int, value: int) -> int:
    """Set a ``sqlite3_limit`` (``Connection.setlimit`` where the module has it); returns
    the previous value."""
    if hasattr(conn, "setlimit"):
        return int(conn.setlimit(category, value))
    return int(_library().sqlite3_limit(_handle(conn), category, value))
