"""A guest the post's opening says writes this time, with a role before the name or not (U's
kind, issue 11, judged on half W); the cases left alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://tischlerei-holm.example/2026/02/mein-erstes-lehrjahr/"
TEXT = "".join(
    f"<p>Im {n}. Monat ging es um Rechnungen, Skonto und das Geschäftskonto bei der Sparkasse "
    "Talbach, über das der Betrieb seine Löhne zahlt.</p>"
    for n in range(2, 7)
)


def authors(opening: str) -> list[str]:
    html = page_with(
        "<article><h1>Mein erstes Lehrjahr</h1><p class='meta'>11.02.2026 von "
        f"<span class='author vcard'><a class='url fn n' href='/author/jan/'>Jan Holm</a></span>"
        f"</p><div class='entry-content'><p>{opening} Es war ein spannendes Jahr.</p>{TEXT}"
        "</div></article>",
        "<title>Mein erstes Lehrjahr</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "Heute schreibt hier unsere Auszubildende Mila Kraus über ihr erstes Jahr.",
            ["Mila Kraus"],
        ),
        ("Jan hat frei. Die Ausgabe schreibt Fabian Ohm, der Finanzkurse gibt.", ["Fabian Ohm"]),
        ("Heute schreibt hier Gastautorin Nina Keller, Steuerberaterin.", ["Nina Keller"]),
        # someone the text quotes, or no full name: the byline stays
        ("Wie Mila Kraus schreibt, war es ein gutes Jahr.", ["Jan Holm"]),
        ("Heute schreibt hier unsere Auszubildende Mila über ihr erstes Jahr.", ["Jan Holm"]),
    ],
)
def test_writes_this_time(opening: str, expected: list[str]) -> None:
    assert authors(opening) == expected
