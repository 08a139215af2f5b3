"""A metadata day the page shows nowhere (issue 11, session 42): a template's or a
migration's stamp ("2019-03-01T00:00:00" on every page of a static site, the day a CMS moved)
where the page's own date line a few nodes under the headline names another day. The day is
looked for in its common written forms in the page's visible text."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import visible_text


def shown_forms(day: str) -> list[str]:
    """The forms a page writes ``day`` (``YYYY-MM-DD…``) in, lower case: "14.02.2023",
    "14.2.2023", "14.02.23", "14. februar 2023", "feb 14, 2023", "14 february 2023" (every
    month name of :data:`~.data.MONTHS`), "2023-02-14"."""
    year, month, date = int(day[:4]), int(day[5:7]), int(day[8:10])
    forms = [
        f"{date:02d}.{month:02d}.{year}",
        f"{date}.{month}.{year}",
        f"{date:02d}.{month:02d}.{year % 100:02d}",
        day[:10],
    ]
    for name in (n for n, m in data.MONTHS.items() if m == month):
        forms += [f"{date}. {name} {year}", f"{name} {date}, {year}", f"{date} {name} {year}"]
    return forms


def unshown_day(tree: etree._Element, day: str) -> bool:
    """True when the page's visible text shows ``day`` in none of its common forms."""
    text = (visible_text(tree) or "").lower()
    return not any(form in text for form in shown_forms(day))


def unshown_stamp(tree: etree._Element, day: str, line: tuple[str, int] | None) -> bool:
    """True when the date line (``line``: its day and its distance from the headline) stands
    at most :data:`~.data.UNSHOWN_META_LINE_NODES` nodes away and the page shows the
    metadata's ``day`` nowhere (:func:`unshown_day`)."""
    return line is not None and line[1] <= data.UNSHOWN_META_LINE_NODES and unshown_day(tree, day)
