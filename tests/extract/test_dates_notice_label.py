"""A notice's own label before its day opens the text ("Meldung vom 3. März 2015. Die EZB …";
``data.DATELINE_NOTICE``; issue 11, session 42): a dateline, read over a template's stale
site-wide metadata; small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, graph, published_on

URL = "https://www.geldportal-auental.example/index.php/nachrichten/143-leitzins-banken"
HEAD = (
    "<title>Leitzins: Banken geben wenig weiter</title><meta name='date' content='2011-08-01'>"
    "<meta property='article:published_time' content='2011-08-01T10:00:00+02:00'>"
    + graph({"@type": "WebPage", "url": "https://www.geldportal-auental.example/",
             "datePublished": "2011-08-01"})
)  # fmt: skip


@pytest.mark.parametrize(
    "label", ["Meldung vom 3. März 2015.", "Pressemitteilung vom 03.03.2015 –"]
)
def test_a_notice_label_opening_the_text_dates_it(label: str) -> None:
    body = (
        "<main><h1>Leitzins: Banken geben wenig weiter</h1><div class='text'><p>"
        f"{label} Die Zentralbank hat den Leitzins gesenkt, die Banken geben wenig weiter.</p>"
        f"{ARTICLE}</div></main>"
    )
    assert (published_on(body, HEAD, URL) or "")[:10] == "2015-03-03"
