"""Titles on hand-made club pages whose menu links are images (issue 11), on small invented
pages: "Club - Clubnachrichten" names the site's ``<h1>`` and a menu section that only an
image link's ``alt`` gives, the post's ``<h2>`` under it is the headline."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Börsenclub, wie die Mitglieder die Bank besucht haben "
    "und was sie dort über das Depot erfahren haben.</p>"
    for n in range(1, 4)
)
URL = "http://www.boersenclub-nordheide.example/nachricht4.html"


def test_an_image_links_alt_names_the_section_after_the_sites_h1() -> None:
    body = (
        "<table><tr><td><a href='news.html'><img src='b1.gif' alt='Clubnachrichten'></a><br>"
        "<a href='depot.html'><img src='b2.gif' alt='Depot'></a></td><td>"
        "<h1>Börsenclub Nordheide</h1><p>Gegründet 1997</p>"
        f"<h2>Besuch bei der Volksbank Nordheide</h2>{TEXT}</td></tr></table>"
    )
    page = page_with(body, "<title>Börsenclub Nordheide - Clubnachrichten</title>")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == "Besuch bei der Volksbank Nordheide"


def test_names_site_reads_an_image_links_alt_as_its_text() -> None:
    from lxml import html

    from newsarchive.extract.shown import names_site

    tree = html.fromstring(
        "<html><body><a href='news.html'><img src='b1.gif' alt='Clubnachrichten'></a>"
        "<h1>Börsenclub Nordheide</h1></body></html>"
    )
    title = "Börsenclub Nordheide - Clubnachrichten"
    assert names_site(title, "Börsenclub Nordheide", tree, lambda text: False)
