"""An interview's writer where the metadata names the person interviewed: the one author
found is the person the headline names ("Lumo-Chefin A: „…“"), and the text's credit
sentence names who asked ("Die Fragen stellte B.", "Das Gespräch führte B.";
:data:`~newsarchive.extract.data.CREDIT_SENTENCE`). The asker wrote the piece (read on
blind de_full104, session 34)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import matched_name
from newsarchive.extract.parsing import element_text


def interviewer(names: list[str], tree: etree._Element, nodes: list[tuple[str, bool]]) -> list[str]:
    """The asker the credit sentence names (:func:`credited_asker`) where ``names`` is one
    person the page's ``<h1>`` names; else []."""
    if len(names) != 1:
        return []
    name = names[0].lower()
    if not any(name in element_text(h).lower() for h in tree.iter("h1")):
        return []
    asker = credited_asker(nodes)
    return [asker] if asker and asker.lower() != name else []


def credited_asker(nodes: list[tuple[str, bool]]) -> str | None:
    """The full name an interview's credit sentence gives, in the first
    :data:`~newsarchive.extract.data.BYLINE_MAX_NODES` of the page's text nodes (its lead
    alone in a node is read with the next: "Die Fragen stellte" <a>B</a>)."""
    window = nodes[: data.BYLINE_MAX_NODES]
    for i, (text, _) in enumerate(window):
        if data.CREDIT_LEAD_ONLY.fullmatch(text) and i + 1 < len(nodes):
            text = f"{text} {nodes[i + 1][0]}"
        match = data.CREDIT_SENTENCE.search(text)
        if match:
            name = matched_name(match)
            name = data.AUTHOR_SPLIT.split(name)[0]  # "B, Investor Relations"
            if data.BYLINE_NAME.fullmatch(name):
                return name
    return None
