"""Titles on table pages titled with the site's name whose headline is a ``<font size=4>``
(one step over the default) under a bold banner line (issue 11), on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Börsenclub, wie die Mitglieder über das Depot "
    "abgestimmt haben und was der Vorstand für das kommende Jahr plant.</p>"
    for n in range(1, 4)
)
URL = "http://www.boersenclub-nordheide.example/news/viewnews.cgi?id=12"


def test_a_font_one_step_over_the_default_beats_the_bold_banner_line() -> None:
    body = (
        "<table><tr><td><b>Börsenclub Nordheide – seit 1996 gemeinsam an der Börse</b></td></tr>"
        "<tr><td><p><font size='4'><b>Erste Depotbewertung: Plus von zwölf Prozent</b></font>"
        f"</p>{TEXT}</td></tr></table>"
    )
    page = page_with(body, "<title>Börsenclub Nordheide</title>")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == (
        "Erste Depotbewertung: Plus von zwölf Prozent"
    )


def test_a_font_one_step_over_the_default_is_a_name_beside_an_h1() -> None:
    body = (
        "<p align='center'><font size='4'><b>Börsenclub Nordheide e.V.</b></font><br>"
        "<font size='1'>Rundbrief an die Mitglieder</font></p>"
        f"<h1>Depot im Herbst: Ruhig bleiben</h1>{TEXT}"
    )
    page = page_with(body, "<title>Rundbrief Oktober 2008</title>")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == "Depot im Herbst: Ruhig bleiben"
