"""A post signed at its end on a line with more than the plain forms read: the writer's
firm or office after the name ("Ihr Frank Olt von Optik Olt", "Viele Grüße aus Celle,
Marion Henk vom Münzkabinett Henk"), a role after a greeting ("Mit freundlichen Grüßen,
Egon Rade, Obermeister"), a short wish before the formal word and the name ("Bleiben Sie in
Bewegung, Ihre Marlene Roth", also over two lines; taken out in round ra41 for a guard test
written without a page, brought back in session 43 on the sets' measure); read like
:func:`~newsarchive.extract.rolesign.role_signature` where the byline credits nobody, the
site or a login (:data:`~.data.SIGN_TAIL`)."""

from __future__ import annotations

import re

from newsarchive.extract import data
from newsarchive.extract.text import drop_invisible


def tail_signature(lines: list[str]) -> str | None:
    """The name of such a closing line in the post's last
    :data:`~.data.CLOSING_SIGNATURE_LINES` lines, after a line ending a sentence or a
    greeting and with only short lines after it; no organisation's or group's name."""
    start = max(1, len(lines) - data.CLOSING_SIGNATURE_LINES)
    for i in range(len(lines) - 1, start - 1, -1):
        line, before = drop_invisible(lines[i]).strip(), i - 1
        wish = lines[before].strip()
        if before > 0 and wish.endswith(",") and len(wish.split()) <= data.SIGN_TAIL_WISH_WORDS:
            line, before = f"{wish} {line}", before - 1  # "Bleiben Sie gesund," / "Ihre A"
        name = _signed_name(line)
        if (
            name
            and (
                lines[before].rstrip().endswith((".", "!"))
                or data.SIGNATURE_GREETING.fullmatch(lines[before].strip())
            )
            and all(len(x.split()) < data.CLOSING_SIGNATURE_AFTER_WORDS for x in lines[i + 1 :])
        ):
            return name
    return None


def _signed_name(line: str) -> str | None:
    """The name ``line`` signs with (:data:`~.data.SIGN_TAIL`): a firm or a role after it,
    the formal word or a greeting before it."""
    if not line or len(line.split()) > 14 or line[-1] in "?:":
        return None  # (most lines: no search)
    match = data.SIGN_TAIL.fullmatch(line)
    if match is None:
        return None
    opening, tail = match.group("opening"), match.group("firm") or match.group("role")
    if opening and len(opening.split()) > data.SIGN_TAIL_WISH_WORDS:
        return None
    if match.group("formal"):
        signed = bool(tail or opening)  # "Bleiben Sie in Bewegung, Ihre A" (session 43)
    else:
        signed = bool(opening and tail and data.SIGN_TAIL_GREETING.fullmatch(opening))
    name = match.group("name")
    if (
        not signed
        or data.FORMAL_SIGNATURE_NOT_NAMES.search(name)
        or data.SIGNATURE_NOT_NAMES.search(name)
        or re.search(r"\b(?:Ihre?|Euer|Eure)\b", name)
        or name.lower() in data.AUTHOR_STOPWORDS
    ):
        return None
    return name
