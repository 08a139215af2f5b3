"""JSON-LD's one author where the byline shows her with co-writers: Ghost, Yoast and the
co-author plugins put the primary author alone into the metadata, the byline lists all
("Pia Roth, Jan Ott"; "15. Juli 2021 · 7 Min. · Pia Roth, Jan Ott"; issue 11, kind read
in p, bw and de_full72)."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import text_bylines
from newsarchive.extract.givenname import opens_with_given_name, without_titles
from newsarchive.extract.joinednames import field_items
from newsarchive.extract.markuptrails import markup_authors
from newsarchive.extract.names import is_role, split_authors, without_places, without_site_names
from newsarchive.extract.text import fold


def shown_with_others(
    names: list[str],
    tree: etree._Element,
    nodes: list[tuple[str, bool]],
    site_keys: frozenset[str] | set[str],
) -> list[str]:
    """The byline (a field of a line near the headline, else markup) that shows all of
    ``names`` and more writers, each by full name, in its order; else []."""
    spelled = {_key(n): n for n in names}
    wanted = set(spelled)
    for shown in _bylines(tree, nodes, wanted, site_keys):
        found = without_site_names(split_authors(shown), site_keys)[0] if shown else []
        people = without_places(found)  # "Von A, Berlin, und B, Brüssel"
        more = [n for n in people if _key(n) not in wanted]
        if {_key(n) for n in people} > wanted and all(map(_writer, more)):
            # the metadata's spelling of its person ("A" for the byline's "Prof. Dr. A")
            return [spelled.get(_key(n), n) for n in people]
    return []


def _bylines(
    tree: etree._Element,
    nodes: list[tuple[str, bool]],
    wanted: set[str],
    site_keys: frozenset[str] | set[str],
) -> Iterator[list[str]]:
    """The bylines that may show ``wanted`` with co-writers, cheapest first and each read
    only when the ones before showed none: the fields of the lines near the headline, the
    byline text run over nodes ("Von" <span>A</span> "und" <span>B</span>, also in a
    "footer" classed head; session 33), a run of names with no lead (<a>A</a> ","
    <a>B</a>; session 34), the byline in markup."""
    yield from _head_fields(nodes, wanted)
    yield text_bylines([(text, False) for text, _ in nodes[: data.SHOWN_WRITERS_NODES]])
    yield _name_run(nodes, wanted)
    yield _markup(tree, nodes, wanted, site_keys)


def _key(name: str) -> str:
    """``name`` folded, in lower case, without academic titles ("Prof. Dr. A" is A)."""
    return fold(without_titles(name)).lower()


def _markup(
    tree: etree._Element,
    nodes: list[tuple[str, bool]],
    wanted: set[str],
    site_keys: frozenset[str] | set[str],
) -> list[str]:
    """The names of the byline in markup, where a node near the headline is another
    writer's name alone (the markup search is dear: most pages have no co-writer)."""
    near = nodes[: data.SHOWN_WRITERS_NODES]
    if not any(
        not skip
        and len(t) <= data.SHOWN_WRITERS_NAME_CHARS
        and fold(t).lower() not in wanted
        and _writer(t)
        for t, skip in near
    ):
        return []
    return markup_authors(tree, site_keys)[0]


def _writer(name: str) -> bool:
    """Whether ``name`` is a person's full name opening with a given name (no "Artikel zum
    Hören" or desk beside the byline)."""
    return " " in name and opens_with_given_name(name)


def _head_fields(nodes: list[tuple[str, bool]], wanted: set[str]) -> Iterator[list[str]]:
    """The fields of the lines near the headline that hold all ``wanted`` names (one list
    of one field each)."""
    for text, _ in nodes[: data.SHOWN_WRITERS_NODES]:  # (a "footer" classed byline too)
        if len(text) > data.BYLINE_MAX_CHARS:
            continue
        for field in data.SHOWN_WRITERS_FIELDS.split(text):
            low = fold(field).lower()
            if field and all(name in low for name in wanted):
                yield [data.AUTHOR_PREFIX.sub("", field.strip())]


def _name_run(nodes: list[tuple[str, bool]], wanted: set[str]) -> list[str]:
    """A run of names near the headline that opens with a ``wanted`` one, with no lead
    ("Von"): <a>A</a> "," <a>B</a> (a React site's byline, whose hashed classes name
    nothing; read on blind de_full105), each name after a joiner a full one; a list of
    author cards with a role under each name (<a>A</a> "Redakteurin, Frankfurt" <a>B</a>
    "Korrespondent"; session 35, de_full128) reads alike."""
    near = nodes[: data.SHOWN_WRITERS_NODES]
    for i, (text, _) in enumerate(near):
        if _key(text) not in wanted:
            continue
        run, j = text, i
        roles = _writer(text)  # (a role after a firm's name is a contact's: no card list)
        while j + 2 < len(near) and (
            data.BYLINE_JOINER.fullmatch(near[j + 1][0])
            or (roles and is_role(near[j + 1][0].lower()))
        ):
            if not _writer(near[j + 2][0]):
                break
            run, j = f"{run}, {near[j + 2][0]}", j + 2
        if j > i:
            return [run]
        if items := field_items(near, i):  # "Von" <div>A</div> <div>B</div> (Drupal's)
            return [", ".join([run, *items])]
    return []
