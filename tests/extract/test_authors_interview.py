"""An interview's credit closing the text as a sentence (J's kind, judged on half L, issue
11): the credit it reads (also before the medium it was made for or another sentence; read
on ad, aj) and the sentence it leaves alone."""

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


def closing(line: str) -> list[str]:
    html = page_with(
        "<article><h1>Die Kontowechselhilfe braucht ein Update</h1>"
        f"<div>{TEXT}{line}</div></article>",
        "<title>Die Kontowechselhilfe braucht ein Update</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an interview's credit closing the text as a sentence names its author
        ("<p><em>Das Gespräch führte Timo Aksel.</em></p>", ["Timo Aksel"]),
        ("<p>Die Fragen stellte Lea Brandt.</p>", ["Lea Brandt"]),
        ("<p>Quelle: Wochenblatt. Das Interview führte Jan Roth.</p>", ["Jan Roth"]),
        # the medium it was made for, or a sentence after it, is no part of the name
        ("<p>Das Interview führte Jan Roth für die Abendpost.</p>", ["Jan Roth"]),
        ("<p>Das Interview führte Jan Roth. Erschienen im Wochenblatt.</p>", ["Jan Roth"]),
        # a sentence about an interview is no credit
        ("<p>Das Gespräch führte zu keiner Einigung.</p>", []),
        ("<p>Ein Gespräch mit der Bank führte Jan Roth nicht weiter.</p>", []),
    ],
)
def test_interview_credit_closing_the_text(line: str, expected: list[str]) -> None:
    assert closing(line) == expected
