"""Data for a home page's visitor counter closing the text (:data:`~.notices.CLOSING_NOTES`)."""

from __future__ import annotations

import re

#: A visitor counter as a line of its own under the text of a hand-made or hosted home page:
#: "You are visitor number 006505", "Sie sind Besucher Nr. 48.213 seit dem 01.01.2004",
#: "Sie sind Besucher Nr." (the number an image), "1466 Besucher seit 17.05.2002",
#: "Besucher seit dem 05.04.2005:", "Visitors since 2001: 1234" (read on en_z; the kind is
#: seen on German and English home pages of several sets). A sentence about visitors
#: ("Besucher brauchen etwas Geduld, …") has no counter's form and stays.
#: The day or year a counter runs since ("seit dem 01.01.2004", "since March 2001", "seit 1999").
COUNTER_SINCE = (
    r"(?:since|seit)(?:\s+dem)?\s+(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|(?:\d{1,2}\.?\s+)?[a-zä]+\.?\s+\d{4}|\d{4})"
)
COUNTER_LINE = re.compile(
    r"(?:(?:you are|sie sind|du bist)\s+(?:the\s+|der\s+)?(?:visitor|guest|besucher(?:in)?|gast)"
    r"(?:\s+(?:number|no\.?|nr\.?|nummer|#))?\s*:?\s*[\d.,]*(?:\s+" + COUNTER_SINCE + r")?"
    r"|(?:[\d.,]+\s+)?(?:visitors|besucher|hits|zugriffe)\s+" + COUNTER_SINCE + r"\s*:?\s*[\d.,]*)"
    r"\s*[.!:]?",
    re.IGNORECASE,
)
COUNTER_LINE_MAX_CHARS = 100
