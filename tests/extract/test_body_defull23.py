"""Body rules from de_full22's and de_full23's misses, judged on de_full24 to de_full26
(issue 11): kinds of page part read on de_full22 and de_full23 (and the older read sets),
each on small invented pages, with the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, PRICES_URL, body_around, page_with, paragraphs

from newsarchive.extract import extract

URL = PRICES_URL


@pytest.mark.parametrize(
    "picture",
    [
        '<div class="bild"><img src="a.jpg" alt=""><p class="bu">Die Filiale am Markt.</p></div>',
        '<div class="abbildung"><a href="b.htm"><img src="b.jpg"></a>'
        '<span class="bildtext">Die Filiale am Markt.</span></div>',
        '<table align="right" width="200"><tr><td><img src="c.jpg"><br>'
        '<font size="1">Die Filiale am Markt.</font></td></tr></table>',
    ],
)
def test_a_pictures_caption_block_beside_it_leaves(picture: str) -> None:
    body = body_around(picture)
    assert "erklärt im 3. Absatz, warum sie sinken" in body
    assert "Filiale am Markt" not in body


@pytest.mark.parametrize(
    "picture",
    [
        # a paragraph after the caption block: the box is more than a picture's
        '<div><img src="a.jpg"><p>Die Filiale am Markt öffnet wieder.</p>'
        "<p>Sie hat jetzt auch samstags geöffnet.</p></div>",
        # a paragraph before the picture
        "<div><p>Die Filiale am Markt öffnet wieder, nach dem Umbau mit mehr Platz für die "
        'Beratung.</p><img src="b.jpg"><p>Samstags offen.</p></div>',
        # a one-cell table whose text is not under a line break
        '<table><tr><td><img src="c.jpg"> Die Filiale am Markt öffnet wieder.</td></tr></table>',
    ],
)
def test_text_beside_a_picture_in_a_box_stays(picture: str) -> None:
    assert "Die Filiale am Markt öffnet wieder" in body_around(picture)


@pytest.mark.parametrize(
    "stamp",
    [
        "Datum: 14.09.1999",
        "Datum: 04.05.2026 18:03 Uhr",
        "Meldung vom 08.04.2008",
        "2004-02-17 22:31:00",
        "04.03.2026 / 08:02 CET/CEST",
    ],
)
def test_a_date_stamp_line_above_the_text_leaves(stamp: str) -> None:
    body = str(
        extract(
            page_with(f"<main><h1>Neue Preise</h1><p>{stamp}</p>{paragraphs('sie sinken')}</main>"),
            URL,
            fetched_at=FETCHED,
        )["body"]
    )
    assert "erklärt im 1. Absatz, warum sie sinken" in body
    assert stamp not in body


def test_a_sentence_naming_a_notice_of_a_day_stays() -> None:
    line = "Die Meldung vom 08.04.2008 hat die Bank inzwischen zurückgenommen."
    page = page_with(f"<main><h1>Neue Preise</h1><p>{line}</p>{paragraphs('sie sinken')}</main>")
    assert line in str(extract(page, URL, fetched_at=FETCHED)["body"])


def _association_page(card_class: str, text: str) -> str:
    """An association's news item (an old CMS): path, headline, text, the contact card under
    it, a tools line and the side column."""
    return (
        '<html><head><title>Neue Preise - Verband</title></head><body><div id="seite">'
        '<p id="pfad"><a href="#">Startseite</a> / Meldungen</p><div id="inhalt">'
        f'<h1>Neue Preise</h1><div class="{card_class}">{text}</div>'
        '<p class="werkzeuge"><a href="#">Drucken</a> | <a href="#">Nach oben</a></p></div>'
        '<div id="rechts"><h3>Weitere Meldungen</h3><ul><li><a href="#">Neuer Automat</a></li>'
        "</ul></div></div></body></html>"
    )


CARD = (
    "<h3>Ihr Ansprechpartner</h3><p>Hartmut Bolding<br>Referat Wirtschaft und Finanzen<br>"
    "Telefon 04931 5520-31</p>"
)
NEWS_URL = "http://www.verband.example/aktuelles/preise.html"


@pytest.mark.parametrize("name", ["ansprechpartner", "kontakt", "pressekontakt", "pm-kontakt"])
def test_a_contact_card_in_its_german_class_leaves(name: str) -> None:
    page = _association_page(name, CARD).replace(
        "<h1>Neue Preise</h1>", f"<h1>Neue Preise</h1>{paragraphs('sie sinken')}"
    )
    body = str(extract(page, NEWS_URL, fetched_at=FETCHED)["body"])
    assert "erklärt im 3. Absatz, warum sie sinken" in body
    assert "Referat Wirtschaft" not in body


def test_a_longer_class_naming_contact_keeps_its_text() -> None:
    page = _association_page("text kontaktaufnahme", paragraphs("sie sinken"))
    body = str(extract(page, NEWS_URL, fetched_at=FETCHED)["body"])
    assert "erklärt im 3. Absatz, warum sie sinken" in body
