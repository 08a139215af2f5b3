"""The date of the post a page's address names, on a page listing several posts (read by
:mod:`newsarchive.extract.dates` before other date markup)."""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_date
from newsarchive.extract.index import page_index


def permalink_date(tree: etree._Element, url: str, fetched_at: datetime | None) -> str | None:
    """The ``<time datetime>`` inside the post the address names, on a page listing several
    posts: a channel's web view ``/s/kanal/5691`` holds ``data-post="kanal/5691"`` beside its
    neighbours, a thread ``…/post/5691`` an ``id="post-5691"``
    (:data:`~newsarchive.extract.data.PERMALINK_POST_ID`), whatever part it sits in."""
    number = data.PERMALINK_POST_ID.search(urlsplit(url).path)
    times = page_index(tree).tag("time")
    if not number or len(times) < 2:
        return None
    own = re.compile(rf"(?<!\d){number[1]}$")  # "kanal/5691", "post-5691", not "15691"
    for element in times[: data.PERMALINK_TIMES_MAX]:
        if element.get("datetime") is None:
            continue
        for ancestor in element.iterancestors():
            names = ancestor.get("data-post") or ancestor.get("id")
            if names and own.search(names):
                return parse_date(element.get("datetime"), fetched_at)
    return None
