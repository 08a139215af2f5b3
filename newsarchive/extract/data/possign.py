"""A post signed at its end with a possessive before the writer or the group
(:mod:`newsarchive.extract.possign`, issue 11): "Ihr Finanzberater", "Euer Vorstand",
"Ihr Team vom Hundeplatz", "cu, euer Jonas Bredehorn", "Bleiben Sie in Bewegung, Ihre
Marlene Grotjahn", "Gut Pfad! Eure Stammesführung", and a greeting before a name and its
role ("Mit freundlichen Grüßen, Egon Rademacher, Obermeister"). Read on de_full51 (club,
guild and practice pages; the same lines seen among de_full24's, de_full43's and
de_full49's extra lines)."""

from __future__ import annotations

import re

from newsarchive.extract.data.letters import NAME_CAPITAL, NAME_LOWER
from newsarchive.extract.data.signatures import SIGNATURE_GREETING

_WORD = rf"{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)*"
#: One to four capitalised words (a name or a group), "vom"/"von"/"der" between them.
_NAMED = rf"{_WORD}(?:\s+(?:(?:vom|von|der|des|de|van)\s+)?{_WORD}){{0,3}}"
#: A role after a comma or in brackets ("…, Obermeister", "… (Kassenwartin)").
_ROLE = rf"(?:,\s*{NAME_CAPITAL}[\w.-]*(?:\s+[\w.-]+){{0,2}}|\s*\([^()]{{1,40}}\))?"
#: The line: a lead-in of up to five words closed by a comma or "!" ("cu,", "Bleiben Sie in
#: Bewegung,", "Gut Pfad!"), a possessive, the name or group, maybe a role; or a greeting
#: (:data:`~.signatures.SIGNATURE_GREETING`) before a full name and its role.
POSSESSIVE_SIGNATURE = re.compile(
    rf"(?:[\w'.-]+(?:\s+[\w'.-]+){{0,4}}[,!]\s+)?(?i:ihre?|euer|eure|deine?)\s+{_NAMED}{_ROLE}\s*[.!]?"
    rf"|(?:{SIGNATURE_GREETING.pattern})\s*,?\s+{_WORD}\s+{_WORD}"
    rf",\s*{NAME_CAPITAL}[\w.-]*(?:\s+[\w.-]+){{0,2}}\s*[.!]?"
)
#: Longest signature line read (words).
POSSESSIVE_SIGNATURE_MAX_WORDS = 10
