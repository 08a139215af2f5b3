"""Page parts of archived pages (issue 11, de_full12's kinds): the layout tables of the
table-layout web."""

from __future__ import annotations

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
