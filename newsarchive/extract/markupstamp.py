"""A byline element that stamps its post ("Posted by A on March 3, 2009 at 10:15am",
"Gepostet von A am 14. März 2009 um 21:15") beside a link ("View Blog", "Alle
Blog-Beiträge anzeigen"; Ning's ``ul.navigation.byline``): split at its commas, the name
runs into the date and is dropped and the link is left as the author. The name is read as
byline text instead. Kind read in ad and en_k (issue 11)."""

from __future__ import annotations

from newsarchive.extract.bylines import text_bylines
from newsarchive.extract.names import split_authors


def stamped_names(values: list[str], names: list[str]) -> list[str]:
    """The writers the byline text of the markup ``values`` names (a lead, the name, the
    date), where none of them is among the ``names`` split from it; else ``names``. A
    first name alone ("Gepostet von Holger am …") counts only where ``names`` is empty
    (its list link, a heading, was dropped; session 33)."""
    if not values:
        return names
    text = split_authors(text_bylines([(value, False) for value in values[:1]]))[0]
    found = {n.lower() for n in names}
    full = not names or all(" " in n for n in text)
    if text and full and not found & {n.lower() for n in text}:
        return text
    return names
