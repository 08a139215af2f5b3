"""Data for a republished copy's credit note (issue 11, session 51: read on the republished
kind, de_full200, de_full202, de_full205 and de_full207, and on dates_du): a blog or
aggregator reposts another publisher's article and says so in a note, "Dieser Artikel von
A erschien zuerst am … im X", "Text: A. Dieser Artikel erschien zuerst bei X", "Dieser
Artikel erschien zuerst bei X. Autorin: A.", "Ein Beitrag von A und B, zuerst erschienen
bei X", "Quelle: X, Text: A". The writers the note names wrote the text; the blog owner
whose byline or bio box the copy carries only posted it
(:mod:`newsarchive.extract.reprints`)."""

from __future__ import annotations

import re

from newsarchive.extract.data.letters import NAME_CAPITAL, NAME_LOWER

_WORD = rf"{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
#: One writer: two or three capitalised words (a particle such as "von" allowed before the
#: last), academic titles before them kept ("Dr. Henrike Albers").
_NAME = rf"(?:(?:Dr|Prof)\.\s+)*{_WORD}(?:\s+(?:von\s+|van\s+|de\s+)?{_WORD}){{1,2}}"
#: One to four writers, joined by commas, "und", "and" or "&".
REPRINT_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*,\s*|\s+und\s+|\s+and\s+|\s*&\s*){_NAME}){{0,3}})"
#: The note's statement that the text appeared first elsewhere.
_FIRST = (
    r"(?:erschien|ist|wurde)\s+(?:\S+\s+){0,6}?(?:zuerst|erstmals|ursprünglich)"
    r"|(?:zuerst|erstmals|ursprünglich)\s+(?:erschienen|veröffentlicht)"
)
_KIND = r"(?:Artikel|Beitrag|Text|Kommentar|Gastbeitrag|Bericht|Essay|Interview|Kolumne|Report)"
_LABEL = r"(?:Text|Autor(?:in|en|innen)?)\s*:\s*"
#: The notes, each naming the writers in ``names``: the writers inside the statement
#: ("Dieser Artikel von A erschien zuerst …", "Ein Beitrag von A und B, zuerst erschienen
#: bei …"), a label after it in the next sentence ("… erschien zuerst bei X. Autorin: A"),
#: a label before it ("Text: A. Dieser Artikel erschien zuerst …"), a source line's label
#: ("Quelle: Bayerwald-Wochenblatt, Text: A"), and the English forms ("This article by A
#: originally appeared in …", "… first appeared in X. Author: A").
#: The words of a note of first appearance (a cheap test before a pattern runs).
FIRST_WORDS = ("zuerst", "Zuerst", "erstmals", "Erstmals", "ursprünglich", "Ursprünglich")
REPRINT_NOTES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(
            rf"\b(?:Dies(?:er|es)?|Der|Das|Ein(?:e)?)\s+{_KIND}\s+von\s+{REPRINT_NAMES}"
            rf"\s*,?\s+(?:{_FIRST})"
        ),
        FIRST_WORDS,
    ),
    (
        re.compile(
            rf"\b(?:erschien|erschienen|veröffentlicht)\s+(?:zuerst|erstmals|ursprünglich)\s+"
            rf"[^.!?]{{2,160}}[.!?]\s+{_LABEL}{REPRINT_NAMES}\s*(?:[.,;(|·–]|$)"
        ),
        FIRST_WORDS,
    ),
    (
        re.compile(
            rf"\b{_LABEL}{REPRINT_NAMES}\s*[.,;|·–]?\s+(?:Dies(?:er|es)?|Der|Das)\s+{_KIND}\s+"
            rf"(?:{_FIRST})"
        ),
        FIRST_WORDS,
    ),
    (
        re.compile(rf"\bQuelle\s*:\s*[^,.:;]{{2,80}},\s*{_LABEL}{REPRINT_NAMES}\s*(?:[.,;(|·–]|$)"),
        ("Quelle",),
    ),
    (
        re.compile(
            rf"\b(?:This|The)\s+(?:article|post|story|piece|column)\s+by\s+{REPRINT_NAMES}\s+"
            rf"(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran)\b"
        ),
        ("originally", "first appeared", "first published", "first ran"),
    ),
    (
        re.compile(
            rf"\b(?:originally|first)\s+(?:appeared|published|ran)\s+(?:in|on|at|by)\s+"
            rf"[^.!?]{{2,160}}[.!?]\s+(?:Author|Written\s+by)\s*:?\s+{REPRINT_NAMES}\s*"
            rf"(?:[.,;(|·–]|$)"
        ),
        ("originally", "first appeared", "first published", "first ran"),
    ),
)
#: A note giving the day the text appeared first: "Dieser Artikel erschien zuerst am 3. April
#: 2024 im X", "… wurde erstmals am 15.06.2020 bei X veröffentlicht", "Zuerst erschienen am
#: 2. März 2022 bei X"; the day is read from ``day`` (at most 40 characters). A copy's
#: original within :data:`~.data.authornames.SOURCE_DAY_MAX_DAYS` before the copy's own day
#: is the text's first publication; an older one is an earlier version the page is not
#: (the dev truth keeps a 2022 guide's own day over "ist ursprünglich am … 2017 erschienen").
REPRINT_DAY = re.compile(
    r"\b(?:(?:erschien|erschienen|wurde|ist)\s+(?:zuerst|erstmals|ursprünglich)"
    r"|(?:Zuerst|Erstmals|Ursprünglich|zuerst|erstmals|ursprünglich)\s+"
    r"(?:erschienen|veröffentlicht))\s+am\s+(?P<day>.{6,40})"
)
#: A note's mark that the text is a translation of the original it names ("Aus dem
#: Englischen von A", "Übersetzung: B", "in englischer Sprache", "Originaltitel: …",
#: "… veröffentlicht ihn auf Deutsch"): the day such a note gives ("Der Beitrag erschien
#: zuerst am 2. November 2023 … Aus dem Englischen von A") is the original's, and the
#: archive keeps the German text's own day (session 54, read on the translations kind: the
#: judges of de_full265 and de_full273 date all seven such pages so). Only a note's day
#: yields to it: a header's labelled "Originalveröffentlichung: 21. März 2026" beside a
#: "Deutsche Fassung" day stays (an older judge of the copies kind keeps it). Searched
#: within :data:`NOTE_WINDOW_CHARS` of the note.
TRANSLATION_MARK = re.compile(
    r"\b(?:aus\s+dem\s+(?:englischen|amerikanischen|französischen|spanischen|italienischen|"
    r"niederländischen|dänischen|schwedischen|norwegischen|finnischen|polnischen|tschechischen|"
    r"portugiesischen)|übersetz|in\s+(?:englischer|französischer|spanischer|italienischer|"
    r"niederländischer)\s+sprache|originaltitel|translated\s+from|auf\s+deutsch\b|"
    r"ins\s+deutsche\b|deutsche\s+fassung)",
    re.IGNORECASE,
)
#: A note that the post moved from an older site or blog to this one (session 51: the
#: judges of dates_bu, dates_bv, dates_cg, dates_cj, dates_cq, dates_cr, dates_dw, dates_eb
#: and dates_ec give such a post the day it first appeared there, on all 16 read pages; no
#: dev page has such a note): "auf meinem alten Blog", "unserer früheren Website", "aus dem
#: bisherigen Stadtportal", "beim Umzug", "im Zuge unseres Blog-Umzugs", "Relaunch".
MIGRATION_HINT = re.compile(
    r"\b(?:alten|früheren|bisherigen|vorherigen)\s+(?:Blogger-)?(?:Blog|Website|Webseite|Seite|"
    r"Internetseite|Plattform|Portal|Stadtportal|Homepage)s?\b|\bUmzug|-Umzug|\bRelaunch"
)
#: Words a page with such a note holds (its patterns run around them: :data:`NOTE_WINDOW_CHARS`).
MIGRATION_WORDS = ("Umzug", "Relaunch", "alten ", "früheren ", "bisherigen ", "vorherigen ")
#: Words a moved post's first-day note holds (:data:`MIGRATED_FIRST_DAY`).
MIGRATED_WORDS = ("erschien", "veröffentlicht")
#: How far before and after a note's word (:data:`FIRST_WORDS`, "Quelle", a
#: :data:`MIGRATION_WORDS` one) its patterns look: the whole note, not the whole page.
NOTE_WINDOW_CHARS = 400
_DAY = r"(?P<day>\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{4}|[A-ZÄÖÜ][a-zäöü]+\.?\s+\d{4}))"
#: The day the moved post first appeared, in its note: "erschien ursprünglich am 5. März
#: 2017 auf unserem alten Blog", "wurde am 22. April 2010 veröffentlicht", "Ursprünglich am
#: 9. November 2019 auf unserem alten Blogger-Blog erschienen", "wurde am 23.04.2020 auf
#: blogspot veröffentlicht" (not the day it was taken over: "wurde am 14.06.2023 aus dem
#: bisherigen Stadtportal übernommen").
MIGRATED_FIRST_DAY = (
    re.compile(rf"\b(?:erschien|erschienen|veröffentlicht)\s+(?:[a-zäöü]+\s+){{0,2}}am\s+{_DAY}"),
    re.compile(rf"\bam\s+{_DAY}\s+(?:[^.]{{0,60}}?\s)?(?:erschienen|veröffentlicht)\b"),
)
#: A labelled source field: its label element (text "Quelle", "Quelle:", "QUELLE") before the
#: element naming the source (:func:`~newsarchive.extract.reprints.source_field`).
SOURCE_FIELD_XPATH = "//body//*[contains(translate(text(), 'QUEL', 'quel'), 'quelle')][not(*)]"
SOURCE_FIELD_LABELS = frozenset({"quelle", "quellen"})
#: The label of the person who edited an agency's copy for the site, before the name
#: ("Bearbeitung: A", "Redaktionelle Bearbeitung: A", "Bearbeitet von A", "Redigiert von
#: A"): no writer (:func:`~newsarchive.extract.reprints.edited_only`; session 55, read on
#: de_full313 and de_full318).
EDITOR_LABEL = r"(?:Bearbeitung\s*:|Bearbeitet\s+von|Redigiert\s+von|Redigatur\s*:)\s*"
#: A press release's dateline: the place in capitals, the release day and the wire
#: ("CHARLOTTE, N.C., April 2, 2024 /PRNewswire/ --", "ASHTABULA, Ohio (March 5, 2024) –",
#: "FRANKFURT, 5. März 2024 /PRNewswire/ --"). A bank's newsroom that posts the release
#: later, or moves it to a new site, dates its post by its own day; the release's day is
#: the dateline's (:func:`~newsarchive.extract.reprints.copy_notes`; session 55, read on the
#: English wire releases en_cj and en_ck).
RELEASE_DATELINE = re.compile(
    r"(?<![A-Z])[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*,(?: [A-Z][\w.]*(?: [A-Z][\w.]*)?,?)?\s+\(?"
    r"(?P<day>[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2}\. [A-ZÄ][a-zä]+\.? \d{4})\)?"
    r"\s*(?:/[A-Za-z ]{2,30}/\s*)?(?:--|[–—-])"
)
#: The text's first lines a release's dateline is looked for in (a note on the release's
#: move may stand before it).
RELEASE_DATELINE_LINES = 3
#: An agency credited as the text's writer in a credit line beside other crafts ("Text: dpa ·
#: Bearbeitung: A", "Text: dpa · Story-Design: A": a web story's or a site's editor of a
#: wire copy): the agencies, read where the metadata's person is credited there with another
#: craft (:mod:`~newsarchive.extract.agencytext`; session 56, read on the web stories
#: de_full339 and de_full345).
AGENCY_TEXT_CREDIT = re.compile(r"\bText\s*:\s*(?P<agencies>[^·|:;]{2,40}?)\s*(?:[·|;]|$)")
#: The crafts other than writing a credit line names a person for.
OTHER_CRAFT_LABEL = (
    r"(?i:(?:redaktionelle\s+)?bearbeitung|story-?design|design|gestaltung|umsetzung|produktion"
    r"|layout|grafik(?:en)?|bilder|fotos?|video|schnitt)\s*:\s*"
)
#: The text nodes from the byline's window on read for such a credit line.
AGENCY_TEXT_NODES = 40
