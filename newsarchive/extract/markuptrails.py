"""A byline element's parts after its writers' full names: a team or a paper ("Von A und
B, Team Sicherheit", "By A<br>The Ledger"), a profile card's follow button ("A · 34 Hubs ·
Follow") are no authors. Kind read in bv, en_p, bt and ax (issue 11). (A one-word part, as
"A, Finanzcoach", stays: the dev corpus's gold counts a place so placed as an author.)"""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.markupbylines import markup_bylines
from newsarchive.extract.markupstamp import stamped_names
from newsarchive.extract.names import is_heading, split_authors, without_site_names


def without_trailers(names: list[str]) -> list[str]:
    """``names`` (one byline element's, in order) without the parts after a full name that
    name a team or a paper (:data:`~.data.NOT_PERSON_PART`) or are a follow button
    (:data:`~.data.FOLLOW_BUTTONS`)."""
    kept: list[str] = []
    for name in names:
        if any(" " in k for k in kept) and (
            data.NOT_PERSON_PART.fullmatch(name) or name.lower() in data.FOLLOW_BUTTONS
        ):
            continue
        kept.append(name)
    return kept


def markup_authors(
    tree: etree._Element, site_keys: frozenset[str] | set[str]
) -> tuple[list[str], list[str]]:
    """The names and agencies of the first byline in markup
    (:func:`~.markupbylines.markup_bylines`), without the publisher, phrases
    (:func:`_phrase`) and the parts after a full name (:func:`without_trailers`)."""
    values = markup_bylines(tree)
    names, agencies = without_site_names(split_authors(values), site_keys)
    names = [n for n in names if not is_heading(n)]  # "Alle Blog-Beiträge anzeigen"
    names = stamped_names(values, names)  # "Posted by A on March 3, 2009, View Blog"
    return without_trailers([n for n in names if not _phrase(n)]), agencies


def _phrase(name: str) -> bool:
    """True for a "name" with lower-case words (:data:`~.data.PHRASE_LOWER_WORDS` or more,
    name particles aside): an author box's sentence ("Wir sind ein ehrenamtlicher
    Kinoverein und …" in a class "author"), no person."""
    lower = [w for w in name.split() if w[0].islower() and w not in data.NAME_PARTICLES]
    return len(lower) >= data.PHRASE_LOWER_WORDS
