"""Data for a page's navigation printed as a line of its own in the body
(:mod:`~newsarchive.extract.navlines`): a pager, a page count, a row of page numbers, a
breadcrumb. Never the text: such a line is dropped wherever it stands."""

from __future__ import annotations

import re

#: One item of a pager or a page count: "Seite 1 von 2", "Page 2 of 3", "Seite 2/4", "- Seite
#: 3 -"; a link to the previous or next page of posts or results with an arrow or a noun
#: ("« Ältere Einträge", "Nächste Seite »", "← Older posts", "weiter »", "« zurück", "Next
#: page"; without an arrow only "… Seite"/"… page": "Ältere Nachrichten" heads a list, a bare
#: "Zurück" or "Next steps" is none); a row of page numbers ("1 2 3 … 10", "« 1 2 3 »").
#: Read on de_full53's forum thread ("Seite 1 von 1" under its posts).
_PAGE_COUNT = r"[-–(]?\s*(?:seite|page|blatt)\s+\d{1,3}(?:\s*(?:von|of|aus|/)\s*\d{1,3})?\s*[-–)]?"
_BEFORE = r"(?:«|‹|<<|<|←|&lt;)"
_AFTER = r"(?:»|›|>>|>|→|&gt;)"
_PAGER_WORD = (
    r"(?:ältere|neuere|frühere|spätere|nächste|vorherige|vorige|older|newer|next|previous|prev"
    r"|zurück|weiter|back|forward)"
)
_PAGER_NOUN = (
    r"(?:einträge|beiträge|artikel|seite|seiten|posts|entries|page|pages|articles|stories"
    r"|nachrichten|meldungen|news|ergebnisse|results|themen|topics)"
)
_PAGER = (
    rf"{_BEFORE}\s*{_PAGER_WORD}(?:\s+{_PAGER_NOUN})?\s*{_AFTER}?"
    rf"|{_PAGER_WORD}(?:\s+{_PAGER_NOUN})?\s*{_AFTER}"
    rf"|{_PAGER_WORD}\s+(?:seite|page)"
)
_NUMBERS = rf"{_BEFORE}?\s*\d{{1,3}}(?:\s+(?:\d{{1,3}}|…|\.\.\.)){{2,}}\s*{_AFTER}?"
_ITEM = rf"(?:{_PAGE_COUNT}|{_PAGER}|{_NUMBERS})"
#: A line of pager items set apart by pipes, dots, dashes or spaces.
NAV_PAGER_LINE = re.compile(rf"\s*{_ITEM}(?:\s*(?:\||·|–|-|\s)\s*{_ITEM})*\s*", re.IGNORECASE)
#: A breadcrumb: two to five short items (at most :data:`NAV_CRUMB_MAX_WORDS` words each, no
#: sentence's punctuation) set apart by "»" or "›" ("Diskussionsforum » Thema", "Aktuelles »
#: Meldungen", "Start › Presse › Mitteilungen").
NAV_CRUMB_SPLIT = re.compile(r"\s*[»›]\s*")
NAV_CRUMB_MAX_WORDS = 4
#: Only lines this short are read as navigation.
NAV_LINE_MAX_CHARS = 90
