"""A page that declares no language gets its text's (function words,
:func:`~newsarchive.extract.language.guess_language`): on the 288 real dev pages 9 of the 10
without a declaration are German and read so; a declared language stays."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract
from newsarchive.extract.language import guess_language

GERMAN = (
    "Die Sparkasse hat ihre Filiale im Ort geschlossen, und nun fragen sich viele Kunden, wie "
    "sie an ihr Geld kommen. Der Vorstand sagt, dass die Automaten bleiben und dass es einen "
    "Bus geben wird, der einmal in der Woche kommt. Das ist nicht für alle eine Lösung."
)
ENGLISH = (
    "The bank has closed its branch in the village, and now many customers wonder how they "
    "will get to their money. The board says that the machines will stay and that there will "
    "be a bus which comes once a week. That is not a solution for all of them, they say."
)
FRENCH = (
    "La banque a fermé son agence dans le village et les clients se demandent comment ils "
    "vont retirer leur argent. Le conseil dit que les distributeurs restent et qu'il y aura un "
    "bus qui passe une fois par semaine, mais ce n'est pas une solution pour tous."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(GERMAN, "de"), (ENGLISH, "en"), (FRENCH, "fr"), ("Sparkasse Musterstadt", None), ("", None)],
)
def test_guess_language(text: str, expected: str | None) -> None:
    assert guess_language(text) == expected


@pytest.mark.parametrize(("attribute", "expected"), [("", "de"), (" lang='en'", "en")])
def test_page_language(attribute: str, expected: str) -> None:
    html = (
        f"<html{attribute}><head><title>Filiale zu</title></head><body><h1>Filiale zu</h1>"
        f"<p>{GERMAN}</p>{paragraphs('die Filiale schließt')}</body></html>"
    )
    found = extract(html.encode(), "https://www.zeitung.example/filiale", fetched_at=FETCHED)
    assert found["language"] == expected
