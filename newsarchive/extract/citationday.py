"""The day a citation suggestion gives the page (issue 11, session 57, read on the blind
dates_fr and dates_fs): a scholarly blog, a research portal or a conference report prints
"Zitiervorschlag: Miriam Oltrogge, Likes für die Filiale?, in: Finanzkultur, 15.03.2024,
https://…" under its text, and that is the day the page is published on, where the page
dates nothing else but the conference's days, a later change or a footnote's newspaper."""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_date, parse_german_date
from newsarchive.extract.metadata import Metadata

_DAY_PATTERNS = (
    data.DATE_LONG,
    data.DATE_NUMERIC,
    data.DATE_MONTH_FIRST,
    data.DATE_YMD_SLASHED,
    data.DATE_SLASHED,
)


def _text(element: etree._Element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def citation_text(tree: etree._Element) -> str | None:
    """The text of the page's first citation suggestion (after its label), or None."""
    for element in tree.xpath(data.CITATION_LABEL_XPATH):
        if data.CITATION_LABEL.match(" ".join((element.text or "").split())):
            text = _after_label(element)
            if text:
                return text[: data.CITATION_MAX_CHARS]
    return None


def _after_label(element: etree._Element) -> str | None:
    """What follows a citation label: the rest of its element ("Zitiervorschlag: A, …"), of
    the element it is inline in ("<b>Zitierweise:</b> A, …"), or the next elements
    ("<h2>Zitierweise</h2><p>A, …</p>", a sub-label "Elektronische Referenz" passed over)."""
    node: etree._Element | None = element
    for _ in range(data.CITATION_LEVELS):
        if node is None:
            return None
        text = _text(node)
        label = data.CITATION_LABEL.search(text)
        rest = text[label.end() :].strip(" :") if label else ""
        if len(rest) >= data.CITATION_MIN_CHARS:
            return rest
        follower = node.getnext()
        if (node.tail or "").strip() or follower is None:
            node = node.getparent()  # the label is inline: its parent holds the citation
            continue
        parts: list[str] = []
        while follower is not None and len(parts) < data.CITATION_LEVELS:
            if isinstance(follower.tag, str):
                parts.append(_text(follower))
                if data.CITATION_YEAR.search(parts[-1]):
                    return " ".join(parts)
            follower = follower.getnext()
        return None
    return None


def citation_days(text: str, fetched_at: datetime | None) -> list[str]:
    """The full days a citation names, its access day ("abgerufen am …") cut, none after
    the fetch; a slashed day that reads either way round ("09/07/2019") is left out."""
    text = data.CITATION_ACCESS.sub(" ", text)
    latest = fetched_at.date().isoformat() if fetched_at else "9999"
    days: list[str] = []
    for pattern in _DAY_PATTERNS:
        for match in pattern.finditer(text):
            if pattern is data.DATE_SLASHED and _either_way(match):
                continue
            found = parse_german_date(match.group(0), fetched_at)
            if found and found[:10] <= latest:
                days.append(found[:10])
    return days


def _either_way(match: re.Match[str]) -> bool:
    first, second = int(match.group(1)), int(match.group(2))
    return first != second and first <= 12 and second <= 12


def citation_day(
    tree: etree._Element,
    meta: Metadata,
    published: str | None,
    fetched_at: datetime | None,
    text: str,
) -> str | None:
    """The latest day the page's citation suggestion names (a title's old day, "Als am 1.
    Juli 1872 …", is earlier) where it differs from ``published``, the page does not label
    it as the day a paper was written and no scholarly date tag names another day; only
    where the page's ``text`` holds a hint of a label (:data:`~.data.CITATION_HINTS`)."""
    if not any(hint in text for hint in data.CITATION_HINTS):
        return None
    citation = citation_text(tree)
    days = citation_days(citation, fetched_at) if citation else []
    if not days:
        return None
    day = max(days)
    if (published and published[:10] == day) or day in _written_days(tree, fetched_at):
        return None
    scholarly = [parse_date(v, fetched_at) for v in meta.all(data.CITATION_DATE_META)]
    if any(found and len(found) >= 10 and found[:10] != day for found in scholarly):
        return None  # the paper's day for citation tools ("citation_publication_date") holds
    return day


def _written_days(tree: etree._Element, fetched_at: datetime | None) -> set[str]:
    """The days the page labels as a paper's writing ("Date Written: February 26, 2021"): a
    preprint's abstract page cites the paper by that day and is posted later."""
    days: set[str] = set()
    for text in tree.xpath(data.CITATION_WRITTEN_XPATH):
        for match in data.CITATION_WRITTEN.finditer(" ".join(text.split())):
            found = parse_german_date(match["date"], fetched_at)
            if found:
                days.add(found[:10])
    return days
