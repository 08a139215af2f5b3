"""A byline text's name closing a sentence ("Veröffentlicht am 12. März 2019 von Leonie
Grabbe."; kind read in de_full44, issue 11): read without its full stop, on small invented
pages; a name ending in an initial keeps its own."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.kinoverein-beispiel.example/blog/falsche-profile"
TEXT = "".join(
    f"<p>Im {n}. Absatz erklären wir, warum falsche Profile der Sparkasse auch uns "
    "angeschrieben haben und woran man solche Nachrichten erkennen kann.</p>"
    for n in range(2, 7)
)


def authors(meta: str) -> list[str]:
    """The authors of an invented club blog post with ``meta`` under its headline."""
    html = page_with(
        "<header><a href='/'>Kinoverein Beispiel</a></header><main><div class='post-title'>"
        f"<h1>Falsche Profile der Sparkasse: Auch wir wurden angeschrieben</h1>{meta}</div>"
        f"<div class='post content-box'>{TEXT}</div></main>",
        "<title>Falsche Profile der Sparkasse | Kinoverein Beispiel</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (
            "<div class='post-meta'>Veröffentlicht am 12. März 2019 von Leonie Grabbe. "
            "<strong>2 Min. Lesezeit</strong></div>",
            ["Leonie Grabbe"],
        ),
        ("<p>Von Leonie Grabbe.</p>", ["Leonie Grabbe"]),
        ("<p>Von Leonie G.</p>", ["Leonie G."]),
    ],
)
def test_full_stop_after_the_name(meta: str, expected: list[str]) -> None:
    assert authors(meta) == expected
