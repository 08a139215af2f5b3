"""A text's language from its function words, for pages that declare none (no ``lang``,
``inLanguage`` or language meta tag): the archive's language facet would leave them out."""

from __future__ import annotations

import re
from collections import Counter

from newsarchive.extract import data

_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str | None:
    """The language code (:data:`~newsarchive.extract.data.LANGUAGE_WORDS`) whose function
    words ``text`` uses most, if clearly ahead of the next one; else None."""
    counts: Counter[str] = Counter()
    for word in _WORD.findall(text[:20000].lower()):
        for code, words in data.LANGUAGE_WORDS.items():
            if word in words:
                counts[code] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < data.LANGUAGE_MIN_WORDS:
        return None
    if len(ranked) > 1 and ranked[0][1] < data.LANGUAGE_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]
