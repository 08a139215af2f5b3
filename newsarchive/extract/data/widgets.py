"""Data for :mod:`~newsarchive.extract.widgets`: the class words trafilatura discards whole
(its tokens for sidebars, bylines and bio boxes) that pages also give the article's own
blocks, and what they become before trafilatura reads the page."""

from __future__ import annotations

import re

#: The word a page builder's content blocks carry in their class (``text-widget``), and what
#: it becomes in the blocks following the ``<h1>`` (:mod:`~newsarchive.extract.widgets`):
#: trafilatura discards and readability weighs down every class containing the word.
CONTENT_WIDGET_WORD = "widget"
CONTENT_WIDGET_STAND_IN = "block"
#: Where this many of the headline's following siblings carry the word (a page built of
#: widgets), or in one holding a paragraph of this many characters with a sentence's end (a
#: single text widget holding the article, half AH's); a single one without is a box set
#: into the text (de_full8's rates table ``widget-rates``).
CONTENT_WIDGETS_MIN = 3
CONTENT_WIDGET_PARAGRAPH_MIN_CHARS = 80
#: A post's class naming its writer (Serendipity's ``serendipity_entry_author_Markus-Vehlen``,
#: a theme's ``post-author-anna``): trafilatura discards every class containing "author"
#: (meant for bylines and bio boxes), so the whole post went, the trackbacks stood in for
#: it (session 47, read on dates_de, dates_db and en_o). The word becomes
#: :data:`ENTRY_AUTHOR_STAND_IN` in such an element holding a paragraph of text (not in a
#: box's part: ``post-author-box``, ``entry-author-bio``).
ENTRY_AUTHOR_TOKEN = re.compile(
    r"(?:\w+[-_])?(?:entry|post|article)[-_]author[-_]"
    r"(?!(?:box|bio|info|name|avatar|details|description|meta|link|title|card|wrap)(?:$|[-_]))"
    r"[\w.-]+"
)
ENTRY_AUTHOR_STAND_IN = "writer"
