"""Data for the body's lines that list other articles rather than tell the news
(:mod:`newsarchive.extract.body`). Kept apart from
:mod:`newsarchive.extract.data.bodylines`, which is full."""

from __future__ import annotations

import re

#: A related-links row on one line: a label, a colon and other headlines between separators
#: ("« zurück · Mehr aus der Wirtschaft: A · B · C", "Weitere Nachrichten: A | B | C"; read
#: on de_full24's news script and de_full22's regional portal). The label must open the line
#: (after an optional back link); the separators are counted by
#: :data:`RELATED_LINKS_MIN_SEPARATORS` after the colon.
RELATED_LINKS_LINE = re.compile(
    r"(?:«\s*zurück\s*[·|•]\s*)?"
    r"(?:mehr (?:aus|zu|zum thema|von)|weitere (?:nachrichten|artikel|meldungen|beiträge|news)"
    r"|auch interessant|lesen sie auch|das könnte sie auch interessieren)"
    r"[^:·|•]{0,40}:(?P<rest>.+)",
    re.IGNORECASE,
)
#: Separators (``·``, ``|``, ``•``) after the label's colon for a line to be a row of
#: headlines (two: three headlines), not a sentence after a label.
RELATED_LINKS_MIN_SEPARATORS = 2
