"""The archive's side of re-extraction: which rows to read again, moving rows between
tables, comparing old and new rows, and remembering how far a run got.

``newsarchive reextract`` (``newsarchive.crawl.reextract``) stores each page again
through the normal store stage; what is left is done here, inside the same transaction
as the batch (``Archive.commit_hooks``): the old row is retired when the page now lands
in another table or under another address, and the run's position and summary are
saved, so an interrupted run resumes where its last batch committed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from newsarchive.archive import search
from newsarchive.archive.dedupe import DuplicateIndex
from newsarchive.archive.migrations import utcnow
from newsarchive.archive.rows import JSON_COLUMNS, clean_row

#: Tables whose rows point at a page in the WARC files (failures: extraction only; a
#: fetch failure has no page to extract).
ROW_TABLES = ("articles", "copies", "skipped", "failures")
#: ``articles`` fields compared between the old and the new row (``year``, ``month`` and
#: ``content_hash`` follow from these; ``evidence`` from relevance, banks and networks).
COMPARED = ("url", "title", "lead", "body", "authors", "agencies", "published", "modified",
            "language", "section", "tags", "site_name", "top_image", "paywalled",
            "word_count", "source", "relevance", "banks", "networks")  # fmt: skip
#: Rows read per query (the run streams through the tables in WARC order).
PAGE_ROWS = 500


@dataclass(frozen=True)
class StoredRow:
    """A row whose page is read again."""

    table: str
    url: str
    site: str
    warc_file: str
    warc_offset: int
    source_archive: str | None
    data: dict[str, Any] = field(hash=False, compare=False)
    #: the page's stored verdict (``page_verdicts``): its inputs' key, the packed verdict
    verdict: tuple[str, bytes] | None = field(default=None, hash=False, compare=False)

    @property
    def position(self) -> tuple[str, int]:
        return (self.warc_file, self.warc_offset)


def _selection(site: str | None, since: str | None) -> tuple[str, list[Any]]:
    parts, params = [], []
    for table in ROW_TABLES:
        where = ["warc_file IS NOT NULL", "warc_offset IS NOT NULL"]
        if table == "failures":
            where.append("stage = 'extract'")
        if site:
            where.append("site = ?")
            params.append(site)
        if since:
            moment = "fetched_at" if table in ("articles", "copies") else "recorded_at"
            where.append(f"{moment} >= ?")
            params.append(since)
        parts.append(f"SELECT '{table}' AS tbl, url, site, warc_file, warc_offset, "
                     f"source_archive FROM {table} WHERE {' AND '.join(where)}")  # fmt: skip
    return " UNION ALL ".join(parts), params


def count_rows(db: sqlite_utils.Database, site: str | None, since: str | None) -> int:
    """How many rows a run with these options reads (positions counted once)."""
    sql, params = _selection(site, since)
    row = db.execute(f"SELECT count(*) FROM (SELECT DISTINCT warc_file, warc_offset "
                     f"FROM ({sql}))", params).fetchone()  # fmt: skip
    return int(row[0])


def iter_rows(db: sqlite_utils.Database, site: str | None, since: str | None,
              after: tuple[str, int] | None = None) -> Iterator[StoredRow]:  # fmt: skip
    """The rows to read again in WARC order (file, offset), each page once, after the
    position ``after``; read in pages so no read transaction stays open."""
    sql, params = _selection(site, since)
    last = after
    while True:
        cond, extra = ("", [])
        if last is not None:
            cond, extra = "WHERE (warc_file, warc_offset) > (?, ?)", [last[0], last[1]]
        rows = db.execute(f"SELECT * FROM ({sql}) {cond} ORDER BY warc_file, warc_offset, tbl "
                          f"LIMIT {PAGE_ROWS}", [*params, *extra]).fetchall()  # fmt: skip
        if not rows:
            return
        seen = None
        stored = rows_data(db, [(table, url) for table, url, *_ in rows])
        verdicts = page_verdicts(db, [(str(r[3]), int(r[4])) for r in rows])
        for table, url, row_site, warc_file, offset, source in rows:
            if (warc_file, offset) == seen:
                continue
            seen = (warc_file, offset)
            data = stored.get((table, url), {})
            yield StoredRow(table, url, row_site, warc_file, int(offset), source, data,
                            verdicts.get((warc_file, int(offset))))  # fmt: skip
        last = seen


def page_verdicts(db: sqlite_utils.Database, positions: list[tuple[str, int]]
                  ) -> dict[tuple[str, int], tuple[str, bytes]]:  # fmt: skip
    """The stored verdicts (input key, packed verdict) of pages at these WARC positions, one query
    per WARC file (over the range of offsets asked for)."""
    spans: dict[str, list[int]] = {}
    for warc_file, offset in positions:
        spans.setdefault(warc_file, []).append(offset)
    found: dict[tuple[str, int], tuple[str, bytes]] = {}
    for warc_file, offsets in spans.items():
        wanted = set(offsets)
        for offset, key, verdict in db.execute(
            "SELECT warc_offset, input_key, verdict FROM page_verdicts WHERE warc_file = ? "
            "AND warc_offset BETWEEN ? AND ?", [warc_file, min(offsets), max(offsets)],
        ):  # fmt: skip
            if offset in wanted:
                found[(warc_file, int(offset))] = (str(key), bytes(verdict))
    return found


def rows_data(db: sqlite_utils.Database, keys: list[tuple[str, str]]
              ) -> dict[tuple[str, str], dict[str, Any]]:  # fmt: skip
    """The stored rows of (table, URL) pairs (for the comparison with their new
    versions), one query per table; for ``failures`` the extraction failure."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for table in ROW_TABLES:
        urls = sorted({url for name, url in keys if name == table})
        if not urls:
            continue
        where = " AND stage = 'extract'" if table == "failures" else ""
        cursor = db.execute(f"SELECT * FROM {table} WHERE url IN (SELECT value FROM "
                            f"json_each(?)){where}", [json.dumps(urls)])  # fmt: skip
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            found.setdefault((table, row["url"]), row)
    return found


#: Fields compared for the other tables.
COMPARED_IN = {"articles": COMPARED,
               "copies": ("url", "original_url", "title", "source", "published", "similarity"),
               "skipped": ("url", "title", "relevance", "reason"),
               "failures": ("url", "reason")}  # fmt: skip


_to_json = json.JSONEncoder(ensure_ascii=False).encode
#: The compared ``articles`` fields stored as JSON lists.
_COMPARED_JSON = tuple(name for name in COMPARED if name in JSON_COLUMNS)


def compared_article(item: Any) -> dict[str, Any]:
    """The compared fields of an article's row, as :func:`newsarchive.archive.rows.article_row`
    stores them, and nothing else (its evidence, a long list never compared, is not
    turned into JSON for every page read again)."""
    row = {name: getattr(item, name) for name in COMPARED}
    for key in _COMPARED_JSON:
        row[key] = _to_json(row[key]) if row[key] else "[]"
    row["paywalled"] = int(bool(row["paywalled"]))
    return clean_row(row)


def _value(value: Any) -> Any:
    return None if value in ("", None) else value


def changed_fields(old: dict[str, Any], new: dict[str, Any], table: str = "articles") -> list[str]:
    """The compared fields of ``table`` whose values differ (floats to 1e-9)."""
    out = []
    for name in COMPARED_IN.get(table, COMPARED):
        a, b = _value(old.get(name)), _value(new.get(name))
        if isinstance(a, float) and isinstance(b, float):
            if abs(a - b) > 1e-9:
                out.append(name)
        elif a != b:
            out.append(name)
    return out


def retire(db: sqlite_utils.Database, table: str, url: str, replaced_by: str | None = None,
           stage: str | None = None) -> None:  # fmt: skip
    """Delete a row whose page now lives elsewhere; an article's copies follow the
    article that replaced it (``replaced_by``)."""
    if table == "articles":
        if replaced_by:
            db.execute("UPDATE copies SET original_url = ? WHERE original_url = ?",
                       [replaced_by, url])  # fmt: skip
        for link in ("article_banks", "article_networks"):
            db.execute(f"DELETE FROM {link} WHERE article_url = ?", [url])
        rowids = [r[0] for r in db.execute("SELECT rowid FROM articles WHERE url = ?", [url])]
        DuplicateIndex(db.conn).remove(rowids)
        search.unindex_article(db.conn, url)
        db.execute("DELETE FROM articles WHERE url = ?", [url])
    elif table == "failures":
        db.execute("DELETE FROM failures WHERE url = ? AND stage = ?", [url, stage or "extract"])
    else:
        db.execute(f"DELETE FROM {table} WHERE url = ?", [url])


@dataclass
class Summary:
    """What a run changed: per field, per kind of move, per site."""

    rows: int = 0  #: rows read again
    unchanged: int = 0
    changed: int = 0  #: rows that stayed in their table with different fields
    moved: Counter[str] = field(default_factory=Counter)  #: ``skipped → articles`` ...
    failed_now: int = 0  #: pages that no longer extract (their old row is kept)
    unreadable: int = 0  #: pages whose WARC record could not be read (row kept)
    fields: Counter[str] = field(default_factory=Counter)
    sites: dict[str, Counter[str]] = field(default_factory=dict)

    def note(self, site: str, what: str) -> None:
        self.sites.setdefault(site, Counter())[what] += 1

    def as_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "unchanged": self.unchanged, "changed": self.changed,
                "moved": dict(self.moved), "failed_now": self.failed_now,
                "unreadable": self.unreadable, "fields": dict(self.fields),
                "sites": {k: dict(v) for k, v in sorted(self.sites.items())}}  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        return cls(int(data.get("rows", 0)), int(data.get("unchanged", 0)),
                   int(data.get("changed", 0)), Counter(data.get("moved") or {}),
                   int(data.get("failed_now", 0)), int(data.get("unreadable", 0)),
                   Counter(data.get("fields") or {}),
                   {k: Counter(v) for k, v in (data.get("sites") or {}).items()})  # fmt: skip


def open_run(db: sqlite_utils.Database, options: dict[str, Any], total: int,
             restart: bool = False) -> tuple[int, tuple[str, int] | None, Summary]:  # fmt: skip
    """The unfinished run with these options (resumed: its position and summary so far)
    or a new one; returns (run id, position, summary)."""
    key = json.dumps(options, sort_keys=True)
    found = db.execute(
        "SELECT id, position, summary FROM reextract_runs WHERE options = ? "
        "AND finished_at IS NULL ORDER BY id DESC LIMIT 1", [key],
    ).fetchone()  # fmt: skip
    if found and not restart:
        position = json.loads(found[1]) if found[1] else None
        summary = Summary.from_dict(json.loads(found[2] or "{}"))
        where = (str(position[0]), int(position[1])) if position else None
        return int(found[0]), where, summary
    with db.conn:
        if found:
            db.execute("UPDATE reextract_runs SET finished_at = ? WHERE id = ?",
                       [utcnow(), found[0]])  # fmt: skip
        cursor = db.execute(
            "INSERT INTO reextract_runs (options, started_at, done, total, summary) "
            "VALUES (?, ?, 0, ?, '{}')", [key, utcnow(), total],
        )  # fmt: skip
    return int(cursor.lastrowid or 0), None, Summary()


def save_run(db: sqlite_utils.Database, run_id: int, position: tuple[str, int] | None,
             done: int, summary: Summary, finished: bool = False) -> None:  # fmt: skip
    """Record how far a run got (inside the caller's transaction)."""
    db.execute("UPDATE reextract_runs SET position = ?, done = ?, summary = ?, "
               "finished_at = ? WHERE id = ?",
               [json.dumps(position) if position else None, done,
                json.dumps(summary.as_dict(), ensure_ascii=False),
                utcnow() if finished else None, run_id])  # fmt: skip
