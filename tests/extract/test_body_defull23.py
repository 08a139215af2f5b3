"""Body rules from de_full22's and de_full23's misses, judged on de_full24 to de_full26
(issue 11): kinds of page part read on de_full22 and de_full23 (and the older read sets),
each on small invented pages, with the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "http://www.bank.example/aktuell/preise.htm"


def _body(picture: str) -> str:
    text = (
        f"<h1>Neue Preise</h1>{paragraphs('die Preise steigen')}{picture}{paragraphs('sie sinken')}"
    )
    return str(extract(page_with(f"<main>{text}</main>"), URL, fetched_at=FETCHED)["body"])


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
    body = _body(picture)
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
    assert "Die Filiale am Markt öffnet wieder" in _body(picture)
