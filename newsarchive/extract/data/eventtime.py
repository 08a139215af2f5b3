"""An event's own time under its headline (issue 11, session 23)."""

from __future__ import annotations

#: Class or id words of a calendar's event time ("event-when", "event-date", "event-time",
#: "event-start", "termin-datum"; Gancio, The Events Calendar's "tribe-event-date-start",
#: TYPO3 and club sites' "termin-datum"): the day the event happens, not the post's
#: publication, so such a part is passed over like the other parts with other dates
#: (:data:`~newsarchive.extract.data.VISIBLE_DATE_SKIP_WORDS`). Kind read in de_full57.
EVENT_TIME_PARTS = (
    "event-when",
    "event-date",
    "event-time",
    "event-start",
    "eventdate",
    "event_date",
    "termin-datum",
    "termindatum",
)
