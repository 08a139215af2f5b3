"""More headings of the other articles' list after the text, for the body (round rb29)."""

from __future__ import annotations

import re

#: More headings of the list of other articles after the text than
#: :data:`~newsarchive.extract.data.DATE_OTHERS_HEADING` reads, for the body only (the same
#: place: the body's second half, alone or before its items, no paragraph after it): earlier
#: or related ones ("Frühere Berichte", "Ältere Nachrichten", "Ältere Einträge", "Related
#: publications", "Previous posts"; the date line's
#: :data:`~newsarchive.extract.data.DATE_EARLIER_HEADING` forms and more nouns), a section's
#: or blog's own others ("Mehr aus dem Blog", "Mehr aus der Wirtschaft", "Mehr aus Banken",
#: "Zuletzt im Blog", "More from the newsroom"), similar documents ("Ähnliche Dokumente").
#: Read on miss lines of al, bp, e, de_full41, de_full44 and en_i (pages not opened).
BODY_OTHERS_HEADING = re.compile(
    r"\W*(?:(?:frühere|ältere|vorherige|verknüpfte|verwandte|ähnliche)\s+"
    r"(?:meldungen|artikel|beiträge|berichte|nachrichten|einträge|posts|dokumente|texte|"
    r"publikationen|veröffentlichungen)"
    r"|(?:linked|related|older|previous|earlier|similar)\s+"
    r"(?:posts|articles|stories|entries|reports|news|publications|documents)"
    r"|mehr\s+aus\s+(?:(?:dem|der|den|unserem|unserer)\s+)?\w[\w-]*(?:\s+\w[\w-]*)?"
    r"|zuletzt\s+im\s+\w[\w-]*"
    r"|more\s+from\s+(?:the\s+|our\s+)?\w[\w-]*(?:\s+\w[\w-]*)?)\W*",
    re.IGNORECASE,
)
