"""Data for :mod:`newsarchive.extract.summaryboxes` and :mod:`~newsarchive.extract.headlists`:
a summary box's label and list, a list of points under the page's head."""

from __future__ import annotations

import re

#: The label opening a box of the article's points ("Auf einen Blick", "Das Wichtigste",
#: "Kurz & knapp", "Kompakt", "Kurz zusammengefasst", "Key points"), alone in the box's
#: first element with only the list of points after it. Read on de_full12, 16, 19, 22, 23,
#: 24, 8 and 9 (div.kasten, div.news_box, div.info-card, aside.summary: the box and its
#: points lost, the truth keeps the points between the lead and the text).
SUMMARY_BOX_LABEL = re.compile(
    r"(?:auf einen blick|das wichtigste(?: in kürze| im überblick| auf einen blick)?|"
    r"kurz (?:und|&) knapp|kurz zusammengefasst|kompakt|in kürze|zusammengefasst|"
    r"key (?:points|facts|findings|takeaways)|at a glance|fast facts|quick facts)\s*:?",
    re.IGNORECASE,
)
#: The label's element: a heading, a paragraph or a bold or plain inline line.
SUMMARY_BOX_LABEL_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "span"})
#: Items of such a list: how many, and each one's length in characters.
SUMMARY_BOX_ITEMS = (2, 8)
SUMMARY_BOX_ITEM_CHARS = (10, 200)
#: Wrappers holding only the box (or only the paragraph after it) climbed or entered.
SUMMARY_BOX_WRAPPERS = 2
#: A list of points between a page's head and its text (after the ``<h1>``, the lead, the
#: byline, the dateline or a picture: siblings with a class, or pictures, and no plain
#: paragraph; before the text's first paragraph). Read on de_full29, 33, 36, en_d, en_k: the
#: truth keeps the points above the text. How many siblings are read on either side.
HEAD_LIST_SIBLINGS = 6
#: The tags of the head's elements over such a list (with a class, but for pictures).
HEAD_LIST_HEAD_TAGS = frozenset({"p", "div", "figure", "img", "picture", "h1"})
