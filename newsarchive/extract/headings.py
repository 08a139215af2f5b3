"""Headlines of pages without an ``<h1>`` that a metadata title repeats, for
:mod:`~newsarchive.extract.title`: old table layouts and portal scripts show the headline in
a ``<font>``/``<b>``/``<td>`` and title the page "Site - Section - Headline"."""

from __future__ import annotations

import re

from newsarchive.extract import data
from newsarchive.extract.text import fix_text


def title_parts(titles: list[str]) -> dict[str, str]:
    """Each title's runs of separated segments from its start or its end, all but the whole
    title ("Site - Section - Headline": "Section - Headline", "Headline", "Site - Section",
    "Site"), of :data:`~.data.TITLE_PART_MIN_WORDS` words or more: lower case to as written."""
    parts: dict[str, str] = {}
    for title in (fix_text(t) for t in titles):
        for cut in data.TITLE_SEPARATORS.finditer(title):
            for part in (title[cut.end() :], title[: cut.start()]):
                part = data.TITLE_DANGLING.sub("", part).strip()
                if len(re.findall(r"\w+", part)) >= data.TITLE_PART_MIN_WORDS:
                    parts.setdefault(part.lower(), part)
    return parts


def shown_part(parts: dict[str, str], shown: set[str]) -> str:
    """The longest title part (:func:`title_parts`) the page shows as an element's text."""
    found = [parts[p] for p in parts if p in shown]
    return max(found, key=len) if found else ""
