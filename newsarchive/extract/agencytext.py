"""An agency's copy credited so beside its editor ("Text: dpa · Bearbeitung: A", "Text:
dpa · Story-Design: A"): where the metadata names the person the credit line gives another
craft, the agency wrote the text (session 56, read on the web stories de_full339 and
de_full345; tables in :mod:`~newsarchive.extract.data.reprints`)."""

from __future__ import annotations

import re

from newsarchive.extract.data.reprints import (
    AGENCY_TEXT_CREDIT,
    AGENCY_TEXT_NODES,
    OTHER_CRAFT_LABEL,
)
from newsarchive.extract.names import split_authors


def agency_text_credit(names: list[str], nodes: list[tuple[str, bool]]) -> list[str]:
    """The agencies a "Text:" credit in the first :data:`~.data.AGENCY_TEXT_NODES` text
    ``nodes`` names, where each of ``names`` is credited there with another craft
    ("Bearbeitung: A", "Story-Design: A"); else []."""
    window = " · ".join(text for text, skip in nodes[:AGENCY_TEXT_NODES] if not skip)
    match = AGENCY_TEXT_CREDIT.search(window) if names else None
    if match is None:
        return []
    found, agencies = split_authors([match["agencies"]])
    crafted = all(re.search(OTHER_CRAFT_LABEL + re.escape(n) + r"\b", window) for n in names)
    return agencies if agencies and not found and crafted else []
