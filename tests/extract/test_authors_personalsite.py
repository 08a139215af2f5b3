"""A writer's one-page site named after her ("Julia Hartwig" as ``og:site_name``) and a
byline naming her beside a co-writer (half BD's kind, issue 11): both are authors; a
publisher's name beside a writer is still dropped, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://henrike-olbers.example/"
TEXT = "".join(
    f"<p>Im {n}. Monat nach dem Start zahlten die ersten Kundinnen ihre Raten zu spät, die "
    "Bank verlangte Mahngebühren und die Verbraucherzentrale schaltete sich ein.</p>"
    for n in range(2, 7)
)


def authors(site: str, byline: str) -> list[str]:
    html = page_with(
        f"<section><h1>{site}</h1><p>Freie Wirtschaftsjournalistin</p></section><section>"
        f"<h2>Jetzt kaufen, später zahlen</h2><p>{byline}</p>{TEXT}</section>",
        f"<title>{site} – Kolumne</title><meta property='og:site_name' content='{site}'>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("site", "byline", "expected"),
    [
        (
            "Henrike Olbers",
            "Von Henrike Olbers und Tjark Meinders",
            ["Henrike Olbers", "Tjark Meinders"],
        ),
        # a publisher's name beside the writer is no writer
        ("Sparkasse Talheim", "Von Sparkasse Talheim und Tjark Meinders", ["Tjark Meinders"]),
        ("Finanzblatt", "Von Tjark Meinders und Finanzblatt", ["Tjark Meinders"]),
    ],
)
def test_personal_site_name(site: str, byline: str, expected: list[str]) -> None:
    assert authors(site, byline) == expected
