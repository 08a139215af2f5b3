"""A post signed after a dash at its end ("– Malte Eilerts", "– Jonas Albersmeier (Bass)",
"– Eure Kellerlicht", "— Euer Orga-Team"): the line leaves the body with the short lines
after it (a blog's mood and music lines, a counter), like a greeting's signature
(:mod:`~newsarchive.extract.signoffs`); the authors are read on the lines before. Round
rb28, read on de_full49's club and band pages."""

from __future__ import annotations

import re

from newsarchive.extract import data
from newsarchive.extract.text import drop_invisible

#: The dash opening a signature line: one or two hyphens, an en or em dash.
_DASH = re.compile(r"(?:--?|[–—])\s*")


def is_dash_signature(line: str) -> bool:
    """Whether ``line`` is a dash and a signature: a full name (:data:`~.data.DASH_SIGNATURE`,
    none of :data:`~.data.DASH_SIGNATURE_NOT_NAMES`), a name with its role in brackets
    (:data:`~.data.BRACKET_ROLE_SIGNATURE`), or a greeting's signature
    (:data:`~.data.SIGNATURE`: "Eure Kellerlicht")."""
    dash = _DASH.match(line)
    if dash is None:
        return False
    rest = line[dash.end() :]
    named = data.DASH_SIGNATURE.fullmatch(line) or data.BRACKET_ROLE_SIGNATURE.fullmatch(rest)
    if named and not data.DASH_SIGNATURE_NOT_NAMES.search(named.group("name")):
        return True
    return data.SIGNATURE.fullmatch(rest) is not None


def without_dash_signature(lines: list[str]) -> list[str]:
    """``lines`` without a dash's signature in the last :data:`~.data.CLOSING_SIGNATURE_LINES`
    lines (not the first), after a line ending a sentence, only short lines after it (under
    :data:`~.data.CLOSING_SIGNATURE_AFTER_WORDS` words); those leave with it."""
    start = max(1, len(lines) - data.CLOSING_SIGNATURE_LINES)
    for at in range(len(lines) - 1, start - 1, -1):
        if len(lines[at].split()) >= data.CLOSING_SIGNATURE_AFTER_WORDS:
            break
        if is_dash_signature(drop_invisible(lines[at]).strip()) and data.LAST_SENTENCE.fullmatch(
            lines[at - 1].strip()
        ):
            return lines[:at]
    return lines
