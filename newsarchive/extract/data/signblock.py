"""A signature block closing a post (:mod:`newsarchive.extract.signblock`)."""

from __future__ import annotations

import re

#: A block whose class or id names it the text's signature ("signature", "signatur",
#: "postmortem-signature", "unterschrift"): a status report's, an office's or a letter's
#: closing name with its role ("Henrik Saathoff, Leiter Plattformbetrieb"). Kind read in bz
#: (issue 11, session 23).
SIGN_BLOCK = re.compile(r"(?:^|[\s_-])(?:signatur(?:e)?|unterschrift)(?:$|[\s_-])", re.IGNORECASE)
#: Its first text line: a name alone or before a comma and a role of up to this many characters.
SIGN_BLOCK_ROLE_MAX = 120
#: So many signature blocks are looked at (a board's members' signatures are many).
SIGN_BLOCK_MAX = 3
#: First words that open a greeting or a group's signature, not a name ("Eure Crew", "Ihr
#: Status-Team", "Viele Grüße").
SIGN_BLOCK_NOT_FIRST = frozenset(
    {"euer", "eure", "ihr", "ihre", "dein", "deine", "unser", "unsere", "viele", "liebe", "beste"}
)
