"""A wiki page's headline without its namespace: MediaWiki (1.39 on) writes the ``<h1>`` as
the namespace, a separator and the page's own title in spans of their own
(``<span class="mw-page-title-namespace">Nachrichten</span>:<span
class="mw-page-title-main">Volksbank schließt …</span>``); the page's title is the last one
(read on blind de_full95's city wiki)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import page_index
from newsarchive.extract.parsing import element_text


def wiki_page_title(tree: etree._Element) -> str:
    """The text of the first ``<h1>``'s ``mw-page-title-main`` span, or ""."""
    for h1 in page_index(tree).tag("h1"):
        for span in h1.iter("span"):
            if data.WIKI_TITLE_MAIN in (span.get("class") or "").split():
                return element_text(span)
    return ""
