"""A single word credited beside a person's full name in a part of its own is the writer's
role, place, blog or login, never a co-writer: a byline's parts "Tanja Wiebusch"
"Mitglied" "Geldgeflüster", "Nadine Oyelaran" "Counsel, Frankfurt", "handgeld" over "Tammo
Eilers". A co-writer beside a full name is named in full too. Kept are the agencies
(:data:`~.data.AGENCIES`: "Jana Keller, dpa"), the site itself (a JSON-LD author list's
publisher) and a word the byline text joins to the name ("Von Seb Dumitru, Lille", "Von
Jasper Höltge, nop"), as the dev truth keeps them. Kind read across 22 set pages (session
33, issue 11)."""

from __future__ import annotations

import re

from newsarchive.extract import data
from newsarchive.extract.text import norm


def without_lone_words(
    authors: list[str],
    agencies: list[str],
    nodes: list[tuple[str, bool]],
    site_keys: frozenset[str] | set[str],
) -> list[str]:
    """``authors`` without the one-word names beside a full name (two words or more, no
    agency) that neither name the site nor follow a name after a comma in the byline
    ``nodes`` ("Anna Roth, Lille")."""
    full = [a for a in authors if " " in a and a not in agencies]
    if not full or all(" " in a for a in authors):
        return authors
    text = re.sub(r"\s+,", ",", " ".join(t for t, _ in nodes[: data.LONE_WORD_NODES]))
    return [
        a
        for a in authors
        if " " in a
        or a in agencies
        or a.lower() in data.AGENCIES
        or norm(a) in site_keys
        or any(f"{name}, {a}" in text for name in full)
    ]
