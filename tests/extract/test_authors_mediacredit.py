"""A credit line naming the writer and the makers of photos, videos or illustrations (issue
11, the kind read in halves R and J): only the writers are authors. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.names import split_authors

URL = "https://www.lindtal.example/aktuelles/sparkasse-filiale-100.html"
TEXT = "".join(
    f"<p>Die Sparkasse Lindtal erklärt im {n}. Absatz, warum die Filiale am Markt im Frühjahr "
    "schließt und wo Kundinnen und Kunden künftig beraten werden.</p>"
    for n in range(1, 6)
)


def page(credit: str) -> bytes:
    return page_with(
        "<article><h1>Filiale am Markt schließt im Frühjahr</h1>"
        f"<div class='news-text'>{TEXT}</div><p class='news-detail__author'>{credit}</p>"
        "</article>",
        "<title>Filiale am Markt schließt im Frühjahr</title>",
    )


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Text: Pia Gerstner · Foto: Stadt Lindtal / Achim Feldt", ["Pia Gerstner"]),
        ("Text: Pia Gerstner · Foto: Achim Feldt", ["Pia Gerstner"]),
        ("Text: Pia Gerstner, Ilse Mörtl; Video: Hannes Frischauf", ["Pia Gerstner", "Ilse Mörtl"]),
    ],
)
def test_media_credit_is_no_author(credit: str, expected: list[str]) -> None:
    assert extract(page(credit), URL, fetched_at=FETCHED)["authors"] == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Text: Anna Roth · Illustration: Jan Ulm", ["Anna Roth"]),
        ("Von Anna Roth | Fotos: Jan Ulm", ["Anna Roth"]),
        # one person credited with both stays the author
        ("Text und Fotos: Anna Roth", ["Anna Roth"]),
        # a photographer alone is nobody's author
        ("Foto: Jan Ulm", []),
    ],
)
def test_split_drops_media_credits(byline: str, expected: list[str]) -> None:
    assert split_authors([byline])[0] == expected
