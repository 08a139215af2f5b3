"""The title's heading as the layout: under an ``<h1>`` that does not show the title (a
community site's masthead), a heading that reads the title whole inside a part whose class
or id names a skipped part (Elgg's ``two_column_left_sidebar_maincontent`` around the post)
marks that part as the page's layout, not a sidebar: the date line is read from it
(:mod:`~newsarchive.extract.extraction` hands these nodes to the date search)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import first_headline
from newsarchive.extract.nodes import heading_nodes, skipped_part


def title_layout_nodes(
    tree: etree._Element, title: str | None, nodes: list[tuple[str, bool]], mark: int
) -> tuple[list[tuple[str, bool]], int] | None:
    """The text nodes read around the heading showing ``title`` (its node the headline's
    mark) where no ``<h1>`` and no node outside the skipped parts show the title and that
    heading (:data:`~newsarchive.extract.data.TITLE_LAYOUT_TAGS`) stands in a skipped part;
    else None (the nodes as read stand)."""
    if not title:
        return None
    shown = " ".join(title.split()).casefold()
    headline = first_headline(tree)
    if headline is not None and shown in " ".join(headline.itertext()).casefold():
        return None
    if any(not skip and text.casefold() == shown for text, skip in nodes):
        return None  # the title's node is read already (:func:`~.nodes.title_mark`)
    for heading in tree.iter(*data.TITLE_LAYOUT_TAGS):
        if " ".join(" ".join(heading.itertext()).split()).casefold() != shown:
            continue
        if any(skipped_part(a) for a in heading.iterancestors() if a.tag not in ("body", "html")):
            return heading_nodes(tree, heading)
        return None
    return None
