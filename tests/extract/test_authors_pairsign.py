"""A post signed at its end by two writers together ("Ihre A und B", "A und B, 2. Lehrjahr";
half BA's kind; the two names alone or after a dash under a sentence, halves BG's, BH's and
BP's; issue 11) where the byline credits nobody: both are the authors; the lines it leaves
alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://azubi-zeitung.example/ausgabe-7.html"
TEXT = "".join(
    f"<p>Im {n}. Monat der Ausbildung haben wir gelernt, wie Betrüger über Messenger an "
    "Kontodaten kommen wollen und was man am Schalter dagegen tun kann.</p>"
    for n in range(2, 7)
)


def authors(end: str, after: str = "") -> list[str]:
    html = page_with(
        f"<article><h1>Betrug über WhatsApp</h1><div class='text'>{TEXT}{end}</div>"
        f"{after}</article>",
        "<title>Betrug über WhatsApp - Azubi-Zeitung</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("<p>Ihre Bettina Krämer und Olaf Krämer</p>", ["Bettina Krämer", "Olaf Krämer"]),
        (
            "<p><i>Timo Brandes und Svenja Wulf, 2. Lehrjahr</i></p>",
            ["Timo Brandes", "Svenja Wulf"],
        ),
        ("<p>Ihre Anna Roth und Jan Ulm</p><p>Vorstand</p>", ["Anna Roth", "Jan Ulm"]),
        # a title stays with its name; the formal "Ihre" on a line of its own (session 44)
        (
            "<p>Herzliche Grüße<br>Ihre Dr. Anna Roth und Jan Ulm</p>",
            ["Dr. Anna Roth", "Jan Ulm"],
        ),
        ("<p>Ihre<br>Anna Roth und Jan Ulm<br>Vorstand</p>", ["Anna Roth", "Jan Ulm"]),
        # the two names alone, or after a dash, under the post's last sentence
        ("<p>Anna Roth und Jan Ulm</p>", ["Anna Roth", "Jan Ulm"]),
        ("<p>— Anna Roth und Jan Ulm</p>", ["Anna Roth", "Jan Ulm"]),
        ("<p>-- Anna Roth und Jan Ulm, 18.01.2010</p>", ["Anna Roth", "Jan Ulm"]),
        ("<p>Anna Roth und Jan Ulm<br>Talheim, 10. Februar 2003</p>", ["Anna Roth", "Jan Ulm"]),
        # names alone that are a firm's, or a sentence running on after them
        ("<p>Sparkasse Talheim und Volksbank Talheim</p>", []),
        ("<p>— Stadtwerke Talheim und Kreisverband Talheim</p>", []),
        ("<p>Anna Roth und Jan Ulm haben die Fragen gesammelt</p>", []),
        # a group or a firm signing
        ("<p>Ihre Sparkasse Talheim und Volksbank Talheim</p>", []),
        ("<p>Eure Anna Roth und Redaktion Talheim</p>", []),
    ],
)
def test_pair_signature(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


def test_after_a_list_of_issues() -> None:
    after = "<h3>Im nächsten Heft:</h3><ul><li>Tagesgeld</li><li>Phishing</li></ul>"
    assert authors("<p>Timo Brandes und Svenja Wulf, 2. Lehrjahr</p>", after) == [
        "Timo Brandes",
        "Svenja Wulf",
    ]
