"""What stands beside a name in a byline without being an author, J's kinds (issue 11;
ported again for half AD):
each rule on a small invented page, the case it reads and the case it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://institut.example/aktuelles/2026/kontowechsel/"
TEXT = "".join(
    f"<p>Die Kontowechselhilfe gilt seit {n} Jahren, doch viele Kundinnen und Kunden kennen "
    "sie nicht und zahlen weiter Gebühren für ein Konto, das sie kaum noch nutzen.</p>"
    for n in range(3, 8)
)


def authors(meta_line: str) -> list[str]:
    html = page_with(
        "<article><h1>Die Kontowechselhilfe braucht ein Update</h1>"
        f"<div class='news-meta'>{meta_line}</div><div class='news-text'>{TEXT}</div></article>",
        "<title>Die Kontowechselhilfe braucht ein Update</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("meta_line", "expected"),
    [
        # a job title ending the part after the name, an organisational unit
        (
            "<p class='author'>Autor: Jana Roth, Forschungsbereich Zahlungsverkehr</p>",
            ["Jana Roth"],
        ),
        ("<p class='author'>Von Jan Keller, Abteilung Kommunikation</p>", ["Jan Keller"]),
        ("<p>11.11.2025 · Von Eva Sorge, finanzpolitische Sprecherin</p>", ["Eva Sorge"]),
        (
            "<div class='author-card'><p class='author-card__name'>Mia Lorenz</p>"
            "<p class='author-card__role'>Senior Product Manager</p></div>",
            ["Mia Lorenz"],
        ),
        ("<p class='author'>Von Lea Brandt, Investor Relations</p>", ["Lea Brandt"]),
        (
            "<p class='author'>Autorin: Leonie Adebayo, Referat Verbraucherschutz</p>",
            ["Leonie Adebayo"],
        ),
        # the writer's office or bank, a partner's role after the name (halves BQ, BI, BK)
        ("<p class='author'>Von Tilda Maas, Sparkasse Haselbach</p>", ["Tilda Maas"]),
        ("<p class='author'>Von Tilda Maas, Raiffeisenbank Ufer</p>", ["Tilda Maas"]),
        (
            "<p class='author'>Ein Tipp von Ole Fink und Ina Berg, Beratungsstelle Moorlinde</p>",
            ["Ole Fink", "Ina Berg"],
        ),
        (
            "<p class='author'>Von Greta Olm, Vertriebspartnerin in Haselbach</p>",
            ["Greta Olm"],
        ),
        # a surname that merely ends like a role, a second person: authors
        (
            "<p class='author'>Von Jan Keller und Anna Schleiter</p>",
            ["Jan Keller", "Anna Schleiter"],
        ),
        ("<p class='author'>Von Jan Keller, Eva Sorge</p>", ["Jan Keller", "Eva Sorge"]),
    ],
)
def test_role_or_unit_after_the_name(meta_line: str, expected: list[str]) -> None:
    assert authors(meta_line) == expected
