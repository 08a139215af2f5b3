"""Shared by the facet-count tests: the stored counts must equal a recount."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsarchive.archive import facets, storage

ORDERED = "SELECT * FROM facet_counts ORDER BY 1, 2, 3, 4, 5, 6"


def recount_equals_counts(path: Path) -> list[Any]:
    """The stored counts, after checking nothing is pending and they equal a recount."""
    db = storage.open_db(path)
    counted = db.execute(ORDERED).fetchall()
    assert db.execute("SELECT count(*) FROM facet_counts_pending").fetchone()[0] == 0
    facets.rebuild(db.conn)
    assert counted == db.execute(ORDERED).fetchall()
    db.close()
    return counted
