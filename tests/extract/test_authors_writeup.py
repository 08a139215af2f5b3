"""A write-up's credit, a participle of writing down before the writer ("Notiert von A"
closing a wiki's note, "Aufgeschrieben von A" under a story told to the writer; half BD's
kind, also AX and N, issue 11), credits the writer; the words in a sentence do not, on a
small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://rechenzentrum-notizen.example/notizen/lastschrift.html"
TEXT = "".join(
    f"<p>Im {n}. Lauf der Nacht prüfte das Rechenzentrum jede Lastschriftdatei auf doppelte "
    "Sätze, bevor sie an die Clearingstelle ging.</p>"
    for n in range(2, 7)
)


def authors(top: str, end: str) -> list[str]:
    html = page_with(
        f"<article><h1>Lastschriften vor dem Versand prüfen</h1>{top}<div class='text'>"
        f"{TEXT}{end}</div></article>",
        "<title>Lastschriften vor dem Versand prüfen - Notizen</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("top", "end", "expected"),
    [
        ("", "<p>Notiert von Gunnar Hellweg</p>", ["Gunnar Hellweg"]),
        ("", "<p><i>Festgehalten von Ilka Brandstätter</i></p>", ["Ilka Brandstätter"]),
        ("<p>Aufgeschrieben von Marit Olsen</p>", "", ["Marit Olsen"]),
        ("<p>Niedergeschrieben von Tjark Evers</p>", "", ["Tjark Evers"]),
        # the words inside a sentence credit nobody
        ("", "<p>Notiert von Hand wird im Rechenzentrum schon lange nichts mehr.</p>", []),
    ],
)
def test_write_up_credit(top: str, end: str, expected: list[str]) -> None:
    assert authors(top, end) == expected
