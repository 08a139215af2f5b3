"""Authors from scholarly citation meta tags, one tag per author."""

from __future__ import annotations

import re

from newsarchive.extract import data
from newsarchive.extract.metadata import Metadata

_INVERTED = re.compile(r"^([^,\s][^,]*),\s*([^,]+)$")  # "Wessels, Hanna": last name first


def citation_authors(meta: Metadata) -> list[str]:
    """The names of the ``citation_author``-style tags, each in reading order."""
    names: list[str] = []
    for value in meta.all(data.CITATION_AUTHOR):
        match = _INVERTED.match(value.strip())
        name = f"{match.group(2).strip()} {match.group(1).strip()}" if match else value.strip()
        if name and name not in names and not name.startswith(("http", "@")):
            names.append(name)
    return names
