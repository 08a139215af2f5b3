"""Layout tables (issue 11, de_full12's kind): pages of the table-layout web hold their text
in a table cell, with ``<br><br>`` between paragraphs. trafilatura reads a cell as one line
(the article, the navigation and the contact box run together), so the line rules of
:mod:`~newsarchive.extract.body` cannot tell them apart. :func:`unwrap_layout_tables` reads
every table around a cell of paragraphs as ``<div>``s and the runs between ``<br><br>`` as
``<p>`` elements (see :data:`~newsarchive.extract.data.LAYOUT_MIN_PARAGRAPHS`)."""

from __future__ import annotations

import functools
from itertools import islice

from lxml import etree

from newsarchive.extract import data


def unwrap_layout_tables(tree: etree._Element) -> None:
    """Read the tables around a cell of paragraphs as ``<div>``s, their paragraphs between
    ``<br><br>`` as ``<p>``s; data tables (no such cell) are left alone."""
    cells = [
        cell for cell in tree.iter("td", "th") if _paragraphs(cell) >= data.LAYOUT_MIN_PARAGRAPHS
    ]
    if not cells:
        return
    holder = _text_holder(tree, cells)
    _name_text_cell(holder)
    if holder not in cells:  # (an e-mail's column: every table of its cells is layout)
        cells += [cell for cell in holder.iter("td", "th") if _paragraphs(cell)]
    tables = {table for cell in cells for table in cell.iterancestors("table")}
    holders = []
    for table in tables:
        parts = [
            part
            for part in table.iter(*data.LAYOUT_TABLE_PARTS)
            if next(part.iterancestors("table"), None) is table
        ]
        for part in parts:
            if part.tag in ("td", "th"):
                holders.append(part)
            part.tag = "div"
        table.tag = "div"
    for holder in holders:
        for element in [holder, *holder.iterdescendants("div")]:
            if _br_runs(element) >= data.LAYOUT_MIN_PARAGRAPHS:
                _wrap_runs(element)


def _text_holder(tree: etree._Element, cells: list[etree._Element]) -> etree._Element:
    """The cell of the most paragraphs (outside a footer where one is); or, where that cell
    sits in a single column of cells holding more than twice its paragraphs together (an
    e-mail's text, one cell a block), the closest table part around the column's cells
    outside a footer."""
    best = max(cells, key=lambda cell: (not _in_footer(cell), _paragraphs(cell)))
    if not _stacked(best):
        return best
    column = [
        cell
        for cell in tree.iter("td", "th")
        if _paragraphs(cell) and _stacked(cell) and not _in_footer(cell)
    ]
    own = 0 if _in_footer(best) else _paragraphs(best)
    if 2 * own >= sum(map(_paragraphs, column)):
        return best
    others = [set(cell.iterancestors()) for cell in column[1:]]
    around = next(
        (part for part in column[0].iterancestors() if all(part in seen for seen in others)),
        None,
    )
    return around if around is not None and around.tag in data.LAYOUT_COLUMN_TAGS else best


def _stacked(cell: etree._Element) -> bool:
    """Every row around ``cell`` holds one cell: a single column of blocks."""
    return all(
        sum(1 for part in row if part.tag in ("td", "th")) == 1 for row in cell.iterancestors("tr")
    )


def _in_footer(cell: etree._Element) -> bool:
    """Whether ``cell`` or an element around it is named a footer (by class or id)."""
    return any(
        data.LAYOUT_FOOTER_WORD in f"{part.get('class', '')} {part.get('id', '')}".lower()
        for part in (cell, *cell.iterancestors())
    )


def _name_text_cell(cell: etree._Element) -> None:
    """Name the cell of the most paragraphs as the text's container (its own classes kept,
    :data:`~newsarchive.extract.data.LAYOUT_TEXT_CLASS` added): trafilatura's body search then
    finds the text there, lists and all, instead of falling back to a reading of the whole
    page that drops them."""
    classes = (cell.get("class") or "").split()
    cell.set("class", " ".join([*classes, data.LAYOUT_TEXT_CLASS]))


def _text_len(node: etree._Element) -> int:
    return len("".join(node.itertext()).strip())


def _paragraphs(element: etree._Element) -> int:
    """Runs of text of paragraph length in ``element``: block children (their own runs, or
    one), inline runs between ``<br><br>`` (nested tables not counted)."""
    count = _br_runs(element)
    for child in element:
        if child.tag in data.LAYOUT_BLOCK_TAGS and child.tag != "table":
            inner = _paragraphs(child)
            if inner:
                count += inner
            elif _text_len(child) >= data.LAYOUT_PARAGRAPH_MIN_CHARS:
                count += 1
    return count


def _segments(element: etree._Element) -> list[list[etree._Element | str]]:
    """The direct content of ``element`` cut at ``<br><br>`` and at block children: the inline
    runs (text and inline elements), each block child a segment of its own."""
    segments: list[list[etree._Element | str]] = [[element.text] if element.text else []]
    children = list(element)
    i = 0
    while i < len(children):
        child = children[i]
        if (
            child.tag == "br"
            and i + 1 < len(children)
            and children[i + 1].tag == "br"
            and not (child.tail or "").strip()
        ):
            segments.append([children[i + 1].tail] if children[i + 1].tail else [])
            i += 2
            continue
        if child.tag in data.LAYOUT_BLOCK_TAGS:
            segments.append([child])
            segments.append([child.tail] if child.tail else [])
        else:
            segments[-1].append(child)
        i += 1
    return segments


def _run_len(segment: list[etree._Element | str]) -> int:
    return sum(
        len(part.strip())
        if isinstance(part, str)
        else len("".join(part.itertext()).strip()) + len((part.tail or "").strip())
        for part in segment
    )


def _br_runs(element: etree._Element) -> int:
    """Inline runs of paragraph length between ``<br><br>`` among ``element``'s children."""
    if not any(child.tag == "br" for child in element):
        return 0
    return sum(
        1
        for segment in _segments(element)
        if not (
            len(segment) == 1
            and isinstance(segment[0], etree._Element)
            and segment[0].tag in data.LAYOUT_BLOCK_TAGS
        )
        and _run_len(segment) >= data.LAYOUT_PARAGRAPH_MIN_CHARS
    )


def _wrap_runs(element: etree._Element) -> None:
    """Each inline run of ``element`` between ``<br><br>`` (and block children) into a
    ``<p>``; block children stay as they are."""
    segments = _segments(element)
    for child in list(element):
        element.remove(child)
    element.text = None
    for segment in segments:
        if (
            len(segment) == 1
            and isinstance(segment[0], etree._Element)
            and segment[0].tag in data.LAYOUT_BLOCK_TAGS
        ):
            block = segment[0]
            block.tail = None
            element.append(block)
            continue
        if not _run_len(segment) and not any(isinstance(p, etree._Element) for p in segment):
            continue
        paragraph = etree.SubElement(element, "p")
        for part in segment:
            if isinstance(part, str):
                if len(paragraph):
                    last = paragraph[-1]
                    last.tail = (last.tail or "") + part
                else:
                    paragraph.text = (paragraph.text or "") + part
            else:
                tail = part.tail
                paragraph.append(part)
                part.tail = tail


def drop_contact_cards(tree: etree._Element) -> None:
    """Drop a contact card in its German class under the text (``<div class="ansprechpartner">``:
    :data:`~newsarchive.extract.data.CONTACT_CARD_TOKEN`), a short block box only; in its
    English class (:data:`~newsarchive.extract.data.CONTACT_CARD_TOKEN_EN`) unless it opens
    with a contact label the line rules read."""
    for box in list(tree.iter(*data.CONTACT_CARD_TAGS)):
        classes = box.get("class")
        card = _contact_card_class(classes) if classes else _NO_CARD
        if card == _NO_CARD:
            continue
        if card == _ENGLISH_CARD:
            first = next((t.strip() for t in box.itertext() if t.strip()), "")
            if data.CONTACT_BLOCK.fullmatch(first):
                continue  # "Pressekontakt:": the line rules close the text there
        if box.getparent() is not None and _text_len(box) <= data.CONTACT_CARD_MAX_CHARS:
            box.drop_tree()


#: :func:`_contact_card_class`'s answers.
_NO_CARD, _GERMAN_CARD, _ENGLISH_CARD = 0, 1, 2


@functools.lru_cache(maxsize=8192)
def _contact_card_class(classes: str) -> int:
    """Whether a class value names a contact card: :data:`_GERMAN_CARD` if a token matches
    :data:`~newsarchive.extract.data.CONTACT_CARD_TOKEN`, else :data:`_ENGLISH_CARD` if one
    matches :data:`~newsarchive.extract.data.CONTACT_CARD_TOKEN_EN`, else :data:`_NO_CARD`
    (one answer kept per value: a page's boxes repeat a few class values)."""
    tokens = classes.split()
    if any(map(data.CONTACT_CARD_TOKEN.fullmatch, tokens)):
        return _GERMAN_CARD
    if any(map(data.CONTACT_CARD_TOKEN_EN.fullmatch, tokens)):
        return _ENGLISH_CARD
    return _NO_CARD


def drop_image_captions(tree: etree._Element) -> None:
    """Drop a picture's caption set as the hand-made web sets it, no text of the article
    (:data:`~newsarchive.extract.data.IMAGE_CAPTION_MAX_CHARS`): a paragraph or block that
    holds a picture, a line break and a short text under it (``<p><img><br><font size="1">Die
    Hauptstelle am Kirchplatz.</font></p>``, ``<div class="bild"><img><br><small>…``), or a
    table of two rows, the picture alone in the first, a short text in the second; also a
    ``<div>`` of the picture and one short block alone (``<div class="bild"><img><p
    class="bu">…</p></div>``) and a one-cell table of picture, line break and short text
    (:data:`~newsarchive.extract.data.IMAGE_CAPTION_BLOCKS`)."""
    for image in list(tree.iter("img")):
        holder = image.getparent()
        node = image
        if holder is not None and holder.tag == "a" and not _text_len(holder):
            node, holder = holder, holder.getparent()
        if holder is not None and holder.tag == "td":
            _drop_caption_table(holder)
        elif holder is None or holder.tag not in data.IMAGE_CAPTION_HOLDERS:
            continue
        if (holder.text or "").strip() or node.getprevious() is not None:
            continue  # text or another element before the picture
        after = node.getnext()
        if (node.tail or "").strip() or after is None:
            continue
        if after.tag != "br" and not _caption_block(holder, after):
            continue
        box = _one_cell_table(holder) if holder.tag == "td" else holder
        if box is None:
            continue
        caption = _text_len(holder)
        if 0 < caption <= data.IMAGE_CAPTION_MAX_CHARS and box.getparent() is not None:
            box.drop_tree()


def _one_cell_table(cell: etree._Element) -> etree._Element | None:
    """The table around ``cell`` if it is the table's only cell (a picture box set
    beside the text: picture, line break, caption), else None."""
    table = cell.getparent()
    while table is not None and table.tag in ("tr", "tbody"):
        table = table.getparent()
    if table is None or table.tag != "table" or len(list(islice(table.iter("td", "th"), 2))) != 1:
        return None
    return table if table.getparent() is not None else None


def _caption_block(holder: etree._Element, block: etree._Element) -> bool:
    """True if ``block`` is the ``<div>``'s last element, a block of the caption's tags
    with no picture in it (``<div class="bild"><img><p class="bu">…</p></div>``)."""
    return (
        holder.tag == "div"
        and block.getnext() is None
        and block.tag in data.IMAGE_CAPTION_BLOCKS
        and not (block.tail or "").strip()
        and next(block.iter("img"), None) is None
    )


def _drop_caption_table(cell: etree._Element) -> None:
    """Drop the table whose first row is ``cell`` with a picture alone and whose second
    and last row holds a short text only (the caption)."""
    row = cell.getparent()
    table = row.getparent() if row is not None else None
    if table is not None and table.tag == "tbody":
        table = table.getparent()
    if row is None or table is None or table.tag != "table" or table.getparent() is None:
        return
    rows = list(table.iter("tr"))
    if len(rows) != 2 or rows[0] is not row or len(row) != 1 or _text_len(cell):
        return
    caption = _text_len(rows[1])
    if 0 < caption <= data.IMAGE_CAPTION_MAX_CHARS and not next(rows[1].iter("img"), None):
        table.drop_tree()
