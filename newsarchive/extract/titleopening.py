"""A metadata title that gives the banner ``<h1>``'s text inside it, with words before it and
a separator after it: the site's, a board's or a group's name among others ("Netzwerk |
Gruppe | Forum"), for :func:`~newsarchive.extract.siteheads.post_under_site_h1`."""

from __future__ import annotations

from newsarchive.extract import data


def h1_inside_title(title: str, h1: str) -> bool:
    """Whether ``title`` (a metadata title as the page gives it) holds the ``<h1>`` text
    ``h1`` neither at its start ("Headline | Site": the headline) nor at its end ("Site:
    Headline": the headline), a separator after it (:data:`~.data.SITE_H1_TITLE_AFTER`)."""
    flat, name = " ".join(title.split()).lower(), h1.lower()
    at = flat.find(name)
    if at <= 0 or flat.endswith(name):
        return False
    return bool(data.SITE_H1_TITLE_AFTER.match(flat, at + len(name)))
