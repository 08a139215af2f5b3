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

#: A byline listing its writers as elements of their own ("Von <a>Malte Ristau</a> und
#: <a>Derya Çelik</a>", "<a class='author'>A</a> und <img><a class='author'>B</a>", "A
#: (Autor) und B (Autor)"): the text node between the byline's first name and the next
#: one, a joining word with a role in brackets allowed before it (no comma: "A, New York"
#: is a dateline, "A, Senior Editor" a role). Read in the first
#: :data:`CO_AUTHOR_LIST_NODES` text nodes from the headline on; the next node must be a
#: full name (:data:`CO_AUTHOR_LIST_NAME`, a lower-case particle allowed: "Jonas ter
#: Horst"). Halves F's, L's, M's and AY's kind (issue 11).
CO_AUTHOR_JOIN = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:und|&|and)\s*")
CO_AUTHOR_LIST_NAME = re.compile(
    r"[A-ZÄÖÜ][a-zäöüßçğışéèáàóòúñ]+(?:-[A-ZÄÖÜ][a-zäöüßçğışéèáàóòúñ]+)?"
    r"(?:\s+(?:(?:von|van|de|der|den|ter|ten|zu|zum|vom)\s+)*"
    r"[A-ZÄÖÜÇŞ][a-zäöüßçğışéèáàóòúñ]+(?:-[A-ZÄÖÜ][a-zäöüßçğışéèáàóòúñ]+)?){1,2}"
)
CO_AUTHOR_LIST_NODES = 40
