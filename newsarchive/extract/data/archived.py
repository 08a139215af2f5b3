"""Page parts of archived and converted pages (issue 11, de_full12's kinds): layout tables
with spacer cells, a PDF's page breaks set as lines, reprint notes, a related-content list
closing the text. Matched case-insensitively."""

from __future__ import annotations

import re

#: A Markdown table row's cell boundary: a ``|`` not escaped as ``\|`` (a pipe inside a cell).
ROW_CELL_SPLIT = re.compile(r"(?<!\\)\|")

#: A page counter set as a line ("Seite 1 von 2", "Seite 2/3", "Page 1 of 2"): a PDF
#: converted to HTML, a print view's page break. Dropped wherever it stands.
PAGE_COUNTER_LINE = re.compile(
    r"(?:seite|page|s\.)\s*\d{1,3}\s*(?:von|of|/)\s*\d{1,3}", re.IGNORECASE
)
#: The running head or foot a converted PDF repeats at its page break, on the line after
#: the counter: up to :data:`RUNNING_HEAD_MAX_CHARS`, no sentence's end, holding a numeric
#: date ("Stadtsparkasse – Presseinformation vom 11.04.2006") or opening with the text's
#: first line (the letterhead).
RUNNING_HEAD_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b")
RUNNING_HEAD_MAX_CHARS = 80

#: A reprint note under an article a site shows from another publication (a bank's "Wir in
#: der Presse", a press review): "Abdruck mit freundlicher Genehmigung der …", "Nachdruck
#: mit freundlicher Genehmigung", "Reprinted with permission from …". Lines up to
#: :data:`REPRINT_NOTE_MAX_CHARS`, dropped wherever they stand.
REPRINT_NOTE_LINE = re.compile(
    r"(?:(?:abdruck|nachdruck|wiedergabe|veröffentlichung)(?: des (?:artikels|beitrags))?"
    r" mit (?:freundlicher )?(?:genehmigung|erlaubnis)\b|"
    r"(?:reprinted|republished|reproduced) (?:with|by) (?:kind )?permission\b)",
    re.IGNORECASE,
)
REPRINT_NOTE_MAX_CHARS = 200

#: A related-content heading ("Ähnliche Themen" under a forum thread, "Das könnte Sie auch
#: interessieren", "Related posts"): in the second half of the text, with only list items
#: and short lines after it (headlines of other pages, ``CLOSING_LINE_MAX_CHARS``), it
#: closes the text.
RELATED_HEADING = re.compile(
    r"(?:(?:ähnliche|verwandte) (?:themen|artikel|beiträge|nachrichten|meldungen|threads)|"
    r"das könnte (?:sie|dich) auch interessieren|mehr zum thema|auch interessant|"
    r"weitere (?:artikel|beiträge|nachrichten|meldungen)(?: zum thema)?|"
    r"related (?:posts|articles|stories|threads)|you (?:may|might) also like|"
    r"more on this (?:topic|story))"
    r"\s*:?",
    re.IGNORECASE,
)
