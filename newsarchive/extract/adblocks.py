"""Ads under a label: a teaser, a partner's offer or an e-mail's sponsor block whose first
words are "Anzeige", "Werbung" or "Sponsored" alone (:data:`~.data.AD_LABELS`) leaves the
page before the body is read. The block is the smallest around the label that holds more
than the label and starts with it; a block longer than an ad
(:data:`~.data.AD_BLOCK_MAX_CHARS`: a sponsored article under the same label) stays."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import remove_all


def drop_ad_blocks(tree: etree._Element) -> None:
    """Remove every labelled ad's block from ``tree``."""
    blocks = []
    for element in tree.iter(*data.AD_LABEL_TAGS):
        label = element.text
        if label and _label(label):
            block = _ad_block(element, label.strip())
            if block is not None:
                blocks.append(block)
    remove_all(tree, blocks)


def _label(text: str) -> bool:
    return len(text) < 40 and text.strip().rstrip(":").strip().casefold() in data.AD_LABELS


def _ad_block(element: etree._Element, label: str) -> etree._Element | None:
    """The smallest block around ``element`` that starts with ``label`` and holds more."""
    for block in (element, *element.iterancestors()):
        if block.tag not in data.AD_BLOCK_TAGS:
            continue
        text = " ".join(block.text_content().split())
        if not text.startswith(label):
            return None
        if len(text) > len(label):
            return block if len(text) <= data.AD_BLOCK_MAX_CHARS else None
    return None
