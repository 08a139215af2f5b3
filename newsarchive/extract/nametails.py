"""The words after a person's full name that are no part of it: a parliament's mark ("Ingrid
Sauerbrey MdL", "Martina Holzapfel MdB"), the body the writer speaks for ("Claudia Thörner
für Reitstall Sonnenhof") and the writer's place ("Anna Berg aus Bezirk Lienzfeld"). Only
after a full name that opens with a common given name (an institute "für …" keeps its
name). Kind read on j, de_full55 and dates_ai (session 33, issue 11)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.givenname import opens_with_given_name


def without_name_tail(name: str) -> str:
    """``name`` without a tail of :data:`~.data.NAME_TAIL` after a full name."""
    tail = data.NAME_TAIL.search(name)
    if tail is None:
        return name
    head = name[: tail.start()].strip()
    if " " not in head or not data.BYLINE_NAME.fullmatch(head) or not opens_with_given_name(head):
        return name
    return head
