"""Headings that name the site or its publisher rather than the page's post."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.text import norm


def legal_name(text: str) -> bool:
    """An organisation's name with its legal form ("PayNord GmbH", "Volksbank Oststadt eG",
    :data:`~.data.LEGAL_FORM`), short and without a colon: a name, never a post's heading."""
    return (
        ":" not in text
        and len(text.split()) <= data.LEGAL_NAME_MAX_WORDS
        and data.LEGAL_FORM.search(text) is not None
    )


def site_heading(text: str, keys: set[str]) -> bool:
    """A heading that is the site's name with its legal form ("Volksbank Oststadt eG"): the
    name, with or without the form, is a key of the site (domain, ``og:site_name``, logo or
    home link). (A bare key alone is not enough: logos and home links name places too.)"""
    bare = data.LEGAL_FORM.sub("", text)
    return bare != text and (norm(bare) in keys or norm(text) in keys)
