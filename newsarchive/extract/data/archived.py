"""Page parts read on de_full12's misses (issue 11): the layout tables of the table-layout
web, a line of contact details, a rule drawn with characters."""

from __future__ import annotations

import re

#: A layout table (a page of the table-layout web, about 1996–2010: a frame's page, a
#: portal's columns, a forum's posts) holds the text in a cell: a cell holding at least
#: :data:`LAYOUT_MIN_PARAGRAPHS` runs of text of at least :data:`LAYOUT_PARAGRAPH_MIN_CHARS`
#: characters each (block children, or inline text between two ``<br>``s; a data table's
#: cell holds a value or a sentence). trafilatura reads a table cell as one line, so every
#: table around such a cell is read as ``<div>``s instead, its runs between ``<br><br>`` as
#: paragraphs.
LAYOUT_MIN_PARAGRAPHS = 2
LAYOUT_PARAGRAPH_MIN_CHARS = 80
#: The class given to a layout table's cell of the most paragraphs: one trafilatura's body
#: search reads as an article's text (its fallback reading of a page without one drops the
#: text's lists: "Auf einen Blick" points, read on de_full14's and de_full12's portals).
LAYOUT_TEXT_CLASS = "article-body"
#: The parts of a layout table that become ``<div>``s (``tbody``, ``thead``, ``tfoot`` are
#: stripped before).
LAYOUT_TABLE_PARTS = ("tr", "td", "th", "caption")
#: The elements that may hold an e-mail's column of text cells: a table's own parts (text
#: boxes of a page exported from a desktop-publishing program are tables of their own, side
#: by side with a sidebar's: the element around them is no column).
LAYOUT_COLUMN_TAGS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th"})
#: The word of a class or id naming a footer ("templateFooter", "cr-footer", "footer"): an
#: e-mail's footer cells (address, unsubscribe line) are no part of its text's column.
LAYOUT_FOOTER_WORD = "footer"
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

#: One contact detail: an e-mail address, or a phone number opening with ``+`` or ``0``
#: (German and international forms), with an optional label ("Tel.:", "E-Mail:", "Fax").
_CONTACT_DETAIL = (
    r"(?:(?:e-?mail|mail|tel\.?|telefon|fon|fax|telefax|mobil|phone)\s*:?\s*)?"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+|0)\d[\d ()/.-]{5,}\d)"
)
#: A line of nothing but contact details ("presse@bank.example · +49 30 1234 5678"): a
#: newsroom's or a press release's contact under the text, never a sentence. Lines up to
#: :data:`CONTACT_DETAILS_MAX_CHARS`, dropped wherever they stand.
CONTACT_DETAILS_LINE = re.compile(
    rf"{_CONTACT_DETAIL}(?:\s*[·|,;/]\s*{_CONTACT_DETAIL})*\.?", re.IGNORECASE
)
CONTACT_DETAILS_MAX_CHARS = 120
#: The press contact under a release in one line: its label, a name and a phone number or
#: an address ("Ihr Ansprechpartner: Gerold Muster, Telefon 0441 1234-5", "Pressekontakt:
#: Anna Roth, presse@bank.example"). In the second half of the body it closes the text like
#: :data:`~newsarchive.extract.data.bodylines.CONTACT_BLOCK` alone on its line (read on
#: de_full18's hand-made bank site). Lines up to :data:`CONTACT_DETAILS_MAX_CHARS`. The
#: label may be the press desk's "Für Rückfragen" too (:data:`CONTACT_QUERY_LABEL`).
CONTACT_NAME_LINE = re.compile(
    r"(?:(?:presse|medien)?kontakt|(?:ihr(?:e)? )?ansprechpartner(?:in)?"
    r"(?: für (?:die )?(?:presse|medien))?|(?:für )?rückfragen(?: bitte)?(?: an)?)"
    r"\s*:\s*[^\W\d][^.!?:]{2,60}?,?\s+"
    rf"{_CONTACT_DETAIL}(?:\s*[·|,;/]\s*{_CONTACT_DETAIL})*\.?",
    re.IGNORECASE,
)

#: A press release's label for its contact alone on a line ("Für Rückfragen:", "Rückfragen
#: bitte an:", "Rückfragen an:"): in the second half of the body it closes the text like
#: :data:`~newsarchive.extract.data.bodylines.CONTACT_BLOCK` (read on de_full25's Word
#: release in its one-line form and on de_full13's police releases, issue 11).
CONTACT_QUERY_LABEL = re.compile(r"(?:für )?rückfragen(?: bitte)?(?: an)?\s*:", re.IGNORECASE)

#: A rule drawn with characters ("__________________" over a forum post's signature, a
#: row of dashes or equals signs in a page set as plain text): no text; its underscores
#: would count as a word. Dropped wherever it stands.
DRAWN_RULE_LINE = re.compile(r"[-_=*~]{8,}")

#: A line of links in brackets ("[Zurück zur Übersicht] [Seitenanfang]", "[Drucken]"): the
#: table-layout web's navigation under the text. Dropped wherever it stands (3cc56087,
#: re-judged on de_full14).
BRACKET_LINKS_LINE = re.compile(r"(?:\[[^\[\]]{2,40}\]\s*){1,6}")
#: A row of tools or links set apart by pipes or middle dots ("Artikel drucken | Artikel
#: versenden | Diskussion im Forum (2)", "Impressum · Datenschutz · Kontakt"): at least
#: :data:`TOOL_ROW_MIN_ITEMS` items of up to :data:`TOOL_ROW_ITEM_MAX_WORDS` words, none
#: ending a sentence; not a Markdown table row (which opens with a pipe).
TOOL_ROW_SPLIT = re.compile(r"\s+(?:\\?\||·)\s+")
TOOL_ROW_MIN_ITEMS = 3
TOOL_ROW_ITEM_MAX_WORDS = 4
#: A pager under the text: a row of two or more links (set apart like
#: :data:`TOOL_ROW_SPLIT`) to the previous or the next article or back to the issue or the
#: list, each opening with such a word, an arrow around it ("Zurück zur Ausgabe | Nächster
#: Beitrag >>", "« Vorheriger Artikel · Nächster Artikel »"): read on de_full15's newsletter
#: archive. Dropped wherever it stands.
PAGER_ITEM = re.compile(
    r"(?:<<|«|‹|<)?\s*(?:zurück|weiter|nächste[rs]?|vorherige[rs]?|voriger?|previous|next|back)"
    r"\b[^|·.!?:]{0,30}?\s*(?:>>|»|›|>)?",
    re.IGNORECASE,
)

#: A picture's caption in the hand-made web's markup: a paragraph (or a centred block) that
#: opens with the picture, then a line break and a short text (at most this many
#: characters) is the caption, not the text (read on de_full18's FrontPage bank site); so is
#: such a block in a ``<div>`` (``div.bild``: picture, line break, ``<small>`` caption) and a
#: two-row table with the picture alone in its first row and the short text in its second
#: (read on de_full19's Dreamweaver and CMS Made Simple pages).
IMAGE_CAPTION_MAX_CHARS = 120
IMAGE_CAPTION_HOLDERS = ("p", "center", "div")
#: The same caption in the two other forms read on de_full22 and de_full23 (a regional CMS's
#: ``div.bild`` with ``p.bu`` or ``p.bildtext``, an old bank site's one-cell picture table):
#: a ``<div>`` that holds nothing but the picture and one short block of these tags, and a
#: table of one cell that holds the picture, a line break and a short text.
IMAGE_CAPTION_BLOCKS = ("p", "div", "span", "small", "font", "em", "i")
