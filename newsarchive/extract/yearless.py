"""A publication date shown without its year ("Di, 12.03., 17:35 Uhr" in a news page's
published-date element, "Veröffentlicht: Donnerstag, 30. Dezember" in Joomla's article
info): the page's own day, in the year that puts it nearest the day the metadata or the
other signals gave (and, with a weekday, the year whose calendar shows that weekday). The
metadata's day may be an update's or a migration's; the line is what the reader sees
(issue 11; session 64, read on dates_hj, dates_fx, dates_gl)."""

from __future__ import annotations

import re
from datetime import date, datetime

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.nodes import skipped_part

_WEEKDAYS = ("mo", "di", "mi", "do", "fr", "sa", "so")  # (Sonnabend: "so", a Saturday below)


def yearless_day(
    tree: etree._Element, published: str | None, fetched_at: datetime | None
) -> str | None:
    """The day of the page's first yearless publication date before its text
    (:data:`~.data.YEARLESS_DAY` in an element :data:`~.data.YEARLESS_PUBLISHED_CLASS`
    names) in the year nearest ``published``, where it differs from it; else None."""
    if not published:
        return None
    paragraphs = 0  # long ones passed under the headline: a standfirst may stand above it
    for element in tree.iter("h1", "time", "span", "div", "p", "dd"):
        if element.tag == "h1":
            paragraphs = 0  # (a cookie banner's or a header's paragraphs above it)
        elif element.tag == "p" and len(element.text_content()) >= data.DATE_OTHERS_AFTER_CHARS:
            paragraphs += 1
            if paragraphs > 1:
                return None  # the text has begun: a date under it is another's (a preview's)
        names = f"{element.get('class') or ''} {element.get('itemprop') or ''}"
        if not data.YEARLESS_PUBLISHED_CLASS.search(names) or _listed(element):
            continue
        text = " ".join("".join(element.itertext()).split())
        if (match := data.YEARLESS_DAY.fullmatch(text)) is None:
            continue
        found = _nearest(match, date.fromisoformat(published[:10]), fetched_at)
        return found if found and found != published[:10] else None
    return None


def _listed(element: etree._Element) -> bool:
    """True inside a list item or a part of other articles (a widget's "Neueste Beiträge",
    a newsletter's archive previews, comments: :func:`~.nodes.skipped_part`)."""
    return any(parent.tag == "li" or skipped_part(parent) for parent in element.iterancestors())


def _nearest(match: re.Match[str], near: date, fetched_at: datetime | None) -> str | None:
    """The day ``match`` names in the year (one before, the same, one after ``near``'s) that
    puts it nearest ``near``, not after the fetch and on its weekday if one is shown."""
    month = int(match["month"]) if match["month"] else data.MONTHS.get(match["name"].lower())
    if month is None:
        return None
    weekday = match["weekday"]
    days = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            day = date(year, month, int(match["day"]))
        except ValueError:
            continue
        if fetched_at is not None and day > fetched_at.date():
            continue
        shown = 5 if weekday and weekday.lower() == "sonnabend" else None
        if weekday and day.weekday() != (shown or _WEEKDAYS.index(weekday.lower()[:2])):
            continue
        days.append(day)
    best = min(days, key=lambda day: abs((day - near).days), default=None)
    if best is None or abs((best - near).days) > data.YEARLESS_MAX_DAYS:
        return None
    return best.isoformat()
