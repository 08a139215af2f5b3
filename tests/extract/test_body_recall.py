"""A page where our precision run finds no text falls back to trafilatura in recall mode on
the page as served (issue 11: a page that showed a text lost its body, and with it its
snippets)."""

from __future__ import annotations

import pytest

from newsarchive.extract import ExtractionError, extract

FLASH_PAGE = """<html><head><title>Aktuelles - Bankhaus Nordlicht</title></head><body>
<div id="rahmen"><img src="/img/kopf.gif" alt="Bankhaus Nordlicht">
<object type="application/x-shockwave-flash" data="/swf/news.swf" width="780" height="520">
<param name="movie" value="/swf/news.swf"><div id="alternativ">
<span class="datum">03.09.2003</span><h2>Bankhaus Nordlicht startet Online-Banking</h2>
<p>Das Bankhaus bietet seinen Kunden ab Oktober ein Online-Banking mit TAN-Liste an.</p>
<p>Zum Start sind Überweisungen und Daueraufträge möglich, Wertpapiere folgen im Frühjahr.</p>
<p>Fragen beantworten die Berater in allen vier Filialen.</p></div></object>
<div id="fuss">© 2003 Bankhaus Nordlicht · <a href="#">Impressum</a></div></div></body></html>"""


def test_a_text_our_run_misses_is_recalled() -> None:
    """The text in a Flash movie's alternative content: our run finds nothing, the recall
    run the whole news item (and still not the footer)."""
    body = extract(FLASH_PAGE, "http://nordlicht.example/aktuelles.html")["body"]
    assert "Online-Banking mit TAN-Liste" in body
    assert "Fragen beantworten die Berater" in body
    assert "Impressum" not in body


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Leer</title></head><body><nav>Start Hilfe</nav></body></html>",
        "<html><head><title>Video</title></head><body><h1>Video</h1>"
        "<video src='/v.mp4'></video></body></html>",
    ],
)
def test_a_page_without_text_still_has_none(page: str) -> None:
    with pytest.raises(ExtractionError) as info:
        extract(page, "https://x.example/")
    assert info.value.reason == "no-text"
