"""A formal "Ihr Name" line closing a post (I's kind, issue 11, re-judged on half K): the
case it reads and the cases it leaves alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://sender.example/wirtschaft/kanal-der-sparkasse/"
TEXT = "".join(
    f"<p>Die Sparkasse Talbach informiert ihre Kundschaft seit {n} Wochen über einen eigenen "
    "Kanal im Messenger und beantwortet dort auch Fragen zu Konten und Karten.</p>"
    for n in range(1, 6)
)
CONTACT = (
    "<div class='contact-box'><h2>Ihr Kontakt zu uns</h2>"
    "<p>Montag bis Freitag, 9 bis 17 Uhr</p></div>"
)


def authors(end: str, after: str) -> list[str]:
    html = page_with(
        "<article><h1>Sparkasse startet eigenen Kanal</h1><div class='meta'>12.05.2025</div>"
        f"<div class='text'>{TEXT}{end}</div>{after}</article>",
        "<title>Sparkasse startet eigenen Kanal</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "after", "expected"),
    [
        # "Ihr Name" on its own line after a closing sentence, a contact box after it
        (
            "<p>Sprechen Sie uns gerne an.<br>Ihr Matthias Kessler</p>",
            CONTACT,
            ["Matthias Kessler"],
        ),
        ("<p>Bis bald!<br>Ihre Anna-Lena Berg</p>", "", ["Anna-Lena Berg"]),
        # the formal word on a line of its own, the name under it; a title kept (session 41)
        ("<p>Danke für Ihr Vertrauen.</p><p>Ihre</p><p>Anna-Lena Berg</p>", "", ["Anna-Lena Berg"]),
        (
            "<p>Danke für Ihr Vertrauen.</p><p>Ihr<br>Dr. Matthias Kessler<br>Vorstand</p>",
            "",
            ["Dr. Matthias Kessler"],
        ),
        ("<p>Herzliche Grüße<br>Ihre Prof. Dr. Anna Berg</p>", "", ["Prof. Dr. Anna Berg"]),
        ("<p>Danke für Ihr Vertrauen.</p><p>Ihre</p><p>Sparkasse Talbach</p>", "", []),
        # an organisation, a line that is no closing sentence, or text after it: none
        ("<p>Sprechen Sie uns gerne an.<br>Ihre Sparkasse Talbach</p>", "", []),
        # a short wish before the formal word signs too (test_authors_sign_tails; session 43)
        ("<p>Sprechen Sie uns gerne an, Ihr Matthias Kessler</p>", "", ["Matthias Kessler"]),
        (
            "<p>Sprechen Sie uns gerne an.<br>Ihr Matthias Kessler</p><p>Die Sparkasse Talbach "
            "informiert ihre Kundschaft seit Jahren über einen eigenen Kanal.</p>",
            "",
            [],
        ),
    ],
)
def test_closing_signature(end: str, after: str, expected: list[str]) -> None:
    assert authors(end, after) == expected


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # a closing over two lines with a role: "Ihre <Rolle>" / name, "Ihr Name" / role
        (
            "<p>Bleiben Sie gesund!</p><p>Ihre Apothekerin<br>Dr. Sabine Roth</p>",
            ["Dr. Sabine Roth"],
        ),
        (
            "<p>Wir freuen uns auf Sie.</p><p>Ihr Carsten Roth<br>Geschäftsführer</p>",
            ["Carsten Roth"],
        ),
        # the role is an organisation ("Ihr Praxisteam"): nobody
        ("<p>Bleiben Sie gesund!</p><p>Ihr Praxisteam<br>Sabine Roth und Jan Keller</p>", []),
    ],
)
def test_role_closing(end: str, expected: list[str]) -> None:
    assert authors(end, "") == expected
