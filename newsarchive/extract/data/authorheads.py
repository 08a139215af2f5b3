"""Data for a label heading over the writer's note ("Written by" | "Dev Malhotra" in a post's
closing section, "Über den Autor" | "Kai Becker leitet das Community-Team …"; issue 11, kind
read in e and en_n). Read by :mod:`~newsarchive.extract.authorhead` where nothing else names
anyone."""

from __future__ import annotations

import re

from newsarchive.extract.data.letters import NAME_CAPITAL, NAME_LOWER

#: Tags of a label heading.
AUTHOR_HEAD_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")
#: A label heading's whole text (lower case, a colon after it allowed).
AUTHOR_HEAD_LABELS = frozenset(
    {
        "written by", "about the author", "the author", "author",
        "über den autor", "über die autorin", "zum autor", "zur autorin", "der autor",
        "die autorin", "autor", "autorin",
    }
)  # fmt: skip
_PART = rf"{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
#: The note's first text after the heading opening with the writer's full name and a word
#: in lower case ("Kai Becker leitet …", "Dev builds …" is no full name).
AUTHOR_HEAD_NOTE = re.compile(rf"(?P<name>{_PART}(?:\s+{_PART}){{1,2}})\s+[a-zäöü]")
#: The label headings read on a page (the first ones in document order): two different
#: names after them name nobody.
AUTHOR_HEADS_MAX = 3
