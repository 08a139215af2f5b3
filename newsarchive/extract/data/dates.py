"""Data for the dates: German and English month names, date forms in text, markup and URLs,
the visible date line (:mod:`newsarchive.extract.dates`)."""

from __future__ import annotations

import re

from newsarchive.extract.data.authors import BYLINE_NAME

#: Date parts of German (and English) month names.
MONTHS = {
    "januar": 1,
    "jänner": 1,
    "jän": 1,  # Austrian papers' abbreviation ("9. Jän. 2012"; session 42, read on dates_cr)
    "jan": 1,
    "january": 1,
    "februar": 2,
    "feber": 2,
    "feb": 2,
    "febr": 2,
    "february": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "mrz": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
    "december": 12,
    "dec": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A paragraph that is only a byline and dateline ("Von Anna Müller 28. Oktober 2008, 16:30
#: Uhr", "Von Anna Müller und Jan Schulz"): first or last in the body, it is not text.
BYLINE_LINE = re.compile(
    rf"(?i:von|by|text:|autor(?:in)?:)\s+{BYLINE_NAME.pattern}"
    rf"(?:\s*(?:,|&|\s(?i:und|and))\s*{BYLINE_NAME.pattern})*"
    rf"(?:\s*[,|–-]?\s*\d{{1,2}}\.\s*(?:\d{{1,2}}\.|(?i:{_MONTH_NAMES})\.?)\s*\d{{2,4}}"
    r"(?:\s*[,|]?\s*(?i:um\s+)?\d{1,2}[:.]\d{2}(?:\s*(?i:uhr))?)?)?\s*"
)
#: A byline with the writer's place ("Von Anna Müller, Frankfurt"): a byline paragraph of
#: the body too (not used for the authors, where the place is no name).
BYLINE_PLACE_LINE = re.compile(
    rf"(?:{BYLINE_LINE.pattern}),\s*[A-ZÄÖÜ][^\W\d_]+(?:[ -][A-ZÄÖÜ][^\W\d_]+)?\s*"
)
#: Headings above a byline at the top of the body (a subtitle under the headline) leave
#: with it: at most this many characters each, none ending like a sentence.
HEADER_LINE_MAX_CHARS = 250
#: ... and at most this many of them.
HEADER_MAX_LINES = 4
#: A dot before a date's time where the time is marked ("12.11.2024 · 23:10 UTC", "· 00:20 Uhr
#: MEZ"), not a length or a count ("22. April 2021 · 27:14", "· 3.877 Aufrufe"; session 62).
_DOT_CLOCK = r"[·•](?=\s*\d{1,2}:\d{2}\s*(?:Uhr|UTC|GMT|MEZ|MESZ|CET|CEST)\b)"
#: "26. November 2026, 14:05 Uhr", "26. Nov. 2026 um 14.05 Uhr", "3.Sept.2026"; a comma
#: before the year too, a theme's "11 Juni, 2024" ("j F, Y") and "06 Oct, 2026". The day in
#: the forms of old English blogs, wikis and servers too: an ordinal ("Posted on 3rd August
#: 2026", WordPress's "jS F Y"), "of" before the month (TikiWiki's "Wed 12 of Mar, 2008",
#: "19th of May 2026"), dashes or slashes round the month ("15-Mar-2009 19:40", "15/Mar/2009").
DATE_LONG = re.compile(
    rf"\b(\d{{1,2}})(?:\.|st|nd|rd|th|(?=[-/]\w))?\s*(?:of\s+|[-/])?({_MONTH_NAMES})"
    r"(?:\.\s*|,\s*|\s+|-(?=\d{4})|/(?=\d{4}))(\d{4})"
    rf"(?:\s*(?:,|um|-|–|\||{_DOT_CLOCK})?\s*(\d{{1,2}})[:.](\d{{2}})(?:\s*Uhr)?)?",
    re.IGNORECASE,
)
#: "26.11.2026, 14:05 Uhr", "26.11.2026 - 14:05", "26.11.2026 · 14:05 Uhr".
DATE_NUMERIC = re.compile(
    rf"\b(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}})(?:\s*(?:,|um|-|–|\||{_DOT_CLOCK})?\s*(\d{{1,2}})[:.](\d{{2}})"
    r"(?:\s*Uhr)?)?"
)
#: "26.11.26", "Do., 26.11.26 14:05": a numeric date with a two-digit year (this century, or
#: the last where this one would be after the fetch: an old page's "23.11.99"), not followed
#: by more digits or dots (version numbers, "1.2.345"); read after the four-digit forms only.
DATE_NUMERIC_SHORT_YEAR = re.compile(
    r"(?<![\d.])\b(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]*\d)(?:\s*(?:,|um|-|–|\|)?\s*(\d{1,2})[:.](\d{2})"
    r"(?:\s*Uhr)?)?"
)
#: "November 26, 2026", "Nov. 26th, 2026 at 14:05": English, month first (blog themes); also
#: with the German day's full stop, Serendipity's default in English ("Tuesday, September 15.
#: 2009"; read on en_o).
DATE_MONTH_FIRST = re.compile(
    rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th|\.)?,?\s+(\d{{4}})"
    r"(?:\s*(?:,|at|um|-|–|\|)?\s*(\d{1,2})[:.](\d{2}))?",
    re.IGNORECASE,
)
#: "Jun 21 '05", "Aug 23, '07 3:41 PM": month first with an apostrophe's two-digit year (old
#: blog and review hosts); the day alone is read (no time: its clock is a 12-hour one).
DATE_MONTH_FIRST_SHORT_YEAR = re.compile(
    rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+['’‘](\d{{2}})\b", re.IGNORECASE
)
#: ... looked for only in a text with such a year (a cheap test first).
APOSTROPHE_YEAR = re.compile(r"['’‘]\d{2}\b")
#: "vor 3 Stunden", "vor einer Minute", "vor 2 Tagen": relative to the fetch time.
DATE_RELATIVE = re.compile(
    r"\bvor\s+(\d+|einer|einem|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+"
    r"(Sekunden?|Minuten?|Min\.?|Stunden?|Std\.?|Tag(?:en)?|Wochen?)\b",
    re.IGNORECASE,
)
#: "heute, 14:05 Uhr", "gestern 9.30 Uhr".
DATE_DAYWORD = re.compile(
    r"\b(heute|gestern|vorgestern)\b(?:\s*,?\s*(?:um\s*)?(\d{1,2})[:.](\d{2}))?", re.IGNORECASE
)
#: Number words in relative dates.
NUMBER_WORDS = {
    "einer": 1,
    "einem": 1,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
}
#: Markup that holds the publication date when metadata is missing.
#: ``<time datetime>``, then ``itemprop="datePublished"``, then a class containing one of these.
DATE_ITEMPROP = "datePublished"
DATE_CLASS_PARTS = ("date", "time", "publish")
#: Date markup elements read per kind of :data:`DATE_CLASS_PARTS`, in document order; those in
#: parts with other dates (:data:`~.skipparts.VISIBLE_DATE_SKIP_WORDS`: comments, teasers...)
#: and those marked as a modification date are passed over.
DATE_MARKUP_CANDIDATES = 20
#: Data attributes of date markup holding a Unix time (seconds or milliseconds), read after
#: its machine date and before its text ("vor 2 Jahren", "aktualisiert vor 2 Tagen": a
#: relative day that is no publication day; session 56, read on dates_fj and dates_fk), and
#: the years such a time may fall in (a counter or an id is no time).
DATE_EPOCH_ATTRIBUTES = ("data-published", "data-timestamp", "data-time")
EPOCH_YEARS = range(1995, 2100)
#: Tags whose descendants are items of a list: a markup date inside one, where no metadata
#: dates the page, defers to htmldate's fast search when the page shows that day before it
#: (:mod:`newsarchive.extract.listdefer`; an others list the classes do not name).
DATE_LISTED_TAGS = frozenset({"li"})
#: A date line more text nodes than this under the headline, where no metadata or markup
#: dates the page, defers to htmldate's fast search when the page shows htmldate's day first
#: and the line's node names no publication (:mod:`newsarchive.extract.farline`).
DATE_FAR_LINE_NODES = 8
DATE_FAR_LINE_LABEL = re.compile(
    r"ver(?:ö|oe)ffentlicht|publiziert|erschienen|erstellt|eingestellt|geschrieben|"
    r"\bposted\b|\bpublished\b|\bwritten\b",
    re.IGNORECASE,
)
#: (A part holding the headline is the page's layout, whatever its class says:
#: "layout-right-sidebar", "with-navigation".) hAtom marks one element "published updated".
DATE_MARKUP_MODIFIED = re.compile(r"modif|update|aktualisier|edited|geändert", re.IGNORECASE)
DATE_MARKUP_PUBLISHED = re.compile(r"publi|creat|erstellt|veröffentlicht", re.IGNORECASE)
#: An hAtom entry (``class="post hentry"``, microformats2 ``h-entry``): on a page with one
#: entry, its parts are the post's own (Blogger prints the post in a "widget", its
#: ``<abbr class="published">`` in a "post-footer"), not parts with other dates.
HATOM_ENTRY = re.compile(r"(?<![\w-])h-?entry(?![\w-])")
#: ... the entry's publication (hAtom ``published``, microformats2 ``dt-published``).
HATOM_PUBLISHED = re.compile(r"(?<![\w-])(?:dt-)?published(?![\w-])")
#: Item types (schema.org microdata) whose ``datePublished`` is an article's: the parts inside
#: such an item (tx_news prints its date in a "footer") are the article's, not other dates.
ARTICLE_ITEMTYPE = re.compile(r"schema\.org/(?:\w*Article|BlogPosting|Report)$")
#: "2026/11/26 14:05": a slashed date year first (fediverse and forum software's ``title``),
#: or with dashes, the ISO day a static blog's or a board's theme prints ("Veröffentlicht am
#: 2026-11-26", "2026-11-26 14:05", "2026-11-26T14:05:00Z").
DATE_YMD_SLASHED = re.compile(
    r"\b((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?!\d)(?:[ ,T]+(\d{1,2}):(\d{2}))?"
)
#: The same order with the month's short English name ("posted 2025-Nov-20, 10:45 pm": an
#: Australian board's stamp; session 44, read on en_ah).
DATE_YMD_MONTH_NAME = re.compile(
    r"\b((?:19|20)\d{2})-([A-Za-z]{3})-(\d{1,2})(?!\d)(?:[ ,T]+(\d{1,2}):(\d{2}))?"
)
#: The zone after a text date's time ("Tue, 03 Mar 2026 23:30:00 GMT", "… 23:30 +0000", mail
#: and feed headers, "12:40 (UTC)" in brackets): the time is given in it, not in German local
#: time; "GMT+1" is no UTC time (German local time then).
DATE_TEXT_ZONE = re.compile(
    r"(?::\d{2})?\s*\(?(GMT|UTC|Z|[+-]\d{2}:?\d{2})\b(?![+\-−]\d)", re.IGNORECASE
)
#: "11/26/2026": a slashed date is written month first (US style; German uses dots); a first
#: number above 12 can only be a day.
DATE_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2}))?")
#: A 12-hour clock's tail after a date's time ("10/17/2005 07:05:00 PM", "9:04 p.m."): a
#: slashed date before it is in US order, and the hour is read on a 24-hour clock (group 1,
#: "a" or "p": 12 AM is 0 h, 1 to 11 PM are 13 to 23 h).
DATE_CLOCK_12H = re.compile(r"(?::\d{2})?\s*([AP])\.?M\b", re.IGNORECASE)
#: JSON-LD keys (of any object, an ``Event`` or its subtypes) and microdata itemprops naming
#: an event's days: a date on such a day is the event's ("Datum: Freitag, 28.08.2020"), not
#: the publication's.
EVENT_DATE_KEYS = ("startDate", "endDate")
#: ... at most this many of them read (a calendar page lists hundreds of events).
EVENT_DATES_MAX = 100
#: The visible date: the date line nearest the headline (readers' and annotators' date).
#: It replaces the metadata date when the two differ by less than
#: :data:`VISIBLE_DATE_MAX_DRIFT_DAYS` (metadata often carries the CMS creation time); a
#: larger gap means the visible date is something else (an event, a quoted source). The
#: parts never read for it: :mod:`~newsarchive.extract.data.skipparts`.
#: Words allowed around a date in a date line ("Veröffentlicht am Donnerstag, 26.11.2026 um");
#: a blog's meta line counts its comments beside the date ("| 4 Kommentare", "Keine
#: Kommentare"), which is no sentence either.
VISIBLE_DATE_FILLER = re.compile(
    r"\b(?:veröffentlicht|erstellt|publiziert|datum|am|um|uhr|vom|von|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|"
    r"on|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|"
    r"sun|(?:\d+|keine|ein|einen)\s+(?:kommentare?|antworten|comments?))\b|\W",
    re.IGNORECASE,
)
#: A date labelled as the reader's day ("Heute: 04.07.2022", "Heute ist Montag, 4. Juli
#: 2022", "Today: July 4, 2022"; an ePaper's or portal's toolbar) is never the publication;
#: a relative "heute, 14:05 Uhr" (no label, no date) is not one of them.
DATE_TODAY = re.compile(
    r"\b(?:heute|today)(?:\s*:|\s+(?:ist|is)\b)\s*(?:(?:montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\.?,?\s*(?:der|den|the)?\s*)?",
    re.IGNORECASE,
)
#: The writer named in a date line ("Veröffentlicht am Mittwoch, 26. Juni 2019 · Frank
#: Ottmers, Pfarrbüro", "Eingestellt am 03.08.2022 von Jörg Wendlandt", "Von Anna-Lena
#: Pfister-Berg | 03.08.2022"): a byline, not a sentence; not counted in the line's rest.
DATE_LINE_BYLINE = re.compile(
    rf"(?:\b(?i:von|by)\b|[·|•])\s*{BYLINE_NAME.pattern}(?:\s*,\s*[A-ZÄÖÜ][^\W\d_]+)?"
)
#: A date line names at most this many other characters (a short byline fits, a sentence not).
VISIBLE_DATE_MAX_REST = 20
#: The line just under the headline (its first :data:`VISIBLE_DATE_HEAD_NODES` text nodes)
#: that ends with its date is a date line with a longer head: a document's number
#: ("Pressemitteilung Nr. 148/2022 vom 03.08.2022"), an issue ("Erschienen in Ausgabe SoSe
#: 2017 · 14.06.2017"), two writers or a writer's role ("Geschrieben von A und B am …"), up to
#: this many other characters.
VISIBLE_DATE_HEAD_MAX_REST = 60
#: (Three: the headline, a teaser and a byline may stand before the date line, "Mi,
#: 11.06.2025"; session 31: 7 set pages of six sets right, 0 wrong, dev identical; four
#: nodes put one set page more wrong.)
VISIBLE_DATE_HEAD_NODES = 3
#: So the head is read on pages without an ``<article>`` or ``<main>`` (old table layouts,
#: static sites) too, where the headline's node reads the title and a paragraph of the text
#: follows within this many nodes (:func:`~newsarchive.extract.nodes.shows_title`; a
#: sidebar's name over its own lines is none; session 31, read on dates_cc).
TITLED_TEXT_NODES = 8
#: A day a kicker line above the headline names after "am" is an event's ("Die Sparkasse
#: eröffnet am 03.10.2026"), not the publication's ("… vom 03.10.2026", "… · 03.10.2026").
DATE_EVENT_DAY = re.compile(r"\bam\s*$", re.IGNORECASE)
#: What may follow the date at the end of such a line: a time ("14:30 Uhr").
DATE_LINE_END = re.compile(r"[\s,]*(?:(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\s*$", re.IGNORECASE)
#: A dash after a date that opens a paragraph: a dateline ("27.1.2026 - Die Sparkasse ...").
DATELINE_DASH = re.compile(r"\s*[-–—]\s")
#: ... or after the place of a press release ("Eisenach, 17. September 2022 – Die ..."): one
#: to four capitalised words ("Frankfurt am Main", "Halle (Saale)"), a comma, a letter's "den".
DATELINE_PLACE = re.compile(r"[A-ZÄÖÜ][\w.()/-]{1,30}(?: [\w.()/-]{1,30}){0,3},\s*(?:den\s+)?")
#: ... or a notice's own label before its day ("Meldung vom 3. März 2015. Die EZB …", an old
#: portal's text opening; session 42, read on dates_cw).
DATELINE_NOTICE = re.compile(
    r"(?:Meldung|Nachricht|Pressemitteilung|Pressemeldung|Presseinformation)\s+vom\s+"
)
#: A line naming the update (:data:`~.datebounds.VISIBLE_DATE_UPDATE`) first and then the
#: publication ("Aktualisiert: Do, 04.08.2022 · Veröffentlicht: Mi, 03.08.2022", "Aktualisiert:
#: … | Erstmals erschienen: …", "Aktualisiert vor 3 Std. · Erstveröffentlichung: 3. Okt. 2021")
#: is read from the publication's label on.
VISIBLE_DATE_PUBLISHED_AFTER = re.compile(
    r"\b(?:erst)?ver(?:ö|oe)ffentlich\w*|\bpubliziert|\berschienen|\berstellt", re.IGNORECASE
)
#: A text node that is only the change's label ("Aktualisiert am" before a ``<time>``, a
#: property table's "Zuletzt bearbeitet", a ``<dt>`` "Letzte Änderung"): the date in the next
#: node is the change, not the date line.
DATE_CHANGE_LABEL = re.compile(
    r"\W*(?:zuletzt\s+|letzte\s+)?(?:aktualisiert|aktualisierung|bearbeitet|geändert|änderung|"
    r"updated?|last\s+updated|modified)(?:\s+(?:am|vom|on|um))?\s*:?\W*",
    re.IGNORECASE,
)
#: A date labelled as a thread's last reply or post ("8 Antworten · Letzte Antwort: 13.02.2022
#: 16:00", "Letzter Beitrag: 22.05.2019, 02:50 von …", "Last post: …"; a forum's thread
#: statistics under its title) is the latest reply's day, not the thread's: no date line. The
#: label stands at most :data:`DATE_LAST_REPLY_BEFORE` characters before the date, in its
#: text node or as the node before it.
DATE_LAST_REPLY = re.compile(
    r"\b(?:letzte[rsn]?|neueste[rsn]?|jüngste[rsn]?)\s+(?:antwort|beitrag|post|aktivität)"
    r"|\b(?:last|latest)\s+(?:post|reply|activity)",
    re.IGNORECASE,
)
DATE_LAST_REPLY_BEFORE = 60
#: A date labelled as a member's join ("Mitglied seit: 18.04.2000", "Registriert seit:
#: 26.01.2024", "Dabei seit 2. November 2024", "Anmeldedatum: …", "Member since", "Joined:"; a
#: forum's or community's user box beside each post) is the member's day, not the post's: no
#: date line. The label stands as :data:`DATE_LAST_REPLY`'s does.
DATE_MEMBER_SINCE = re.compile(
    r"\b(?:mitglied|registriert|angemeldet|dabei|member)\s+(?:seit|since)\b"
    r"|\b(?:anmeldedatum|registriert\s+am|registrierung|beigetreten|joined)\b",
    re.IGNORECASE,
)
#: A date naming a cited document ("BFH, Urteil vom 21.05.2021 – VI R 7/21", "Beschluss vom
#: 3. Mai 2022", "Schreiben vom …", "Gesetz vom …"; the words just before it, within 40
#: characters) is that document's day, not the publication's: no date line.
DATE_DOCUMENT = re.compile(
    r"\b(?:urteils?|beschlusses|beschluss|entscheidung|verfügung|bescheid|schreiben|"
    r"gesetz(?:es)?|verordnung|erlass(?:es)?|rundschreiben|bmf-schreiben)\s+(?:vom|v\.)\s*$",
    re.IGNORECASE,
)
_WEEKDAY = (
    r"(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s*(?:den\s+)?)?"
)
#: Labels opening a date line (the whole text before the date, or the text node before it)
#: that name the publication ("Veröffentlicht am Mittwoch, …", "Erstveröffentlichung: …",
#: "Erschienen:", "Erscheinungsdatum:", "Published on"), then the creation or posting
#: ("Erstellt:", "Datum:", "Eingestellt am", "Gepostet am" (a status page's update under its
#: announcement), "Geschrieben am", "Verfasst:" (phpBB), "Posted on"; Joomla prints
#: "Erstellt:" above "Veröffentlicht:"): such a line comes before nearer date lines labelled
#: otherwise or not at all (an event's "Termin:", an election's "Wahltag:", a review's
#: "Medizinisch geprüft am", a court's hearing box), and may name more after the date (up to
#: :data:`VISIBLE_DATE_HEAD_MAX_REST` characters: "… | Letzte Änderung: …"). Not "Erschienen
#: in der Ausgabe … vom" (the print's day) nor a label inside a sentence. A magazine's online
#: day names the publication too ("Online: 06.05.2019", "Online seit 03.08.2022" under "Aus dem
#: Heft Nr. 19 vom 09.05.2019", the print issue's day; rd29), not a site's statistic with a
#: colon ("Online seit: 09.10.2007" above "Einträge: 104" in a blog's sidebar). A newsletter's
#: sending names it too ("Mitgliederbrief 1/2024 · Versand am 05.03.2024", "versendet am";
#: session 52: the judges' day on all 5 read pages with such a line).
DATE_LABEL_RANKS = tuple(
    re.compile(rf"\W*(?:{words})\s*(?:am|vom|on|:)?\s*:?\s*{_WEEKDAY}", re.IGNORECASE)
    for words in (
        r"(?:erst)?ver(?:ö|oe)ffentlicht|erstveröffentlichung|erschienen|publiziert|published"
        r"|publication\s+date|erscheinungsdatum|ver(?:ö|oe)ffentlichungsdatum|publikationsdatum"
        r"|online(?:\s+seit(?!\s*:))?|versand|versendet|verschickt",
        # (English "Written:" as "Geschrieben:": a review host's line; session 44, en_m)
        r"erstellt|eingestellt|gepostet|geschrieben|verfasst|posted|created|written|datum",
    )
)
#: ... or after a separator of a line the date ends ("Pressemitteilung Nr. 36/2021,
#: veröffentlicht am 23.09.2021", "Lokales · Erschienen am …").
DATE_LABEL_AFTER = re.compile(r"\s*[,·|•]\s*")
#: ... a label in the node before the date has at most this many characters.
DATE_LABEL_NODE_MAX = 40
#: The whole head of a line naming a document's number and its day: a press release's or a
#: printed issue's ("Pressemitteilung 04/2026 · 3. Februar 2026", "Pressemitteilung Nr.
#: 4/2012 · 05.06.2012", "erschienen in Ausgabe 38/2001 vom 17.09.2001"). Such a line ending
#: with its date is a date line just above the headline too (a kicker line, up to
#: :data:`VISIBLE_DATE_HEAD_NODES` nodes before it), and anywhere on a page without a
#: headline element (old table layouts), where the number would make its rest too long.
DATE_DOCUMENT_HEAD = re.compile(
    r"\W*(?:(?:erschienen|veröffentlicht)\s+in\s+(?:der\s+)?)?(?:pressemitteilung|"
    r"presseinformation|pressemeldung|medieninformation|ausgabe|heft|pm)\s*(?:nr\.?|no\.?)?\s*"
    rf"\d{{1,4}}\s*/\s*\d{{2,4}}\s*(?:vom\b|[,·|•:–-])?\s*{_WEEKDAY}",
    re.IGNORECASE,
)
#: Text nodes after the headline (nodes before it count three times) a date line may be away.
VISIBLE_DATE_MAX_DISTANCE = 300
VISIBLE_DATE_MAX_DRIFT_DAYS = 200
#: The most days an address's day may come after the day the article's date markup and its
#: date line agree on for them to stand (:func:`~newsarchive.extract.addressday.
#: shortly_after`; a month later the address names the day, as it does on every other page).
ADDRESS_LATER_MAX_DAYS = 3
#: Text nodes read after the headline for the visible date and byline text (the walk stops).
NODES_AFTER_HEADLINE = 320
#: Full dates the page's text shows ("8. November 2004", "10.02.2026", "November 8, 2004",
#: "2021-10-16"): htmldate's extensive search counts only on one of their days (its year-only
#: finds, a copyright's "© 2016" as 1 January, are no publication).
SHOWN_DATE_FORMS = (
    DATE_LONG,
    DATE_NUMERIC,
    DATE_MONTH_FIRST,
    re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b"),
)
#: A year in a text node: only such a node is searched for :data:`SHOWN_DATE_FORMS`.
SHOWN_DATE_YEAR = re.compile(r"(?:19|20)\d{2}")
#: Parts of the page htmldate does not read (a copy without them): sidebars carry other
#: posts' dates. (Not widgets, comment sections, teasers, navigation or footers: on the dev
#: pages each of them held the post's own date somewhere, e.g. Blogger's posts are a widget.)
HTMLDATE_DROP_TAGS = frozenset({"aside"})
#: (Also a side column by its id, :data:`~.body.SIDE_COLUMN_ID`.)
HTMLDATE_DROP_WORDS = ("sidebar",)
#: ... unless the part holds at least this share of the page's text (the main column).
HTMLDATE_DROP_MAX_SHARE = 0.5
#: A page's own entry in a list it shows (:mod:`~newsarchive.extract.selfentry`): the
#: elements that hold an entry, and the most characters an entry may have (a list item's
#: headline and day, not a whole column; session 34, dates_ch).
SELF_ENTRY_TAGS = ("li", "tr")
SELF_ENTRY_MAX_CHARS = 240
#: The class words of the entry a list marks as the page shown (besides
#: ``aria-current="page"``; :func:`~newsarchive.extract.selfentry.current_entry_day`).
CURRENT_ENTRY_CLASS = re.compile(r"(?:^|\s)(?:is-)?(?:active|current)(?:\s|$)")
CURRENT_ENTRY_PARTS = ("active", "current")
#: A breadcrumb trail's class word: its current item repeats the page's headline, and a day
#: in it is the headline's ("Quartalsmitteilung zum 30. September 2024"), not an entry's
#: (session 54, read on the investor pages of dates_fc).
CURRENT_ENTRY_TRAIL = "crumb"
