"""The order of a page's slashed dates: "12/02/2007" alone may be either day, but a page
whose other slashed dates show a day above 12 first ("Gil - 14/02/2007" under a Nucleus
post's "12/02/2007 21:30:00 by …") writes them all day first, and one whose other dates show
it second ("11/22/2000") or carry a 12-hour clock writes them month first (issue 11, the
order one CMS keeps on one page). Where they do not tell, an English page's locale does: a
``<html lang>`` of a day-first country ("en-GB", "en-IE", "en-AU") reads them day first,
"en-US" month first (session 35, read on blind en_at)."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_german_date


def page_order(texts: list[tuple[str, bool]]) -> bool | None:
    """True when the page's slashed dates (every text node, other parts too: one site's
    format) are day first, False when month first, None when they do not tell or disagree."""
    day_first = month_first = False
    for text, _ in texts:
        if "/" not in text:
            continue
        for match in data.DATE_SLASHED.finditer(text):
            first, second = int(match[1]), int(match[2])
            if first > 12 >= second:
                day_first = True
            elif second > 12 >= first or data.DATE_CLOCK_12H.match(text, match.end()):
                month_first = True
    return None if day_first == month_first else day_first


def ordered_date(match: re.Match[str], day_first: bool) -> str | None:
    """The slashed date ``match`` (:data:`~.data.DATE_SLASHED`) read in the page's order."""
    first, second, year, hour, minute = match.groups()
    month, day = (second, first) if day_first else (first, second)
    clock = f" {hour}:{minute}" if hour is not None else ""
    return parse_german_date(f"{month}/{day}/{year}{clock}")


def lang_order(tree: etree._Element) -> bool | None:
    """True when the page's ``<html lang>`` names an English locale of a day-first country
    ("en-GB", "en-IE", "en-AU", "en-IN"), False for a month-first one
    (:data:`~.data.MONTH_FIRST_LANGS`: "en-US"), None for any other or none (German themes
    print a blog engine's US default, "4/07/2019", as often as the German order)."""
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip().lower().replace("_", "-")
    if not lang.startswith("en-") or lang in data.MIXED_ORDER_LANGS:
        return None
    return lang not in data.MONTH_FIRST_LANGS


def markup_slashed(tree: etree._Element, text: str) -> str | None:
    """The day of date markup's text when it is an ambiguous slashed date ("04/03/2024" in a
    press page's date span) and the page tells its order (:func:`page_order`, then
    :func:`lang_order`): a British bank's page lists "28/02/2024" beside it (session 52, read
    on en_bv; every text of the page counts, teasers too); None where the text is no such
    date or the page does not tell."""
    match = data.DATE_SLASHED.search(text) if "/" in text else None
    if match is None or int(match[1]) > 12 or int(match[2]) > 12:
        return None
    body = tree.find("body")
    order = page_order([(part, False) for part in (tree if body is None else body).itertext()])
    order = lang_order(tree) if order is None else order
    return None if order is None else ordered_date(match, order)
