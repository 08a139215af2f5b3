"""An English byline opening a text node, "by" its lead ("By Ottilie Danbury", "Posted by
A on Tuesday, January 25, 2005", "Posted by A @ 9:40 PM"; :data:`~.data.EN_BY_LEAD`), read
before the German byline forms (whose "Posted by" runs on past "on" into the date). Kind
read in en_s, en_g and by (issue 11)."""

from __future__ import annotations

import re

from newsarchive.extract import data


def english_by_lead(text: str) -> re.Match[str] | None:
    """The byline "by" opens in ``text`` where its name is one or more full names."""
    if "by" not in text[:14].lower():  # (most nodes: one slice, no search)
        return None
    match = data.EN_BY_LEAD.match(text)
    if not match:
        return None
    names = data.AUTHOR_SPLIT.split(match.group("name").strip())
    return match if all(data.BYLINE_NAME.fullmatch(n) for n in names) else None
