"""Writers each under their own author label in one byline ("Autorin: A · Autor: B"), AH's
kind (issue 11): every labelled writer is an author. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://medienaufsicht-nord.example/presse/fachbeitraege/werbung-social-media"
TEXT = "".join(
    f"<p>Im {n}. Jahr in Folge werben mehr Institute auf Instagram, und die Aufsicht prüft "
    "dabei vor allem, ob Werbung als solche zu erkennen ist.</p>"
    for n in range(1, 6)
)


def page(byline: str) -> bytes:
    return page_with(
        f"<article><h1>Bankwerbung auf Instagram</h1><p class='names'>{byline}</p>"
        f"<div class='richtext'>{TEXT}</div></article>",
        "<title>Bankwerbung auf Instagram</title>",
    )


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Autorin: Lina Harms · Autor: Jens Vogt", ["Lina Harms", "Jens Vogt"]),
        ("Autor: Jens Vogt | Autorin: Lina Harms", ["Jens Vogt", "Lina Harms"]),
        # one label, then other fields: one author
        ("Autorin: Lina Harms · Stand: 18.03.2025", ["Lina Harms"]),
        ("Autorin: Lina Harms · Redaktion: Jens Vogt", ["Lina Harms"]),
    ],
)
def test_each_labelled_writer(byline: str, expected: list[str]) -> None:
    assert extract(page(byline), URL, fetched_at=FETCHED)["authors"] == expected
