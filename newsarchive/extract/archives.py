"""Pages of the archived web read apart: a mailing-list archive's message between the
comments its archiver sets around the text
(:data:`~newsarchive.extract.data.MAIL_BODY_MARKERS`)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import ExtractionError, parse


def mail_message(page_html: str) -> etree._Element | None:
    """A mailing-list archive's message alone (the source between its begin and end
    comments, parsed apart: the tree has no comments), without the archive's chrome beside
    it and without the signature; None on other pages (a look-up of the markers in the source)."""
    for begin, end in data.MAIL_BODY_MARKERS:
        start = page_html.find(f"<!--{begin}-->")
        if start < 0:
            continue
        stop = page_html.find(f"<!--{end}-->", start)
        if stop < 0:
            continue
        message = page_html[start:stop]
        # the signature after its delimiter ("-- " alone on a line) and the list's footer
        cut = message.find(f"\n{data.SIGNATURE_DELIMITER} \n")
        if cut > 0:
            message = message[:cut]
        try:
            return parse(f"<html><body>{message}</body></html>")
        except ExtractionError:
            return None
    return None
