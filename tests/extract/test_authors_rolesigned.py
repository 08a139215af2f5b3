"""A post signed at its end with its writer's full name and role ("Name, Schuldnerberater",
"Für den Betriebsrat / Name, Vorsitzende"; kind read in half O, issue 11): the cases it reads
and those it leaves alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://beratung.example/blog/mahnbescheid-was-tun/"
TEXT = "".join(
    f"<p>Wer einen Mahnbescheid erhält, hat {n} Wochen Zeit für einen Widerspruch; die "
    "Beratungsstelle hilft dabei, die Forderung zu prüfen und Fristen einzuhalten.</p>"
    for n in range(2, 7)
)


def authors(end: str, byline: str = "") -> list[str]:
    html = page_with(
        f"<article><h1>Mahnbescheid: Was tun?</h1><p class='meta'>12.05.2025{byline}</p>"
        f"<div class='text'>{TEXT}{end}</div></article>",
        "<title>Mahnbescheid: Was tun?</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("<p>Gerrit Hanneken, Schuldnerberater</p>", ["Gerrit Hanneken"]),
        ("<p>Für den Betriebsrat<br>Birgit Holtmeyer, Vorsitzende</p>", ["Birgit Holtmeyer"]),
        # a place, an organisation or a sentence after the name is no role: no author
        ("<p>Gerrit Hanneken, Auenberg</p>", []),
        ("<p>Stadtwerke Talbach, Kundenberater</p>", []),
        ("<p>Gerrit Hanneken, der Berater, hilft gern.</p>", []),
    ],
)
def test_role_signature(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


def test_byline_person_wins() -> None:
    # a person's byline stays the author; the signed role line is not read
    assert authors(
        "<p>Gerrit Hanneken, Schuldnerberater</p>", " · Von Jana Kortmann"
    ) == ["Jana Kortmann"]
