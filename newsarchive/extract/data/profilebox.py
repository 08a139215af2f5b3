"""Data for a personal blog's profile box naming its owner ("Mein Profil": avatar, the full
name as its heading or first line, "Ort: …"; a blog host's ``id="profile"``, ``class=
"owner"``, ``class="nickname"``), read by :mod:`~newsarchive.extract.profilebox` where the
byline credits nobody or only the site (issue 11, half BA's kind, also AE, AG and AR)."""

from __future__ import annotations

import re

#: Class or id words (whole, case-insensitive) of a profile box or of its name element.
PROFILE_BOX_WORDS = frozenset({"profile", "profil", "owner", "nickname", "blog-owner"})
#: The elements looked for (class and id read once, see the package's note).
PROFILE_BOX_XPATH = (
    "//@class[contains(., 'profil') or contains(., 'owner') or contains(., 'nickname')]/.."
    " | //@id[contains(., 'profil') or contains(., 'owner')]/.."
)
#: The box's first text nodes read for the name: at most this many, after a label alone
#: ("Profil", "Über mich").
PROFILE_BOX_NODES = 3
#: The owner's name: a node that is a full name alone, two or three capitalised words (a
#: particle, a hyphenated part allowed), or after a "Name:" label.
PROFILE_NAME = re.compile(
    r"(?:Name:\s*)?"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    r"(?:\s+(?:von\s+|van\s+|de\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2})"
)
#: Words that make a "name" no person's ("Mein Profil", "Team Nord", "Sparkasse Leer",
#: "Klickwerk Online-Marketing").
PROFILE_NOT_NAMES = re.compile(
    r"profil|team|redaktion|verlag|bank|kasse|verein|verband|gmbh|blog|über|mein|dein|"
    r"freunde|kontakt|login|anmelden|mitglied|online|marketing|agentur|media|design|shop|"
    r"service|beratung|consulting",
    re.IGNORECASE,
)
