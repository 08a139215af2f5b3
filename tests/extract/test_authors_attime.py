"""A 2000s blog's byline under the post's title: the lead "Beitrag von" alone before the
linked name (Geeklog: "Beitrag von <a>A</a> am Dienstag, … @ 18:35") and a name before the
post's clock time after an "@" ("Abgelegt unter: <a>Banken</a> — von A @ 22:10",
b2evolution; kind read in de_full30 and de_full19, issue 11): the name read, on small
invented pages; a category or a word that is no person's name left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.geldnotizen.example/index.php/2004/11/18/filialen"
TEXT = "".join(
    f"<p>Im {n}. Schritt schließt die Bank weitere kleine Geschäftsstellen auf dem Land, "
    "die Kunden sollen ihre Geschäfte künftig online oder am Automaten erledigen.</p>"
    for n in range(1, 5)
)


def authors(line: str) -> list[str]:
    html = page_with(
        "<div class='pageHeader'><h1>Notizbuch Geld</h1></div><div class='bPost'>"
        "<h3 class='bTitle'>Die Bank zieht sich aus den Dörfern zurück</h3>"
        f"<div class='bSmallHead'>{line}</div><div class='bText'>{TEXT}</div></div>",
        "<title>Notizbuch Geld - Die Bank zieht sich aus den Dörfern zurück</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Abgelegt unter: <a>Banken</a> — von Jörn Tjarks @ 22:10", ["Jörn Tjarks"]),
        (
            "Abgelegt unter: <a>Banken</a> | von Ilse Brandhorst-Kamp @ 9:05",
            ["Ilse Brandhorst-Kamp"],
        ),
        (
            "Beitrag von <a>Reinhard Molzahn</a> am Dienstag, 16. September 2003 @ 18:35 CET",
            ["Reinhard Molzahn"],
        ),
        # no person's name before the time: nobody
        ("Abgelegt unter: <a>Banken</a> — von gestern @ 22:10", []),
        ("Abgelegt unter: <a>Banken</a> @ 22:10", []),
    ],
)
def test_byline_before_at_time(line: str, expected: list[str]) -> None:
    assert authors(line) == expected
