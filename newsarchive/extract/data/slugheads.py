"""Data for the headline a page's address spells (:mod:`~newsarchive.extract.slughead`;
issue 11, session 60)."""

from __future__ import annotations

import re

#: The fewest words (numbers left out) the address's last segment must have to be read as a
#: headline's slug ("/neuigkeiten/10-000-euro-geknackt-und-die-sparkasse-ist-mit-im-boot");
#: shorter ones name sections and ids ("/artikel/4711", "/news/index").
SLUG_MIN_WORDS = 3
#: The share of one word list that the other must hold for the two to be the same headline
#: (slugs drop stop words and punctuation; a shortened slug keeps most words).
SLUG_COVER = 0.8
#: A file extension ending the address's last segment, left out.
SLUG_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm)$", re.IGNORECASE)
#: Letter pairs that spell an umlaut ("ae", "oe", "ue") or its bare vowel: both sides are
#: read with the bare vowel, so "moeglich", "moglich" and "möglich" match.
SLUG_UMLAUT_PAIRS = (("ae", "a"), ("oe", "o"), ("ue", "u"), ("ß", "ss"))
#: Class words of a heading (or its parent) that is no headline however well it spells the
#: address: a breadcrumb's last item printed as an ``<h1>`` (Yoast's "breadcrumb_last").
SLUG_NOT_CLASSES = ("breadcrumb",)
