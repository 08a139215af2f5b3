"""The owner of a one-person site named after them ("katrin-vollmer.de" showing "Katrin
Vollmer" in its masthead) whose byline names them ("Text: Katrin Vollmer und Ralf
Odenthal", "Von Katrin Vollmer" over the first publisher's note): that person is a writer,
not the publisher, so the byline is kept. The byline is the evidence that the name is a
person's: publications are named like people too ("Wiener Tagespost", "Radio Elbwelle")."""

from __future__ import annotations

from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import each_text_byline
from newsarchive.extract.names import split_authors
from newsarchive.extract.text import fold, norm


def site_owner(url: str, tree: etree._Element, nodes: list[tuple[str, bool]]) -> str | None:
    """The person the site's host is named after, as the page's masthead spells the name:
    one of the body's first :data:`~.data.OWNER_NODES` text nodes that is a full name of two or
    three words (:data:`~.data.OWNER_NAME`) whose letters are the host's first label or
    that label's end ("as-katrin-vollmer" for "Katrin Vollmer"), the name at least
    :data:`~.data.OWNER_MIN_CHARS` letters long, and a byline text near the headline
    (:func:`~.bylines.each_text_byline`) naming that person among its names."""
    archived = data.ARCHIVED_URL.match(url)
    host = urlsplit(archived.group(1) if archived else url).hostname or ""
    labels = [p for p in host.split(".") if p not in ("www", "m", "blog")]
    if len(labels) < 2:
        return None
    label = norm(labels[0])
    body = tree.find("body")
    if body is None:
        return None
    texts = (fold(t) for t in body.itertext() if t.strip())
    for text in islice(texts, data.OWNER_NODES):
        if len(text) > data.OWNER_MAX_CHARS or not data.OWNER_NAME.fullmatch(text):
            continue
        if data.FORMAL_SIGNATURE_NOT_NAMES.search(text) or any(
            data.OWNER_NOT_NAMES.search(w) for w in text.split()
        ):
            continue
        key = norm(text)
        if len(key) >= data.OWNER_MIN_CHARS and label.endswith(key):
            shown = (fold(n).lower() for b in each_text_byline(nodes) for n in split_authors(b)[0])
            return text if text.lower() in shown else None
    return None


def without_owner(site_keys: set[str], owner: str | None) -> set[str]:
    """The site's keys less those that are the owner's name (for the authors only)."""
    if not owner:
        return site_keys
    key = norm(owner)
    return {k for k in site_keys if key not in k}
