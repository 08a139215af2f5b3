"""An officer's signature closing a club's or an association's letter-like post ("Eure
Kassenwartin Gisela Marquardt", "Für den Vorstand: Werner Ohlendorf"): the names signing,
without the office (:data:`~.data.ROLE_SIGNATURE`, :data:`~.data.BOARD_SIGNATURE`)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.names import split_authors


def role_signature(lines: list[str]) -> list[str]:
    """The people an officer's signature in the last line names, none a group."""
    if not lines:
        return []
    last = lines[-1].translate(data.INVISIBLE).strip()
    match = (
        data.ROLE_SIGNATURE.fullmatch(last)
        or data.BOARD_SIGNATURE.fullmatch(last)
        or data.BOARD_SIGNATURE_AFTER.fullmatch(last)
    )
    if match is None:
        return []
    names = split_authors([match.group("names")])[0]
    if any(
        data.SIGNATURE_NOT_NAMES.search(n) or data.FORMAL_SIGNATURE_NOT_NAMES.search(n)
        for n in names
    ):
        return []
    return names
