"""The post under an organisation's banner: where the headline found is an organisation's
name by its legal form (:data:`~newsarchive.extract.data.ORG_NAME`: a club's, a
cooperative's or a firm's name, the site's owner in its banner) or a section's name beside
the site's in every metadata title ("Zeitung - Geld & Recht"), the post's own heading after
it, for :mod:`~newsarchive.extract.extraction`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bannername import banner_name
from newsarchive.extract.datetext import parse_german_date
from newsarchive.extract.headings import bold_line
from newsarchive.extract.index import contains_any, page_index, visible_text
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.pagegap import near_post
from newsarchive.extract.parsing import home_link
from newsarchive.extract.possessive import possessive_site
from newsarchive.extract.shown import generic_heading, headline_texts
from newsarchive.extract.text import fix_text, fold


def _post_heading(heading: etree._Element, name: str) -> str:
    """A heading's text where it may open a post: outside links, navigation, sidebars,
    footers and teasers, of :data:`~.data.HEADLINE_ELEMENT_MIN_WORDS` words or more, neither
    the name again, a page kind (:data:`~.data.GENERIC_HEADINGS`), a label ending in a colon,
    a date heading nor the banner's tagline (:data:`~.data.BANNER_TAGLINE_MARKS`); else empty."""
    marks = f"{heading.get('class') or ''} {heading.get('id') or ''}".lower()
    if contains_any(marks, data.BANNER_TAGLINE_MARKS) or any(
        a.tag in data.POST_HEADING_OUTSIDE or skipped_part(a)
        for a in (heading, *heading.iterancestors())
    ):
        return ""
    text = fix_text(" ".join(headline_texts(heading)))
    if (
        len(text) > 300
        or len(re.findall(r"\w+", text)) < data.HEADLINE_ELEMENT_MIN_WORDS
        or text.lower() == name.lower()
        or fold(text).lower().strip(" :!.") in data.GENERIC_HEADINGS
        or text.endswith(":")
        or parse_german_date(text)
    ):
        return ""
    return text


def _post_lines(tree: etree._Element, name: str) -> Iterator[str]:
    """The body's first :data:`~.data.REPEATED_HEADING_MAX` elements that may be a post's
    heading: their texts where they may open one, else empty (:func:`_post_heading`): an
    ``<h1>``/``<h2>``/``<h3>``, an element of a headline or subject class
    (:data:`~.data.ORG_POST_CLASS_PARTS`: a news script's "<b class="fn-subject">", a
    portal's "<span class="itemTitle">") or a bold whole line (:func:`~.headings.bold_line`,
    not :data:`~.data.BOLD_LINE_OPENERS` nor :data:`~.data.HEADLINE_FONT_NOT`), in document
    order."""
    body = tree.find("body")
    if body is None:
        return
    seen = 0
    for element in body.iter(etree.Element):
        classes = element.get("class") or ""
        if element.tag in data.SITE_H1_POST_TAGS or (
            element.tag in data.ORG_POST_CLASSED
            and contains_any(classes, data.ORG_POST_CLASS_PARTS)
        ):
            text = _post_heading(element, name)
        elif element.tag in data.BOLD_HEADLINE_TAGS and (line := bold_line(element)):
            not_post = re.match(data.BOLD_LINE_OPENERS, line) or re.match(
                data.HEADLINE_FONT_NOT, line
            )
            text = "" if not_post else _post_heading(element, name)
        else:
            continue
        seen += 1
        if seen > data.REPEATED_HEADING_MAX:
            return
        yield text


def _site_named(title: str, titles: list[str]) -> bool:
    """Whether ``title`` is an organisation's name (:data:`~.data.ORG_NAME`, at most
    :data:`~.data.ORG_NAME_MAX_WORDS` words), or every one of the metadata ``titles`` (as the
    page gives them) is ``title`` and a page kind after a separator ("Investmentclub Emsland
    Lingen - News", :func:`~.shown.generic_heading`): the site's name, not a story's headline;
    or a section's name beside the site's in each of them (:func:`_section_named`)."""
    if data.ORG_NAME.fullmatch(title) and len(re.findall(r"\w+", title)) <= data.ORG_NAME_MAX_WORDS:
        return True
    if possessive_site(title):  # "Klaus Brandes' Börsenseiten": a person's site
        return True
    given = [fold(t) for t in titles if t and t.strip()]
    if _section_named(title, given):
        return True
    for full in given:
        rest = full[len(title) :] if full.lower().startswith(title.lower()) else ""
        parts = data.TITLE_SEPARATORS.split(rest)
        if not rest or parts[0] or not all(generic_heading(p) for p in parts[1:]):
            return False
    return bool(given)


def _section_named(title: str, given: list[str]) -> bool:
    """Whether every metadata title (``given``, as the page gives them) is two segments, one
    ``title`` of at most :data:`~.data.SECTION_TITLE_MAX_WORDS` words, the other the site's
    name of at most :data:`~.data.SITE_TITLE_MAX_WORDS` ("Zeitung - Geld & Recht",
    "Mitgliederforum - Volksbank Community"): ``title`` names a section, a board or a
    gallery, the post stands under it."""
    if not given or len(re.findall(r"\w+", title)) > data.SECTION_TITLE_MAX_WORDS:
        return False
    for full in given:
        parts = [p.strip() for p in data.TITLE_SEPARATORS.split(full)]
        others = [p for p in parts if p.lower() != title.lower()]
        if len(parts) != 2 or len(others) != 1:
            return False
        if len(re.findall(r"\w+", others[0])) > data.SITE_TITLE_MAX_WORDS:
            return False
    return True


def _bare_title(title: str, titles: list[str]) -> bool:
    """Whether every metadata title (``titles``, as the page gives them) is ``title`` whole,
    of at most :data:`~.data.SITE_TITLE_MAX_WORDS` words: a site's name or a short headline."""
    given = [fold(t).lower() for t in titles if t and t.strip()]
    short = len(re.findall(r"\w+", title)) <= data.SITE_TITLE_MAX_WORDS
    return short and bool(given) and all(g == fold(title).lower() for g in given)


def _home_named(tree: etree._Element, name: str) -> bool:
    """Whether a link to the site's home page (:func:`~.parsing.home_link`, or ``rel="home"``)
    reads ``name``: the banner's name over the post, whatever stands between them."""
    wanted = fold(name).lower()
    return any(
        (home_link(a.get("href") or "") or a.get("rel") == "home")
        and fold("".join(a.itertext())).lower() == wanted
        for _, a in page_index(tree).tags["a"]
    )


def _menu_between(tree: etree._Element, name: str, post: str) -> bool:
    """Whether :data:`~.data.BANNER_MENU_MIN_LINKS` links or more stand in document order
    between the first element of the page's body whose own text is ``name`` (its showing, not
    the head's ``<title>``) and the next whose own text is ``post``: a banner over the site's
    menu, the post under it. Links to the page's own parts (``href="#…"``) are its contents
    list, not a menu."""
    wanted, links = name.lower(), -1
    body = tree.find(".//body")
    for element in (tree if body is None else body).iter(etree.Element):
        own = fold(element.text).lower()
        if links < 0:
            links = 0 if own == wanted else -1
        elif own == post.lower():
            return links >= data.BANNER_MENU_MIN_LINKS
        elif element.tag == "a" and own and not (element.get("href") or "").startswith("#"):
            links += 1
    return False


def _kind_heading(tree: etree._Element, name: str) -> bool:
    """Whether the heading after the first ``<h1>``-``<h4>`` whose own text is ``name`` names
    a page kind (:data:`~.data.BOARD_KIND_TAGS`, read from the page's index: the cheap test
    before :func:`_kind_between`)."""
    index = page_index(tree)
    heads = sorted(p for tag in ("h1", *data.BOARD_KIND_TAGS) for p in index.tags.get(tag, ()))
    owns = [fold(h.text) for _, h in heads]
    at = next((i for i, own in enumerate(owns) if own.lower() == name.lower()), len(owns))
    return at + 1 < len(owns) and bool(owns[at + 1]) and generic_heading(owns[at + 1])


def _kind_between(tree: etree._Element, name: str, post: str) -> bool:
    """Whether a heading naming a page kind (an ``<h2>``-``<h4>``, :func:`~.shown.generic_heading`:
    "Neuigkeiten", "Ankündigungen") stands in document order between the first element whose
    own text is ``name`` and the next whose own text is ``post``, outside navigation and
    sidebars: a board's, a course's or a group's name over its news, the post under it."""
    wanted, seen = name.lower(), False
    for element in tree.iter(etree.Element):
        own = fold(element.text)
        if not seen:
            seen = own.lower() == wanted
        elif own.lower() == post.lower():
            return False
        elif element.tag in data.BOARD_KIND_TAGS and own and generic_heading(own):
            return not any(
                a.tag in data.POST_HEADING_OUTSIDE or skipped_part(a)
                for a in (element, *element.iterancestors())
            )
    return False


def post_under_org_name(tree: etree._Element, title: str, titles: list[str]) -> str:
    """Where ``title`` names the site (:func:`_site_named`, ``titles`` the page's metadata
    titles: the site's owner in its banner, the site's name over a page kind), the first
    heading or headline line after the name in the page's visible text that may open a post
    (:func:`_post_lines`), with at most :data:`~.data.SITE_H1_POST_GAP` characters between
    the name's last showing before it and it (a menu, a section's label, a date line) and the
    text running on after it: the post under the banner ("Mieterverein Porta e.V." over
    "<h2>Mietkaution richtig anlegen</h2>"). So where ``title`` is every metadata title
    whole (:func:`_bare_title`) or a short name the page shows as no story's headline element
    (:func:`~.bannername.banner_name`) with the site's menu between it and that line
    (:func:`_menu_between`) or a link to the home page reading it (:func:`_home_named`),
    and where any other ``title`` stands over that line with a page-kind heading between
    them (:func:`_kind_between`: a board's or a course's name over "Ankündigungen") and the
    line does not repeat it (a reply, "Re: …"). Empty where none is found: the name stays."""
    if not title:
        return ""
    site = _site_named(title, titles)
    bare = not site and (_bare_title(title, titles) or banner_name(tree, title, titles))
    if not site and not bare and not _kind_heading(tree, title):
        return ""
    flat = fold(visible_text(tree)).lower()
    name = title.lower()
    start = flat.find(name)
    if start < 0:
        return ""
    for text in _post_lines(tree, title):
        at = flat.find(text.lower(), start + len(name)) if text else -1
        if at < 0:
            continue
        # (a sidebar or a menu between them counted out: :func:`~.pagegap.near_post`)
        near = near_post(tree, title, text, at - flat.rfind(name, 0, at) - len(name))
        ok = near and len(flat) - at - len(text) > len(text)
        banner = bare and (_home_named(tree, title) or _menu_between(tree, title, text))
        ok = ok and (site or banner)
        reply = name in text.lower()  # "Re: <topic>": a reply to the named post
        ok = ok or (near and not reply and _kind_between(tree, title, text))
        return text if ok else ""
    return ""
