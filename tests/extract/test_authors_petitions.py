"""A petition's starter named by the platform's label under the headline ("Petent/in: A aus
Ort", "Initiiert von A und B"; half BC's kind, issue 11) is the page's author; the label
without a person, or the words inside a sentence, credit nobody, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://petitionen.example/petition/filiale-talheim"
TEXT = "".join(
    f"<p>Grund {n}: Ohne die Filiale müssen ältere Kundinnen und Kunden der Sparkasse "
    "Talheim zwanzig Kilometer fahren, um Bargeld abzuheben oder sich beraten zu lassen.</p>"
    for n in range(1, 6)
)


def authors(starter: str) -> list[str]:
    html = page_with(
        "<main><h1>Die Filiale in Talheim muss bleiben!</h1>"
        "<div class='counter'>312 Unterschriften</div>"
        f"<p class='start'>Petition gestartet am 03.02.2024</p>{starter}"
        f"<h2>Begründung</h2>{TEXT}</main>",
        "<title>Petition: Die Filiale in Talheim muss bleiben!</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("starter", "expected"),
    [
        ("<p>Petent/in: Gerda Lohmann aus Talheim</p>", ["Gerda Lohmann"]),
        ("<p>Initiiert von Bernd Ostholt und Heike Rabe</p>", ["Bernd Ostholt", "Heike Rabe"]),
        ("<p>Initiatorin: Maren Vogt</p>", ["Maren Vogt"]),
        # the label without a person's name, the words in a sentence: nobody
        ("<p>Petent/in nicht öffentlich</p>", []),
        ("<p>Die Petition wurde initiiert von vielen Kunden aus Talheim.</p>", []),
    ],
)
def test_petition_starter(starter: str, expected: list[str]) -> None:
    assert authors(starter) == expected
