"""A post's byline with its day under the title ("Beigetragen von admin am 14.03.2008 - 10:15
(564 Aufrufe)") ranks as a labelled date line, before a nearer side column's other articles
(issue 11, rd8: halves AQ and AH, dates_ac's portal CMS kind); small pages written for the
test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Volksbank eine Online-Filiale startet")
URL = "http://www.portal.example/index.php?module=News&func=display&sid=412"
# the portal's newest articles in a box before the article (no class, no narrow cell)
BOX = "<div><h3>Termine</h3><p>07.04.2008: Vortrag</p><p>02.05.2008: Börsenbesuch</p></div>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Beigetragen von admin am 14.03.2008 - 10:15 (564 Aufrufe)", "2008-03-14"),
        ("Eingetragen von <a>redaktion</a> am Freitag, 14. März 2008 (564 Aufrufe)", "2008-03-14"),
        # a day named in a sentence after "am" is no byline: the nearer box's day stays
        ("Die Bank lädt alle Kunden ein am Freitag, 14. März 2008", "2008-04-07"),
    ],
)
def test_a_byline_with_its_day(line: str, expected: str) -> None:
    page = f"<h1>Börsenkreis</h1>{BOX}<h2>Online-Filiale</h2><p>{line}</p>{TEXT}"
    assert (published_on(page, "", URL) or "")[:10] == expected


def test_not_a_comments_byline_after_the_text() -> None:
    # the post's day stands alone above its title; the comments' bylines come after the text
    comments = "<p>Gepostet von Felix am 23.07.2006 22:15</p><p>Gepostet von Anna am 02.08.2006</p>"
    page = f"<h1>Freundesraum</h1><p>Dienstag, 18. Juli 2006</p><h2>EC-Karte</h2>{TEXT}{comments}"
    assert (published_on(page, "", URL) or "")[:10] == "2006-07-18"


def test_not_a_comments_byline_after_their_heading() -> None:
    # a diary's short lines (no paragraph read), then "Kommentare" and the comments' bylines
    lines = "".join(f"<p>Heute war ich bei der Bank, Teil {n}.</p>" for n in range(4))
    comments = "<h3>Kommentare</h3><p>Gepostet von Felix am 23.07.2006 22:15</p>"
    page = f"<h1>Freundesraum</h1><p>Dienstag, 18. Juli 2006</p><h2>Konto</h2>{lines}{comments}"
    assert (published_on(page, "", URL) or "")[:10] == "2006-07-18"
