"""Data for the body's label lines that file the post rather than tell the news
(:mod:`newsarchive.extract.body`). Kept apart from
:mod:`newsarchive.extract.data.bodylines`, which is full."""

from __future__ import annotations

import re

#: A post's category label alone on a line ("Kategorie: Wirtschaft", "Kategorien: Banken &
#: Finanzen"; read on de_full24's news script and the blogs of AD, AF, AG and AU, never in
#: a truth): a label, a colon and a few words without a sentence's end. Only lines of at
#: most :data:`CATEGORY_LABEL_MAX_CHARS`. (A topic line, "Thema: Kernbanken" in de_full20,
#: is kept by another step: not matched here.)
CATEGORY_LABEL_LINE = re.compile(
    r"(?:kategorien?|rubrik|ressort|categor(?:y|ies)|filed under)\s*:\s*[^.!?:]{1,50}",
    re.IGNORECASE,
)
#: Longest line tested against :data:`CATEGORY_LABEL_LINE`.
CATEGORY_LABEL_MAX_CHARS = 60
