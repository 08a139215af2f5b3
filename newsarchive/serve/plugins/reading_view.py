"""The reading view ``/<db>/artikel``: search and browse in one list, with facets,
chips, pages, sort, date range, and exports of exactly the rows shown
(``artikel.csv``, ``artikel.json``, ``artikel.atom``). SQL in newsarchive.serve.reading."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup

from newsarchive.archive import search
from newsarchive.serve import atom, desk, facetindex, matches, present, reading, termscores

EXCERPT_WORDS = 40
TOO_LONG = "Die Abfrage dauerte zu lange. Bitte die Suche eingrenzen."
EXPORT_COLUMNS = ("titel", "medium", "datum", "banken", "netzwerke", "auszug", "quelle",
                  "url", "archivseite", "zitat")  # fmt: skip


@hookimpl
def register_routes() -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
    """The reading view and its exports."""
    return [(r"^/(?P<database>[^/]+)/artikel(?P<format>\.(csv|json|atom))?$", artikel)]


async def artikel(datasette: Any, request: Any) -> Response:
    """The reading view (HTML) or one of its exports."""
    database = request.url_vars["database"]
    db = await desk.archive_database(datasette, request)
    try:
        sel = reading.parse(request.args)
        result = await run(datasette, db, sel)
    except reading.BadRequest as error:
        return await german_400(datasette, request, str(error))
    pages = max(1, -(-result["total"] // reading.PAGE_SIZE))
    if sel.page > pages and not result["timed_out"]:
        found = "eine Seite" if pages == 1 else f"{present.german_number(pages)} Seiten"
        message = f"Seite {sel.page} gibt es nicht: diese Auswahl hat {found}."
        return await german_400(datasette, request, message, status=404)
    fmt = (request.url_vars.get("format") or "").lstrip(".")
    base = datasette.urls.database(database) + "/artikel"
    if fmt:
        return export(datasette, request, fmt, sel, result, base)
    context = page_context(sel, result, base)
    context["database"] = database
    html = await datasette.render_template(
        "artikel.html", context, request=request, view_name="artikel"
    )
    # counted from the facet index, or with SQL while the index is being built
    headers = {"x-newsarchive-facets": "index" if result["indexed"] else "sql",
               "x-newsarchive-search": termscores.status(db, desk.state(db))}  # fmt: skip
    return Response.html(html, headers=headers)


async def german_400(datasette: Any, request: Any, message: str,
                     status: int = 400) -> Response:  # fmt: skip
    """The error page with our own German message (status 400, or 404 for a page past
    the last)."""
    context = {"ok": False, "error": message, "status": status, "title": None}
    if request.path.endswith(".json"):
        title = "Nicht gefunden" if status == 404 else "Ungültige Anfrage"
        return Response.json({**context, "title": title}, status=status)
    html = await datasette.render_template("error.html", context, request=request)
    return Response.html(html, status=status)


async def run(datasette: Any, db: Any, sel: reading.Selection) -> dict[str, Any]:
    """Hit count, facets and the page's articles for a selection."""
    columns = await desk.article_columns(db)
    media = await desk.media_names(db)
    index = await desk.facet_index(db)
    if index is not None:
        counted, ids = await _with_index(db, index, sel, media)
    else:
        key = ("artikel", sel.key(), desk.state(db))
        counted = desk.cache_get(key)
        if counted is None:
            counted = await _count(datasette, db, sel, columns, media)
            if not counted["timed_out"]:
                desk.cache_put(key, counted)
        sql, params = reading.page_sql(sel, columns)
        try:
            ids = [r["id"] for r in await db.execute(sql, params)]
        except QueryInterrupted:
            raise reading.BadRequest(TOO_LONG) from None
    rows = await desk.article_rows(db, ids)
    urls = {"row": lambda url: datasette.urls.row(db.name, "articles", tilde_encode(url))}
    articles = []
    for row in rows:
        item = desk.listing(row, media, urls)
        text = (row.get("lead") or "") + "\n" + (row.get("body") or "")
        if sel.text:
            item["excerpt"] = search.snippet(text, sel.text, EXCERPT_WORDS)
        else:
            item["excerpt"] = " ".join((row.get("lead") or row.get("body") or "")[:400].split())
        item["citation"] = present.article_citation(row, media)
        item["archive_url"] = row.get("archive_url") or ""
        articles.append(item)
    return {**counted, "articles": articles, "media": media, "indexed": index is not None}


async def _count(datasette: Any, db: Any, sel: reading.Selection, columns: set[str],
                 media: dict[str, str]) -> dict[str, Any]:  # fmt: skip
    limit = datasette.setting("facet_time_limit_ms")

    async def facet(name: str) -> tuple[str, Any]:
        sql, params = reading.facet_sql(name, sel, columns)
        try:
            return name, list(await db.execute(sql, params, custom_time_limit=limit))
        except QueryInterrupted:
            return name, None

    sql, params = reading.count_sql(sel, columns)
    try:
        counted, *facet_rows = await asyncio.gather(
            db.execute(sql, params), *(facet(name) for name in reading.FACETS)
        )
    except QueryInterrupted:
        raise reading.BadRequest(TOO_LONG) from None
    first = counted.first()
    facets, timed_out = [], []
    for name, rows in facet_rows:
        if rows is None:
            timed_out.append(reading.FACETS[name][0])
            continue
        facets.append(_facet(name, rows, sel, media))
    return {
        "total": first["n"] if first else 0,
        "capped": bool(first and first["kandidaten"] > reading.SEARCH_CAP),
        "facets": facets,
        "timed_out": timed_out,
    }


async def _with_index(db: Any, index: facetindex.FacetIndex, sel: reading.Selection,
                      media: dict[str, str]) -> tuple[dict[str, Any], list[int]]:  # fmt: skip
    """Hit count, facets and the page's rowids from the facet index."""
    base, capped, found = index.all, False, None
    if sel.von or sel.bis:
        base = index.date_range(sel.von, sel.bis)
    parts: dict[str, int] = {}
    for name, (_, kind) in reading.FACETS.items():
        chosen = [index.values[name].get(v, 0) for v in sel.get(name)]
        if chosen:
            parts[name] = _combine(chosen, any_of=kind == "any")
    if sel.text:
        try:
            found = await matches.matches(db, sel.text, _wanted(index, sel, base, parts))
        except QueryInterrupted:
            raise reading.BadRequest(TOO_LONG) from None
        capped, base = found.capped, base & found.bits(index)
    mask = _combine([base, *parts.values()], any_of=False)
    facets = []
    for name, (_, kind) in reading.FACETS.items():
        within = mask
        if kind == "any" and name in parts:
            within = _combine([base, *(v for k, v in parts.items() if k != name)], any_of=False)
        counts = index.counts(name, within)
        if name == "jahr":
            counts.sort(key=lambda c: c[0], reverse=True)
        else:
            counts.sort(key=lambda c: (-c[1], c[0]))
        rows = [{"value": v or None, "n": n} for v, n in counts[: reading.FACET_SIZE + 1]]
        facets.append(_facet(name, rows, sel, media))
    offset = (sel.page - 1) * reading.PAGE_SIZE
    if sel.sort == "relevanz" and found is not None:
        ids = found.page(index, mask, offset, reading.PAGE_SIZE)
    else:
        ids = index.page(mask, offset, reading.PAGE_SIZE, oldest_first=sel.sort == "alt")
    counted = {"total": mask.bit_count(), "capped": capped, "facets": facets, "timed_out": []}
    return counted, ids


def _wanted(index: facetindex.FacetIndex, sel: reading.Selection, dates: int,
            parts: dict[str, int]) -> matches.Wanted:  # fmt: skip
    """The matches the page ranks: by relevance, those inside the other filters (None:
    every match); sorted by date, none."""
    if sel.sort != "relevanz":
        return matches.unranked
    if dates == index.all and not parts:
        return None
    inside = index.to_bytes(_combine([dates, *parts.values()], any_of=False))
    return lambda rowid: index.has(inside, rowid)


def _combine(bitsets: list[int], any_of: bool) -> int:
    result = bitsets[0]
    for bits in bitsets[1:]:
        result = result | bits if any_of else result & bits
    return result


def _facet(name: str, rows: list[Any], sel: reading.Selection, media: dict[str, str]
           ) -> dict[str, Any]:  # fmt: skip
    chosen = sel.get(name)
    values = []
    # every option's link is the selection's first page with this facet's values changed:
    # the parameters before and after the facet are encoded once, not once per option
    # (``_href``'s output, 6 facets x 30 options: ~15 ms a page at 1,000,000 articles)
    pairs = sel.params(values={k: v for k, v in sel.values.items() if k != name}, page=1)
    split = _facet_position(name, pairs)
    before, after = urlencode(pairs[:split]), urlencode(pairs[split:])
    for row in rows[: reading.FACET_SIZE]:
        value = "" if row["value"] is None else str(row["value"])
        selected = value in chosen
        new = tuple(v for v in chosen if v != value) if selected else (*chosen, value)
        middle = urlencode([(name, v) for v in new])
        values.append({
            "value": value, "label": reading.facet_label(name, row["value"], media),
            "count": row["n"], "selected": selected,
            "href": "?" + "&".join(part for part in (before, middle, after) if part),
        })  # fmt: skip
    return {"name": name, "label": reading.FACETS[name][0], "options": values,
            "truncated": len(rows) > reading.FACET_SIZE}  # fmt: skip


def _facet_position(name: str, pairs: list[tuple[str, str]]) -> int:
    """Where the values of facet ``name`` go among a selection's parameters (in the order
    of :meth:`reading.Selection.params`: search, facets in :data:`reading.FACETS` order,
    the rest)."""
    later = list(reading.FACETS)
    later = [*later[later.index(name) + 1 :], "von", "bis", "sortierung", "seite"]
    return next((i for i, (key, _) in enumerate(pairs) if key in later), len(pairs))


def _href(sel: reading.Selection, **changes: Any) -> str:
    values = changes.get("values")
    if values is not None:
        changes["values"] = {k: v for k, v in values.items() if v}
    return "?" + urlencode(sel.params(**changes))


def chips(sel: reading.Selection, media: dict[str, str]) -> list[dict[str, str]]:
    """One removable chip per active filter."""
    result = []
    if sel.text:
        result.append({"label": f"Suche: {sel.text}", "href": _href(sel, text="", page=1,
                                                                   sort="neu")})  # fmt: skip
    for name, (label, _) in reading.FACETS.items():
        for value in sel.get(name):
            rest = tuple(v for v in sel.get(name) if v != value)
            result.append({
                "label": f"{label}: {reading.facet_label(name, value, media)}",
                "href": _href(sel, values={**sel.values, name: rest}, page=1),
            })  # fmt: skip
    for name, label in (("von", "von"), ("bis", "bis")):
        value = getattr(sel, name)
        if value:
            result.append({"label": f"{label} {present.german_date(value)}",
                           "href": _href(sel, **{name: ""}, page=1)})  # fmt: skip
    return result


def page_context(sel: reading.Selection, result: dict[str, Any], base: str) -> dict[str, Any]:
    """What ``artikel.html`` shows."""
    total = result["total"]
    pages = max(1, -(-total // reading.PAGE_SIZE))
    query = urlencode(sel.params())
    suffix = f"?{query}" if query else ""
    for item in result["articles"]:
        item["excerpt_html"] = Markup(search.snippet_html(item["excerpt"]))
    return {
        "sel": sel,
        "total": total,
        "total_text": present.german_number(total),
        "capped": result["capped"],
        "articles": result["articles"],
        "facets": result["facets"],
        "timed_out": result["timed_out"],
        "chips": chips(sel, result["media"]),
        "page": sel.page,
        "pages": pages,
        "prev_href": _href(sel, page=sel.page - 1) if sel.page > 1 else "",
        "next_href": _href(sel, page=sel.page + 1) if sel.page < pages else "",
        "sorts": [{"key": key, "label": label, "selected": key == sel.sort,
                   "href": _href(sel, sort=key, page=1)}
                  for key, label in reading.SORTS.items() if key != "relevanz" or sel.text],
        "hidden": [(k, v) for k, v in sel.params() if k not in ("suche", "von", "bis", "seite")],
        "exports": {name: f"{base}.{name}{suffix}" for name in ("csv", "json", "atom")},
        "feed_title": feed_title(sel, result["media"]),
    }  # fmt: skip


def feed_title(sel: reading.Selection, media: dict[str, str]) -> str:
    """ "Suche: Sparkasse TikTok" (plus the filters; the order when it is not the
    default: "älteste zuerst"), or "Neueste Artikel" / "Älteste Artikel"."""
    parts = [f"Suche: {sel.text}"] if sel.text else []
    parts += [c["label"] for c in chips(sel, media) if not c["label"].startswith("Suche:")]
    if not parts:
        return "Älteste Artikel" if sel.sort == "alt" else "Neueste Artikel"
    return ", ".join(parts) + (" (älteste zuerst)" if sel.sort == "alt" else "")


def _export_row(datasette: Any, request: Any, item: dict[str, Any]) -> dict[str, str]:
    clean = item["excerpt"].replace(search.MARK_START, "").replace(search.MARK_END, "")
    return {
        "titel": item["title"], "medium": item["outlet"], "datum": item["date"],
        "banken": ", ".join(item["banks"]), "netzwerke": ", ".join(item["networks"]),
        "auszug": clean, "quelle": reading.KINDS[item["kind"]], "url": item["url"],
        "archivseite": datasette.absolute_url(request, item["href"]),
        "zitat": item["citation"],
    }  # fmt: skip


def export(datasette: Any, request: Any, fmt: str, sel: reading.Selection,
           result: dict[str, Any], base: str) -> Response:  # fmt: skip
    """The rows shown, as CSV, JSON or Atom: the same columns, no markup."""
    rows = [_export_row(datasette, request, item) for item in result["articles"]]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        return Response(out.getvalue(), content_type="text/csv; charset=utf-8")
    if fmt == "json":
        data = {"treffer": result["total"], "seite": sel.page, "seiten_gesamt": max(1, -(
            -result["total"] // reading.PAGE_SIZE)), "artikel": rows}  # fmt: skip
        return Response(json.dumps(data, ensure_ascii=False, indent=1),
                        content_type="application/json; charset=utf-8")  # fmt: skip
    query = urlencode(sel.params())
    page_url = datasette.absolute_url(request, base + (f"?{query}" if query else ""))
    self_url = datasette.absolute_url(request, request.full_path)
    entries = [
        atom.Entry(id=row["url"], title=row["titel"], updated=item["published"],
                   link=row["archivseite"], original=row["url"], content=row["auszug"])
        for row, item in zip(rows, result["articles"], strict=True)
    ]  # fmt: skip
    body = atom.feed(feed_title(sel, result["media"]), self_url, page_url, entries)
    return Response(body, content_type=atom.CONTENT_TYPE)
