"""The owner of a one-person site named after them ("katrin-vollmer.de" showing "Katrin
Vollmer" in its masthead, a blog host's "jonasfeld." subdomain): that person is the writer,
not a publisher, so a byline naming them is kept and a page crediting nobody is theirs."""

from __future__ import annotations

from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.text import fold, norm


def site_owner(url: str, tree: etree._Element) -> str | None:
    """The person the site's host is named after, as the page's masthead spells the name:
    one of the body's first :data:`~.data.OWNER_NODES` text nodes that is a full name of two or
    three words (:data:`~.data.OWNER_NAME`) whose letters are the host's first label or
    that label's end ("as-katrin-vollmer" for "Katrin Vollmer"), the name at least
    :data:`~.data.OWNER_MIN_CHARS` letters long."""
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
            return text
    return None


def without_owner(site_keys: set[str], owner: str | None) -> set[str]:
    """The site's keys less those that are the owner's name (for the authors only)."""
    if not owner:
        return site_keys
    key = norm(owner)
    return {k for k in site_keys if key not in k}
