"""A sign-off over a role line ("Beste Grüße" / "Marco Pröll" / "Geschäftsführer") closing a
post credited to nobody (kind read in half W, issue 11): the name is the author, the role is
not; a name without a greeting or a first name stays nobody."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Monat des Jahres lohnt sich ein Blick auf die Leasingangebote der Bank, "
    "denn die Zinsen für Finanzierungen sind zuletzt wieder gesunken.</p>"
    for n in range(1, 5)
)


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Beste Grüße<br>Marco Prell<br>Geschäftsführer", ["Marco Prell"]),
        ("Viele Grüße<br>Anna Roth<br>Filialleiterin", ["Anna Roth"]),
        ("Rufen Sie uns an.<br>Marco Prell<br>Geschäftsführer", []),
        ("Beste Grüße<br>Marco<br>Geschäftsführer", []),
    ],
)
def test_sign_off_over_role_line(closing: str, expected: list[str]) -> None:
    html = page_with(
        f"<div class='content'><h1>Leasing oder Finanzierung?</h1>{TEXT}<p>{closing}</p></div>",
        "<title>Leasing oder Finanzierung? :: Autohaus Prell</title>",
    )
    assert (
        extract(html, "https://autohaus-prell.example/blog/leasing", fetched_at=FETCHED)["authors"]
        == expected
    )
