"""Offices before a name ("Finanzminister Jens Halbach", "Verbandspräsidentin Ursula
Brenninger"): a credit line's or byline's name without them."""

from __future__ import annotations

from newsarchive.extract import data


def is_office(word: str) -> bool:
    """True for an office before a name, alone or ending a compound ("Finanzminister",
    "Verbandspräsidentin"; :data:`~.data.LEADING_OFFICE_ENDINGS`), capitalised."""
    return word[:1].isupper() and word.lower().endswith(data.LEADING_OFFICE_ENDINGS)


def without_office(name: str) -> str:
    """A name without the offices before it ("Finanzminister Jens Halbach"), where a name of
    two words or more follows."""
    words = name.split()
    while len(words) > 2 and is_office(words[0]):
        words = words[1:]
    return " ".join(words)
