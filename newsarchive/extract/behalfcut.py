"""A closing line signed on behalf of a body ("Für den Vorstand: Werner Ohlendorf", "Für das
Orgateam: Brigitte Amsler", "Monique Terbrüggen für den Vorstand") leaves the body, like a
greeting's signature (:mod:`~newsarchive.extract.signoffs`); the authors are still read on
it (:func:`~newsarchive.extract.behalf.behalf_signature`). The full sets' writers drop it
(de_full41's, de_full42's and de_full49's club and team pages); the letter sets' snippets
never ask for it. Issue 11, round rb28."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.behalf import behalf_place


def without_behalf_signature(lines: list[str]) -> list[str]:
    """``lines`` without a closing line signed for a group (:data:`~.data.BEHALF_GROUP`),
    and without the short lines
    after it (under :data:`~.data.CLOSING_SIGNATURE_AFTER_WORDS` words: a list's heading,
    a counter); where longer lines follow (the body runs on into other posts) only the
    line itself leaves."""
    found = behalf_place(lines)
    if found is None or not data.BEHALF_GROUP.search(lines[found[0]]):
        return lines
    at = found[0]
    rest = lines[at + 1 :]
    if all(len(line.split()) < data.CLOSING_SIGNATURE_AFTER_WORDS for line in rest):
        return lines[:at]
    return [*lines[:at], *rest]
