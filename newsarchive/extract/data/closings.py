"""Credit lines that name a post's writers in its text (issue 11, half K's kinds): read
only where the byline credits nobody, the site itself or a login."""

from __future__ import annotations

import re

from newsarchive.extract.data.signatures import _TEXT_NAME

_NAME = _TEXT_NAME.replace("(?P<name>", "(?:")
#: A line of the post crediting its writers ("Dieser Artikel wurde geschrieben von Anna
#: Roth, Beraterin …", "Der Text stammt von …", "Ein Beitrag von Anna Roth und Jan Sorge,
#: Auszubildende …"): at the start of one of the first or last
#: :data:`CREDIT_LINE_LINES` lines, one or two full names, then a comma or the line's end.
CREDIT_LINE = re.compile(
    r"(?:(?:dieser|der)\s+(?:artikel|beitrag|blogbeitrag|text)\s+(?:wurde\s+(?:\w+\s+)?"
    r"(?:geschrieben|verfasst)|stammt)\s+von|ein\s+(?:beitrag|text)\s+von)\s+"
    rf"(?P<names>{_NAME}(?:\s+(?:und|&)\s+{_NAME})?)\s*(?:[,.;(]|$)",
    re.IGNORECASE,
)
CREDIT_LINE_LINES = 2
#: Between the names of :data:`CREDIT_LINE`.
CREDIT_LINE_JOINER = re.compile(r"\s+(?:und|&)\s+")
