"""A paper's writers from its scholarly citation tags (one ``citation_author`` each,
:data:`~newsarchive.extract.data.META_CITATION_AUTHOR`), surname-first forms turned round
("Szymańska, Paula" is Paula Szymańska; issue 11, halves AD's and AJ's kind)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.metadata import Metadata


def citation_authors(meta: Metadata) -> list[str]:
    """The writers the citation tags name, in order, each once."""
    found: list[str] = []
    for value in meta.all([data.META_CITATION_AUTHOR]):
        parts = [p.strip() for p in value.split(",")]
        if len(parts) == 2 and all(parts) and len(parts[0].split()) <= 2:
            value = f"{parts[1]} {parts[0]}"  # "Surname, Given name"
        elif len(parts) > 1:
            continue  # a list in one tag, an affiliation: not one writer
        if value not in found:
            found.append(value)
    return found
