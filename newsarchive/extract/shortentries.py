"""Others' short entries under a text: a supporter's, a guest's or a reviewer's line with
their name and day ("<b>Familie Brandt</b> <time>25.06.2019</time><p>Danke für alles!</p>",
"<a>fnordbert</a> <span>2010-08-10</span> <q>Gleiches hier.</q>", "<b>Horst W.</b> vom
02.02.2009<p>Sonst gut.</p>"): readers' reactions, not the text
(:data:`~newsarchive.extract.data.SHORT_ENTRY_BLOCKS`)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.text import fold


def drop_short_entries(tree: etree._Element) -> None:
    """Remove the short entries (:func:`is_short_entry`) from ``tree``."""
    doomed = [block for block in data.SHORT_ENTRY_BLOCKS(tree) if is_short_entry(block)]
    for block in doomed:
        if block.getparent() is not None:
            block.drop_tree()


def is_short_entry(block: etree._Element) -> bool:
    """Whether ``block`` holds only a name, a day (its own element or the text beside the
    name) and one short sentence."""
    if block.tag not in data.SHORT_ENTRY_TAGS:
        return False
    children = [child for child in block if isinstance(child.tag, str)]
    if not children or children[0].tag not in data.SHORT_ENTRY_NAME_TAGS:
        return False
    name = fold(children[0].text_content())
    if not name or len(name) > data.SHORT_ENTRY_NAME_MAX_CHARS:
        return False
    texts = [child for child in children if child.tag in data.SHORT_ENTRY_TEXT_TAGS]
    dates = [child for child in children if child.tag in data.SHORT_ENTRY_DATE_TAGS]
    if len(texts) != 1 or len(children) != 1 + len(texts) + len(dates):
        return False
    text = fold(texts[0].text_content())
    if (
        not text
        or len(text) > data.SHORT_ENTRY_TEXT_MAX_CHARS
        or not text.endswith((".", "!", "?"))
    ):
        return False
    beside = " ".join([*(fold(d.text_content()) for d in dates), children[0].tail or ""])
    return data.SHORT_ENTRY_DATE.search(beside) is not None
