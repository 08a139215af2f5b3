"""The reading view (``/<db>/artikel``): one list for searching and browsing.

:func:`parse` turns the page's query string (German parameter names) into a
:class:`Selection`; :func:`count_sql`, :func:`page_sql` and :func:`facet_sql` build the
SQL that the Datasette plugin (``plugins/reading_view.py``) runs. Everything a user types
reaches SQLite as a parameter, never as SQL text.

Parameters: ``suche`` (German search), ``medium`` (site slug), ``jahr``, ``bank``,
``netzwerk``, ``sprache``, ``quelle`` (crawl/wayback/import), each repeatable; ``von`` and
``bis`` (dates, ``JJJJ-MM-TT``), ``sortierung`` (``relevanz``/``neu``/``alt``), ``seite``.
Several values of medium, year, language or source mean "any of them"; several banks or
networks mean "all of them".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from newsarchive.archive import search

#: Articles per page.
PAGE_SIZE = 50
#: Values shown per facet.
FACET_SIZE = 30
#: Broad searches: only the most recently archived matches are counted and ranked.
SEARCH_CAP = 20_000
SORTS = {"relevanz": "Relevanz", "neu": "Neueste zuerst", "alt": "Älteste zuerst"}
#: Facets: parameter -> (label, kind). "any": OR within the facet, counted without its
#: own filter; "all": AND, counted with every filter.
FACETS: dict[str, tuple[str, str]] = {
    "medium": ("Medium", "any"), "jahr": ("Jahr", "any"), "bank": ("Bank", "all"),
    "netzwerk": ("Netzwerk", "all"), "sprache": ("Sprache", "any"),
    "quelle": ("Quelle", "any"),
}  # fmt: skip
LANGUAGES = {"de": "Deutsch", "en": "Englisch", "fr": "Französisch", "it": "Italienisch",
             "nl": "Niederländisch"}  # fmt: skip
KINDS = {"crawl": "Crawl", "wayback": "Wayback", "import": "Import"}
#: Link tables of the "all" facets: parameter -> (table, column).
LINKS = {"bank": ("article_banks", "bank"), "netzwerk": ("article_networks", "network")}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class BadRequest(ValueError):
    """A parameter the view cannot use; the message is German and shown to the user."""


@dataclass(frozen=True)
class Selection:
    """What the reader asked for."""

    text: str = ""
    values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    von: str = ""
    bis: str = ""
    sort: str = "neu"
    page: int = 1

    def get(self, name: str) -> tuple[str, ...]:
        """The chosen values of one facet."""
        return self.values.get(name, ())

    def without(self, name: str) -> Selection:
        """The same selection without one facet's values."""
        return replace(self, values={k: v for k, v in self.values.items() if k != name})

    def key(self) -> tuple[Any, ...]:
        """What the hit count and facets depend on (not the page or sort)."""
        return (self.text, tuple(sorted(self.values.items())), self.von, self.bis)

    def params(self, **changes: Any) -> list[tuple[str, str]]:
        """The query string of this selection (with ``changes``), for links."""
        sel = replace(self, **changes) if changes else self
        pairs: list[tuple[str, str]] = []
        if sel.text:
            pairs.append(("suche", sel.text))
        for name in FACETS:
            pairs += [(name, v) for v in sel.get(name)]
        pairs += [(k, v) for k, v in (("von", sel.von), ("bis", sel.bis)) if v]
        if sel.sort != default_sort(sel.text):
            pairs.append(("sortierung", sel.sort))
        if sel.page > 1:
            pairs.append(("seite", str(sel.page)))
        return pairs


def default_sort(text: str) -> str:
    """Relevance for a search, newest first for browsing."""
    return "relevanz" if text.strip() else "neu"


def parse(args: Any) -> Selection:
    """A :class:`Selection` from request arguments (``getlist``/``get``); raises
    :class:`BadRequest` with a German message for values it cannot use."""
    text = (args.get("suche") or "").strip()
    values: dict[str, tuple[str, ...]] = {}
    for name in FACETS:
        chosen = tuple(dict.fromkeys(v.strip() for v in args.getlist(name) if v.strip()))
        if name == "jahr" and any(not v.isdigit() or len(v) != 4 for v in chosen):
            raise BadRequest("Das Jahr muss vierstellig sein, z. B. 2013.")
        if name == "quelle" and any(v not in KINDS for v in chosen):
            raise BadRequest("Quelle ist crawl, wayback oder import.")
        if chosen:
            values[name] = chosen
    dates = {}
    for name in ("von", "bis"):
        value = (args.get(name) or "").strip()
        if value and not _valid_date(value):
            raise BadRequest(f"„{value}“ ist kein Datum: bitte im Format JJJJ-MM-TT angeben.")
        dates[name] = value
    sort = args.get("sortierung") or default_sort(text)
    if sort not in SORTS:
        raise BadRequest(f"Unbekannte Sortierung „{sort}“: möglich sind relevanz, neu, alt.")
    if sort == "relevanz" and not text:
        sort = "neu"
    page_text = args.get("seite") or "1"
    if not page_text.isdigit() or not 1 <= int(page_text) <= 100_000:
        raise BadRequest("Die Seitenzahl muss eine positive ganze Zahl sein.")
    return Selection(text, values, dates["von"], dates["bis"], sort, int(page_text))


def _valid_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def kind_sql(columns: set[str]) -> str:
    """SQL for how an article reached the archive: 'import', 'wayback' or 'crawl'."""
    checks = [f"when nullif(a.{c}, '') is not null then 'import'"
              for c in ("source_archive", "provenance") if c in columns]  # fmt: skip
    return ("case " + " ".join(checks) + " when a.archive_url is not null then 'wayback' "
            "else 'crawl' end")  # fmt: skip


def search_cte(sel: Selection) -> str:
    """The ``treffer`` CTE (matches of the search, newest archived first, capped)."""
    if not sel.text:
        return ""
    return (
        "with kandidaten as materialized (select rowid as id from articles_search "
        "where articles_search match german_query(:suche) order by rowid desc "
        f"limit {SEARCH_CAP + 1}), "
        f"treffer as materialized (select id from kandidaten order by id desc limit {SEARCH_CAP}) "
    )


def where(sel: Selection, columns: set[str]) -> tuple[str, dict[str, Any]]:
    """The WHERE clause (with ``where``, or empty) over ``articles a`` and its params."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if sel.text:
        clauses.append("a.rowid in (select id from treffer)")
        params["suche"] = sel.text
    simple = {"medium": "a.site", "jahr": "a.year", "sprache": "a.language",
              "quelle": kind_sql(columns)}  # fmt: skip
    for name, column in simple.items():
        chosen = sel.get(name)
        if chosen:
            names = []
            for i, value in enumerate(chosen):
                params[f"{name}{i}"] = int(value) if name == "jahr" else value
                names.append(f":{name}{i}")
            clauses.append(f"{column} in ({', '.join(names)})")
    for name, (table, column) in LINKS.items():
        for i, value in enumerate(sel.get(name)):
            params[f"{name}{i}"] = value
            clauses.append(f"a.url in (select article_url from {table} "
                           f"where {column} = :{name}{i})")  # fmt: skip
    if sel.von:
        clauses.append("a.published >= :von")
        params["von"] = sel.von
    if sel.bis:
        clauses.append("a.published < :bis")
        params["bis"] = (date.fromisoformat(sel.bis) + timedelta(days=1)).isoformat()
    return (" where " + " and ".join(clauses)) if clauses else "", params


def count_sql(sel: Selection, columns: set[str]) -> tuple[str, dict[str, Any]]:
    """SQL for the number of matching articles, and whether the search was capped."""
    clause, params = where(sel, columns)
    capped = "(select count(*) from kandidaten)" if sel.text else "0"
    sql = f"{search_cte(sel)}select count(*) as n, {capped} as kandidaten from articles a{clause}"
    return sql, params


def page_sql(sel: Selection, columns: set[str]) -> tuple[str, dict[str, Any]]:
    """SQL for the rowids of the articles on the selected page, in order."""
    clause, params = where(sel, columns)
    offset = (sel.page - 1) * PAGE_SIZE
    if sel.sort == "relevanz" and sel.text:
        w1, w2, w3, w4 = search.BM25_WEIGHTS
        cte = search_cte(sel) + (
            f", rang as materialized (select rowid as id, bm25(articles_search, {w1}, {w2}, "
            f"{w3}, {w4}) as r from articles_search where articles_search match "
            "german_query(:suche) and rowid >= (select min(id) from treffer)) "
        )
        sql = (f"{cte}select a.rowid as id from articles a join rang on rang.id = a.rowid"
               f"{clause} order by rang.r, a.rowid desc")  # fmt: skip
    else:
        direction = "desc" if sel.sort == "neu" else "asc"
        sql = (f"{search_cte(sel)}select a.rowid as id from articles a{clause} "
               f"order by a.published {direction}, a.rowid {direction}")  # fmt: skip
    return f"{sql} limit {PAGE_SIZE} offset {offset}", params


def facet_sql(name: str, sel: Selection, columns: set[str]) -> tuple[str, dict[str, Any]]:
    """SQL for one facet's values and counts (``value``, ``n``)."""
    if FACETS[name][1] == "any":
        sel = sel.without(name)
    clause, params = where(sel, columns)
    cte = search_cte(sel)
    if name in ("bank", "netzwerk"):
        table, column = LINKS[name]
        inner = f" where l.article_url in (select a.url from articles a{clause})" if clause else ""
        sql = (f"{cte}select l.{column} as value, count(*) as n from {table} l{inner} "
               f"group by l.{column} order by n desc, value limit {FACET_SIZE + 1}")  # fmt: skip
        return sql, params
    expression = {"medium": "a.site", "jahr": "a.year", "sprache": "a.language",
                  "quelle": kind_sql(columns)}[name]  # fmt: skip
    order = "value desc" if name == "jahr" else "n desc, value"
    return (f"{cte}select {expression} as value, count(*) as n from articles a{clause} "
            f"group by value order by {order} limit {FACET_SIZE + 1}"), params  # fmt: skip


def facet_label(name: str, value: Any, media: dict[str, str]) -> str:
    """How a facet value is shown."""
    if value is None or value == "":
        return "(ohne Angabe)"
    if name == "medium":
        return media.get(str(value), str(value))
    if name == "quelle":
        return KINDS.get(str(value), str(value))
    if name == "sprache":
        return LANGUAGES.get(str(value), str(value))
    return str(value)
