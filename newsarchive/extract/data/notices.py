"""Standing notes a page prints beside its text, apart from :data:`~.bodylines.NOTICE_LINE`
(``bodylines`` is full): read on de_full30's misses and counted in the older read sets
(issue 11)."""

from __future__ import annotations

import re

from newsarchive.extract.data.bodylines import DE_META_LINE, SIGN_OFF_LINE
from newsarchive.extract.data.counterlines import COUNTER_LINE, COUNTER_LINE_MAX_CHARS
from newsarchive.extract.data.english import EN_META_LINE, EN_META_LINE_MAX_CHARS

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

#: The line naming who answers for a release's content: "V.i.S.d.P.: Name", "Für den Inhalt
#: der Pressemitteilung ist der Einsteller verantwortlich." (wherever it stands), and under
#: the text, in the second half of the body, "Verantwortlich: Pressestelle, Landgericht …",
#: "Verantwortlich für den Inhalt: …" (:data:`RESPONSIBLE_LABEL_LINE`; "Verantwortlich"
#: needs its colon, so a sentence, "Verantwortlich sind die Banken", stays). Four families
#: of four writers: a court's, a party's and two press portals' releases (de_full29,
#: de_full31, de_full32, de_full4). Whole paragraphs of up to :data:`RESPONSIBLE_MAX_CHARS`;
#: the line leaves, what follows it stays.
RESPONSIBLE_LINE = re.compile(
    r"v\.\s?i\.\s?s\.\s?d\.\s?p\.\s*:?\s*\S.{1,120}|"
    r"für den inhalt (?:der|dieser|des|dieses) [\w-]+ (?:ist|sind) (?:allein |ausschließlich |"
    r"nur )?[^.!?]{2,80} verantwortlich\.?",
    re.IGNORECASE,
)
RESPONSIBLE_LABEL_LINE = re.compile(
    r"verantwortlich(?: für (?:den|diesen) inhalt| i\.\s?s\.\s?d\.\s?p\.| im sinne des "
    r"presserechts)?\s*:\s*\S.{1,120}",
    re.IGNORECASE,
)
RESPONSIBLE_MAX_CHARS = 160

#: A note that the text appeared in print or elsewhere first, under it: "Dieser Artikel ist
#: in Ausgabe 6/2026 von … erschienen.", "Dieser Text erschien auch in der
#: Wochenendausgabe.", "Der Beitrag erschien zuerst bei …", "Zuerst erschienen in …",
#: "Abdruck mit freundlicher Genehmigung der …", "Über dieses Thema berichtete … am …"
#: (four families of four writers: a broadcaster's news, a paper's dossier, a bank's press
#: clippings, a trade magazine; de_full, de_full4, de_full12, de_full15). The subject is this
#: text ("dieser", or "der" with "zuerst"/"erstmals"/"ursprünglich"), so a sentence about
#: another report ("Der Bericht erschien im März") stays. Dropped among the body's last
#: :data:`~.bodylines.CLOSING_LINES` lines, on lines of up to
#: :data:`PROVENANCE_NOTE_MAX_CHARS`.
PROVENANCE_NOTE = re.compile(
    r"(?:(?:dieser|dieses|diese) (?:artikel|beitrag|text|bericht|interview|kommentar|essay|"
    r"gastbeitrag|kolumne|fassung|version)\b.{0,80}?\b(?:erschien|erschienen|veröffentlicht|"
    r"abgedruckt|übernommen)\b|"
    r"(?:der|das|die) (?:artikel|beitrag|text|bericht|interview|kommentar|essay|gastbeitrag|"
    r"kolumne)\b.{0,40}?\b(?:zuerst|erstmals|ursprünglich)\b.{0,40}?"
    r"\b(?:erschien|erschienen|veröffentlicht|abgedruckt)\b|"
    r"(?:zuerst|erstmals|ursprünglich) (?:erschienen|veröffentlicht) (?:in|im|bei|auf|am)\b|"
    r"(?:abdruck|nachdruck|veröffentlichung|wiedergabe|übernahme) mit (?:freundlicher )?"
    r"(?:genehmigung|erlaubnis)\b|über dieses thema (?:berichtete|berichtet)\b|"
    # a broadcaster's programme note ("Dieses Thema im Programm: SW24 Aktuell | 04.12.2026 |
    # 19:30 Uhr"; session 46, read on de_full171, judged so on seven sets)
    r"dieses thema im programm\s*:|"
    # a print edition's pointer ("Diesen Artikel lesen Sie auch in der gedruckten Ausgabe vom
    # 15.03.2025."; session 56, read on de_full351)
    r"diese[nrs]? (?:artikel|beitrag|text|bericht) (?:lesen|finden) sie (?:auch )?(?:in|im)\b).*",
    re.IGNORECASE,
)
PROVENANCE_NOTE_MAX_CHARS = 240
#: A wire copy's note that the site took the text unedited: "Die Redaktion hat diesen Text
#: der Deutschen Presse-Agentur übernommen und nicht inhaltlich bearbeitet.", "Dieser Text
#: stammt von der Nachrichtenagentur AFP und wurde … nicht inhaltlich verändert.", "Meldungen
#: automatisch übernommen von Nachrichtenagenturen." (session 51: the judges of de_full202,
#: dates_dw and de_full81 list it as no text, none as text). The line names the text, the
#: message or the agency.
AGENCY_COPY_NOTE = re.compile(
    r"(?=.*\b(?:text|meldung|artikel|beitrag|nachricht|agentur|dpa|afp|reuters|kna|epd)\w*\b)"
    r".*\b(?:(?:nicht|un)\s*(?:redaktionell|inhaltlich)\s+(?:bearbeitet|verändert|geprüft)|"
    r"(?:automatisch|unverändert|ungeprüft|unbearbeitet)\s+(?:[\w-]+\s+){0,5}?übernommen)\b.*",
    re.IGNORECASE,
)
AGENCY_COPY_NOTE_MAX_CHARS = 300

#: The notes that close a text, each with the longest line it may match: a post's meta line
#: (English and German), a provenance note, a wire's sign-off. A line matching one of them in
#: full among the body's last :data:`~.bodylines.CLOSING_LINES` lines is dropped (one table, so
#: a new closing note is a row here, not another test in the body's loop). The sign-off
#: has no limit of its own (its pattern bounds it).
#: A contact line closing the text, opened by its label and holding an address or a number
#: ("Press: press@kestrelcards.example", "Media: Dana Kerrow, (860) 555-0188", "Contact
#: Garrett Lindahl at garrett@… or follow on X @GarrettReports.", "For more information on
#: this topic, contact the authors or write to publications@…"; read on en_f, en_i, en_o,
#: en_p: four writers). A sentence of the text ("Customers can contact …") opens otherwise.
CLOSING_CONTACT_LINE = re.compile(
    r"(?:press|media|media relations|press office|contact|for more information|"
    r"(?:media |press )?(?:enquiries|inquiries)|presse|pressekontakt|kontakt)\b"
    r"(?=.*(?:[\w.+-]+@[\w-]+\.[\w.]+|\(?\d{2,4}\)?[\s/-]\d{3}[\s-]?\d{2,4})).*",
    re.IGNORECASE,
)
CLOSING_CONTACT_MAX_CHARS = 200
#: The site's editor's credit closing the text ("Redaktionelle Bearbeitung: A", "Bearbeitet
#: von: A (Online-Redaktion)"; session 56, read on de_full336 and de_full351; the judges of
#: de_full238, de_full293 and dates_eh list it as no text): a credit, not a line of the text.
EDITOR_CREDIT_LINE = re.compile(
    r"(?:redaktionelle\s+)?(?:bearbeitung\s*:|(?:bearbeitet|redigiert)\s+von\s*:?)\s*[^.!?]{3,80}",
    re.IGNORECASE,
)
EDITOR_CREDIT_MAX_CHARS = 120
CLOSING_NOTES: tuple[tuple[re.Pattern[str], int], ...] = (
    (EN_META_LINE, EN_META_LINE_MAX_CHARS),
    (CLOSING_CONTACT_LINE, CLOSING_CONTACT_MAX_CHARS),
    (DE_META_LINE, EN_META_LINE_MAX_CHARS),
    (PROVENANCE_NOTE, PROVENANCE_NOTE_MAX_CHARS),
    (AGENCY_COPY_NOTE, AGENCY_COPY_NOTE_MAX_CHARS),
    (EDITOR_CREDIT_LINE, EDITOR_CREDIT_MAX_CHARS),
    (SIGN_OFF_LINE, 10_000),
    (COUNTER_LINE, COUNTER_LINE_MAX_CHARS),
)

#: A press release's end mark alone on its line ("###", "# # #", "-30-"): what follows it
#: is the issuer's boilerplate ("About X" and its paragraph, the media contact), not the
#: release (read on en_t's and en_c's releases). In the body's second half it and every line
#: after it leave. A British release's "ENDS" (then its "Notes to editors": the bank's
#: profile, its regulators; session 47, read on en_bh, the judges of en_ba, en_aq and
#: de_full71 list the notes as no part of the text).
RELEASE_END_MARK = re.compile(r"#\s?#\s?#|-\s?30\s?-|-?\s?(?i:ends)\s?-?")
