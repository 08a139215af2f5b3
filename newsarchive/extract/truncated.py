"""Metadata titles cut short by the site ("Neuer Bauspartarif mit Online-Abschl..."),
completed from the page's heading that opens with the same words, for
:mod:`~newsarchive.extract.title`: content systems shorten ``<title>`` and ``og:title`` to a
fixed length and mark the cut with an ellipsis, while the page shows the whole headline."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import page_index
from newsarchive.extract.shown import headline_texts
from newsarchive.extract.text import fix_text


def completed(tree: etree._Element, titles: list[str]) -> list[str]:
    """``titles`` with each one that ends in an ellipsis (:data:`~.data.TRUNCATED_TITLE`)
    after at least :data:`~.data.TRUNCATED_MIN_CHARS` characters replaced by the text of the
    first heading element (:data:`~.data.TRUNCATED_HEADING_TAGS`) that opens with the title's
    words before the ellipsis and runs on after them: the headline the title shortens. A
    title no heading completes stays as it is ("Alles hat seine Zeit…" is a headline)."""
    cut = [data.TRUNCATED_TITLE.sub("", t) for t in titles]
    if all(c == t or len(c) < data.TRUNCATED_MIN_CHARS for c, t in zip(cut, titles, strict=True)):
        return titles
    index = page_index(tree)
    texts = [
        fix_text(" ".join(headline_texts(h)))
        for tag in data.TRUNCATED_HEADING_TAGS
        for _, h in index.tags[tag]
    ]
    result = []
    for title, stem in zip(titles, cut, strict=True):
        lowered = fix_text(stem).lower()
        whole = next(
            (
                t
                for t in texts
                if stem != title
                and len(stem) >= data.TRUNCATED_MIN_CHARS
                and len(t) > len(lowered)
                and t.lower().startswith(lowered)
            ),
            "",
        )
        result.append(whole or title)
    return result
