"""Print editions a page says its text appeared in (issue 11, session 35): read by
:mod:`newsarchive.extract.printedition`."""

from __future__ import annotations

import re

#: A line naming the print edition a text appeared in and its day: "Weserbote, Ausgabe vom
#: Mittwoch, 2. Januar 2002, Seite 9", "Erschienen in der Printausgabe vom Freitag, 11.
#: Oktober 2013", "Ausgabe vom 01.10.1959", "aus der Zeitung vom …", "Druckausgabe vom …"
#: (a digitised newspaper archive's pages; the date is read by ``parse_german_date`` in
#: what follows "vom"). An e-paper's promotion ("Ausgabe vom 26.11.2026 als E-Paper lesen")
#: names today's paper and is ruled out by :data:`EDITION_MIN_AGE_DAYS`.
EDITION_LINE = re.compile(
    r"(?:(?:print|druck|zeitungs|print-|heft)?ausgabe|zeitung)(?:\s+[\w./-]+){0,3}?\s+vom\s+"
    r"(?P<date>.{6,40})",
    re.IGNORECASE,
)
#: Text nodes longer than this are no edition line and are not read.
EDITION_LINE_MAX_CHARS = 160
#: The edition's day replaces the page's date only where it lies more than this many days
#: before it (a digitised archive stamps its pages with the upload day, years after the
#: print: "Ausgabe vom 1. November 1929" on a page dated 2019). Print follows the web
#: edition by a day or two on ordinary pages; those keep their own day.
EDITION_MIN_GAP_DAYS = 60
#: The edition's day is taken at all only where it lies at least this many days before the
#: fetch (an e-paper teaser names today's or yesterday's paper).
EDITION_MIN_AGE_DAYS = 7
