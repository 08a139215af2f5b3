"""The owner a personal blog's profile box names (an avatar and "Mareike Tjaden" under
``id="profile"``, ``<p class="owner">Lena Schubert</p>`` in the masthead, "Name: Torben
Schröder"): the author where the byline credits nobody or only the site (issue 11, half BA's
kind, also AE, AG and AR; data in ``data/profilebox.py``)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import xpath


def profile_owner(tree: etree._Element) -> str | None:
    """The full name the page's one profile box shows first (:data:`~.data.PROFILE_NAME`
    fully matching one of its first :data:`~.data.PROFILE_BOX_NODES` text nodes), if
    exactly one box (outermost) is found and it names no group or firm."""
    boxes = [
        e
        for e in xpath(tree, data.PROFILE_BOX_XPATH)
        if _profile_words(e) and not any(_profile_words(a) for a in e.iterancestors())
    ]
    if len(boxes) != 1:
        return None
    texts = [t for t in (s.strip() for s in boxes[0].itertext()) if t]
    for text in texts[: data.PROFILE_BOX_NODES]:
        match = data.PROFILE_NAME.fullmatch(" ".join(text.split()))
        if match and not data.PROFILE_NOT_NAMES.search(match.group("name")):
            return match.group("name")
    return None


def _profile_words(element: etree._Element) -> bool:
    """True if the element's class or id holds a word of :data:`~.data.PROFILE_BOX_WORDS`."""
    words = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    return any(w in data.PROFILE_BOX_WORDS for w in words)
