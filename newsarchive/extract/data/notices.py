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
#: The standing note that the party who sent the text answers for it, not the site: a press
#: or ticker portal's "Für den Inhalt der Pressemitteilung ist der Einsteller
#: verantwortlich.", "Für den Inhalt der Mitteilung ist der Emittent / Herausgeber
#: verantwortlich." (three families: a wire's ticker, a news service, a press portal;
#: de_full4, half BC, de_full32), the English "The issuer is solely responsible for the
#: content of this announcement." The subject is the text itself (a release, a notice, a
#: post), so a sentence on who answers for something else ("Für den Inhalt der Werbung ist
#: die Bank verantwortlich, sagt …") stays as in :data:`NO_ADVICE_NOTE`. Matched at a
#: paragraph's start, on paragraphs of up to :data:`~.bodylines.NOTICE_MAX_CHARS`; the
#: paragraph leaves wherever it stands.
RESPONSIBILITY_NOTE = re.compile(
    r"(?:für den inhalt (?:der|dieser|des|dieses) (?:[\w-]*(?:mitteilung|meldung|information|"
    r"nachricht)|(?:beitrag|artikel|text|eintrag)e?s|veröffentlichung) (?:ist|sind) "
    r"(?:allein |alleine |ausschließlich |einzig )?(?:der|die|das) [^.!?,]{2,60} "
    r"verantwortlich|the (?:issuer|author|publisher|sender|company) is (?:solely )?"
    r"responsible for the content of this (?:announcement|release|press release|news))"
    r"(?!.*,\s*(?:sagt|sagte|betont|betonte|erklärt|erklärte|so)\b)",
    re.IGNORECASE,
)
