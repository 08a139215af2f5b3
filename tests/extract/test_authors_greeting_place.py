"""A greeting with the place it is sent from, closing a post before its writer's name
("Viele Grüße aus der Werkstatt" / "Bernd Tenbrink", "Liebe Grüße aus Celle, Marion Henke";
data.SIGNATURE_GREETING, ra36): on small invented pages, the cases it reads and the cases
it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://drechslerei-blog.example/2026/02/neue-kasse/"
TEXT = "".join(
    f"<p>Im {n}. Abschnitt erzähle ich, wie wir in der Werkstatt auf die neue Kasse mit "
    "Kartenzahlung umgestellt haben und was die Kundschaft davon hält.</p>"
    for n in range(1, 5)
)


def authors(end: str) -> list[str]:
    """The authors of an invented blog post with ``end`` closing its text."""
    html = page_with(
        "<article><h1>Die neue Kasse ist da</h1><p>12.02.2026</p>"
        f"<div class='text'>{TEXT}{end}</div></article>",
        "<title>Die neue Kasse ist da</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("<p>Viele Grüße aus der Werkstatt<br>Bernd Tenbrink</p>", ["Bernd Tenbrink"]),
        ("<p>Liebe Grüße aus Celle, Marion Henke</p>", ["Marion Henke"]),
        ("<p>Herzliche Grüße vom Deich<br>Okko Janssen</p>", ["Okko Janssen"]),
        # unchanged: a greeting without a place; no greeting, no signature
        ("<p>Viele Grüße<br>Bernd Tenbrink</p>", ["Bernd Tenbrink"]),
        ("<p>Wir kommen aus der Werkstatt<br>Bernd Tenbrink</p>", []),
    ],
)
def test_greeting_place(end: str, expected: list[str]) -> None:
    assert authors(end) == expected
