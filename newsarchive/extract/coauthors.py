"""A second writer credited in a line of its own beside a person's byline: "Co-Autorin:" and
a name in the author box, "Mitgeschrieben hat …" or "Diesen Beitrag habe ich gemeinsam mit
… geschrieben." closing the post (:mod:`~newsarchive.extract.data.coauthors`; issue 11,
halves AE's, K's and AY's kind)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.names import is_account


def with_co_authors(authors: list[str], nodes: list[tuple[str, bool]]) -> list[str]:
    """The byline's writers and the co-writers the page credits (:func:`co_authors`); only
    where the byline names people (a login's or no byline gets none)."""
    if not authors or any(is_account(a) for a in authors):
        return authors
    known = {a.lower() for a in authors}
    return [*authors, *(n for n in co_authors(nodes) if n.lower() not in known)]


def co_authors(nodes: list[tuple[str, bool]]) -> list[str]:
    """The co-writers the page's text nodes credit outside comments and navigation (a
    node's flag), in page order, each once."""
    found: list[str] = []
    for i, (text, skipped) in enumerate(nodes):
        if skipped or not any(h in text for h in data.CO_AUTHOR_HINTS):
            continue
        match = (
            data.CO_AUTHOR_LABELLED.fullmatch(text)
            or data.CO_AUTHOR_SENTENCE.fullmatch(text)
            or data.CO_AUTHOR_TOGETHER.fullmatch(text)
            or data.CO_AUTHOR_WITH.fullmatch(text)
        )
        name = match.group("name") if match else None
        if name is None and data.CO_AUTHOR_LABEL.fullmatch(text) and i + 1 < len(nodes):
            # "Co-Autorin:" and the name in a link of its own
            after = data.CO_AUTHOR_LABELLED.fullmatch(f"{text} {nodes[i + 1][0]}")
            name = after.group("name") if after else None
        if name and name not in found:
            found.append(name)
    return found
