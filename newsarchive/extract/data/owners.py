"""Data for the owner of a one-person site named after them (:mod:`~newsarchive.extract.owners`).
Kind read in half AS (personal sites whose host is the writer's name: "Text: A und B" lost
A, "Von A" lost to the text's first publisher); issue 11."""

from __future__ import annotations

import re

#: The owner's name is looked for in this many of the page's first text nodes (its masthead).
OWNER_NODES = 40
OWNER_MAX_CHARS = 40
#: Letters of the name (without spaces), at least: "Jan Ott" is too short to tell a host.
OWNER_MIN_CHARS = 8
#: A full name of two or three capitalised words, a hyphenated part allowed ("Katrin
#: Vollmer", "Anna Brenner-Lüdecke"); case-sensitive.
OWNER_NAME = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2}"
)
#: Words that make such a name a group's or a firm's ("Gründerkreis Franken", "Versicherungsbüro
#: Krämer", "Autohaus Brandt"), beside :data:`~.signatures.FORMAL_SIGNATURE_NOT_NAMES`.
OWNER_NOT_NAMES = re.compile(
    r"kreis|gruppe|netz|forum|club|klub|stammtisch|freunde|initiative|hub|magazin|blog|news|"
    r"zeitung|portal|rat$|ring$|bund|runde|treff|haus|hof$|markt|shop|laden|werk|schule|kirche|"
    r"pfarr|partner|söhne|consult|immobilien|finanz|beratung|steuer|handwerk|bäckerei|metzgerei",
    re.IGNORECASE,
)
