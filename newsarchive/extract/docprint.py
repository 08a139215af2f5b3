"""The small print of a PDF converted to HTML (pdftohtml -c, pdf2htmlEX): its running head
("Volksbank Musterstadt eG · Pressemitteilung"), its foot ("Seite 1 von 2", "Registergericht:
…"), a chart's source line, all set in a font smaller than the text's, leave the page
before the body is read; the text and the headline (larger) stay."""

from __future__ import annotations

from collections import Counter

from lxml import etree

from newsarchive.extract.docheads import font_sizes, sized_lines


def drop_small_print(tree: etree._Element) -> None:
    """Remove the lines of a converted PDF (a page :func:`~.docheads.converted_pages` names
    one) set smaller than its text's font (the size most of its characters are in)."""
    lines = sized_lines(tree, font_sizes(tree), every_page=True)
    if not lines:
        return
    chars: Counter[float] = Counter()
    for size, text, _ in lines:
        chars[size] += len(text)
    text_size = chars.most_common(1)[0][0]
    for size, _, element in lines:
        if size < text_size and (parent := element.getparent()) is not None:
            parent.remove(element)  # (with its tail: the line's break)
