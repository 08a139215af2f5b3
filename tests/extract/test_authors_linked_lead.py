"""A lead word and "von"/"by" alone before a linked or bold name ("Organisiert von <a>A</a>",
"Empfehlung von <a>A</a>", "by <a>A</a> &amp; <a>B</a>", "By <a>A</a> and <a>B</a>") is a
byline; a photographer's, a
sponsor's, a replier's or a press release's publisher's credit is not."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://geldtopf.example/töpfe/abschied-frau-muster"
TEXT = "".join(
    f"<p>Im {n}. Absatz erzählen wir, wofür wir sammeln, wer sich schon beteiligt hat und "
    "wann das Geschenk an Frau Muster übergeben werden soll.</p>"
    for n in range(1, 5)
)


def authors(head: str) -> list[str]:
    body = (
        f"<main><h1>Abschiedsgeschenk für Frau Muster</h1>{head}"
        f"<div class='text'>{TEXT}</div></main>"
    )
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<p class='organizer'>Organisiert von <a>Nora Beispiel</a></p>", ["Nora Beispiel"]),
        (
            "<p>Organisiert von <a>Ole Muster</a> und <a>Ina Probe</a></p>",
            ["Ole Muster", "Ina Probe"],
        ),
        (
            "<p>Organisiert von <a>Karl Exempel</a> für den Tierschutzverein e.V.</p>",
            ["Karl Exempel"],
        ),
        ("<p class='reviewer'>Empfehlung von <a>Gerda Beispiel</a></p>", ["Gerda Beispiel"]),
        (
            "<p class='owner'>by <a>Tom Sample</a> &amp; <a>Lia Sample</a></p>",
            ["Tom Sample", "Lia Sample"],
        ),
        # an English theme's "By" alone before the linked names (session 40)
        ("<p>By <a>Tom Sample</a> and <a>Lia Sample</a></p>", ["Tom Sample", "Lia Sample"]),
        ("<p>By <a>Tom Sample</a>, <span>Senior Fellow</span></p>", ["Tom Sample"]),
        # left alone: a photographer, a sponsor, a reply, a press release's publisher
        ("<p>Foto von <a>Pia Knipser</a></p>", []),
        ("<p>Unterstützt von <a>Hans Gönner</a></p>", []),
        ("<p>Antwort von <b>Udo Antworter</b></p>", []),
        ("<p>Pressemitteilung von: <a>Muster Beratung</a></p>", []),
    ],
)
def test_linked_lead(head: str, expected: list[str]) -> None:
    assert authors(head) == expected
