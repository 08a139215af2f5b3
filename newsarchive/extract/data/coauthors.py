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
#: A line of its own naming the co-writer after "Gemeinsam mit" ("Gemeinsam geschrieben mit
#: Svenja Ortmann", "Gemeinsam mit Piet Otten erarbeitet und vorgetragen.", a blog post's or
#: a talk's second writer; session 58, read on bc, bd, bp, bz and ca). The whole text node
#: must match.
CO_AUTHOR_WITH = re.compile(
    r"Gemeinsam\s+(?:geschrieben\s+|verfasst\s+)?mit\s+"
    + _TEXT_NAME
    + r"(?:\s+(?:erarbeitet|geschrieben|verfasst)(?:\s+und\s+\w+)?)?\s*[.!]?"
)
#: Words one of the patterns above needs in a text node (a cheap test before them).
CO_AUTHOR_HINTS = ("utor", "geschrieben", "verfasst", "Gemeinsam ")

#: JSON-LD's one author (Ghost, Yoast and co-author plugins name the primary author alone)
#: where the byline near the headline shows her with co-writers: the byline line is looked
#: for in the first :data:`SHOWN_WRITERS_NODES` text nodes from the headline, cut into
#: fields at :data:`SHOWN_WRITERS_FIELDS` ("15. Juli 2021 · 7 Min. · Anna Roth, Jan Ott",
#: "3. November 2025 / Kfz / von Anna Roth und Jan Ott"). Kind read in p, bw and de_full72
#: (issue 11).
SHOWN_WRITERS_NODES = 20
#: The byline in markup is read only where one of those nodes is another writer's name
#: alone, of at most this many characters.
SHOWN_WRITERS_NAME_CHARS = 60
SHOWN_WRITERS_FIELDS = re.compile(r"\s+[·•|/]\s+|^[·•|/]\s*")
#: A label alone over a multi-valued author field whose every item is a writer ("Von",
#: "Text" over Drupal's ``field__item``s; :func:`~newsarchive.extract.joinednames.field_items`,
#: session 59, read on de_full430 and de_full451; an English "Words" over them, session 62,
#: read on en_dy). A singular author word ("Autorin") keeps its one name (session 34).
FIELD_ITEMS_LABEL = re.compile(r"(?:von|text|by|words)\s*:?", re.IGNORECASE)
