"""A day the page was stamped with when fetched (session 63): the metadata's or htmldate's
day is the fetch day, a server's stamp of the copy (an old paper's ``<meta name="date">`` of
the render, a ``Last-Modified`` put in the page), while the page's date line, far under the
headline, shows an earlier day; the line's day is the article's. The fetch day stays where
the line shows it too, and a stamp of another day is left to the other rules."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Raiffeisenbank ihre Geschäftsstelle in Niederauel schließt")
URL = "https://www.heimatkurier.example/artikel.php?id=2284"
#: the links and notes between the headline and the date line (no head line then)
BETWEEN = "".join(
    f"<p>{words}</p>"
    for words in (
        "Die Filiale öffnet nicht wieder.",
        "Von Ole Beispiel",
        "Foto: Archiv",
        "Drucken",
        "Versenden",
        "Merken",
        "Lokales",
        "Wirtschaft",
    )
)


def _page(line: str) -> str:
    return (
        "<table><tr><td class='kopfzeile'>Donnerstag, 26. November 2026</td></tr></table>"
        f"<h1>Bank schließt Filiale</h1>{BETWEEN}<p>{line}</p>{TEXT}"
    )


@pytest.mark.parametrize(
    ("stamp", "line", "expected"),
    [
        # the render's stamp on the fetch day (FETCHED: 26 November 2026, 16:00 in Berlin)
        ("2026-11-26T09:58:12+01:00", "12.05.2004, 21:40 Uhr", "2004-05-12"),
        ("2026-11-26", "12.05.2004, 21:40 Uhr", "2004-05-12"),
        # the line shows the fetch day too: a story of the day
        ("2026-11-26T09:58:12+01:00", "26.11.2026, 07:40 Uhr", "2026-11-26"),
        # a stamp of the day before is no fetch-day stamp: the metadata stays
        ("2026-11-25T09:58:12+01:00", "12.05.2004, 21:40 Uhr", "2026-11-25"),
    ],
)
def test_a_stamp_of_the_fetch_day_yields_to_the_date_line(
    stamp: str, line: str, expected: str
) -> None:
    head = f'<meta name="date" content="{stamp}">'
    assert (published_on(_page(line), head, URL) or "")[:10] == expected
