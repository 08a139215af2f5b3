"""Data for a lead left before a writer's full name in a found author (issue 11, round ra49:
wrong names, precision): "Stade. Von A", "Vorgestellt von A", "Geldgeschichten von A",
"Hinzugefügt von A", "Created by A", "Bericht: A" (:mod:`newsarchive.extract.namelead`)."""

from __future__ import annotations

import re

from newsarchive.extract.data.letters import NAME_CAPITAL, NAME_LOWER

#: One word of a person's name: a capital, then small letters, hyphenated parts allowed
#: ("Jan-Ole", "Janßen-Tebben").
_NAME_WORD = rf"{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)*"
#: A lead ending in "von"/"by"/"from" before a full name of two or three words: the lead
#: (one to three words, the last ending in a letter or a stop) is left; "Moritz von der
#: Heide" keeps its "von" (the rest is no full name of capitalised words).
NAME_LEAD_VON = re.compile(
    rf"(?P<lead>(?:\S+\s+){{0,2}}\S*[\w.])\s+(?:[Vv]on|[Bb]y|[Ff]rom)\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
)
#: A lead of two or more name words before "von" is a name's own first part ("Anna Maria
#: von Berg Holt"), no lead.
NAME_LEAD_GIVEN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})+")
#: A one-word label and a colon before a full name ("Bericht: A", "Text: A").
NAME_LEAD_LABEL = re.compile(
    rf"(?P<lead>{NAME_CAPITAL}\w+):\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
)
#: An author box's heading "About A" / "Über A" read as a name: the full name alone (a
#: theme's "author-title"; session 44, read on en_be).
NAME_LEAD_ABOUT = re.compile(
    rf"(?P<lead>[Aa]bout|Über)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
)
