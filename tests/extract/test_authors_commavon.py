""" "von" after a comma opens a meta line's byline, AI's kind (issue 11): a digital garden's
line of date, reading time and writer ("20. Mai 2023, 6 Min. Lesezeit, von A"). Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://garten.example/banken/neobanken-im-vergleich"
TEXT = "".join(
    f"<p>Im {n}. Vergleich zeigt sich, dass die jungen Banken vor allem mit ihrer App werben, "
    "während die Filialbanken auf Beratung setzen und dafür Gebühren verlangen.</p>"
    for n in range(1, 6)
)


def page(meta: str) -> bytes:
    return page_with(
        "<h1 class='article-title'>Neobanken im Vergleich</h1>"
        f"<p class='content-meta'><time datetime='2023-05-20'>20. Mai 2023</time>{meta}</p>"
        f"<article>{TEXT}</article>",
        "<title>Neobanken im Vergleich</title>",
    )


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (", 6 Min. Lesezeit, von Jakob Ehlers", ["Jakob Ehlers"]),
        (", von Jakob Ehlers und Svea Marten", ["Jakob Ehlers", "Svea Marten"]),
        # a clause after a comma is no byline
        (", 6 Min. Lesezeit, von uns geprüft", []),
    ],
)
def test_von_after_a_comma(meta: str, expected: list[str]) -> None:
    assert extract(page(meta), URL, fetched_at=FETCHED)["authors"] == expected
