"""The rows the archive writes: column lists, text cleaning and the upsert statements.

Every kind of row (article, copy, failure, skipped page) is a dict built from an item and
written through a column list of :data:`TABLES`. To store a new column, add it to the
table's list (and a migration that adds it): the statements follow.

Text is cleaned when a row is built, before it is queued: a lone surrogate ("\\ud800",
which UTF-8 cannot encode) becomes U+FFFD and control characters other than tab and
line breaks are removed, so one hostile string cannot make a batch fail.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any

from newsarchive.archive.search_index import search_row
from newsarchive.items import WARC_FIELDS, ArticleItem, FailureItem, warc_fields
from newsarchive.sqlite import sqlite3
from newsarchive.urls import normalize_url

#: ``articles`` columns holding lists or objects, stored as JSON text.
JSON_COLUMNS = ("authors", "agencies", "tags", "banks", "networks", "evidence")

ARTICLE_COLUMNS = (
    "url", "site", "fetched_url", "listed_url", "title", "lead", "body", "authors",
    "agencies", "published", "modified", "year", "month", "language", "section", "tags",
    "site_name", "top_image", "paywalled", "word_count", "source", "fetched_at",
    "content_hash", "archive_url", "archived_at", "relevance", "banks", "networks", "evidence",
    *WARC_FIELDS,
)  # fmt: skip
COPY_COLUMNS = ("url", "site", "original_url", "title", "source", "similarity", "published",
                "fetched_at", *WARC_FIELDS)  # fmt: skip
FAILURE_COLUMNS = ("url", "stage", "site", "reason", "detail", "crawl_id", "recorded_at",
                   *WARC_FIELDS)  # fmt: skip
SKIPPED_COLUMNS = ("url", "site", "title", "relevance", "reason", "detail", "crawl_id",
                   "recorded_at", *WARC_FIELDS)  # fmt: skip

#: Table → (columns written, primary key).
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "articles": (ARTICLE_COLUMNS, ("url",)),
    "copies": (COPY_COLUMNS, ("url",)),
    "failures": (FAILURE_COLUMNS, ("url", "stage")),
    "skipped": (SKIPPED_COLUMNS, ("url",)),
}

#: Characters no stored text keeps: C0 controls except tab, LF and CR; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Surrogate code points: alone (always, in a Python ``str``) they cannot be encoded.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(value: str) -> str:
    """``value`` without control characters, lone surrogates replaced by U+FFFD."""
    if not _BAD.search(value):
        return value
    return _CONTROL.sub("", _SURROGATE.sub("\ufffd", value))


def clean_row(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with every string cleaned (:func:`clean_text`), in place; returned."""
    texts = [value for value in row.values() if isinstance(value, str)]
    if _BAD.search("".join(texts)):
        for key, value in row.items():
            if isinstance(value, str):
                row[key] = clean_text(value)
    return row


def upsert_sql(table: str) -> str:
    """``INSERT … ON CONFLICT DO UPDATE`` for the columns of :data:`TABLES`: an existing
    row keeps its rowid (the search index refers to it) and gets the new values."""
    columns, pk = TABLES[table]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in pk)
    keys = ", ".join(f'"{c}"' for c in pk)
    return (f'INSERT INTO "{table}" ({names}) VALUES ({marks}) '
            f"ON CONFLICT ({keys}) DO UPDATE SET {updates}")  # fmt: skip


def values(table: str, row: dict[str, Any]) -> tuple[Any, ...]:
    """The row's values in the order of the table's columns (missing ones ``None``)."""
    return tuple(map(row.get, TABLES[table][0]))


#: Item fields stored in ``articles`` (the others are for the store stage itself).
_ITEM_FIELDS = tuple(f.name for f in fields(ArticleItem) if f.name not in
                     {"original_url", "similarity", "demote_url", "fingerprints"})  # fmt: skip
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _to_json(value: Any) -> str:
    """``value`` as JSON text, as ``json.dumps(value, ensure_ascii=False)`` writes it; a
    list of strings (authors, banks, ...) without the encoder's set-up per call (a
    third of its time for the short lists of an article)."""
    if type(value) is list and all(type(v) is str for v in value):
        return f"[{', '.join(map(encode_basestring, value))}]"
    return _encode(value)


def article_row(item: ArticleItem) -> dict[str, Any]:
    """The ``articles`` row for an item: lists as JSON, year and month derived, cleaned."""
    row = {name: getattr(item, name) for name in _ITEM_FIELDS}
    for key in JSON_COLUMNS:
        row[key] = _to_json(row[key]) if row[key] else "[]"
    row["paywalled"] = int(bool(row["paywalled"]))
    published = item.published or ""
    row["year"] = int(published[:4]) if published[:4].isdigit() else None
    row["month"] = published[:7] if len(published) >= 7 else None
    return clean_row(row)


def copy_row(item: ArticleItem) -> dict[str, Any]:
    """The ``copies`` row for an article found to be a copy of ``item.original_url``."""
    return clean_row({
        "url": item.url, "site": item.site, "original_url": item.original_url,
        "title": item.title, "source": item.source, "similarity": item.similarity,
        "published": item.published, "fetched_at": item.fetched_at, **warc_fields(item),
    })  # fmt: skip


def failure_row(failure: FailureItem, crawl_id: int | None, now: str) -> dict[str, Any]:
    """The ``failures`` row for a failure item."""
    return clean_row({**asdict(failure), "crawl_id": crawl_id, "recorded_at": now})


def error_reason(error: BaseException) -> str:
    """A failure reason for an exception: ``UnicodeEncodeError`` → ``unicode-encode-error``."""
    name = type(error).__name__
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "-", name).lower()


#: Words of SQLite errors about the database rather than a row: writing waits (rows stay
#: queued) instead of recording the rows as failures.
_DATABASE_TROUBLE = ("locked", "busy", "disk", "readonly", "read-only", "unable to open",
                     "malformed", "not a database", "no such table", "interrupted")  # fmt: skip


def database_error(error: Exception) -> bool:
    """Whether ``error`` concerns the database (locked, full, unreadable), not one row."""
    message = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and any(
        w in message for w in _DATABASE_TROUBLE
    )


# --- known URLs ----------------------------------------------------------------------

#: URLs :func:`normalize_url` leaves as they are: https, a lower-case host, a plain path
#: (no ``//``, ``;``, dot segments or percent escapes), no query, no fragment.
_SEGMENT = r"[A-Za-z0-9_~!$&'()*+,=:@-][A-Za-z0-9._~!$&'()*+,=:@-]*"
_NORMAL = re.compile(rf"https://[a-z0-9-]+(?:\.[a-z0-9-]+)+/(?:{_SEGMENT}(?:/{_SEGMENT})*/?)?")


@lru_cache(maxsize=4096)
def url_key(url: str) -> int:
    """The key of a URL in ``known_urls``: a signed 64-bit hash of its normalised form
    (``http://WWW.x.de/a#b`` and ``https://www.x.de/a`` have the same key)."""
    normal = url if _NORMAL.fullmatch(url) else normalize_url(url)
    digest = hashlib.blake2b(normal.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


# --- batches -------------------------------------------------------------------------


@dataclass
class Queued:
    """An article (or copy) waiting for its batch: its row, cleaned, and what goes with it."""

    table: str  #: ``articles`` or ``copies``
    row: dict[str, Any]
    demote_url: str | None = None
    similarity: float | None = None
    fingerprints: list[int] = field(default_factory=list)
    banks: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    keys: set[int] = field(default_factory=set)  #: ``known_urls`` keys of its addresses
    url: str = field(init=False)
    #: An article's German search-index columns, analysed when it is queued (so a bulk
    #: batch's analysis runs while the batch before it commits); None: at its write.
    search: tuple[str, ...] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.url = str(self.row["url"])
        if self.table == "articles":
            with suppress(Exception):  # (analysed again in its batch: a failure row there)
                self.search = self.analysed()

    def analysed(self) -> tuple[str, ...]:
        """The article's ``articles_search`` columns (:func:`search_index.search_row`)."""
        if self.search is not None:
            return self.search
        row = self.row
        return tuple(search_row(row["title"], row["lead"], row["body"]).values())


#: A batch: articles and copies in arrival order, failures, skipped pages.
Batch = tuple[list[Queued], list[dict[str, Any]], list[dict[str, Any]]]


def segments(queued: list[Queued]) -> Iterator[list[Queued]]:
    """The queue cut where order matters: before an article that demotes another and
    before a second row for the same URL; each piece can be written table by table."""
    segment: list[Queued] = []
    urls: set[str] = set()
    for q in queued:
        if segment and (q.demote_url or q.url in urls):
            yield segment
            segment, urls = [], set()
        segment.append(q)
        urls.add(q.url)
    if segment:
        yield segment
