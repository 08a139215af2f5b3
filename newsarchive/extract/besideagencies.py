"""The agencies a byline credits beside the people the metadata names: JSON-LD gives "Anna
Roth" alone, the page shows "Anna Roth, dpa" or "Von Anna Roth (mit dpa)" (issue 11; kind
read on the blind de_full68 and de_full69)."""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.givenname import without_titles
from newsarchive.extract.index import first_headline, shown_text, spaced_text
from newsarchive.extract.names import split_authors
from newsarchive.extract.text import fold

#: A separator between a byline's spans, spaced or not ("Reuters·11. November").
_GLUED_SEPARATOR = re.compile(r"\s*([·•|])\s*")
#: Elements of the ``<body>`` with a text node holding ``$name`` (outside scripts).
_HOLDERS = etree.XPath(
    "//body//*[not(self::script or self::style)][text()[contains(., $name)]]",
)


def agencies_beside(
    names: list[str], tree: etree._Element, nodes: list[tuple[str, bool]]
) -> list[str]:
    """The agencies of the first short line (the element holding the first of ``names``, or
    its parent or grandparent, at most :data:`~.data.BYLINE_MAX_CHARS` characters) that
    credits all ``names`` and agencies; none where no line does, or where the text nodes
    near the headline (``nodes``) show no agency's name in the
    :data:`~.data.BESIDE_AGENCY_NODES` from the first of ``names`` on (most pages: substring
    tests instead of the search). A line in an ``<article>`` that does not hold the headline
    is another story's teaser card."""
    if not names:
        return []
    first = names[0]
    at = next(
        (i for i, (text, _) in enumerate(nodes[: data.BYLINE_MAX_NODES]) if first in text), -1
    )
    window = " ".join(text for text, _ in nodes[max(at, 0) : at + data.BESIDE_AGENCY_NODES]).lower()
    if at < 0 or not any(key in window for key in data.AGENCIES):
        return []
    wanted = {without_titles(n).lower() for n in names}  # ("Dr. A" shown)
    headline = first_headline(tree)
    story = set(headline.iterancestors("article")) if headline is not None else set()
    for holder in islice(_HOLDERS(tree, name=names[0]), data.BESIDE_AGENCY_HOLDERS):
        if headline is not None and any(a not in story for a in holder.iterancestors("article")):
            continue  # another story's teaser card ("Von dpa und Anna Roth" under its headline)
        for block in (holder, *islice(holder.iterancestors(), 2)):
            text = fold(shown_text(block))
            if len(text) > data.BYLINE_MAX_CHARS:
                break
            # (spans run together: "mit Reuters·11. November 2026", a separator glued on;
            # "Anna Rothmit Material von Reuters12. Mai": the spans read apart too)
            for line in (_GLUED_SEPARATOR.sub(r" \1 ", text), fold(spaced_text(block))):
                people, agencies = split_authors([line])
                if agencies and wanted <= {without_titles(n).lower() for n in people}:
                    return agencies
    return []
