"""Notes on the piece's version in another language (:mod:`~newsarchive.extract.langnotes`):
"Diese Meldung gibt es auch auf Türkisch" over a link to the Turkish version, a box of the
translations, a summary's link in the other language. Issue 11, session 67: read on
dates_hx and dates_hy, whose judges list every such note as no part of the text."""

from __future__ import annotations

#: The tags a note may be, from the link's own paragraph up to the box around it.
LANGUAGE_NOTE_TAGS = frozenset(
    {"p", "div", "section", "aside", "table", "thead", "tbody", "tr", "td", "th", "ul", "ol",
     "li", "dl", "dd", "dt", "span", "em", "strong", "small", "figure", "blockquote"}
)  # fmt: skip
#: A note's text is at most this long (a box listing four translations with their titles
#: and days holds some 700 characters; an article's body is longer).
LANGUAGE_NOTE_MAX_CHARS = 1200
#: A note holds at most this many paragraphs without a link to another language's version
#: (a notice's own sentence in the page's language beside the other language's: two).
LANGUAGE_NOTE_MAX_PLAIN_PARAGRAPHS = 2
#: Ancestors a note never reaches into: the page's chrome (a language switch in the header
#: or the menu is no part of the text, and what else is there stays untouched).
LANGUAGE_NOTE_CHROME = frozenset({"nav", "header", "footer", "body", "html", "main", "article"})
