"""The post under an organisation's banner: where the headline found is an organisation's
name by its legal form (:data:`~newsarchive.extract.data.ORG_NAME`: a club's, a
cooperative's or a firm's name, the site's owner in its banner), the post's own heading
after it, for :mod:`~newsarchive.extract.extraction`."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_german_date
from newsarchive.extract.index import in_order, page_index, visible_text
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.shown import headline_texts
from newsarchive.extract.text import fix_text, fold


def _post_heading(heading: etree._Element, name: str) -> str:
    """A heading's text where it may open a post: outside links, navigation, sidebars,
    footers and teasers, of :data:`~.data.HEADLINE_ELEMENT_MIN_WORDS` words or more, neither
    the name again, a page kind (:data:`~.data.GENERIC_HEADINGS`), a label ending in a colon
    nor a date heading; else empty."""
    if any(
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


def post_under_org_name(tree: etree._Element, title: str) -> str:
    """Where ``title`` is an organisation's name (:data:`~.data.ORG_NAME`, at most
    :data:`~.data.ORG_NAME_MAX_WORDS` words), the first ``<h1>``/``<h2>``/``<h3>`` after the
    name in the page's visible text that may open a post (:func:`_post_heading`), with at
    most :data:`~.data.SITE_H1_POST_GAP` characters between the name's last showing before it
    and it (a menu, a section's label, a date line) and the text running on after it: the
    post under the banner ("Mieterverein Porta e.V." over "<h2>Mietkaution richtig
    anlegen</h2>"). Empty where none is found: the name stays."""
    if (
        not title
        or not data.ORG_NAME.fullmatch(title)
        or len(re.findall(r"\w+", title)) > data.ORG_NAME_MAX_WORDS
    ):
        return ""
    flat = " ".join((visible_text(tree) or "").split()).lower()
    name = title.lower()
    start = flat.find(name)
    if start < 0:
        return ""
    index = page_index(tree)
    tags = sorted(data.SITE_H1_POST_TAGS)
    for heading in in_order(*(index.tags[t] for t in tags))[: data.REPEATED_HEADING_MAX]:
        text = _post_heading(heading, title)
        at = flat.find(text.lower(), start + len(name)) if text else -1
        if at < 0:
            continue
        gap = at - flat.rfind(name, 0, at) - len(name)
        ok = gap <= data.SITE_H1_POST_GAP and len(flat) - at - len(text) > len(text)
        return text if ok else ""
    return ""
