"""A "Stand:" day over a metadata stamp the page shows nowhere: a template's or a
migration's stamp ("2013-04-22T10:31:12+02:00" for published and modified alike)
under a text closed by "Stand: 12.10.2016" (:data:`~.data.DATE_STAND_LINE`)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_date
from newsarchive.extract.fallbackdate import full_days


def stand_over_stamp(
    texts: list[tuple[str, bool]], stamp: str | None, modified: str | None, latest: str
) -> str | None:
    """The one "Stand:" day of the page's shown ``texts`` where the metadata's ``stamp`` (its
    publication, ``modified`` the same day: one stamp for both) is a day the page shows
    nowhere; the stand comes after the stamp and no later than ``latest``. (A publication
    without a modification under "Stand:" is a news page's update line: the stamp stays.)"""
    if not stamp or not modified or modified[:10] != stamp[:10]:
        return None
    shown = [text for text, skip in texts if not skip]
    days = {
        day[:10]
        for text in shown
        for match in data.DATE_STAND_LINE.finditer(text)
        if (day := parse_date(match.group("day")))
    }
    if len(days) != 1 or stamp[:10] in full_days(shown):
        return None  # (the page shows the stamp's day: the "Stand:" is an update's)
    day = days.pop()
    return day if stamp[:10] < day <= latest else None
