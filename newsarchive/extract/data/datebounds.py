"""Data for dates in the text that are not the publication's day though they look like one
(read by :mod:`newsarchive.extract.dateline`): the bounds of a period, an update's label, a
label naming another day."""

from __future__ import annotations

import re

#: A date that bounds a period is not the day a text was written: a price list's or a
#: rule's start ("Preise ab 01.04.2024", "gültig ab dem 1. Juni 2025", "Beiträge ab 1. Januar
#: 2002"), a deadline ("Anmeldung bis 31.03.2010", "bis zum 30.04.2004"), a visitor
#: counter's start ("Sie sind Besucher Nr. 1244 seit dem 15.08.1998"). The word stands right
#: before the date (:data:`DATE_BOUND_BEFORE`), or "bis" right after it ("vom 23.12.2001 bis
#: 28.02.2002", :data:`DATE_BOUND_AFTER`); a magazine's "Online seit 14. März 2025" is its
#: publication.
DATE_BOUND_BEFORE = re.compile(
    r"(?<!online\s)\b(?:ab|seit|bis)(?:\s+(?:dem|zum|den))?\s*$", re.IGNORECASE
)
DATE_BOUND_AFTER = re.compile(r"\s*bis\b", re.IGNORECASE)

#: A heading of an events list after the text ("Termine", "Nächste Termine", "Nächstes
#: Treffen", "Kommende Veranstaltungen", "Terminkalender"): its dates are the events', no date
#: line after it once the text was read (as after
#: :data:`~newsarchive.extract.data.DATE_OTHERS_HEADING`).
DATE_EVENTS_HEADING = re.compile(
    r"\W*(?:(?:nächste[rsn]?|kommende|aktuelle|unsere|weitere)\s+)?"
    r"(?:termine|treffen|veranstaltungen|events)\W*|\W*(?:termin|veranstaltungs)kalender\W*"
    # a conference's or event's programme after a report ("Tagungsprogramm", "Programm",
    # "Ablauf"; session 57, read on de_full380): its days are the sessions'
    r"|\W*(?:tagungs|konferenz|workshop|veranstaltungs)?programm\W*|\W*ablauf\W*",
    re.IGNORECASE,
)

#: Date lines saying the page was updated ("Letzte Änderung: 14.06.1998", "Stand: 01.03.2024")
#: are not the publication date; a line naming the publication before it ("Erstellt am
#: 3.11.2026, aktualisiert am 20.11.2026") is read up to the update word. "Stand" labels the
#: update as a word or as the last part of a compound label ("Preisstand:", "Datenstand
#: 30.06.2022"), not inside other words: a byline's "Verfasst von vorstand am 16.04.2002", a
#: rubric's "Mittelstand", "Bestand".
VISIBLE_DATE_UPDATE = re.compile(
    r"aktualisiert|aktualisierung|update|geändert|letzte\s+änderung"
    r"|\b(?:preis|daten|kurs|zins|tarif|spenden|informations|redaktions|bearbeitungs|kenntnis|"
    r"rechts|gesetzes|versions|text)?stand\b",
    re.IGNORECASE,
)

#: A page's stamp of its update or generation, a label and a date right after it
#: ("Zuletzt aktualisiert: 30.06.2014", "Letzte Änderung: 14.06.1998", "Stand: 01.03.2024",
#: "Letzte Aktualisierung dieser Seite: 20.06.2017",
#: "Archivseite erzeugt am 19.11.2012", "generiert am"): a metadata date on that day is the
#: update's or the archive's (a CMS migration writing every page's meta date), not the
#: publication (read on the blind dates_bt). The date: a German or numeric one within a few
#: characters (:func:`~newsarchive.extract.datetext.parse_german_date` reads it).
UPDATE_STAMP = re.compile(
    r"(?:aktualisiert|geändert|letzte\s+(?:änderung|aktualisierung)(?:\s+d(?:ies)?er\s+"
    r"(?:seite|website))?|\bstand|(?:erzeugt|generiert)\s+am"
    # an English note's "We updated it on March 1, 2026" (session 40, read on blind en_az)
    r"|\bupdated\s+(?:it|this\s+\w+)\s+on)"
    r"(?:\s+am)?\s*:?\s*(?P<date>\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d_]+\.?)\s*\d{2,4}"
    r"|[^\W\d_]+\s+\d{1,2},\s+\d{4})",
    re.IGNORECASE,
)

#: A label naming the first publication before a date ("Erstveröffentlichung: 3. Mai 2015",
#: a translation's or copy's "Originalveröffentlichung: 21. März 2026",
#: "Erstmals veröffentlicht am 12.03.2019", "Zuerst erschienen am …", "Originally published
#: on March 3, 2019", "First published: 3 May 2015"): the archive's date is that day, also
#: where the metadata gives a later one (a republication, a migration), unless the page
#: shows another date line (read on the blind dates_bt; judged on dates_bu, dates_bv and
#: dates_bw). Matched on the text in lower case (case-blind matching made it ten times
#: slower), the date within :data:`FIRST_PUBLISHED_SPAN` characters after it. The same in a
#: sentence (:data:`FIRST_PUBLISHED_SENTENCE`: "Dieser Ratgeber wurde erstmals am
#: 14.10.2021 veröffentlicht", "… ist ursprünglich am … erschienen") counts only where the
#: page shows no date line or only an update's ("Aktualisiert am …"): the owners' truth on
#: a real dev page keeps the day its date line shows over such a sentence.
FIRST_PUBLISHED_LABEL = re.compile(
    r"(?:erst|original)veröffentlichung|erst(?:mals)?\s+veröffentlicht|zuerst\s+(?:erschienen|veröffentlicht)|"
    r"(?:originally|first)\s+published"
)
FIRST_PUBLISHED_SPAN = 60
FIRST_PUBLISHED_SENTENCE = re.compile(
    r"\b(?P<verb>erschien\s+)?(?:erstmals|zuerst|ursprünglich)\s+am\s+"
    # (a weekday before the day: "erschien erstmals am Montag, 10. Juni 2024", session 49)
    r"(?P<day>(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),\s*)?"
    r"[^,;:]{1,25}?\d{4})(?(verb)\b|\s+(?:veröffentlicht|publiziert|erschienen|"
    r"online\s+gestellt)\b)"
    # the English sentence: "This guide was originally published on October 2, 2025"
    # (session 40, read on blind en_az)
    r"|\b(?:was|were)\s+(?:originally|first)\s+published\s+on\s+(?P<en>[^;:.]{1,25}?\d{4})"
)
#: A first publication's note that names the text's later revision in the same node ("…
#: erschien erstmals am 22.09.2021 und wurde am 07.01.2025 vollständig überarbeitet", "… Im
#: Juni 2025 haben wir ihn an die neue Rechtslage angepasst"): the page's date line is that
#: revision's, and the note's day is the archive's (session 64, read on the blind de_full631,
#: dates_bv, dates_fu); without such words a date line stays the page's day.
FIRST_PUBLISHED_REVISED = re.compile(
    r"\b(?:überarbeitet|aktualisiert|angepasst|ergänzt|erweitert|korrigiert|neu gefasst|"
    r"(?:updated|revised|expanded)\b)"
)
#: Words one of which a text node holding such a label holds (as written: a plain substring
#: test before the pattern).
FIRST_PUBLISHED_SENTENCE_WORDS = (
    "rstmals am", "uerst am", "rsprünglich am", "riginally published on", "irst published on",
)  # fmt: skip
FIRST_PUBLISHED_WORDS = (
    *FIRST_PUBLISHED_SENTENCE_WORDS,
    "rstveröffentlichung",
    "riginalveröffentlichung",
    "rst ver",
    "rstmals ver",
    "uerst ",
    "irst pub",
    "riginally pub",
)

#: A date right after a label of one to three words and a colon (in its text node, or the
#: node before it) that names no publication is another day: an event's or a deadline's
#: ("Kursstart: 28.01.2025, 17:30 Uhr", "Infoabend:" | "Donnerstag, 25. März 2004, 19 Uhr",
#: "Einsendeschluss: 11.11.1998", "Tatzeit: …"), a photo's ("Aufgenommen: …"), a member's or an
#: activity's ("Anmeldungsdatum: …", "Aktivität: …"): no date line. The label opens with a
#: capital (a noun; a forum's "« am: 10.12.1999" is no label). The publication's and
#: creation's labels (``DATE_LABEL_RANKS``) and the words of :data:`DATE_PAGE_LABEL` (a
#: page's or a document's day: "Datum:", "Pressemitteilung:", "Ausgabe:"; a mail's or a
#: broadcast's: "Gesendet:", "Sendung:") are none.
#: A weekday alone before the date ("Freitag, "; no colon: a label of the line's own that was
#: cut off, "Aktualisiert: … · Veröffentlicht: Mi, …"): the label may stand in the node before.
DATE_WEEKDAY_HEAD = re.compile(
    r"[^\w:]*(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)"
    r"\.?,?\s*(?:den\s+)?)?",
    re.IGNORECASE,
)
DATE_OTHER_LABEL = re.compile(
    rf"\W*(?-i:[A-ZÄÖÜ])[\w-]*(?:\s+[\w-]+){{0,2}}\s*:\s*(?:{DATE_WEEKDAY_HEAD.pattern})",
    re.IGNORECASE,
)
DATE_PAGE_LABEL = re.compile(
    r"\W*(?:\w+\s+)?(?:datum|date|zeit|uhrzeit|tag|stand|ausgabe|heft|artikel|beitrag|meldung|"
    r"pressemitteilung|presseinformation|pressemeldung|pressemitteilung\s+vom|mitteilung|"
    r"nachricht|news|ver(?:ö|oe)ffentlichung|erstver(?:ö|oe)ffentlichung|publikation|online|"
    r"print|eintrag|post|blog|newsletter|rundschreiben|bericht|text|autor|autorin|von|by|"
    r"quelle|source|update|aktualisierung|gesendet|versendet|versandt|sent|sendung|ausgestrahlt|"
    # an upload's ("Hinzugefügt am:" | "Fr 24.08.2007" in a gallery's file facts)
    r"hinzugefügt\s+am|hochgeladen\s+am|hinzugefügt|hochgeladen|uploaded(?:\s+on)?|added(?:\s+on)?)"
    r"\s*:",
    re.IGNORECASE,
)
#: A date labelled as the day a photo, a video or an episode was taken or recorded
#: ("Aufgenommen am 18. September 2006" beside "Hochgeladen am 22. September 2006" on a photo
#: page, a podcast's "Aufgenommen am 28.07.2022 im Studio", "Fotografiert am", "Taken on"):
#: the recording's day, before the publication; no date line. The label ends right before
#: the date (a weekday between), in its text node or as the node before it.
DATE_RECORDED = re.compile(
    r"\b(?:aufgenommen|fotografiert|gefilmt|aufnahmedatum|taken|photographed|recorded|filmed)"
    r"(?:\s+(?:am|vom|on))?\s*[:(]?\s*(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|mo|di|mi|do|fr|sa|so|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\.?,?\s*(?:den\s+)?)?$",
    re.IGNORECASE,
)

#: A metadata stamp that says only its year (:mod:`~newsarchive.extract.metadates`): 1
#: January at midnight, local or UTC, or the bare day ("2013-01-01T00:00:00+00:00",
#: "2016-01-01T00:00:00+01:00", "2001-01-01"); a new year's page stamped at any other
#: time ("2024-01-01T00:15:00+01:00") is dated as it says.
YEAR_PLACEHOLDER = re.compile(r"\d{4}-01-01(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")

#: A publication date that shows no year (:mod:`~newsarchive.extract.yearless`): an element
#: whose class or ``itemprop`` names the publication (``datePublished``, "published",
#: "post-date", "entry-date", "article__date--published"; not an update's) and whose whole
#: text is a day and month, with a weekday, a clock or the label "Veröffentlicht:"
#: ("Di, 12.03., 17:35 Uhr", "Veröffentlicht: Donnerstag, 30. Dezember", "Montag, 30.
#: Dezember"). Session 64, read on dates_hj, dates_fx and dates_gl.
YEARLESS_PUBLISHED_CLASS = re.compile(
    r"(?:^|[\s_-])(?:published|post-date|entry-date|datepublished)(?:$|\s)", re.IGNORECASE
)
YEARLESS_DAY = re.compile(
    r"\W*(?:(?:veröffentlicht|erstellt|publiziert)(?:\s+am)?\s*:?\s*)?"
    r"(?:(?P<weekday>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    r"mo|di|mi|do|fr|sa|so)\.?,?\s*)?(?P<day>\d{1,2})\.\s*(?:(?P<month>\d{1,2})\.|(?P<name>[a-zä]{3,9})\.?)"
    r"(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\W*",
    re.IGNORECASE,
)
#: How far (days) the day read without its year may lie from the day taken otherwise: the
#: nearest year's day within it; farther, the date line is another day's.
YEARLESS_MAX_DAYS = 200
