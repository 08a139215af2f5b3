"""A law firm's client alert with person cards, AJ's kind (issue 11): the name the photo's
alt text gives, not the name and the role run together ("Anna RothPartnerin"). Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kanzlei.example/de/insights/dora-was-banken-umsetzen-muessen"
TEXT = "".join(
    f"<p>Bis zum {n}. Quartal müssen Banken ihre Verträge mit IT-Dienstleistern prüfen, ihre "
    "Notfallpläne testen und schwere Vorfälle fristgerecht an die Aufsicht melden.</p>"
    for n in range(1, 6)
)


def card(name: str, role: str, alt: str | None = None) -> str:
    return (
        f"<div class='person-card'><img alt='{name if alt is None else alt}' src='/p.jpg'>"
        f"<b>{name}</b><span>{role}</span></div>"
    )


def page(cards: str) -> bytes:
    return page_with(
        f"<div class='hero'><h1>DORA: Was Banken umsetzen müssen</h1>"
        f"<div class='author-cards'>{cards}</div></div><div class='rich-text'>{TEXT}</div>",
        "<title>DORA: Was Banken umsetzen müssen</title>",
    )


@pytest.mark.parametrize(
    ("cards", "expected"),
    [
        (card("Nadine Oyelaran", "Counsel, Frankfurt"), ["Nadine Oyelaran"]),
        (
            card("Maximilian Stroot", "Partner, Hamburg") + card("Ina Kowalczyk", "Associate"),
            ["Maximilian Stroot", "Ina Kowalczyk"],
        ),
    ],
)
def test_person_cards_name_their_writers(cards: str, expected: list[str]) -> None:
    assert extract(page(cards), URL, fetched_at=FETCHED)["authors"] == expected
