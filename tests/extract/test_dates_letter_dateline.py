"""A press release's dateline in the form of a letter, "Lindenau, den 26. April 2002." opening
the text, is the date line (a meeting's day after the text is not); small pages written for
the test."""

from __future__ import annotations

from extract_pages import paragraphs, published_on

TEXT = paragraphs("alle Wagen Kartenleser bekommen")
URL = "http://www.funktaxi-musterstadt.example/aktuell/meldung18.htm"


def test_the_place_and_den_open_the_dateline() -> None:
    body = (
        "<h1>Bargeldlos im Taxi: Funkzentrale rüstet alle Wagen aus</h1>"
        "<p>Musterstadt, den 26. April 2002. Ab dem nächsten Monat zahlen Fahrgäste mit Karte.</p>"
        f"{TEXT}<p><b>Mitgliederversammlung:</b> Mittwoch, 29. Mai 2002, 19 Uhr</p>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2002-04-26"
