"""Data for dates in the text that are not the publication's day though they look like one
(read by :mod:`newsarchive.extract.dateline`): the bounds of a period."""

from __future__ import annotations

import re

#: A date that bounds a period is not the day a text was written: a price list's or a
#: rule's start ("Preise ab 01.04.2024", "gültig ab dem 1. Juni 2025", "Beiträge ab 1. Januar
#: 2002"), a deadline ("Anmeldung bis 31.03.2010", "bis zum 30.04.2004"), a visitor
#: counter's start ("Sie sind Besucher Nr. 1244 seit dem 15.08.1998"). The word stands right
#: before the date (:data:`DATE_BOUND_BEFORE`), or "bis" right after it ("vom 23.12.2001 bis
#: 28.02.2002", :data:`DATE_BOUND_AFTER`); a magazine's "Online seit 14. März 2025" is its
#: publication.
DATE_BOUND_BEFORE = re.compile(
    r"(?<!online\s)\b(?:ab|seit|bis)(?:\s+(?:dem|zum|den))?\s*$", re.IGNORECASE
)
DATE_BOUND_AFTER = re.compile(r"\s*bis\b", re.IGNORECASE)

#: A heading of an events list after the text ("Termine", "Nächste Termine", "Nächstes
#: Treffen", "Kommende Veranstaltungen", "Terminkalender"): its dates are the events', no date
#: line after it once the text was read (as after
#: :data:`~newsarchive.extract.data.DATE_OTHERS_HEADING`).
DATE_EVENTS_HEADING = re.compile(
    r"\W*(?:(?:nächste[rsn]?|kommende|aktuelle|unsere|weitere)\s+)?"
    r"(?:termine|treffen|veranstaltungen|events)\W*|\W*(?:termin|veranstaltungs)kalender\W*",
    re.IGNORECASE,
)
