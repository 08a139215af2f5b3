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
    match = data.EN_LABEL_BY.match(text)
    if not match:
        return None
    role = match.group("role")
    return match if role is None or _is_role(role) else None


def _is_role(text: str) -> bool:
    """Whether a comma part after the names is the writer's role ("Security Officer")."""
    lower = text.lower()
    return is_role(lower) or any(w in data.EN_ROLE_WORDS for w in re.findall(r"\w+", lower))
