"""A closing paragraph about the text's writer ("Gesa Timmermann ist Finanzjournalistin und
schreibt jeden zweiten Samstag über Geld im Alltag.", "Dr. A ist Fachanwältin …", "A
schreibt seit 2021 für …"): the column's or guest's bio box, no part of the article (issue
11; kind read in ``de_full136``: on 13 set pages such a paragraph stood in the body, and
every writer who listed it counted it as boilerplate)."""

from __future__ import annotations

from newsarchive.extract import data


def without_author_bio(body: str, authors: list[str]) -> str:
    """``body`` without its paragraph, among the last :data:`~.data.AUTHOR_BIO_LAST` (never
    the first), that opens with a credited writer's full name (a person's, none of
    :data:`~.data.AUTHOR_BIO_NOT_NAMES`: a firm's "About" blurb stays; titles before it
    allowed) and a verb of a bio (:data:`~.data.AUTHOR_BIO_VERB`)."""
    names = [name for name in authors if " " in name and not data.AUTHOR_BIO_NOT_NAMES.search(name)]
    if not names:
        return body
    paragraphs = body.split("\n\n")
    for _ in names:  # each writer's bio (two writers close with two)
        last = range(max(1, len(paragraphs) - data.AUTHOR_BIO_LAST), len(paragraphs))
        at = next((i for i in last if any(_bio_of(paragraphs[i], n) for n in names)), None)
        if at is None:
            break
        paragraphs = paragraphs[:at] + paragraphs[at + 1 :]
    return "\n\n".join(paragraphs)


def _bio_of(paragraph: str, name: str) -> bool:
    """Whether ``paragraph`` opens with ``name`` (titles before it allowed) and a bio verb,
    or names the writer by the role only (:data:`~.data.AUTHOR_BIO_ROLE`: "Die Autorin ist
    …")."""
    if data.AUTHOR_BIO_ROLE.match(paragraph):
        return True
    title = data.AUTHOR_BIO_TITLES.match(paragraph)
    start = title.end() if title and not name.startswith(title.group()) else 0
    if not paragraph.startswith(name, start):
        return False
    return data.AUTHOR_BIO_VERB.match(paragraph, start + len(name)) is not None
