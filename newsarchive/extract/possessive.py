"""A person's site by its possessive name ("Klaus Brandes' Börsenseiten", "Rosie's Corner",
"Kevins Bank-Azubi-Blog") or by a site's word of a name ("Tagebuch von Maren Kück", "Notes
From Emeka"): a banner's name, not a story's headline."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.text import fold


def _site_head(word: str) -> bool:
    """Whether ``word`` is, or ends a compound in, a personal site's word."""
    lowered = word.lower()
    return any(lowered.endswith(h) for h in data.POSSESSIVE_SITE_HEADS)


def possessive_site(title: str) -> bool:
    """Whether ``title`` is a possessive name and a site's word first or last after it
    (:data:`~.data.POSSESSIVE_SITE`, :data:`~.data.POSSESSIVE_SITE_HEADS`), or a site's word
    of a name (:data:`~.data.SITE_OF_NAME`)."""
    text = fold(title).replace("’", "'").strip()
    if (named := data.SITE_OF_NAME.fullmatch(text)) is not None:
        return _site_head(named.group("head"))  # "Tagebuch von Maren Kück"
    match = data.POSSESSIVE_SITE.fullmatch(text)
    if match is None:
        return False
    rest = match.group("rest").split()
    return _site_head(rest[0]) or _site_head(rest[-1])
