"""Titles of hand-made pages (NetObjects Fusion, GoLive) without heading elements whose
headline is a bold run in a big font between the cell's date line and the first paragraph
(issue 11, the de_full21 round), each on a small invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.kreissparkasse-auental.example/html/aktuelles_1999_2.html"
TEXT = "".join(
    f"<p><font size='2'>Die Kreissparkasse Auental erklärt im {n}. Absatz, was sich für "
    "Kundinnen und Kunden ändert und warum sie das Angebot jetzt ausbaut.</font></p>"
    for n in range(1, 4)
)


def cell_page(after: str) -> bytes:
    """A news cell: the date line, a break, the headline in a big bold font, then ``after``
    (the first block) and the text; titled with the site and a page kind."""
    body = (
        "<table><tr><td><img src='banner.gif' alt='Kreissparkasse Auental'></td></tr>"
        "<tr><td><font size='1'>Meldung vom 17.11.1998</font><br>"
        "<font size='4'><b>Kreissparkasse Auental baut ihr Netz um</b></font>"
        f"{after}{TEXT}</td></tr></table>"
    )
    return page_with(body, "<title>Kreissparkasse Auental - Aktuelles</title>")


def title_of(page: bytes) -> str:
    return extract(page, URL, fetched_at=FETCHED)["title"]


def test_a_bold_run_before_a_bold_lead_paragraph_is_the_headline() -> None:
    lead = (
        "<p><font size='2'><b>Die Kreissparkasse Auental schließt drei Geschäftsstellen und "
        "stellt dort Automaten auf.</b></font></p>"
    )
    assert title_of(cell_page(lead)) == "Kreissparkasse Auental baut ihr Netz um"


def test_a_bold_run_before_a_table_is_the_headline_too() -> None:
    table = "<table><tr><td><img src='bild.jpg'></td></tr></table><p><b>Zwischentitel</b></p>"
    assert title_of(cell_page(table)) == "Kreissparkasse Auental baut ihr Netz um"


def test_a_bold_run_with_text_after_it_on_its_line_is_no_headline() -> None:
    body = (
        "<table><tr><td><font size='1'>Meldung vom 17.11.1998</font><br>"
        "<b>Im Landkreis Auental schließen</b> drei Geschäftsstellen, sagt der Vorstand."
        "<p><b>Weniger Geschäftsstellen im Landkreis Auental</b></p>"
        f"{TEXT}</td></tr></table>"
    )
    page = page_with(body, "<title>Kreissparkasse Auental - Aktuelles</title>")
    assert title_of(page) == "Weniger Geschäftsstellen im Landkreis Auental"
