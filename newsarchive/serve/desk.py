"""What the journalist's pages ask the archive, shared by the plugin modules: outlet
names, the archive's size and newest articles, entity pages (bank, network), the first
articles per bank and network, with a small cache of counts per database state.

All functions take a Datasette ``Database`` and run read-only SQL through it (so the
time limits apply); values from users are always parameters.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections import OrderedDict
from typing import Any

from datasette.utils.asgi import NotFound

from newsarchive.serve import charts, facetindex, present, termscores

#: Entity pages: kind -> (link table, its name column, the other link table and column,
#: German singular, German plural of the other kind).
ENTITIES = {
    "bank": ("article_banks", "bank", "article_networks", "network", "Bank", "Netzwerke"),
    "netzwerk": ("article_networks", "network", "article_banks", "bank", "Netzwerk", "Banken"),
}
LATEST = 10

_cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
CACHE_SIZE = 512
#: Archives up to this size get their facet index built before the first page is
#: answered; larger ones build it in the background and use SQL meanwhile.
BUILD_INLINE_BELOW = 50_000

#: False: count with SQL only (the tests compare both ways).
USE_INDEX = True
_indexes: dict[str, facetindex.FacetIndex] = {}
_building: dict[str, asyncio.Task[None]] = {}


async def facet_index(db: Any, wait: bool = True) -> facetindex.FacetIndex | None:
    """The database's facet index, or None while the first one is being built. A changed
    archive is rebuilt in the background at most every ``REFRESH_SECONDS`` (and ten
    times the last build's duration: ``FacetIndex.stale_after``). ``wait=False``: never
    wait for the first build, even of a small archive."""
    if not USE_INDEX:
        return None
    current = state(db)
    key = str(db.path or db.name)
    index = _indexes.get(key)
    if index is not None and (
        index.state == current or time.monotonic() - index.built < index.stale_after()
    ):
        if index.state == current:  # the archive is at rest: prepare the broad words
            termscores.start(db, current)
        return index  # fmt: skip
    if key not in _building:
        task = asyncio.get_running_loop().create_task(_build(db, key, current))
        _building[key] = task
        if index is None and wait:
            count = (await db.execute("select max(rowid) as n from articles")).first()
            if not count or (count["n"] or 0) < BUILD_INLINE_BELOW:
                await task
    return _indexes.get(key)


async def _build(db: Any, key: str, current: tuple[Any, ...]) -> None:
    try:
        columns = await article_columns(db)
        now = time.monotonic()
        index = await db.execute_fn(lambda conn: facetindex.build(conn, columns, current, now))
        index.took = time.monotonic() - now
        _indexes[key] = index
    finally:
        _building.pop(key, None)


def state(db: Any) -> tuple[Any, ...]:
    """The database file's state (size and time of the file and its WAL): cached counts
    are valid while it stays the same."""
    path = getattr(db, "path", None)
    if not path:
        return (id(db),)
    result: list[Any] = [db.name, path]
    for suffix in ("", "-wal"):
        try:
            info = os.stat(f"{path}{suffix}")
            result += [info.st_size, info.st_mtime_ns]
        except OSError:
            result.append(None)
    return tuple(result)


def cache_get(key: tuple[Any, ...]) -> Any:
    """A cached value or None."""
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    return None


def cache_put(key: tuple[Any, ...], value: Any) -> Any:
    """Store ``value`` (the least recently used entries go first)."""
    _cache[key] = value
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return value


async def media_names(db: Any) -> dict[str, str]:
    """Site slug -> the outlet's proper name (empty when the table is missing)."""
    key = ("media", state(db))
    cached = cache_get(key)
    if cached is not None:
        return dict(cached)
    names: dict[str, str] = {}
    if await db.table_exists("media"):
        names = {r["slug"]: r["name"] for r in (await db.execute("select slug, name from media"))}
    return dict(cache_put(key, names))


async def article_columns(db: Any) -> set[str]:
    """The columns of ``articles``."""
    return set(await db.table_columns("articles"))


async def article_rows(db: Any, rowids: list[int]) -> list[dict[str, Any]]:
    """The ``articles`` rows with these rowids, in that order."""
    if not rowids:
        return []
    marks = ", ".join("?" for _ in rowids)
    rows = await db.execute(f"select rowid as id, * from articles where rowid in ({marks})",
                            rowids)  # fmt: skip
    by_id = {r["id"]: dict(r) for r in rows}
    return [by_id[i] for i in rowids if i in by_id]


def listing(row: dict[str, Any], media: dict[str, str], urls: dict[str, Any]) -> dict[str, Any]:
    """One article as a line of a list (no HTML)."""
    kind, _ = present.provenance(row)
    return {
        "title": row.get("title") or "(ohne Titel)",
        "href": urls["row"](row["url"]),
        "url": row.get("url") or "",
        "outlet": present.outlet_name(row, media),
        "site": row.get("site") or "",
        "date": present.german_date(row.get("published")),
        "published": row.get("published") or "",
        "banks": present.json_list(row.get("banks")),
        "networks": present.json_list(row.get("networks")),
        "kind": kind,
    }


async def overview(db: Any) -> dict[str, Any]:
    """The archive's size for the start page (cached per database state)."""
    key = ("overview", state(db))
    cached = cache_get(key)
    if cached is not None:
        return dict(cached)
    one = (await db.execute(
        "select (select count(*) from articles) as articles, "
        "(select count(distinct site) from articles) as media, "
        "(select min(published) from articles) as first, "
        "(select max(published) from articles) as last, "
        "(select count(*) from banks) as banks, (select count(*) from networks) as networks, "
        "(select count(*) from copies) as copies"
    )).first()  # fmt: skip
    data = dict(one) if one else {}
    data["first_date"] = present.german_date(data.get("first"))
    data["last_date"] = present.german_date(data.get("last"))
    return dict(cache_put(key, data))


async def newest(db: Any, limit: int = LATEST, where: str = "", params: Any = None
                 ) -> list[dict[str, Any]]:  # fmt: skip
    """The rowids' rows of the newest articles (optionally filtered)."""
    rows = await db.execute(
        f"select a.rowid as id from articles a {where} order by a.published desc limit {limit}",
        params or {},
    )
    return await article_rows(db, [r["id"] for r in rows])


def _entity_from_index(index: facetindex.FacetIndex, kind: str, name: str
                       ) -> dict[str, Any] | None:  # fmt: skip
    other = "netzwerk" if kind == "bank" else "bank"
    bits = index.values[kind].get(name, 0)
    if not bits:
        return None
    rows = [{"monat": m, "artikel": n} for m, b in index.months.items()
            if (n := (bits & b).bit_count())]  # fmt: skip
    together: list[dict[str, Any]] = []
    for value, other_bits in index.values[other].items():
        both = bits & other_bits
        if both:
            first = index.oldest(both)
            together.append({"name": value, "n": both.bit_count(), "first_id": first,
                             "first": index.day(first) if first else None})  # fmt: skip
    together.sort(key=lambda r: (-r["n"], r["name"]))
    return {"name": name, "count": bits.bit_count(), "series": charts.monthly_series(rows),
            "together": together, "latest": index.page(bits, 0, LATEST)}  # fmt: skip


async def entity_page(db: Any, kind: str, name: str) -> dict[str, Any] | None:
    """A bank's or network's page: articles per month, the first article naming each
    network (bank), which networks (banks) are named together, and counts."""
    index = await facet_index(db)
    if index is not None:
        return _entity_from_index(index, kind, name)
    link, column, other, other_column, _, _ = ENTITIES[kind]
    key = ("entity", kind, name, state(db))
    cached = cache_get(key)
    if cached is not None:
        return dict(cached)
    total = (await db.execute(f"select count(*) as n from {link} where {column} = :name",
                              {"name": name})).first()  # fmt: skip
    if not total or not total["n"]:
        return None
    months = await db.execute(
        f"select a.month as monat, count(*) as artikel from {link} l "
        f"join articles a on a.url = l.article_url where l.{column} = :name "
        "and a.month is not null group by a.month", {"name": name})  # fmt: skip
    together = await db.execute(
        f"select o.{other_column} as name, count(*) as n, min(a.published) as first, "
        "a.rowid as first_id "
        f"from {link} l join {other} o on o.article_url = l.article_url "
        f"join articles a on a.url = l.article_url where l.{column} = :name "
        f"group by o.{other_column} order by n desc, name", {"name": name})  # fmt: skip
    series = charts.monthly_series([dict(r) for r in months])
    data = {
        "name": name,
        "count": total["n"],
        "series": series,
        "together": [dict(r) for r in together],
    }
    return dict(cache_put(key, data))


async def entity_names(db: Any, kind: str) -> list[dict[str, Any]]:
    """Every bank (network) with its number of articles and first and last date."""
    index = await facet_index(db)
    if index is not None:
        found = []
        for name, bits in index.values[kind].items():
            newest = index.page(bits, 0, 1)
            oldest = index.oldest(bits)
            found.append({"name": name, "n": bits.bit_count(),
                          "first": index.day(oldest) if oldest else None,
                          "last": index.day(newest[0]) if newest else None})  # fmt: skip
        return sorted(found, key=lambda r: (-r["n"], r["name"]))
    link, column = ENTITIES[kind][:2]
    key = ("entities", kind, state(db))
    cached = cache_get(key)
    if cached is not None:
        return list(cached)
    rows = await db.execute(
        f"select l.{column} as name, count(*) as n, min(a.published) as first, "
        f"max(a.published) as last from {link} l join articles a on a.url = l.article_url "
        f"group by l.{column} order by n desc, name")  # fmt: skip
    return list(cache_put(key, [dict(r) for r in rows]))


async def first_articles(db: Any, bank: str = "", network: str = "") -> list[dict[str, Any]]:
    """The first article per bank × network, oldest first (optionally for one bank or
    network)."""
    index = await facet_index(db)
    if index is not None:
        pairs = []
        for b, b_bits in index.values["bank"].items():
            for n, n_bits in index.values["netzwerk"].items():
                first = index.oldest(b_bits & n_bits)
                if first and (not bank or b == bank) and (not network or n == network):
                    pairs.append({"bank": b, "network": n, "first": index.day(first), "id": first})
        return sorted(pairs, key=lambda r: (r["first"], r["bank"], r["network"]))
    key = ("first", bank, network, state(db))
    cached = cache_get(key)
    if cached is not None:
        return list(cached)
    clauses, params = ["a.published is not null"], {}
    if bank:
        clauses.append("b.bank = :bank")
        params["bank"] = bank
    if network:
        clauses.append("n.network = :network")
        params["network"] = network
    rows = await db.execute(
        "select b.bank as bank, n.network as network, min(a.published) as first, "
        "a.rowid as id from article_banks b "
        "join article_networks n on n.article_url = b.article_url "
        "join articles a on a.url = b.article_url where " + " and ".join(clauses) + " "
        "group by b.bank, n.network order by first, bank, network", params)  # fmt: skip
    return list(cache_put(key, [dict(r) for r in rows]))


async def archive_database(datasette: Any, request: Any) -> Any:
    """The request's database (``database`` in the route); a German 404 if it is unknown
    or holds no articles."""
    database = request.url_vars["database"]
    try:
        db = datasette.get_database(database)
    except KeyError:
        raise NotFound(f"Keine Datenbank „{database}“.") from None
    if not await db.table_exists("articles"):
        raise NotFound(f"„{database}“ enthält keine Artikel.")
    return db
