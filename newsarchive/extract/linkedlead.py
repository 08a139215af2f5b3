"""A lead word and "von"/"by" alone in a text node before a linked or bold name ("Organisiert
von" <a>A</a>, "Empfehlung von" <a>A</a>, "by" <a>A</a>; :data:`~.data.LINKED_LEAD_ONLY`):
read as a byline's "Von" where the word credits no photographer, sponsor, editor or replier
(:data:`~.data.LINKED_LEAD_NOT`)."""

from __future__ import annotations

from newsarchive.extract import data


def linked_lead(text: str) -> bool:
    """True for a text node that leads a byline whose name is the next node."""
    match = data.LINKED_LEAD_ONLY.fullmatch(text.strip())
    if match is None:
        return False
    word = match.group("word")
    return word is None or word.lower() not in data.LINKED_LEAD_NOT
