"""Atom feeds (RFC 4287) as bytes, from plain entries: titles and texts are text, never
HTML; every entry links to its page in the archive and, as a second link, to the
original."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from newsarchive.serve.present import atom_date

NS = "http://www.w3.org/2005/Atom"
CONTENT_TYPE = "application/atom+xml; charset=utf-8"
#: Every feed's title ends with the archive's name.
SUFFIX = " – newsarchive"


@dataclass
class Entry:
    """One feed entry."""

    id: str
    title: str
    updated: str
    link: str = ""  #: the entry's page in the archive
    original: str = ""  #: the original article (second link)
    content: str = ""
    authors: list[str] = field(default_factory=list)


def feed(title: str, self_url: str, page_url: str, entries: list[Entry]) -> bytes:
    """The feed document; ``title`` gets :data:`SUFFIX`, ``updated`` is the newest entry's."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}feed")
    ET.SubElement(root, f"{{{NS}}}title").text = title + SUFFIX
    ET.SubElement(root, f"{{{NS}}}id").text = self_url
    ET.SubElement(root, f"{{{NS}}}link", rel="self", href=self_url,
                  type="application/atom+xml")  # fmt: skip
    ET.SubElement(root, f"{{{NS}}}link", rel="alternate", href=page_url, type="text/html")
    updated = max((atom_date(e.updated) for e in entries), default=atom_date(None))
    ET.SubElement(root, f"{{{NS}}}updated").text = updated
    ET.SubElement(root, f"{{{NS}}}generator").text = "newsarchive (Datasette)"
    author = ET.SubElement(root, f"{{{NS}}}author")
    ET.SubElement(author, f"{{{NS}}}name").text = "newsarchive"
    for item in entries:
        entry = ET.SubElement(root, f"{{{NS}}}entry")
        ET.SubElement(entry, f"{{{NS}}}id").text = item.id
        ET.SubElement(entry, f"{{{NS}}}title", type="text").text = item.title
        ET.SubElement(entry, f"{{{NS}}}updated").text = atom_date(item.updated)
        if item.link:
            ET.SubElement(entry, f"{{{NS}}}link", rel="alternate", href=item.link,
                          type="text/html")  # fmt: skip
        if item.original and item.original != item.link:
            ET.SubElement(entry, f"{{{NS}}}link", rel="related", href=item.original,
                          title="Original")  # fmt: skip
        for name in item.authors:
            element = ET.SubElement(entry, f"{{{NS}}}author")
            ET.SubElement(element, f"{{{NS}}}name").text = name
        if item.content:
            ET.SubElement(entry, f"{{{NS}}}content", type="text").text = item.content
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + text).encode("utf-8")
