"""A post's meta lines the body keeps otherwise (issue 11, :mod:`newsarchive.extract.postmeta`):
the reading time with the day or the writer beside it, and the footer that counts the
comments and links the post."""

from __future__ import annotations

import re

#: What separates a meta line's parts: "17. August 2021 · 4 Min. Lesezeit", "Von X | 03.08.2022
#: | Lesezeit 4 Min.".
META_SEPARATOR = re.compile(r"\s*[·|•]\s*")
#: A reading time: "4 Min. Lesezeit", "Lesedauer: 3 Minuten", "Lesezeit 4 Min.", "5 min read",
#: "Reading time: 6 minutes". Read on de_full43, en_h, aj, al, av, bt and the dates sets
#: (blog themes, a bank's magazine, portals).
READING_TIME = re.compile(
    r"(?:ca\.\s*)?\d+\s*(?:min(?:uten?|utes?)?\.?)\s*(?:lesezeit|lesedauer|read|reading time)"
    r"|(?:lesezeit|lesedauer|reading time)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:uten?|utes?)?\.?)",
    re.IGNORECASE,
)
#: The other parts of a reading-time line (a day, "Veröffentlicht am …", a name): each at
#: most this many words.
READING_TIME_PART_MAX_WORDS = 7
READING_TIME_MAX_CHARS = 160
#: A post's footer under its text: the comments' count ("Kommentare (2)", "14 Kommentare",
#: "Comments (0)") or a "Permalink"/"Trackback" link as one of its parts, with the writer and
#: time ("Autor: X am 04.11.2003 um 23:10 | Kommentare (2) | Permalink", "Geschrieben von X um
#: 22:41 | Kommentare (3) | Link", "( Weiterlesen... | 14 Kommentare )"). Read on de_full43,
#: de_full28, de_full29, at, bv, bw and dates_s (blog engines, many writers). Dropped among
#: the body's last :data:`~.bodylines.CLOSING_LINES` lines.
POST_FOOTER_PART = re.compile(
    r"\(?\s*(?:(?:\d+\s+)?(?:kommentare?|comments?|antworten|replies)(?:\s*\(\d+\))?"
    r"|permalink|trackback)\s*\)?",
    re.IGNORECASE,
)
POST_FOOTER_LINE_MAX_CHARS = 160
#: A sentence's end with more text after it, inside a footer's part: the text's last
#: sentence run into the footer ("Heute schreibt hier Sabine Lührs. Eingetragen von …").
SENTENCE_INSIDE = re.compile(r"[.!?]\s+\w")
#: A tool's word in a row of two or more page tools under or beside the text ("Seite drucken
#: | weiterempfehlen", "E-Mail an einen Freund | Druckfähige Version", "Back to News | Printer
#: Friendly Version", "Printer-friendly version | E-mail this page", "Diesen Artikel: drucken
#: | versenden"): each item names one (:mod:`~newsarchive.extract.toolrows`; rows of three or
#: more of any short items are :data:`~.archived.TOOL_ROW_MIN_ITEMS`'). Read on de_full30,
#: de_full35, en_i, en_o, ac and ag (news CMSs, a ministry's and a bank's press pages).
TOOL_WORD = re.compile(
    r"druck|print|pdf|versenden|senden|empfehlen|e-?mail|teilen|share|zurück|back to|"
    r"nach oben|seitenanfang|top of page|merken|bookmark",
    re.IGNORECASE,
)
TOOL_ITEM_MAX_WORDS = 5
TOOL_ROW_MAX_CHARS = 120
#: How a lead that ends a sentence ends (:mod:`~newsarchive.extract.leadcut`): a lead
#: ending otherwise was cut at a length.
LEAD_SENTENCE_ENDS = (".", "!", "?", "…", ":", '"', "“", "”", "»", "«", ")", "'")
#: A post line's reading time between its date and its writer ("25. August 2020 · 6 Min.
#: Lesezeit · A", "20. Mai 2023, 6 Min. Lesezeit, von A", "5 min read"), with the separators
#: around it: read as one separator, so the line's date and name meet (session 43, read on
#: de_full15 and ai).
BYLINE_READING_TIME = re.compile(
    r"\s*(?:[·|•,]\s*|^)(?:\d+\s*(?:Min\.?|Minuten?)\.?\s+Lesezeit|Lesezeit:?\s*\d+\s*"
    r"(?:Min\.?|Minuten?)|\d+\s*min(?:ute)?s?\s+read)\s*(?:[·|•,]\s*|$)",
    re.IGNORECASE,
)
