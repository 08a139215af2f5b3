"""Standing notes a page prints beside its text, apart from :data:`~.bodylines.NOTICE_LINE`
(``bodylines`` is full): read on de_full30's misses and counted in the older read sets
(issue 11)."""

from __future__ import annotations

import re

#: The standing note that the text (or the page's contents) is no advice and replaces none:
#: "Die Inhalte dieser Seite stellen keine Anlageberatung dar.", "Diese Information ist keine
#: Anlageberatung und ersetzt kein persönliches Gespräch.", "Dieser Beitrag ersetzt keine
#: Rechtsberatung im Einzelfall." (three families: a money portal, a bank's guide, a law
#: firm's news; de_full10, de_full23, de_full30). The subject is the text or the page itself,
#: so a sentence about someone else's advice ("Der Chatbot der Bank stellt keine
#: Anlageberatung dar") stays; so does one quoted with a speech verb after a comma ("…,
#: sagt die Sprecherin", looked for only after the note matched). Matched at a paragraph's
#: start, on paragraphs of up to :data:`~.bodylines.NOTICE_MAX_CHARS`; the paragraph leaves
#: wherever it stands.
NO_ADVICE_NOTE = re.compile(
    r"(?:(?:die |alle )?(?:inhalte|informationen|angaben)(?: (?:auf )?dieser "
    r"(?:seite|website|webseite|internetseite))?|diese (?:information(?:en)?|seite|website|"
    r"webseite|übersicht|veröffentlichung)|(?:dieser|der|unser) (?:artikel|beitrag|text|"
    r"ratgeber|blogbeitrag|überblick)|(?:dieses|das) (?:dokument|video|merkblatt))"
    r"\s+(?:(?:stell(?:t|en)|ist|sind) (?:ausdrücklich |ausschließlich )?keine "
    r"[\w-]*(?:beratung|empfehlung)\b|ersetz(?:t|en) (?:keine|nicht die|keinesfalls die|"
    r"kein(?:en)?) (?:persönliche[ns]? |individuelle[ns]? |fachliche[ns]? )?"
    r"[\w-]*(?:beratung|gespräch)\b)"
    r"(?!.*,\s*(?:sagt|sagte|betont|betonte|erklärt|erklärte|so)\b)",
    re.IGNORECASE,
)
