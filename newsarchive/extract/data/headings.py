"""Headings that name the site or its publisher, not the page's post
(:mod:`newsarchive.extract.headings`)."""

from __future__ import annotations

import re

#: A legal form closing an organisation's name ("Volksbank Oststadt eG", "PayNord GmbH",
#: "Heimatverein e.V."): a heading or title segment that is such a name names the site, the
#: publisher or an exhibitor, never the post.
LEGAL_FORM = re.compile(
    r"\s*,?\s+(?:e\.\s?V\.|eG|e\.G\.|GmbH(?:\s*&\s*Co\.\s*KG)?|gGmbH|mbH|AG|KGaA|KG|SE|UG"
    r"(?:\s*\(haftungsbeschränkt\))?|OHG|AöR|Ltd\.?|Inc\.?)\s*$"
)
#: Such a name has at most this many words with its legal form (longer text is a sentence
#: ending in one: "Bilanz der Volksbank Oststadt eG" stays a headline only if it is longer).
LEGAL_NAME_MAX_WORDS = 6
