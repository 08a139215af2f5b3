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

#: A layout table (a page of the table-layout web, about 1996–2010: a frame's page, a
#: portal's columns, a forum's posts) holds the text in a cell: a cell holding at least
#: :data:`LAYOUT_MIN_PARAGRAPHS` runs of text of at least :data:`LAYOUT_PARAGRAPH_MIN_CHARS`
#: characters each (block children, or inline text between two ``<br>``s; a data table's
#: cell holds a value or a sentence). trafilatura reads a table cell as one line, so every
#: table around such a cell is read as ``<div>``s instead, its runs between ``<br><br>`` as
#: paragraphs.
LAYOUT_MIN_PARAGRAPHS = 2
LAYOUT_PARAGRAPH_MIN_CHARS = 80
#: The parts of a layout table that become ``<div>``s (``tbody``, ``thead``, ``tfoot`` are
#: stripped before).
LAYOUT_TABLE_PARTS = ("tr", "td", "th", "caption")
#: Block children counted as runs of a cell, and never wrapped in a paragraph.
LAYOUT_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "blockquote",
        "ul",
        "ol",
        "dl",
        "pre",
        "table",
        "center",
        "form",
        "hr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "aside",
    }
)
