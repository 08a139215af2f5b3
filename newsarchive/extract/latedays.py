"""The page's own day where the dates' first reading (:func:`~.dates.find_dates`) is
overruled by a sign the page gives of it: a day stuck to the headline, a ``<time>``
element's shown text, a print edition's line, a citation suggestion (each measured on the
blind sets of issue 11; the first that applies wins over the reading before it)."""

from __future__ import annotations

from datetime import datetime

from lxml import etree

from newsarchive.extract.citationday import citation_day
from newsarchive.extract.headlineday import headline_day
from newsarchive.extract.metadata import Metadata
from newsarchive.extract.printedition import edition_day
from newsarchive.extract.timetext import shown_time_day


def late_day(
    tree: etree._Element,
    meta: Metadata,
    texts: list[tuple[str, bool]],
    title: str,
    url: str,
    published: str | None,
    fetched_at: datetime | None,
    text: str,
) -> str | None:
    """``published`` as the page's later signs correct it, in this order (``text``, the
    page's text, says where a sign's search may be skipped)."""
    # "16.03.04: Headline", "Headline [06.03.2007]": the entry's own day stuck to it
    published = headline_day(title, meta, url, fetched_at) or published
    # <time datetime="2021-06-17…">14.03.2012</time>: a migration's stamp, the shown day
    published = shown_time_day(tree, published, fetched_at) or published
    # "Ausgabe vom 2. Januar 2002" under a digitised archive's upload stamp (2016)
    published = edition_day(texts, published, fetched_at) or published
    # "Zitiervorschlag: A, Titel, in: Blog, 15.03.2024": the day a scholarly page cites itself by
    return citation_day(tree, meta, published, fetched_at, text) or published
