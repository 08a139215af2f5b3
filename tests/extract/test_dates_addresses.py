"""The day an address names in a slug or a file name ("/news-2026-11-26-slug",
"/slug-2026-11-26.html", "/26-11-2026-slug", "/26.11.2026/", "?date=20261126") overrules a
nearer day of another thing on the page (issue 11's held-out kinds, rd3), on small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

BODY = (
    "<main><h1>Sparkasse senkt die Dispozinsen</h1><p class='meta'>Termin: 20.11.2026</p>"
    "<p>Die Sparkasse senkt zum Jahresende die Zinsen für den Dispositionskredit.</p></main>"
)


@pytest.mark.parametrize(
    "address",
    [
        "/blog/2026-11-26_dispozinsen/",
        "/2026_11_26/dispozinsen",
        "/news/sparkasse-2026-11-26-dispozinsen",
        "/news/dispozinsen-2026-11-26.html",
        "/aktuelles/26-11-2026-dispozinsen",
        "/presse/26.11.2026/dispozinsen",
        "/index.php?date=20261126&id=7",
    ],
)
def test_a_day_in_a_slug_or_file_name_is_the_publication(address: str) -> None:
    assert published_on(BODY, "", f"https://bank.example{address}") == "2026-11-26"


@pytest.mark.parametrize("address", ["/v1.2.2026/dispozinsen", "/news/id-2026-13-45-dispozinsen"])
def test_no_day_where_the_digits_name_none(address: str) -> None:
    assert published_on(BODY, "", f"https://bank.example{address}") == "2026-11-20"
