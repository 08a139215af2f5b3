"""A guest post's closing note ("Dieser Artikel ist ein Gastbeitrag von A.", "Dieser
Gastartikel stammt von A, …"): the guest is the author, not the owner's account in the
byline (:data:`~newsarchive.extract.data.guestclosing.GUEST_CLOSING`)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.data.guestclosing import (
    GUEST_CLOSING,
    GUEST_CLOSING_LINES,
    WRITTEN_BY_CLOSING,
)


def guest_closing(lines: list[str]) -> str | None:
    """The guest or writer a note in the body's first line or its last lines names."""
    for line in [*lines[:1], *lines[-GUEST_CLOSING_LINES:]]:
        if "Dies" not in line or " von " not in line:
            continue
        for pattern in (GUEST_CLOSING, WRITTEN_BY_CLOSING):
            match = pattern.search(line)
            if match and not data.SIGNATURE_NOT_NAMES.search(match.group("name")):
                return match.group("name")
    return None
