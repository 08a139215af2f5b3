"""Data for others' short entries under a text
(:func:`~newsarchive.extract.shortentries.drop_short_entries`)."""

from __future__ import annotations

import re

from lxml import etree

#: The candidates: the parents of the paragraphs and quotes (libxml2 picks them, in the time
#: of a walk; a test on every list item and ``<div>`` took twice as long), read further by
#: :func:`~newsarchive.extract.shortentries.is_short_entry` (a list item or a ``<div>`` whose
#: first child is a name's element).
SHORT_ENTRY_BLOCKS = etree.XPath("(//p|//q)/..")
SHORT_ENTRY_TAGS = frozenset({"li", "div"})
#: The element children such an entry may hold: the name, its date, the text.
SHORT_ENTRY_NAME_TAGS = frozenset({"b", "strong", "a", "cite"})
SHORT_ENTRY_DATE_TAGS = frozenset({"time", "span", "small"})
SHORT_ENTRY_TEXT_TAGS = frozenset({"p", "q"})
#: A day in the entry's date ("25.06.2019", "2010-08-10", "02.02.2009").
SHORT_ENTRY_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
#: The name's, the text's greatest length: a reaction, a thanks, a one-line review.
SHORT_ENTRY_NAME_MAX_CHARS = 40
SHORT_ENTRY_TEXT_MAX_CHARS = 120
