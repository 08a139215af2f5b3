"""A byline's display name completed from the writer's profile on the page (issue 11, read
in halves R and T): blogs show a first name, a nickname or a login in the byline and the
full name in the author box, the "Über mich" widget or the signature."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import author_link_elements
from newsarchive.extract.index import _VISIBLE_TEXTS, contains_any
from newsarchive.extract.names import is_login, split_authors
from newsarchive.extract.parsing import element_text
from newsarchive.extract.text import fold, norm


def completed(
    name: str, tree: etree._Element, site_keys: frozenset[str] | set[str] = frozenset()
) -> str:
    """The one full name the page gives a display name ("Tobi R." / "Tobias Reinsch"):
    a full name whose first name opens with the display name, a name's letters (and whose
    surname with its initial), if exactly one; else the one owner the page introduces
    (:data:`~.data.OWNER_INTRODUCTION`) where the sentence names the display name, the
    display name shows in the introduction's widget, or it is a login. Elsewhere the name
    stays, and so does the site's own name ("solarserver" beside "Solarserver Stellenmarkt")."""
    display = data.DISPLAY_NAME.fullmatch(name)
    if display is None:
        return name
    if norm(name) in site_keys:
        return _site_owner(name, tree)
    if fold(name).lower() in data.TEAM_ACCOUNTS | data.NOT_SURNAMES:
        return name
    body = tree.getroottree().getroot().find("body")
    if body is None:
        return name
    shown, initial = display.group("first"), display.group("initial")
    first = shown.lower()
    # a name's letters: no digits or hyphens, no capital inside ("SolarServer" is a brand)
    named = shown.isalpha() and shown[1:] == shown[1:].lower()
    # only a text holding the display name can hold a first name it opens
    texts = [t for t in _VISIBLE_TEXTS(body) if first in t.lower()] if named else []
    matching = {
        fold(match.group(0)): None
        for match in _full_names(texts)
        if match.group("first").lower().startswith(first)
        and match.group("first").lower() not in data.NOT_SURNAMES
        and match.group("surname").split()[-1].lower() not in data.NOT_SURNAMES
        and match.group("first").lower() != f"{first}s"
        and (initial is None or match.group("surname").split()[-1].startswith(initial))
    }
    if len(matching) == 1:
        return next(iter(matching))
    if matching:
        return name
    owners = {fold(n): None for n in _introduced(name, body)}
    return next(iter(owners)) if len(owners) == 1 else name


def profile_byline(tree: etree._Element, site_keys: frozenset[str] | set[str]) -> list[str]:
    """The full name of the writer a post's meta line links to a member profile by a display
    name (:data:`~.data.PROFILE_LINK_PATHS`: "von <a href='/members/tobias'>tobias</a> @
    23:12"; not a video or social platform's, :data:`~.data.PROFILE_LINK_FOREIGN_HOSTS`), if
    the page completes it (:func:`completed`) and every such link names the same writer;
    else nobody."""
    links = [
        link
        for link in author_link_elements(tree, data.PROFILE_LINK_PATHS)
        if not contains_any((link.get("href") or "").lower(), data.PROFILE_LINK_FOREIGN_HOSTS)
    ]
    names = {fold(element_text(link)): None for link in links[: data.POST_FOOTER_MAX]}
    if len(names) != 1 or not split_authors(names)[0]:
        return []  # (nor a count: the Wayback toolbar's "17 captures" of a "/user/" page)
    full = completed(next(iter(names)), tree, site_keys)
    return [full] if " " in full and not is_login(full) else []


def _full_names(texts: list[str]) -> list[re.Match[str]]:
    """Every full name in the text nodes, overlapping ones too ("Euer Tobias Behrendt"
    holds "Tobias Behrendt")."""
    return [
        match
        for text in texts
        for start in data.WORD_START.finditer(text)
        if (match := data.PAGE_FULL_NAME.match(text, start.start())) is not None
    ]


def _site_owner(name: str, tree: etree._Element) -> str:
    """A login that is the blog's own name ("geldimgriff" on "Geld im Griff") spelled out as
    the one owner the page introduces ("Ich bin Sabine Kettler, …" in the "Über mich" box);
    a capitalised or spaced site name, or a page introducing nobody or several, stays
    (a company's "solarserver"). Kind read in half AC (blogs hosted on WordPress.com)."""
    body = tree.getroottree().getroot().find("body")
    if body is None or not is_login(name):
        return name
    owners = {fold(n): None for n in _introduced(name, body)}
    return next(iter(owners)) if len(owners) == 1 else name


def _introduced(name: str, body: etree._Element) -> list[str]:
    """Full names the page introduces as its owner, tied to the display name."""
    whole = " ".join(body.itertext())
    patterns = [p for p in (data.OWNER_INTRODUCTION, data.OWNER_ALIAS) if p.search(whole)]
    if not patterns:
        return []  # no introduction anywhere: spare the walk over every node
    owners = []
    for node in body.iter(etree.Element):
        for text in (node.text, *(child.tail for child in node)):
            if not text:
                continue
            for match in (m for p in patterns for m in p.finditer(text)):
                surname = match.group("name").split()[-1].lower()
                if surname in data.NOT_SURNAMES:
                    continue
                nick = match.group("nick")
                if nick is not None and nick.lower() != name.lower():
                    continue
                if nick is None and not is_login(name) and not _shown_near(name, node):
                    continue
                owners.append(match.group("name"))
    return owners


def _shown_near(name: str, node: etree._Element) -> bool:
    """True if the display name shows as a word of its own in the element holding the
    introduction or a few levels up (:data:`~.data.INTRODUCTION_LEVELS`)."""
    for _ in range(data.INTRODUCTION_LEVELS):
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    return pattern.search(" ".join(node.itertext())) is not None
