"""Data for a page's property list (:mod:`~newsarchive.extract.proplist`): the article's
own facts as labelled rows, ``<dt>Autorin</dt><dd>A</dd>`` or ``<th>Datum</th><td>…</td>``,
in a fact box beside or under the text (TYPO3's news, wikis' forms, shops' detail tables;
issue 11, session 59: read on dates_gd and dates_ge)."""

from __future__ import annotations

import re

from newsarchive.extract.data.credits import AUTHOR_LABEL_WORD

#: A row's label naming the writer ("Autor:", "Autorin", "Verfasser"), its colon optional.
PROPERTY_AUTHOR_LABEL = re.compile(rf"{AUTHOR_LABEL_WORD}\s*:?", re.IGNORECASE)
#: A row's label naming the publication day ("Datum", "Erschienen am:", "Veröffentlicht",
#: "Erscheinungsdatum"). A list with one of these and a full day is the article's own.
PROPERTY_DAY_LABEL = re.compile(
    r"(?:datum|erscheinungs(?:datum|tag)|veröffentlichungsdatum|"
    r"(?:erschienen|veröffentlicht|publiziert)(?:\s+am)?)\s*:?",
    re.IGNORECASE,
)
#: A row's label naming the update day ("Aktualisiert:", "Stand", "Zuletzt geändert"): where
#: its day is the metadata's, the metadata dates the update and the publication row the
#: article (session 59, read on dates_gd).
PROPERTY_UPDATE_LABEL = re.compile(
    r"(?:aktualisiert(?:\s+am)?|stand|zuletzt\s+(?:aktualisiert|geändert|bearbeitet)(?:\s+am)?"
    r"|geändert(?:\s+am)?|letzte\s+änderung)\s*:?",
    re.IGNORECASE,
)
#: A row that makes the list a book's, not the article's: its "Autor" and "Erschienen" are
#: the book's ("Verlag", "ISBN", "Seiten", "Preis").
PROPERTY_BOOK_LABEL = re.compile(
    r"(?:verlag|isbn\b.*|seiten(?:zahl)?|preis|format)\s*:?", re.IGNORECASE
)
#: A row that makes the list an event's, its "Datum" the event's day ("Uhrzeit", "Ort",
#: "Termin"), unless the list names the article's writer too (a TYPO3 news infobox's
#: "Termin:", "Ort:", then "Autor:" and "Datum:"; read on dates_gd).
PROPERTY_EVENT_LABEL = re.compile(
    r"(?:uhrzeit|zeit|ort|veranstaltungsort|beginn|einlass|ende|termin)\s*:?", re.IGNORECASE
)
#: An ancestor's class that makes the list another article's facts: a teaser's or a related
#: item's "<dt>Datum</dt><dd>28.05.2024</dd>" (a media library's teaser, read on dates_fu).
PROPERTY_TEASER_CLASS = re.compile(r"teaser|related", re.IGNORECASE)
#: A full day in a row's value: "22.02.2024", "4. März 2025" (not a year or a month alone).
PROPERTY_FULL_DAY = re.compile(r"\b\d{1,2}\.\s*(?:\d{1,2}\.|[A-Za-zäÄ]{3,9}\.?)\s*\d{4}\b")
#: At most this many characters in a row's value read as a byline or a day.
PROPERTY_VALUE_MAX_CHARS = 120
