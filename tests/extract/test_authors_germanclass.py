"""German class words of byline markup, AI's and AJ's kind (issue 11): a chair's working
paper (``<p class="autoren">A und B</p>``), a press archive's ``<p class="verfasser">``.
Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://uni-hollerbach.example/bank/diskussionspapiere/dp27.html"
TEXT = "".join(
    f"<p>Im {n}. Abschnitt zeigt die Befragung, dass Kundinnen und Kunden ihre Bank vor allem "
    "wegen der Gebühren wechseln, seltener wegen des Filialnetzes.</p>"
    for n in range(1, 6)
)


def page(byline: str, cls: str = "autoren") -> bytes:
    return page_with(
        "<div id='inhalt'><p class='reihe'>Diskussionspapier Nr. 27</p>"
        f"<p class='{cls}'>{byline}</p><h2>Wer wechselt die Bank?</h2>"
        f"<p class='datum'>Erschienen am 28.09.2005</p>{TEXT}</div>",
        "<title>Wer wechselt die Bank?</title>",
    )


@pytest.mark.parametrize(
    ("byline", "cls", "expected"),
    [
        ("Nora Feldkamp und Tobias Reinecke", "autoren", ["Nora Feldkamp", "Tobias Reinecke"]),
        (
            "Lisa Okonkwo, Malte Sievers und Hanna Brüning",
            "Autoren",
            ["Lisa Okonkwo", "Malte Sievers", "Hanna Brüning"],
        ),
        ("Jonas Wetzlar", "autor", ["Jonas Wetzlar"]),
        ("<i>Von Jonas Wetzlar, Mitglied des Vorstands</i>", "verfasser", ["Jonas Wetzlar"]),
        # prose in such an element names nobody; another class is no byline markup
        ("Die Autoren sind Rechtsanwälte im Frankfurter Büro der Kanzlei.", "autoren", []),
        ("Nora Feldkamp und Tobias Reinecke", "autorenliste-teaser", []),
    ],
)
def test_german_byline_class(byline: str, cls: str, expected: list[str]) -> None:
    assert extract(page(byline, cls), URL, fetched_at=FETCHED)["authors"] == expected
