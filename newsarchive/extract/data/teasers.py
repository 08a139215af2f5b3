"""A list of other posts closing the body, each item a day and a title (issue 11,
:mod:`newsarchive.extract.datedteasers`)."""

from __future__ import annotations

import re

from newsarchive.extract.data.dates import (
    DATE_LONG,
    DATE_MONTH_FIRST,
    DATE_NUMERIC,
    DATE_NUMERIC_SHORT_YEAR,
)

#: What marks or parts an item around its day and title: list markers, table pipes, dots,
#: dashes, colons and brackets ("- 02.10.2001: Kartenzahlung auf dem Wochenmarkt", "|
#: 29.01.2001 | Geldautomat gesprengt |", "Mehr Kredite für Handwerksbetriebe
#: (05.09.2005)", "07.04.2003 · Bausparen für Berufseinsteiger", "03.03.2000 – Neuer
#: Vorstand gewählt").
TEASER_MARKS = re.compile(r"[\s|·•–—:()\[\]-]+")
#: A day written the ISO way: a list item's ("2025-04-17"), a wiki's comment stamp
#: ("-- Name 2007-03-12 22:40:03").
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
#: The forms of a day a closing list's item or a comment's first lines show ("12.10.2003",
#: "17. April 2025", "April 17, 2025", "2025-04-17", "12.10.03"), in the order
#: :mod:`~newsarchive.extract.datedteasers` tries them (the first that matches places the
#: day); :mod:`~newsarchive.extract.latecomments` asks for any.
DAY_FORMS = (DATE_NUMERIC, DATE_LONG, DATE_MONTH_FIRST, ISO_DAY, DATE_NUMERIC_SHORT_YEAR)
#: An item: a title of :data:`TEASER_MIN_WORDS` to :data:`TEASER_MAX_WORDS` words before or
#: after the day (the same side in every item of the list: a visitor counter "1466 Besucher
#: seit 11.09.1999" over "Seite erstellt am … mit dem Baukasten" is none), on a line of up to
#: :data:`TEASER_MAX_CHARS`, no sentence inside or at its end.
TEASER_MIN_WORDS = 2
TEASER_MAX_WORDS = 12
TEASER_MAX_CHARS = 140
#: At least this many items in a row make the list (read on ag, aw, ai, bc, bd, bg, aq, ar
#: and aj: news CMSs' "Ältere Meldungen", blogs' archives, club pages' news lists; rejected
#: in session 16 as read sets only, kept in session 18 (rb27) when it raised sets nobody read
#: for it: judges ca, cb, de_full48 and 18 read letter sets).
TEASER_MIN_ITEMS = 2
#: The list's heading right above it ("Ältere Meldungen", "Weitere Beiträge", "Recent posts"):
#: a line of up to :data:`TEASER_HEADING_MAX_CHARS` naming posts leaves with it (a signature
#: above the list stays).
TEASER_HEADING = re.compile(
    r"\b(?:meldungen|nachrichten|beiträge|artikel|einträge|news|archiv|aktuelles|posts|"
    r"articles|entries|stories|updates)\b",
    re.IGNORECASE,
)
TEASER_HEADING_MAX_CHARS = 40
#: After the list only the page's short lines may follow (an address, "Impressum"): lines of up
#: to this many characters ending no sentence.
TEASER_TRAILER_MAX_CHARS = 120
#: A heading over the page's list of coming events, closing the body ("Termine", "Die
#: nächsten Termine", "Unsere nächsten Termine", "Konzerttermine", "Veranstaltungen",
#: "Nächste Meetings", "Upcoming events"; read on bg, bq, de_full42, de_full47: club pages
#: and a newsletter; :mod:`~newsarchive.extract.eventlists`). Alone on its line, in the
#: body's second half.
EVENTS_HEADING = re.compile(
    r"(?:(?:(?:unsere|die|alle)\s+)?(?:(?:nächsten|kommenden|weiteren|anstehenden)\s+)?"
    r"(?:[\w-]*termine|veranstaltungen|meetings|treffen)"
    r"|nächste[sn]?\s+(?:meetings?|treffen|termine)"
    r"|(?:upcoming|next|future)\s+(?:events|meetings|dates)|events|dates)"
    r"\s*:?",
    re.IGNORECASE,
)
#: What may follow the heading: at most this many lines, each of up to
#: :data:`TEASER_TRAILER_MAX_CHARS` characters ending no sentence (the events' names, the
#: club's address); a heading with text after it stays.
EVENTS_MAX_AFTER = 6
