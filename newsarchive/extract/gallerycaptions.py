"""A photo gallery's captions as the article's text: a gallery page tells its story in the
slides' captions beside their counters ("Bild 4 von 9" | "Rentner Egon Büchle ließ sich …" |
"© Foto: A"; :data:`~.data.GALLERY_COUNTER`), which the judges read as the text (session
53, read on de_full240 and de_full244; older judges of de_full118, de_full121 and de_full137
agree: 6 pages of 5 writers). Each gallery leaves the tree as paragraphs of its captions, in
place of its slider markup."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import element_text
from newsarchive.extract.text import fold


def open_gallery_captions(tree: etree._Element) -> None:
    """Replace each gallery (its slider: :func:`_gallery`) by paragraphs of its slides'
    captions (counters and credits left out), where the page counts at least
    :data:`~.data.GALLERY_MIN_SLIDES` slides."""
    counters = [
        e
        for e in tree.iter("span", "div", "p", "li")
        if len(e) == 0 and data.GALLERY_COUNTER.fullmatch(fold(e.text or ""))
    ]
    if len(counters) < data.GALLERY_MIN_SLIDES:
        return
    galleries: dict[etree._Element, list[str]] = {}
    for counter in counters:
        caption = _caption_beside(counter)
        slide = _slide(counter)
        if caption is not None and slide is not None:
            galleries.setdefault(_gallery(slide), []).append(caption)
    for gallery, captions in galleries.items():
        parent = gallery.getparent()
        if parent is None:
            continue
        block = etree.Element("div")
        for caption in captions:
            etree.SubElement(block, "p").text = caption
        block.tail = gallery.tail
        parent.replace(gallery, block)


def _gallery(slide: etree._Element) -> etree._Element:
    """The slider holding the slide: its farthest ancestor within
    :data:`~.data.GALLERY_SLIDE_DEPTH` levels whose class names a gallery or a slider
    (:data:`~.data.GALLERY_CLASS_PARTS`), else the slide's parent."""
    found = slide.getparent()
    for depth, up in enumerate(slide.iterancestors()):
        if depth >= data.GALLERY_SLIDE_DEPTH or up.tag in ("body", "html", "article", "main"):
            break
        if any(part in (up.get("class") or "").lower() for part in data.GALLERY_CLASS_PARTS):
            found = up
    return found if found is not None else slide


def _caption_beside(counter: etree._Element) -> str | None:
    """The longest text of the counter's siblings, no credit, of caption length."""
    parent = counter.getparent()
    if parent is None:
        return None
    texts = [
        fold(element_text(s))
        for s in parent.iterchildren(etree.Element)
        if s is not counter and not data.GALLERY_CREDIT.match(fold(element_text(s)))
    ]
    text = max(texts, key=len, default="")
    return text if len(text) >= data.GALLERY_CAPTION_MIN_CHARS else None


def _slide(counter: etree._Element) -> etree._Element | None:
    """The slide around the counter: its nearest ``<figure>``, ``<li>`` or slide-classed
    block within :data:`~.data.GALLERY_SLIDE_DEPTH` levels."""
    for depth, up in enumerate(counter.iterancestors()):
        if depth >= data.GALLERY_SLIDE_DEPTH or up.tag in ("body", "html"):
            return None
        if up.tag in ("figure", "li") or "slide" in (up.get("class") or "").lower():
            return up
    return None
