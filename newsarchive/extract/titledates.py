"""A date stuck to the headline: where the title found opens with a numeric day in brackets
or before a colon or a separator ("[12.05.1998] Neu: …", "16.03.04: Nachhilfe …"), or
closes with one in brackets ("Mein Büro zieht um (13.02.01)"), the headline without it,
for :mod:`~newsarchive.extract.extraction` (see :mod:`~newsarchive.extract.data.titledates`)."""

from __future__ import annotations

import re

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_german_date


def without_date(title: str) -> str:
    """``title`` without the day it opens or closes with
    (:data:`~.data.TITLE_DATE_OPENING`, :data:`~.data.TITLE_DATE_CLOSING`, spelled out
    with its weekday: :data:`~.data.TITLE_DATE_TRAILING`) where that reads
    as a date and :data:`~.data.TITLE_DATE_REST_MIN_WORDS` words or more are left, with no
    date of their own (a programme's "Sendung vom 16.10.2019 (16.1.2019)": the brackets
    belong to a title that dates itself); else empty (the title stays)."""
    for pattern in (data.TITLE_DATE_OPENING, data.TITLE_DATE_CLOSING, data.TITLE_DATE_TRAILING):
        match = pattern.search(title)
        if not match or not parse_german_date(match.group(0)):
            continue
        rest = (title[: match.start()] + title[match.end() :]).strip()
        if rest and rest.split()[-1].lower() in data.TITLE_DATE_PREPOSITIONS:
            continue  # "Warnstreik am Dienstag, 3. September 2024": the headline's own day
        enough = len(re.findall(r"\w+", rest)) >= data.TITLE_DATE_REST_MIN_WORDS
        if enough and not parse_german_date(rest):
            return rest
    return ""
