"""The organisation after a writer's role in a byline ("By A, Chief Product Officer, Penhallow
Pay", "Von A, Pressesprecherin, Volksbank Mitte"): the role's employer, no second writer
(session 50, read on en_bm; :func:`~.names.split_authors` cuts it before the parts are read)."""

from __future__ import annotations

import re
from collections.abc import Callable

#: "Name, Role, Organisation" at a byline's end: the last two comma parts.
_TAIL = re.compile(r"(?P<head>.+,\s*(?P<role>[^,]{2,80}?))\s*,\s*(?P<org>[^,]{2,80})")


def without_employer(text: str, is_role: Callable[[str], bool]) -> str:
    """``text`` without a last comma part that follows a role (``is_role``: "…, Chief Product
    Officer, Penhallow Pay" → "…, Chief Product Officer"); a part joined by "und"/"and"
    stays."""
    match = _TAIL.fullmatch(text.strip())
    if not match or re.search(r"\b(?:und|and|sowie)\b|&", match.group("org")):
        return text
    role = match.group("role")
    return match.group("head") if is_role(role) else text
