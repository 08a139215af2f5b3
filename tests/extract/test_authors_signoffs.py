"""A columnist's or a newsletter's sign-off before the writer's name ("Herzlichst, Ihr A",
"Bis nächste Woche" / "A"; half BA's kind, issue 11) signs a post the byline credits to
nobody; the same words inside a sentence are left alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://geldbrief.example/ausgabe-12.html"
TEXT = "".join(
    f"<p>In der {n}. Ausgabe geht es um Phishing: Wer eine SMS seiner Bank bekommt, sollte "
    "den Link nicht öffnen, sondern die Nummer auf der Karte anrufen.</p>"
    for n in range(2, 7)
)


def authors(end: str) -> list[str]:
    html = page_with(
        f"<article><h1>Phishing im Namen der Bank</h1><div class='text'>{TEXT}{end}</div>"
        "</article>",
        "<title>Phishing im Namen der Bank - Geldbrief</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("<p>Herzlichst, Ihr Gerd Möllenkamp</p>", ["Gerd Möllenkamp"]),
        ("<p>Bis nächste Woche<br>Philipp Grotian</p>", ["Philipp Grotian"]),
        ("<p>Bis zum nächsten Mal, Eure Lea Staudt</p>", ["Lea Staudt"]),
        # "Alles Liebe" is a greeting, no name (session 39, de_full135 and br)
        ("<p>Alles Liebe<br>Kathrin Muster</p>", ["Kathrin Muster"]),
        ("<p>Alles Gute und bis bald!</p><p>Alles Liebe</p>", []),
        # the words in a sentence, an organisation signing: nobody
        ("<p>Bis nächste Woche bleibt die Filiale Talheim geschlossen.</p>", []),
        ("<p>Herzlichst, Ihre Sparkasse Talheim</p>", []),
    ],
)
def test_signoff(end: str, expected: list[str]) -> None:
    assert authors(end) == expected
