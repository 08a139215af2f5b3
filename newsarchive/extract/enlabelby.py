"""An English byline with a craft label before "by" or the writer's role after the name
("Contributed by: A on …", "— Submitted by A, Security Officer", "By A, Head of Customer
Care"; :data:`~.data.EN_LABEL_BY`), read after :mod:`~.englishlead`, whose names would take
the role in. Kind read in seven English read sets (issue 11, ra35)."""

from __future__ import annotations

import re

from newsarchive.extract import data
from newsarchive.extract.names import is_role


def english_label_by(text: str) -> re.Match[str] | None:
    """The byline in ``text`` where the node is a labelled "by" byline and nothing else, its
    comma part after the names (if any) a role."""
    if "by" not in text[:40].lower():  # (most nodes: one slice, no search)
        return None
    if pair := _roled_pair(text):
        return pair  # (before the one name's reading, whose role would take "and B" in)
    match = data.EN_LABEL_BY.match(text)
    if not match:
        return None
    role = match.group("role")
    return match if role is None or _is_role(role) else None


def _is_role(text: str) -> bool:
    """Whether a comma part after the names is the writer's role ("Security Officer")."""
    lower = text.lower()
    return is_role(lower) or any(w in data.EN_ROLE_WORDS for w in re.findall(r"\w+", lower))


def _roled_pair(text: str) -> re.Match[str] | None:
    """ "By A, Senior Editor, and B, Contributor" read as "By A and B", where both comma
    parts are roles (:data:`~.data.EN_ROLED_PAIR`)."""
    pair = data.EN_ROLED_PAIR.match(text)
    if not pair or not all(r is None or _is_role(r) for r in pair.group("role", "other")):
        return None
    return data.EN_LABEL_BY.match(f"By {pair.group('first')} and {pair.group('second')}")


def roled_joiner(text: str) -> str | None:
    """The joiner of a node between two linked names that holds the first one's role
    (", Senior Editor, and": "and"; :data:`~.data.ROLED_JOINER`), else None."""
    match = data.ROLED_JOINER.fullmatch(text)
    return match.group("joiner") if match and _is_role(match.group("role")) else None
