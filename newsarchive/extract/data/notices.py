"""Standing notes and file links a page prints beside its text, apart from
:data:`~.bodylines.NOTICE_LINE` (``bodylines`` is full): read on de_full30's misses and
counted in the older read sets (issue 11)."""

from __future__ import annotations

import re

#: The standing note that the text (or the page's contents) is no advice and replaces none:
#: "Die Inhalte dieser Seite stellen keine Anlageberatung dar.", "Diese Information ist keine
#: Anlageberatung und ersetzt kein persönliches Gespräch.", "Dieser Beitrag ersetzt keine
#: Rechtsberatung im Einzelfall." (three families: a money portal, a bank's guide, a law
#: firm's news; de_full10, de_full23, de_full30). The subject is the text or the page itself,
#: so a sentence about someone else's advice ("Der Chatbot der Bank stellt keine
#: Anlageberatung dar") stays; so does one quoted with a speech verb after a comma ("…,
#: sagt die Sprecherin"). Matched at a paragraph's start, on paragraphs of up to
#: :data:`~.bodylines.NOTICE_MAX_CHARS`; the paragraph leaves wherever it stands.
NO_ADVICE_NOTE = re.compile(
    r"(?!.*,\s*(?:sagt|sagte|betont|betonte|erklärt|erklärte|so)\b)"
    r"(?:(?:die |alle )?(?:inhalte|informationen|angaben)(?: (?:auf )?dieser "
    r"(?:seite|website|webseite|internetseite))?|diese (?:information(?:en)?|seite|website|"
    r"webseite|übersicht|veröffentlichung)|(?:dieser|der|unser) (?:artikel|beitrag|text|"
    r"ratgeber|blogbeitrag|überblick)|(?:dieses|das) (?:dokument|video|merkblatt))"
    r"\s+(?:(?:stell(?:t|en)|ist|sind) (?:ausdrücklich |ausschließlich )?keine "
    r"[\w-]*(?:beratung|empfehlung)\b|ersetz(?:t|en) (?:keine|nicht die|keinesfalls die|"
    r"kein(?:en)?) (?:persönliche[ns]? |individuelle[ns]? |fachliche[ns]? )?"
    r"[\w-]*(?:beratung|gespräch)\b)",
    re.IGNORECASE,
)
#: A link to a file shown with the file's size (and often its type) in brackets: "PDF-Version
#: herunterladen (2,4 MB)", "- Corporate News (PDF, 120 KB)", "Geschäftsbericht 2024 (pdf |
#: 3.1 MB)" (read on de_full30's annual report chapters and investor news, two families):
#: a download offer, never text. The whole line (up to :data:`DOWNLOAD_LINE_MAX_CHARS`)
#: must end with the bracket; it leaves wherever it stands.
DOWNLOAD_LINE = re.compile(
    r"(?:- )?[^()]{1,80}?\s*\(\s*(?:(?:pdf|docx?|xlsx?|pptx?|odt|zip|mp3|mp4|epub)"
    r"(?:-datei|-dokument)?\s*[,;|/·–-]?\s*)?\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|[km]byte|bytes?)\s*\)",
    re.IGNORECASE,
)
DOWNLOAD_LINE_MAX_CHARS = 120
#: The label over a list of such files ("Downloads", "Download", "Dokumente zum Download"):
#: it leaves where the line after it is a :data:`DOWNLOAD_LINE`.
DOWNLOADS_LABEL = re.compile(
    r"(?:downloads?|dokumente(?: zum download)?|dateien(?: zum download)?|anhänge)\s*:?",
    re.IGNORECASE,
)
