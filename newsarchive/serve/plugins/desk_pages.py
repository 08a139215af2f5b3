"""The journalist's pages beside the reading view: the start page's data, a page per bank
and per network (timeline, first articles, named together, latest), the lists of banks
and networks, "Wer war zuerst?", and the German navigation and error texts."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote, unquote, urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup

from newsarchive.serve import charts, desk, errors, present

Route = tuple[str, Callable[..., Awaitable[Response]]]


@hookimpl
def register_routes() -> list[Route]:
    """Bank and network pages, their lists, and the first articles per pair."""
    db = r"^/(?P<database>[^/]+)"
    return [
        (db + r"/(?P<kind>bank|netzwerk)/(?P<name>[^/]+)$", entity),
        (db + r"/(?P<kinds>banken|netzwerke)$", entities),
        (db + r"/wer-war-zuerst$", first_page),
    ]


@hookimpl
def prepare_jinja2_environment(env: Any, datasette: Any) -> None:
    """German helpers for every template: navigation, numbers, dates, error texts."""
    env.globals["na_nav"] = lambda: navigation(datasette)
    env.filters["german_number"] = present.german_number
    env.filters["german_date"] = present.german_date
    env.filters["german_error"] = errors.german_error
    env.globals["na_error_title"] = errors.title
    env.globals["na_lookup"] = errors.lookup_label


def main_database(datasette: Any) -> str | None:
    """The archive's database (the first one that is not internal)."""
    names = [name for name in datasette.databases if not name.startswith("_")]
    return names[0] if names else None


def navigation(datasette: Any) -> list[dict[str, str]]:
    """The links of the top navigation."""
    links = [{"label": "Start", "href": datasette.urls.instance()}]
    database = main_database(datasette)
    if database:
        base = datasette.urls.database(database)
        links += [
            {"label": "Artikel", "href": base + "/artikel"},
            {"label": "Banken", "href": base + "/banken"},
            {"label": "Netzwerke", "href": base + "/netzwerke"},
            {"label": "Wer war zuerst?", "href": base + "/wer-war-zuerst"},
            {"label": "Daten und SQL", "href": base},
        ]
    return links


@hookimpl
def extra_template_vars(view_name: str, datasette: Any) -> Callable[[], Awaitable[dict[str, Any]]]:
    """The start page: the archive's size, the newest articles, the search form."""

    async def inner() -> dict[str, Any]:
        database = main_database(datasette)
        if view_name != "index" or not database:
            return {}
        db = datasette.get_database(database)
        if not await db.table_exists("articles"):
            return {"na_start": {"database": database, "empty": True}}
        media = await desk.media_names(db)
        urls = _urls(datasette, database)
        newest = [desk.listing(r, media, urls) for r in await desk.newest(db, 8)]
        start = {"database": database, "overview": await desk.overview(db), "newest": newest,
                 "base": datasette.urls.database(database)}  # fmt: skip
        return {"na_start": start}

    return inner


def _urls(datasette: Any, database: str) -> dict[str, Any]:
    return {"row": lambda url: datasette.urls.row(database, "articles", tilde_encode(url))}


def chart_context(spec: dict[str, Any], data: dict[str, dict[str, int]], ident: str
                  ) -> dict[str, Any]:  # fmt: skip
    """A chart for the template: the spec as JSON (a data block, never executed) and the
    same numbers as a table."""
    text = json.dumps(spec, ensure_ascii=False).replace("</", "<\\/")
    return {"id": ident, "spec_json": Markup(text), "table": charts.table(data),
            "title": spec["title"]["text"]}  # fmt: skip


async def entity(datasette: Any, request: Any) -> Response:
    """``/<db>/bank/<name>`` and ``/<db>/netzwerk/<name>``."""
    db = await desk.archive_database(datasette, request)
    kind, name = request.url_vars["kind"], unquote(request.url_vars["name"])
    data = await desk.entity_page(db, kind, name)
    if data is None:
        label = "die Bank" if kind == "bank" else "das Netzwerk"
        raise NotFound(f"Im Archiv nennt kein Artikel {label} „{name}“.")
    _, column, _, _, singular, others = desk.ENTITIES[kind]
    other_kind = "netzwerk" if kind == "bank" else "bank"
    base = datasette.urls.database(db.name)
    media = await desk.media_names(db)
    urls = _urls(datasette, db.name)
    firsts = await desk.article_rows(db, [r["first_id"] for r in data["together"]])
    by_id = {r["id"]: desk.listing(r, media, urls) for r in firsts}
    together = [{
        "name": r["name"], "count": r["n"], "first_date": present.german_date(r["first"]),
        "href": f"{base}/{other_kind}/{quote(r['name'], safe='')}",
        "articles_href": f"{base}/artikel?" + urlencode({kind: name, other_kind: r["name"]}),
        "first": by_id.get(r["first_id"]),
    } for r in data["together"]]  # fmt: skip
    if "latest" in data:
        newest = await desk.article_rows(db, data["latest"])
    else:
        table = desk.ENTITIES[kind][0]
        link = f"where a.url in (select article_url from {table} where {column} = :n)"
        newest = await desk.newest(db, desk.LATEST, link, {"n": name})
    latest = [desk.listing(r, media, urls) for r in newest]
    title = f"Artikel pro Monat, die {name} nennen"
    spec = charts.timeline_spec(data["series"], title)
    context = {
        "kind": kind, "singular": singular, "others": others, "name": name,
        "count": data["count"], "together": together, "latest": latest,
        "chart": chart_context(spec, data["series"], "timeline") if data["series"] else None,
        "articles_href": f"{base}/artikel?" + urlencode({kind: name}),
        "list_href": f"{base}/{'banken' if kind == 'bank' else 'netzwerke'}",
        "database": db.name,
    }  # fmt: skip
    html = await datasette.render_template("entity.html", context, request=request)
    return Response.html(html)


async def entities(datasette: Any, request: Any) -> Response:
    """``/<db>/banken`` and ``/<db>/netzwerke``: every name with counts and dates."""
    db = await desk.archive_database(datasette, request)
    kind = "bank" if request.url_vars["kinds"] == "banken" else "netzwerk"
    base = datasette.urls.database(db.name)
    rows = [{**r, "href": f"{base}/{kind}/{quote(r['name'], safe='')}",
             "first_date": present.german_date(r["first"]),
             "last_date": present.german_date(r["last"])}
            for r in await desk.entity_names(db, kind)]  # fmt: skip
    context = {"kind": kind, "title": "Banken" if kind == "bank" else "Netzwerke",
               "rows": rows, "database": db.name}  # fmt: skip
    html = await datasette.render_template("entities.html", context, request=request)
    return Response.html(html)


async def first_page(datasette: Any, request: Any) -> Response:
    """``/<db>/wer-war-zuerst``: the first article per bank × network, oldest first."""
    db = await desk.archive_database(datasette, request)
    bank, network = request.args.get("bank", ""), request.args.get("netzwerk", "")
    rows = await desk.first_articles(db, bank, network)
    media = await desk.media_names(db)
    listed = await desk.article_rows(db, [r["id"] for r in rows])
    by_id = {r["id"]: desk.listing(r, media, _urls(datasette, db.name)) for r in listed}
    base = datasette.urls.database(db.name)
    items = [{
        "bank": r["bank"], "network": r["network"], "date": present.german_date(r["first"]),
        "bank_href": f"{base}/bank/{quote(r['bank'], safe='')}",
        "network_href": f"{base}/netzwerk/{quote(r['network'], safe='')}",
        "article": by_id.get(r["id"]),
    } for r in rows]  # fmt: skip
    context = {"items": items, "bank": bank, "network": network, "database": db.name}
    html = await datasette.render_template("zuerst.html", context, request=request)
    return Response.html(html)
