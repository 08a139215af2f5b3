"""Data for a closing signature with more on its line than the plain forms read
(:mod:`newsarchive.extract.signtails`): the writer's firm or office after the name ("Ihr
Frank Olt von Optik Olt", "Viele Grüße aus Celle, Marion Henk vom Münzkabinett Henk") or
a role after a greeting ("Mit freundlichen Grüßen, Egon Rade, Obermeister")."""

from __future__ import annotations

import re

from newsarchive.extract.data.letters import NAME_CAPITAL, NAME_LOWER
from newsarchive.extract.data.signatures import SIGNATURE_GREETING

_WORD = rf"{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
#: A closing line: an opening (a greeting, or a short wish of at most
#: :data:`SIGN_TAIL_WISH_WORDS` words, no sentence's stop) and a comma, the formal word
#: ("Ihr", "Ihre", "Euer", "Eure"), a full name of two or three words, then the writer's
#: firm after "von"/"vom" or a role after a comma (one of them required). Case-sensitive
#: for the name's words.
SIGN_TAIL = re.compile(
    r"(?:(?P<opening>[^,.!?:;()]{1,40}?)\s*,\s*)?"
    r"(?P<formal>(?:Ihre?|[Ee]uer|[Ee]ure)\s+)?"
    rf"(?P<name>{_WORD}(?:\s+(?:van\s+|de\s+)?{_WORD}){{1,2}}?)"
    r"(?:\s+(?P<firm>vo[nm]\s+[^\W\d][\w&.-]*(?:\s+[^\W\d][\w&.-]*){0,3})"
    r"|\s*,\s*(?P<role>[^\W\d][\w-]*(?:\s+[^\W\d][\w&.-]*){0,3}))?"
    r"\s*[.!]?"
)
SIGN_TAIL_WISH_WORDS = 5
#: A greeting opening :data:`SIGN_TAIL` (before the formal word the opening may be any
#: short clause; before a bare name it must be a greeting).
SIGN_TAIL_GREETING = SIGNATURE_GREETING
