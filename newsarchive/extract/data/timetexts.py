"""``<time>`` elements whose text and ``datetime`` disagree (issue 11, session 35): read by
:mod:`newsarchive.extract.timetext`."""

from __future__ import annotations

import re

#: A ``<time>`` text longer than this is no date line and is not read.
TIME_TEXT_MAX_CHARS = 60
#: A full date in a ``<time>`` text whose order is unambiguous: dotted numbers, a month's
#: name with a four-digit year, ISO ("14.03.2012, 17:40 Uhr", "12.11.04", "22. September
#: 2008", "March 3, 2024", "2012-03-14"). Slashed dates ("04/03/2024": day or month first
#: by the site's country) are left to the metadata; relative texts ("vor 3 Stunden",
#: "gestern") and days without a year name no day of their own.
TIME_TEXT_FULL_DATE = re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2}(?:\d{2})?\b|[^\W\d_]{3,}\.?,?\s+(?:\d{1,2},?\s+)?\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)
#: A relative stamp's attributes, besides ``title``, that hold its day as a tooltip (Tippy.js:
#: Lemmy's "<span data-tippy-content='Tuesday, February 24, 2026 at 8:41 PM'>9mo</span>").
TOOLTIP_ATTRIBUTES = ("data-tippy-content", "data-tooltip", "data-original-title")
#: ... a tooltip's slashed day whose order is certain, one part past 12 (Drupal's medium
#: format "Fr, 08/22/2025 - 14:00" over "vor 1 Jahr 3 Monate"; session 61, read on dates_gq).
TOOLTIP_CERTAIN_SLASHED = re.compile(
    r"\b(?:\d{1,2}/(?:1[3-9]|2\d|3[01])|(?:1[3-9]|2\d|3[01])/\d{1,2})/\d{4}\b"
)
#: A compact age alone ("9mo", "3d", "5h", "2w", "1y"): read like "vor …" where a tooltip
#: gives its day.
COMPACT_AGE = re.compile(r"\d{1,2}(?:mo|[ywdhm])")
#: A change's label in a ``<time>`` text ("Aktualisiert: 3. März 2020", "Stand: …",
#: "updated …"): the text names the change, not the publication.
TIME_TEXT_CHANGE = re.compile(r"aktualisiert|geändert|bearbeitet|stand\b|update", re.IGNORECASE)
#: Days the text's date must lie from the ``datetime`` value's day to be taken (a zone's or
#: a late evening's day apart is no disagreement).
TIME_TEXT_MIN_GAP_DAYS = 2
#: Drupal's "created" field as its theme prints it (the node's authored-on date: "Mi.,
#: 09.04.2008 - 14:22"): a class part; read by :mod:`newsarchive.extract.createdfield`
#: where the metadata has one stamp for publication and change (a migration's).
CREATED_FIELD_CLASS = "field--name-created"
#: A created field's text longer than this is no date and is not read.
CREATED_FIELD_MAX_CHARS = 80
#: A created field under an element whose class holds one of these is another node's, listed
#: beside the article (Drupal's "views-row" of "node--view-mode-teaser" nodes; session 42,
#: read on dates_cy), not the article's own (which a "node__meta" footer may hold).
CREATED_FIELD_OTHER_PARTS = ("teaser", "views-row", "related")
