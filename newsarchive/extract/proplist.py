"""A page's property list: the article's own facts as labelled rows beside or under its
text, ``<dt>Autorin</dt><dd>Carolin Mader</dd>``, ``<th>Datum</th><td>12.03.2024</td>``
(TYPO3's news detail, wikis' forms, shops' detail tables). A list with a publication day
row is the article's; its author row names the writer where nothing else does, its day
dates a page without a metadata date (issue 11, session 59: read on dates_gd and dates_ge).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_date
from newsarchive.extract.names import split_authors
from newsarchive.extract.parsing import element_text


def _rows(tree: etree._Element) -> Iterator[list[tuple[str, str]]]:
    """Each property list's (label, value) rows: a ``<dl>``'s ``<dt>`` and the ``<dd>``
    after it; a table's rows of two cells, a ``<th>`` or a label ending in a colon first."""
    for listing in tree.iter("dl"):
        if _teaser(listing):
            continue
        rows: list[tuple[str, str]] = []
        label = None
        for child in listing:
            if child.tag == "dt":
                label = element_text(child)
            elif child.tag == "dd" and label is not None:
                rows.append((label, element_text(child)))
                label = None
        yield rows
    for table in tree.iter("table"):
        if _teaser(table):
            continue
        rows = []
        for row in table.iter("tr"):
            cells = [cell for cell in row if cell.tag in ("th", "td")]
            if len(cells) != 2 or cells[1].tag != "td":
                continue
            label = element_text(cells[0])
            if cells[0].tag == "th" or label.endswith(":"):
                rows.append((label, element_text(cells[1])))
        yield rows


def _teaser(element: etree._Element) -> bool:
    """Whether ``element`` is in a link or a teaser (:data:`~.data.PROPERTY_TEASER_CLASS`)."""
    return any(
        a.tag == "a" or data.PROPERTY_TEASER_CLASS.search(a.get("class") or "")
        for a in element.iterancestors()
    )


def _own_lists(tree: etree._Element) -> Iterator[list[tuple[str, str]]]:
    """The property lists with a publication day row (:data:`~.data.PROPERTY_DAY_LABEL`,
    a full day), no book's row (:data:`~.data.PROPERTY_BOOK_LABEL`) and no event's row
    (:data:`~.data.PROPERTY_EVENT_LABEL`) unless an author row names the writer."""
    for rows in _rows(tree):
        labels = [label for label, _ in rows]
        if any(map(data.PROPERTY_BOOK_LABEL.fullmatch, labels)) or (
            any(map(data.PROPERTY_EVENT_LABEL.fullmatch, labels))
            and not any(map(data.PROPERTY_AUTHOR_LABEL.fullmatch, labels))
        ):
            continue
        if any(_day_value(label, value) for label, value in rows):
            yield rows


def _day_value(label: str, value: str) -> str | None:
    """The full day in a publication day row's value, or None."""
    if len(value) > data.PROPERTY_VALUE_MAX_CHARS or not data.PROPERTY_DAY_LABEL.fullmatch(label):
        return None
    match = data.PROPERTY_FULL_DAY.search(value)
    return match.group(0) if match else None


def listed_writer(tree: etree._Element) -> list[str]:
    """The names in the author row of the article's property list, or none."""
    for rows in _own_lists(tree):
        for label, value in rows:
            if len(value) <= data.PROPERTY_VALUE_MAX_CHARS and (
                data.PROPERTY_AUTHOR_LABEL.fullmatch(label)
            ):
                return split_authors([value])[0]
    return []


def listed_day(
    tree: etree._Element, fetched_at: datetime | None, stamp: str | None = None
) -> str | None:
    """The day in the publication day row of the article's property list, or None; where
    the page has a metadata day ``stamp``, only from a list whose update row shows it
    (:data:`~.data.PROPERTY_UPDATE_LABEL`: "Erschienen: 05.02.2024", "Aktualisiert:
    19.02.2024" under a stamp of 19 February)."""
    for rows in _own_lists(tree):
        updated = {
            parse_date(match.group(0), fetched_at)
            for label, value in rows
            if data.PROPERTY_UPDATE_LABEL.fullmatch(label)
            and (match := data.PROPERTY_FULL_DAY.search(value))
        }
        if stamp and stamp not in updated:
            continue
        for label, value in rows:
            if day := _day_value(label, value):
                return parse_date(day, fetched_at)
    return None
