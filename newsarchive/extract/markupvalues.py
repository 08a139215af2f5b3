"""A date element's values in the order date markup is read: its machine date, a Unix time
in it (``data-published="1709628300000"``, Drupal's ``data-timestamp`` on a field inside the
date element; session 56, read on dates_fj and dates_fk), its text
(:func:`~newsarchive.extract.dates._markup_date`)."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import epoch_date


def date_values(element: etree._Element, text: str) -> Iterator[str | None]:
    """A date element's values in the order read, each only when the one before gave no date:
    its machine date (``datetime``, ``content``; the microformats' abbr design pattern, the
    date in an ``<abbr>``'s ``title``), a Unix time in it (:func:`epoch_in`), its ``text``."""
    yield element.get("datetime")
    yield element.get("content")
    yield element.get("title") if element.tag == "abbr" else None
    yield epoch_in(element)
    yield text


def epoch_in(element: etree._Element) -> str | None:
    """The Unix time a date element or one inside it carries (:func:`~.datetext.epoch_date`;
    Drupal's ``<span class="node__pub-date"><span data-timestamp="…">vor 2 Jahren``)."""
    values = (e.get(a) for e in element.iter() for a in data.DATE_EPOCH_ATTRIBUTES)
    return next(filter(None, map(epoch_date, values)), None)
