"""A date line far under the headline defers to htmldate's fast search shown before it
(issue 11's "use htmldate where your own signals disagree", rd32).

Where no metadata or date markup dates a page and its date line stands more than
:data:`~newsarchive.extract.data.DATE_FAR_LINE_NODES` text nodes from the headline (a day
at the text's end, a list's, a later post's), htmldate's fast search on the page without its
other-dates parts may name another day: it is taken when an unflagged text node shows that
day before any node shows the line's, and the line's node carries no publication label
("Posted in … on Nov 05, 2019", "Veröffentlicht am …": :data:`~.data.DATE_FAR_LINE_LABEL`)."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.fallbackdate import full_days
from newsarchive.extract.listdefer import Removed, htmldate_day


def far_line_defer(
    tree: etree._Element,
    url: str,
    line: tuple[str, int],
    texts: list[tuple[str, bool]],
    drop: Callable[[etree._Element], Removed],
) -> str | None:
    """htmldate's day over date line ``line`` (its date and distance) far under the headline,
    when the page's unflagged text nodes ``texts`` show it first; else None."""
    if line[1] <= data.DATE_FAR_LINE_NODES:
        return None
    day = line[0][:10]
    earlier = _days_before(texts, day)
    if not earlier or _labelled(texts, day):
        return None  # (read before htmldate, the costly part)
    found = htmldate_day(tree, url, drop)
    return found if found in earlier else None


def _days_before(texts: list[tuple[str, bool]], day: str) -> set[str]:
    """The days the unflagged text nodes show in full before the first node showing ``day``
    (none when no node shows it)."""
    days: set[str] = set()
    for text, skip in texts:
        shown = full_days((text,))
        if day in shown:
            return days
        if not skip:
            days |= shown
    return set()


def _labelled(texts: list[tuple[str, bool]], day: str) -> bool:
    """True when the first node showing ``day`` (or one of the two nodes before it, "Posted in"
    | "News" | "on Nov 05, 2019") names the publication."""
    for i, (text, _) in enumerate(texts):
        if day in full_days((text,)):
            head = " ".join(t for t, _ in texts[max(0, i - 2) : i + 1])
            return bool(data.DATE_FAR_LINE_LABEL.search(head))
    return False
