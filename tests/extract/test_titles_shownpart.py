"""Titles on table pages titled "Site - Section" whose bold banner shows the site's name
(a part of the title of two words or more, not a key of the site's address) over a headline
element (issue 11), on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet das Wochenblatt, wie die Volksbank ihre Filiale im Ort "
    "umbaut und was sich für die Kundinnen und Kunden ändert.</p>"
    for n in range(1, 4)
)
URL = "http://www.kreiskurier-online.example/wirtschaft/w17.htm"
MENU = (
    "<td><a href='/index.htm'>Titelseite</a><br><b>Wirtschaft</b><br>"
    "<a href='/sport/'>Sport</a></td>"
)


def _page(headline: str) -> bytes:
    body = (
        "<table><tr><td colspan='2'><font size='6'><b>Der Kreiskurier</b></font><br>"
        f"<font size='2'>Ihr Wochenblatt für die Region</font></td></tr><tr>{MENU}<td>"
        f"<font size='1'>Ausgabe 17/1999</font><br>{headline}{TEXT}</td></tr></table>"
    )
    return page_with(body, "<title>Der Kreiskurier - Wirtschaft</title>")


def test_a_headline_element_under_the_shown_site_part_is_the_headline() -> None:
    page = _page("<font size='5'><b>Volksbank baut Filiale im Ortskern um</b></font><br>")
    assert (
        extract(page, URL, fetched_at=FETCHED)["title"] == "Volksbank baut Filiale im Ortskern um"
    )


def test_the_shown_part_stays_without_a_headline_element() -> None:
    page = _page("<p>Volksbank baut Filiale im Ortskern um</p>")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == "Der Kreiskurier"
