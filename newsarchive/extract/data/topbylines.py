"""Bylines at the top of the body that the stricter byline forms miss (issue 11): a
credited name with a login, a role, a class, a date, a category or a count of reads after
it (:mod:`newsarchive.extract.topbylines`)."""

from __future__ import annotations

import re

#: A byline opening a line: "Von", "by", "Geschrieben von", "Veröffentlicht von", "Posted
#: by", "Autor:", then a name's first word, a letter, no article or number ("Von der Filiale
#: bis zum Vorstand", "Von den drei Werten …", "By 2030 …" are text). What follows is free
#: ("Von Kerstin Vahlbruch am 15. Mai 2007, 20:15 - Aus dem Verein", "Von br-admin,
#: 12.05.2003 · Thema: Standorte", "Geschrieben von Anna Berg am Dienstag, 2. Dezember 2008
#: (346 mal gelesen)", "von Mia Grotefend (Klasse 10b)"); the line ends no sentence and
#: names no span ("Von Aachen bis Zwickau"), up to :data:`TOP_BYLINE_MAX_CHARS`. Read on
#: de_full44, de_full37, de_full31, de_full14, de_full6, en_m and the dates sets (blogs,
#: club pages, portals and school papers, many writers).
TOP_BYLINE_LINE = re.compile(
    r"(?:(?:geschrieben|verfasst|veröffentlicht|erstellt|eingetragen|gepostet|posted|written"
    r"|published)\s+)?(?:von|by)\s+"
    r"(?!(?:der|die|das|dem|den|des|ein|eine|einem|einer|eines|the|a|an|this|that)\s)"
    r"[^\W\d_][^\s]*(?:\s.*)?|(?:autor(?:in)?|author)\s*:\s*[^\W\d_].*",
    re.IGNORECASE,
)
#: A span ("Von Aachen bis Zwickau", "from … to …"): text, not a byline.
TOP_BYLINE_SPAN = re.compile(r"\s(?:bis|to|until)\s", re.IGNORECASE)
TOP_BYLINE_MAX_CHARS = 160
