"""A second writer the page credits in a line of its own beside the byline's one ("Co-Autorin:
Stefanie Lorenz" in the author box, "Mitgeschrieben hat Marion Scheele." or "Diesen Beitrag
habe ich gemeinsam mit Ole Brammer geschrieben." closing the post): added to a person's
byline (issue 11, halves AE's, K's and AY's kind)."""

from __future__ import annotations

import re

from newsarchive.extract.data.signatures import _TEXT_NAME

#: A co-writer's label alone in its text node, the name in the next one (a link):
#: "Co-Autor:", "Co-Autorin:", "Koautorin:", "Mitautor:" (case-sensitive after the first
#: letter; "Mitarbeit:" credits help, no writer, and is no label here).
CO_AUTHOR_LABEL = re.compile(r"(?:Co-?[Aa]|Ko-?[Aa]|Mita)utor(?:in)?\s*:\s*")
#: The label and the name in one text node ("Co-Autorin: Stefanie Lorenz").
CO_AUTHOR_LABELLED = re.compile(CO_AUTHOR_LABEL.pattern + _TEXT_NAME + r"\s*\.?")
#: A sentence crediting a co-writer: "Mitgeschrieben hat Marion Scheele.", "Mitverfasst von
#: Jan von Berg." The whole text node must match.
CO_AUTHOR_SENTENCE = re.compile(
    r"(?:Mitgeschrieben|Mitverfasst)\s+(?:hat|von)\s+" + _TEXT_NAME + r"\s*[.!]?"
)
#: The writer's own credit of a co-writer, in the first person: "Diesen Beitrag habe ich
#: gemeinsam mit Ole Brammer geschrieben." ("Sie hat das Buch zusammen mit … geschrieben" in
#: a report names no co-writer of the page). The whole text node must match.
CO_AUTHOR_TOGETHER = re.compile(
    r".{0,60}?\b(?:ich|wir)\b(?:\s+\S+){0,3}?\s+(?:gemeinsam|zusammen)\s+mit\s+"
    + _TEXT_NAME
    + r"\s+(?:geschrieben|verfasst)\s*[.!]?"
)
#: Words one of the patterns above needs in a text node (a cheap test before them).
CO_AUTHOR_HINTS = ("utor", "geschrieben", "verfasst")
#: The byline's one writer named again with a partner anywhere in the page's text ("Vortrag
#: von Carina Stelter und Mirko Albers auf dem …" under a slide host's "von <a>Carina
#: Stelter</a>", "… geschrieben von A und B am 10.09.2012" closing a list post, "3. November
#: 2025 / Kfz / von A und B" under a JSON-LD naming A): the lead before the writer's name
#: and the joiner after it; the partner is a :data:`~.authors.BYLINE_NAME` of two words or
#: more right after. Kind read in bv, bt and bw (issue 11, session 16).
PARTNER_LEAD = r"(?:\bvon|\bby)\s+"
PARTNER_JOINER = re.compile(r"\s+(?:und|and|&)\s+", re.IGNORECASE)
#: Text nodes longer than this are not searched (a paragraph of the text, not a credit).
PARTNER_MAX_CHARS = 200
