"""A guest-author account's byline ("Von Gastautor") over an author box "Über die
Gastautorin" whose biography opens with the guest's name (kind read in half T, issue 11):
the guest is the author; an account without a box stays nobody."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://reisekasse.example/2026/02/geld-auf-reisen/"
TEXT = "".join(
    f"<p>Auf der {n}. Etappe zahlte ich fast überall mit Karte, die Bank erstattete die "
    "Gebühren fürs Abheben am Automaten im Ausland.</p>"
    for n in range(1, 5)
)


def authors(box: str) -> list[str]:
    html = page_with(
        "<article><h1>Geld auf Reisen</h1><div class='entry-meta'>Von <a class='url fn n' "
        f"href='/author/gastautor/' rel='author'>Gastautor</a></div>{TEXT}{box}</article>",
        "<title>Geld auf Reisen - Reisekasse</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        ("<div><h2>Über die Gastautorin</h2><p>Nora Lind reist seit drei Jahren durch "
         "Europa.</p></div>", ["Nora Lind"]),
        ("<div><h2>Über den Autor</h2><p>Jan Roth ist Finanzberater.</p></div>", ["Jan Roth"]),
        ("", []),
    ],
)  # fmt: skip
def test_guest_account_over_author_box(box: str, expected: list[str]) -> None:
    assert authors(box) == expected
