"""A lead left before a writer's full name in a found author ("Stade. Von A", "Vorgestellt
von A", "Geldgeschichten von A", "Created by A", "Bericht: A"): the name alone stays
(:data:`~newsarchive.extract.data.namelead.NAME_LEAD_VON`, ``NAME_LEAD_LABEL``)."""

from __future__ import annotations

from newsarchive.extract.data.namelead import (
    NAME_LEAD_ABOUT,
    NAME_LEAD_GIVEN,
    NAME_LEAD_LABEL,
    NAME_LEAD_VON,
)


def without_name_lead(name: str) -> str:
    """The full name after a lead ending in "von"/"by" or a label's colon, or after an author
    box's "About" ("About Hannah Okafor"), else the name."""
    low = name.lower()
    if low.startswith(("about ", "über ")) and (about := NAME_LEAD_ABOUT.fullmatch(name.strip())):
        return about.group("name")
    if not any(lead in low for lead in (" von ", " by ", " from ", ": ")):
        return name
    for pattern in (NAME_LEAD_VON, NAME_LEAD_LABEL):
        match = pattern.fullmatch(name.strip())
        if match and not NAME_LEAD_GIVEN.fullmatch(match.group("lead")):
            return match.group("name")
    return name
