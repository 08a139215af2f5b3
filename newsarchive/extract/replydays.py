"""The replies' days: after a comments' heading below the text ("Kommentare (3)",
"Reaktionen", "6 Comments"), a day opening its node with no label is a reply's ("Jo schrieb:"
| "9. November 2006") or a list's beside them ("Aus der Nachbarschaft" | "6. November 2006"),
no date line; a labelled line there is still read (a photo page's box after its comments:
"Hochgeladen am 22. September 2006") (issue 11, rd29's date round; a narrower form of rd25's
comments_heading_stop, which closed the date line there)."""

from __future__ import annotations

from newsarchive.extract import data


def replies_heading(text: str) -> bool:
    """True for a comments' heading (:data:`~newsarchive.extract.data.DATE_COMMENTS_HEADING`,
    at most :data:`~newsarchive.extract.data.DATE_REPLIES_HEADING_CHARS` characters)."""
    return (
        len(text) <= data.DATE_REPLIES_HEADING_CHARS
        and data.DATE_COMMENTS_HEADING.fullmatch(text) is not None
    )


def reply_day(text: str, start: int, rank: int) -> bool:
    """True for a date at ``start`` of ``text`` with nothing before it in its node and no
    label (``rank``, :func:`~newsarchive.extract.dateline._label_rank`, past the labelled
    ranks), read after a comments' heading: a reply's or a list's day."""
    return rank >= len(data.DATE_LABEL_RANKS) and not text[:start].strip()
