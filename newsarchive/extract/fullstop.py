"""A byline text's name closing a sentence ("Veröffentlicht am 12. März 2019 von Leonie
Grabbe."): its full stop is no part of it, unless the name ends in an initial ("Anna M.",
:data:`~.data.NAME_ENDS_IN_INITIAL`). Kind read in de_full44 (issue 11, session 16)."""

from __future__ import annotations

from newsarchive.extract import data


def without_full_stop(name: str) -> str:
    """``name`` without a closing full stop that ends a sentence, not an initial."""
    if name.endswith(".") and not data.NAME_ENDS_IN_INITIAL.search(name[:-1]):
        return name[:-1].rstrip()
    return name
