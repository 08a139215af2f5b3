"""A title opened by the site's whole name ("Salzwiesen-Online :: Raiffeisenbank Salzwiesen
erhöht Kontogebühren", a PostNuke ``<title>``): its one other segment is the headline, even
where that segment holds the site's name as a word ("Ferrisby Insurance Brokers now quotes
online" under the site "Ferrisby Insurance Brokers"), which
:func:`~newsarchive.extract.title.clean_with` otherwise reads as the site's name cut short.
A title names its site once."""

from __future__ import annotations

from newsarchive.extract.text import norm


def named_first(parts: list[str], keys: set[str]) -> bool:
    """Whether a title of two separated segments ``parts`` opens with one that is a key of
    the site (``keys``, whole) and the last, no key, holds that name inside longer words:
    the last is the headline, naming the site as its subject."""
    if len(parts) != 2:
        return False
    first, last = norm(parts[0]), norm(parts[1])
    return first in keys and last not in keys and first in last and len(last) > len(first)
