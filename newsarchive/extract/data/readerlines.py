"""Data for the body's lines about the reader rather than the news: the reader's access
status over or under the text (:mod:`newsarchive.extract.body`). Kept apart from
:mod:`newsarchive.extract.data.bodylines`, which is full."""

from __future__ import annotations

import re

#: The reader's access status, a line of its own over or under the text: "Sie lesen einen
#: frei verfügbaren Artikel. …", "Sie lesen diesen Plus-Artikel, weil Sie angemeldet
#: sind.", "Sie lesen einen Artikel aus der gedruckten Ausgabe. … testen", "Sie lesen diesen
#: Artikel kostenlos.", and the subscription label "FW+ Dieser Artikel ist Teil unseres
#: Abonnements." (read on de_full24's, de_full22's and de_full6's regional papers and
#: weeklies; de_full20's and set K's forms are dropped by other rules). Up to three words
#: between the article and "Artikel"; matched at a line's start, on lines of at most
#: ``BOILERPLATE_MAX_CHARS`` (:mod:`~newsarchive.extract.data.bodylines`).
READER_STATUS_LINE = re.compile(
    r"(?:sie lesen (?:gerade |jetzt )?(?:diesen|einen|den) (?:[\w-]+ ){0,3}(?:[\w-]+-)?artikeln?\b"
    r"|(?:\S{1,8}\+\s+)?dieser (?:artikel|beitrag) ist (?:teil unseres|teil des|exklusiv für|"
    r"nur für) (?:\w+ )?abonne)",
    re.IGNORECASE,
)
