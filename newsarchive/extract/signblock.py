"""A signature block closing the post names its writer where nothing else names anyone:
``<div class="signature"><p>Henrik Saathoff, Leiter Plattformbetrieb</p></div>`` (issue 11;
:data:`~newsarchive.extract.data.SIGN_BLOCK`); not inside comments or a board's posts."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import comment_part
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.text import fix_text


def _blocks(tree: etree._Element) -> list[etree._Element]:
    found = []
    for element in tree.iter("div", "p", "section", "footer", "aside", "span"):
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if names.strip() and data.SIGN_BLOCK.search(names):
            found.append(element)
            if len(found) >= data.SIGN_BLOCK_MAX:
                break
    return found


def sign_block_name(tree: etree._Element) -> list[str]:
    """The name opening the page's only signature block's first line, or []."""
    blocks = _blocks(tree)
    if len(blocks) != 1:
        return []  # none, or a board's many member signatures
    block = blocks[0]
    if any(comment_part(a) or skipped_part(a) for a in block.iterancestors()):
        return []
    lines = [fix_text(" ".join(t.split())) for t in block.itertext() if t.strip()]
    if not lines:
        return []
    name, _, role = lines[0].partition(",")
    name = name.strip()
    if (
        len(role) > data.SIGN_BLOCK_ROLE_MAX
        or not data.BYLINE_NAME.fullmatch(name)
        or data.SIGNATURE_NOT_NAMES.search(name)  # "Eure Geldgeflüster-Crew": a group
        or data.DASH_SIGNATURE_NOT_NAMES.search(name)
        or name.split()[0].lower() in data.SIGN_BLOCK_NOT_FIRST
    ):
        return []
    return [name]
