"""What a page sets into the text that is not the text: teaser lists linking to the site's
other articles, pull quotes repeating a paragraph (data in :mod:`~newsarchive.extract.data`)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.text import fold


def drop_link_lists(tree: etree._Element, url: str) -> None:
    """Remove lists whose every item is a link into the same site (with at most a short
    label): teasers to other articles set into the text ("Newsblog: Alle Nachrichten zu
    ..."), not its part. Lists linking elsewhere (shop tips, sources) stay."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    doomed = []
    for element in tree.iter("ul", "ol"):
        first = element.find("li")
        if first is None or not _is_link_item(first, host):
            continue  # (most lists end here: a menu's first item is short)
        items = element.findall("li")
        if len(items) < 2 or len(items) != len(element):
            continue
        if all(_is_link_item(item, host) for item in items[1:]):
            doomed.append(element)
            before = element.getprevious()
            if before is not None and before.tag in data.HEADING_TAGS:
                doomed.append(before)  # the list's heading ("Ähnliche Beiträge")
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _is_link_item(item: etree._Element, host: str) -> bool:
    raw = item.text_content()
    if len(raw) < data.LINK_ITEM_MIN_CHARS:  # (folding only shortens: most menu items end here)
        return False
    text = fold(raw)
    if not data.LINK_ITEM_MIN_CHARS <= len(text) <= data.LINK_ITEM_MAX_CHARS:
        return False
    links = list(item.iter("a"))
    if not links or not all(_is_internal(a.get("href") or "", host) for a in links):
        return False
    linked = sum(len(fold(a.text_content())) for a in links)
    return linked >= len(text) * data.LINK_ITEM_MIN_SHARE


def _is_internal(href: str, host: str) -> bool:
    """True for a link to a page of the same site (relative, or on its host)."""
    if href.startswith("/") and not href.startswith("//"):
        return True
    if href.startswith(("#", "mailto:", "javascript:")) or not href:
        return False
    target = (urlsplit(href).hostname or "").lower().removeprefix("www.")
    return not target or (bool(host) and (target == host or target.endswith("." + host)))


def drop_pull_quotes(lines: list[str]) -> list[str]:
    """Lines without the pull quotes: a short line whose words a longer paragraph of the text
    nearly all repeats (the quote set in large type), followed by the "Name, Funktion" line
    that credits it; both leave. (A repeat without a credit is a subheading: it stays.)"""
    credited = [
        i
        for i in range(len(lines) - 1)
        if len(lines[i]) <= data.PULL_QUOTE_MAX_CHARS
        and data.QUOTE_CREDIT_LINE.fullmatch(lines[i + 1])
    ]
    if not credited:
        return lines
    words = [set(re.findall(r"\w+", line.lower())) for line in lines]
    doomed: set[int] = set()
    for i in credited:
        line = lines[i]
        if len(words[i]) < data.PULL_QUOTE_MIN_WORDS:
            continue
        need = len(words[i]) * data.PULL_QUOTE_SHARE
        if any(
            j != i and len(lines[j]) > len(line) and len(words[i] & words[j]) >= need
            for j in range(len(lines))
        ):
            doomed |= {i, i + 1}
    return [line for i, line in enumerate(lines) if i not in doomed]


def drop_skipped(lines: list[str]) -> list[str]:
    """Lines without a promotion framed by a skip link ("skip past newsletter promotion" …
    "after newsletter promotion", :data:`~newsarchive.extract.data.SKIP_LINK_LINE`)."""
    if not any(line[:4].lower() == "skip" for line in lines):
        return lines
    kept: list[str] = []
    i = 0
    while i < len(lines):
        match = data.SKIP_LINK_LINE.fullmatch(lines[i])
        if match is None:
            kept.append(lines[i])
            i += 1
            continue
        end = "after " + match.group("what").lower()
        close = [j for j in range(i + 1, len(lines)) if lines[j].lower() == end]
        i = close[0] + 1 if close else i + 1
    return kept
