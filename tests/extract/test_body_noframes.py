"""A frameset page is read as its ``<noframes>`` content shows it: old table layouts put the
article there for browsers without frames, and libxml2 keeps that content as raw text.
Issue 11, session 56: 2 read judges' pages up (dates_fl, dates_fm: titles 2, snippets 2,
authors 1, dates 1), none down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract
from newsarchive.extract.parsing import ExtractionError

URL = "https://www.stadtsparkasse-musterstadt.example/presse/pm_2001_10_08.htm"
HEAD = "<head><meta charset='utf-8'><title>Stadtsparkasse Musterstadt</title></head>"
ARTICLE = (
    "<table><tr><td><b>Online-Banking jetzt auch mit Chipkarte</b><br>"
    f"Musterstadt, 08.10.2001{paragraphs('sie das Homebanking umstellt', 4)}</td></tr></table>"
)


def framed(noframes: str) -> bytes:
    """A frameset page with ``noframes`` in its ``<noframes>`` block."""
    frames = "<frame name='banner' src='oben.htm'><frame name='haupt' src='text.htm'>"
    page = f"<html>{HEAD}<frameset rows='112,*'>{frames}<noframes>{noframes}</noframes>"
    return f"{page}</frameset></html>".encode()


def test_a_framesets_noframes_article_is_read() -> None:
    result = extract(framed(f"<body>{ARTICLE}</body>"), URL, fetched_at=FETCHED)
    assert "Homebanking" in str(result["body"])
    assert (result["published"] or "")[:10] == "2001-10-08"


def test_a_frameset_without_a_noframes_article_has_no_text() -> None:
    with pytest.raises(ExtractionError, match="no article text"):
        extract(framed("Ihr Browser kann keine Frames anzeigen."), URL, fetched_at=FETCHED)
