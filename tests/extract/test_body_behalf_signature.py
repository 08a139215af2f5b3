"""A closing line signed on behalf of a body ("Für den Vorstand: Werner Ohlendorf", "Für das
Orgateam: Brigitte Amsler") leaves the body with the short lines after it; the names still
credit the text (round rb28, read on de_full49)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED

from newsarchive.extract.behalfcut import without_behalf_signature
from newsarchive.extract.extraction import extract

URL = "https://sportfreunde-ellerau.example/neues/sommerfest.html"
TEXT = [
    "Das Sommerfest findet in diesem Jahr am ersten Samstag im August auf dem Platz statt.",
    "Für Kinder gibt es eine Hüpfburg, für die Großen ein Turnier im Elfmeterschießen.",
    "Helferinnen und Helfer tragen sich bitte bis Ende Juli in die Liste im Vereinsheim ein.",
]
LONG = "Rückblick: Das Sommerfest im letzten Jahr mit mehr als dreihundert Gästen aus dem Ort"


@pytest.mark.parametrize(
    ("closing", "left"),
    [
        (["Für den Vorstand: Werner Ohlendorf"], []),
        (["Für das Orgateam: Brigitte Amsler"], []),
        (["Monique Terbrüggen für den Vorstand"], []),
        (["Für den Vorstand: Gisela Ortmann und Heinrich Brauckmann"], []),
        # the short lines after it go with it
        (["Für den Vorstand: Werner Ohlendorf", "Frühere Berichte"], []),
        # longer lines after it (other posts) stay
        (["Für den Vorstand: Werner Ohlendorf", LONG], [LONG]),
    ],
)
def test_a_line_signed_for_a_body_leaves(closing: list[str], left: list[str]) -> None:
    assert without_behalf_signature([*TEXT, *closing]) == [*TEXT, *left]


@pytest.mark.parametrize(
    "last",
    [
        "Neue Regeln für das Girokonto",  # no group
        "Eine Karte für den Kassenwart",
        "Für den Vorstand: Sparkasse Ellerau",  # an organisation
        "Für den Vorstand: Werner",  # no full name
    ],
)
def test_other_closing_lines_stay(last: str) -> None:
    assert without_behalf_signature([*TEXT, last]) == [*TEXT, last]


def test_a_signed_line_after_no_sentence_stays() -> None:
    lines = [*TEXT, "Termine im Sommer", "Für den Vorstand: Werner Ohlendorf"]
    assert without_behalf_signature(lines) == lines


def test_the_line_leaves_the_body_and_still_names_the_author() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT)
    page = (
        "<html><head><meta charset='utf-8'><title>Sommerfest im August</title></head><body>"
        f"<article><h1>Sommerfest im August</h1>{paragraphs}"
        "<p>Für den Vorstand: Werner Ohlendorf</p></article></body></html>"
    )
    article = extract(page.encode(), URL, fetched_at=FETCHED)
    assert article["body"].split("\n\n")[-1] == TEXT[-1]
    assert article["authors"] == ["Werner Ohlendorf"]
