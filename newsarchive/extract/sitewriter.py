"""A personal site's owner as the writer (issue 11): a site named after a person
(``og:site_name`` "Lena Vosskamp", a ``<title>`` "Ein Jahr nach der Finanzierung – Lena
Vosskamp") whose post names no writer is that person's (kind read on bt, bu and en_ae:
personal sites of all ages, nothing else naming the writer)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.text import fold


def site_person(tree: etree._Element, site_name: str | None, headline: str) -> list[str]:
    """The person the site is named after (its metadata name, else the ``<title>``'s last
    part after a separator where the part before it is the ``headline``), where that is a
    full name opening with a given name; none otherwise (a network's "Freunde - Maren Kück"
    over a member's diary names the network first, not the post)."""
    for candidate in (site_name, _title_tail(tree, headline)):
        name = fold(candidate or "")
        if name and is_person_name(name):
            return [name]
    return []


def is_person_name(name: str) -> bool:
    """True for a full name of :data:`~.data.SITE_PERSON_WORDS` words that opens with a
    common given name ("Lena Vosskamp"; not "Till Roll Social", "Falk Finanzberatung")."""
    return (
        len(name.split()) in data.SITE_PERSON_WORDS
        and data.BYLINE_NAME.fullmatch(name) is not None
        and opens_with_given_name(name)
        and not data.SIGNATURE_NOT_NAMES.search(name)
        and not data.FIRM_NAME.search(name)
    )


def _title_tail(tree: etree._Element, headline: str) -> str | None:
    """The ``<title>``'s last part after a separator where the ``headline`` is all before
    it ("Headline – Site"), if it is so."""
    title = fold(tree.findtext(".//title") or "")
    last = next(reversed(list(data.TITLE_SEPARATORS.finditer(title))), None)
    if last is None or title[: last.start()].lower() != fold(headline).lower():
        return None
    return title[last.end() :]
