"""A page's own entry in a list it shows: a side column's "Neueste Beiträge" or an archive
list holding a link to the page itself with the day it was posted ("<li><a
href='…/this-post'>Headline</a> <span>09.12.2021</span></li>"), where the page itself
shows no full day (its theme prints "Dezember 2021" only; read on blind dates_ch, session
34). Read last, where no other source dated the page."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.fallbackdate import full_days
from newsarchive.extract.index import page_index, with_class


def self_entry_day(tree: etree._Element, url: str) -> str | None:
    """The one full day the list entries linking to ``url`` show (an entry: the link's
    nearest list item or table row, of at most
    :data:`~newsarchive.extract.data.SELF_ENTRY_MAX_CHARS` characters); None where there is
    no such entry or they show several days."""
    page = _address(url)
    if not page:
        return None
    # (a link to the page ends with its address's last part: tested before it is resolved)
    last = page.rsplit("/", 1)[-1]
    days: set[str] = set()
    for link in tree.iter("a"):
        href = link.get("href")
        if not href or last not in href.lower() or _address(urljoin(url, href)) != page:
            continue
        entry = next(link.iterancestors(*data.SELF_ENTRY_TAGS), None)
        if entry is None:
            continue
        text = " ".join(entry.itertext())
        if len(text) <= data.SELF_ENTRY_MAX_CHARS:
            days |= full_days([text])
    return days.pop() if len(days) == 1 else None


def current_entry_day(tree: etree._Element) -> str | None:
    """The one full day of the list entry the page marks as itself (a link's
    ``aria-current="page"``, or a class "active", "is-active", "current" on the entry or its
    link: a newsletter's archive beside the issue shown, "Versand am 11.04.2024"), or None
    where no entry is so marked or the marked ones show no day or several (session 52, read
    on de_full220, de_full229 and de_full233: on all 17 read pages with such an entry, the
    judges' day)."""
    marked = [
        element
        for _, element in with_class(tree, data.CURRENT_ENTRY_PARTS)
        if data.CURRENT_ENTRY_CLASS.search(element.get("class") or "")
    ]
    days: set[str] = set()
    linked = [a for a in page_index(tree).tag("a") if a.get("aria-current") == "page"]
    for element in [*marked, *linked]:
        if element.tag not in (*data.SELF_ENTRY_TAGS, "a"):
            continue
        entry = element
        if element.tag == "a":
            entry = next(element.iterancestors(*data.SELF_ENTRY_TAGS), element)
        if data.CURRENT_ENTRY_TRAIL in " ".join(
            e.get("class") or "" for e in (entry, *entry.iterancestors())
        ):
            continue  # (a breadcrumb's current item: the headline's day)
        text = " ".join(entry.itertext())
        if len(text) <= data.SELF_ENTRY_MAX_CHARS:
            days |= full_days([text])
    return days.pop() if len(days) == 1 else None


def _address(url: str) -> str:
    """``url`` without scheme, "www.", fragment and a closing slash, in lower case ("" for
    no host)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    host = (parts.hostname or "").removeprefix("www.")
    if not host:
        return ""
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}".lower()
