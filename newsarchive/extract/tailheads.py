"""A metadata title's tail cut short of the headline the page shows: where the headline
found is the title with the site's or a section's name kept before that tail, or a heading
no metadata title names (a project's ``<h1>`` over its news item), and the tail opens a
shown headline that goes on after it (:func:`~.fullerheads.fuller_headline`), that fuller
text is the headline, for :mod:`~newsarchive.extract.extraction` (see
:mod:`~newsarchive.extract.data.tailheads`)."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.fullerheads import fuller_headline
from newsarchive.extract.parsing import element_text
from newsarchive.extract.shown import generic_heading
from newsarchive.extract.text import fix_text, fold, norm

_WORD = re.compile(r"\w+")


def title_tails(title: str) -> list[str]:
    """A metadata title's tails after each separator or colon
    (:data:`~.data.TITLE_TAIL_CUT`), longest first, of
    :data:`~.data.TITLE_TAIL_MIN_WORDS` words or more and no page kind."""
    title = fix_text(title)
    tails = [title[m.end() :].strip() for m in data.TITLE_TAIL_CUT.finditer(title)]
    return [
        t
        for t in tails
        if len(_WORD.findall(t)) >= data.TITLE_TAIL_MIN_WORDS and not generic_heading(t)
    ]


def _shown_as_heading(tree: etree._Element, wanted: str) -> bool:
    """Whether a heading (:data:`~.data.FULLER_TITLE_SHOWN_TAGS`) shows ``wanted`` (lower
    case) whole: a headline the page shows, no title with a name kept before its tail."""
    return any(
        fold(element_text(node)).lower() == wanted
        for node in tree.iter(*data.FULLER_TITLE_SHOWN_TAGS)
    )


def tail_headline(
    tree: etree._Element,
    found: str,
    titles: list[str],
    site_keys: frozenset[str] | set[str] = frozenset(),
) -> str:
    """The fuller headline a metadata title's tail (:func:`title_tails`) opens, where
    ``found`` ends with that tail after a name and no heading shows ``found`` whole, or
    where no metadata title (``titles``, as the page gives them) holds ``found``; else
    empty. A tail that is the site's name (``site_keys``: "… - Radio Lindenau") opens no
    headline ("Radio Lindenau auf WhatsApp" is a sidebar's box; session 33, de_full97)."""
    wanted = fold(found).lower()
    given = [fold(t) for t in titles if t and t.strip()]
    unnamed = not any(wanted in g.lower() for g in given)
    if not unnamed and _shown_as_heading(tree, wanted):
        return ""
    tails: list[str] = []
    for title in given:
        tails += [t for t in title_tails(title) if t not in tails]
    for tail in tails[: data.TITLE_TAIL_MAX]:
        if norm(tail) in site_keys:
            continue
        lowered = tail.lower()
        if not unnamed and not (wanted.endswith(lowered) and len(wanted) > len(lowered)):
            continue
        fuller = fuller_headline(tree, tail)
        if fuller and fold(fuller).lower() != wanted:
            return fuller
    return ""
