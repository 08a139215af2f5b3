"""The headline of a PDF converted to HTML (pdftohtml, pdf2htmlEX), for
:mod:`~newsarchive.extract.title`.

Such a page's ``<title>`` is the PDF's file name or document property ("Microsoft Word -
PM_2011_04_final.doc", "Studie_SocialPayments_2020_Kurzfassung_v7", a stale "Merkblatt
P-Konto"); its first page shows the headline in its largest font (pdftohtml's ``-c``
output and pdf2htmlEX give each font size a CSS class) or, in pdftohtml's plain output, as
its first bold line of some words (read on de_full12, dates_cb). A document viewer's text
layer (pdf.js, flipbooks) places and sizes each line by an inline style: its largest line
is the headline too (session 55, read on de_full316 and de_full322)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import compiled, element_text

_TEXT_LAYER_LINE = compiled(data.TEXT_LAYER_LINE)


def converted_pages(tree: etree._Element, generators: Iterable[str]) -> bool:
    """True for a page a PDF converter wrote by its generator (``generators``: the page's
    ``<meta name="generator">`` values) or its page markup (a ``<title>`` that is a file
    name, :data:`~.data.DOCUMENT_FILE_TITLE`, marks one too: :func:`~.title.find_title`)."""
    generator = " ".join(generators).lower()
    body = tree.find("body")
    return (
        any(name in generator for name in data.PDF_CONVERTERS)
        or any(
            isinstance(child.tag, str) and child.get("id") == "page1-div"
            for child in (body[: data.CONVERTED_PAGE_CHILDREN] if body is not None else ())
        )  # (pdftohtml -c opens the body with its first page's <div>)
        or bool(text_layer_lines(tree))
    )


def text_layer_lines(tree: etree._Element) -> list[tuple[float, str, etree._Element]]:
    """A document viewer's text layer as (size, text, element), in order: its elements placed
    and sized by an inline style (:data:`~.data.TEXT_LAYER_LINE`) with no such element
    inside; [] on a page with fewer than :data:`~.data.TEXT_LAYER_MIN_LINES` of them."""
    placed = _TEXT_LAYER_LINE(tree)
    if len(placed) < data.TEXT_LAYER_MIN_LINES:
        return []
    inner = {p.getparent() for p in placed}
    lines = []
    for element in placed:
        size = data.INLINE_FONT_SIZE.search(element.get("style") or "")
        if size and element not in inner and (text := element_text(element)):
            lines.append((float(size[1]), text, element))
    return lines if len(lines) >= data.TEXT_LAYER_MIN_LINES else []


def document_headline(tree: etree._Element) -> str:
    """The first page's text in its largest font, lines of that size in a row joined (a line
    with its inline markup, :func:`_sized_inside`; a document viewer's text layer,
    :func:`text_layer_lines`, read first), the next size where that is no headline (a
    masthead's single word); else the first bold line of
    :data:`~.data.HEADLINE_ELEMENT_MIN_WORDS` words or more."""
    body = tree.find("body")
    if body is None:
        return ""
    lines = text_layer_lines(tree) or sized_lines(tree, font_sizes(tree))
    for size in sorted({size for size, _, _ in lines}, reverse=True)[: data.DOCUMENT_SIZES]:
        first = next(i for i, line in enumerate(lines) if line[0] == size)
        run: list[str] = []
        for line_size, text, _ in lines[first:]:  # lines of that size in a row
            if line_size != size:
                break
            run.append(text)
        if headline := _headline(" ".join(run)):
            return headline  # (a masthead's one word over it is none: the next size)
    if lines:
        return ""
    for bold in body.iter("b", "strong"):
        if bold.getparent() is body and (text := _headline(element_text(bold))):
            return text
    return ""


def sized_lines(
    tree: etree._Element, sizes: dict[str, float], every_page: bool = False
) -> list[tuple[float, str, etree._Element]]:
    """The converted page's lines (elements with a font-size class and text, no sized
    element inside: :func:`_sized_inside`) as (size, text, element), the first page's only
    unless ``every_page``."""
    body = tree.find("body")
    lines: list[tuple[float, str, etree._Element]] = []
    if body is None or not sizes:
        return lines
    for element in body.iter("p", "div", "span"):
        if not every_page and element.get("id", "").startswith("page") and lines:
            break  # pdftohtml's next page
        if not every_page and element.get("data-page-no", "1") != "1":
            break  # pdf2htmlEX's next page
        size = max((sizes.get(c, 0.0) for c in (element.get("class") or "").split()), default=0.0)
        if size and not _sized_inside(element, sizes) and (text := element_text(element)):
            lines.append((size, text, element))
    return lines


def _sized_inside(element: etree._Element, sizes: dict[str, float]) -> bool:
    """True when an element below ``element`` has a font size of its own (``element`` is a
    block of lines, not a line: a line holds only its bold ``<b>`` (pdftohtml) or the
    spacing ``<span class="_ _0">`` between its words (pdf2htmlEX))."""
    return any(
        sizes.get(c, 0.0)
        for inner in element.iterdescendants()
        for c in (inner.get("class") or "").split()
    )


def font_sizes(tree: etree._Element) -> dict[str, float]:
    """Each CSS class's font size in pixels in the page's styles (``.ft01{font-size:20px;…}``,
    ``.fs2{…}``)."""
    css = " ".join(s.text or "" for s in tree.iter("style"))
    return {m[1]: float(m[2]) for m in data.CSS_CLASS_FONT_SIZE.finditer(css)}


def _headline(text: str) -> str:
    """``text`` as a headline: enough words, no label line, not too long; else ""."""
    text = text.strip()
    words = re.findall(r"\w+", text)
    if len(words) < data.HEADLINE_ELEMENT_MIN_WORDS or len(text) > 300 or text.endswith(":"):
        return ""
    return text
