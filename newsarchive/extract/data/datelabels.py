"""Data for two kinds of date line label (issue 11): a post's footer naming its poster before the
day, ranked as the posting's label, and a label repeated over a list's dated lines, ranked as
none (:mod:`~newsarchive.extract.dateline`, :mod:`~newsarchive.extract.repeatlabel`)."""

from __future__ import annotations

import re

from newsarchive.extract.data.dates import _WEEKDAY

#: A post's footer naming its poster, the time and then the day ("Posted by hkessler at 10:40
#: PM on May 30, 2005", "Posted by Anna on …", "Geschrieben von admin um 14:20 Uhr am …"; rd34):
#: the whole head of a date line ranked as the posting's label (the second of
#: :data:`DATE_LABEL_RANKS`), over a nearer unlabelled day (a clipped source's "Aus: Finanzticker
#: Nord – 28.05.2005"); not after the comments' heading, nor after the text where several nodes
#: open with it (the comments' bylines).
DATE_POSTED_BY = re.compile(
    r"\W*(?:(?:posted|written|geschrieben|verfasst|eingestellt|gepostet)\s+(?:by|von)\s+\S+"
    r"(?:\s+\S+)?(?:\s+(?:at|um)\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+uhr)?)?"
    rf"\s+(?:on|am)\s*{_WEEKDAY}"
    # WordPress's classic themes under the text: "Dieser Eintrag wurde [von A] am Sonntag, …
    # veröffentlicht", "This entry was posted [by A] on Sunday, …" (Kubrick; de_full143)
    r"|(?:dieser|der)\s+(?:eintrag|beitrag|artikel)\s+wurde(?:\s+von\s+\S+(?:\s+\S+)?)?"
    rf"\s+am\s*{_WEEKDAY}"
    r"|this\s+(?:entry|post)\s+was\s+posted(?:\s+by\s+\S+(?:\s+\S+)?)?"
    rf"\s+on\s*{_WEEKDAY})",
    re.IGNORECASE,
)
#: ... a head of at most this many characters (a cheap test before the pattern).
DATE_POSTED_BY_MAX = 80
#: ... not where the line ends in a change's verb: "Dieser Artikel wurde am 22.10.2024 um die
#: Stellungnahme der Bank ergänzt." is an update note (session 61, read on de_full259).
DATE_CHANGED_END = re.compile(
    r"\b(?:ergänzt|aktualisiert|geändert|korrigiert|überarbeitet|erweitert|updated)\W*$",
    re.IGNORECASE,
)
#: Date lines opened by one label that make it a list's label, not the page's
#: (:mod:`newsarchive.extract.repeatlabel`: "Erscheinungsdatum:" under each book of a list).
DATE_LABEL_REPEATS = 2
#: ... unless the label's first dated line stands at most this many text nodes over the
#: headline: a forum post's header over its subject (phpBB's "Verfasst am: 16.10.2007, 20:15"
#: under the poster's name and post count, the replies' "Verfasst am:" lines after the text;
#: session 42, read on de_full58, de_full42, de_full61, de_full62).
DATE_LABEL_HEAD_BEFORE = 4
