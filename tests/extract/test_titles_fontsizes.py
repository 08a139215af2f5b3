"""Titles on table pages titled with the site's name whose headline is a ``<font size=4>``
(one step over the default) under a bold banner line or listed again beside the text (issue
11), on small invented pages."""

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


def news_page(headline: str, listed: str) -> bytes:
    """A table page titled with its section ("Presse 2002") whose press list beside the
    text lists this release (its day, then its headline) among the others."""
    side = "".join(
        f"<p><font size='-2'>{day}</font><br><font size='-1'>{item}</font></p>"
        for day, item in (("21.01.2003", "Neue Geschäftsstelle eröffnet"), *listed_items(listed))
    )
    body = (
        "<table><tr><td class='nav'>Sie sind hier: Startseite &gt; Presse &gt; Presse 2002</td>"
        "</tr><tr><td width='400'><p><font size='-1'><b>Meldung vom 14.11.2002</b></font></p>"
        f"<p><font size='4'><b>{headline}</b></font></p>{TEXT}</td>"
        f"<td width='170' bgcolor='#F2F2F2'>{side}</td></tr></table>"
    )
    return page_with(body, "<title>Presse 2002 - Sparkasse Ruhwinkel</title>")


def listed_items(listed: str) -> list[tuple[str, str]]:
    return [("14.11.2002", f"<b>{listed}</b>")] if listed else []


def test_a_headline_listed_again_in_its_sections_list_is_the_headline() -> None:
    # (a short line recurring is a banner, the site's name again in the footer; a headline of
    # six words or more recurs as its own entry in the list beside it: session 53)
    headline = "Internet-Filiale: Jedes fünfte Girokonto wird schon online geführt"
    assert extract(news_page(headline, headline), URL, fetched_at=FETCHED)["title"] == headline
    assert extract(news_page(headline, ""), URL, fetched_at=FETCHED)["title"] == headline
