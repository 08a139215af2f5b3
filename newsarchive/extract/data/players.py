"""A podcast's or a video's player lines in the body text (issue 11): its chapter marks."""

from __future__ import annotations

import re

#: A chapter mark as a list item ("- 00:00 Begrüßung", "- 1:03:40 Hörerfragen"): a time mark
#: and a short title without a sentence's end. Dropped wherever it stands, with the label
#: above the marks (:data:`CHAPTER_LABEL_LINE`); a transcript's turns ("00:00 Anna: Hallo
#: …") are no list items and stay (read on de_full20's podcast episodes, de_full4's and half
#: h's; a player's lines were rejected on de_full4 alone, re-judged here).
CHAPTER_MARK_LINE = re.compile(r"- \(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?\s*[–-]?\s*[^.!?:]{1,60}")
#: The label of a list of chapter marks, alone on its line ("Kapitel", "Kapitelmarken",
#: "Chapters"): dropped when a chapter mark follows it.
CHAPTER_LABEL_LINE = re.compile(
    r"(?:kapitel(?:marken|übersicht)?|chapters?|chapter marks|timestamps|zeitmarken)\s*:?",
    re.IGNORECASE,
)
