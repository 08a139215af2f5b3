"""A diary blog's farewell until the next entry, AG's kind (issue 11): "Bis nächste Woche,
Dennis" closes the post, the profile box gives the first name its surname. Small invented
pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://azubi-tagebuch.example/2007/05/woche-3/"
TEXT = "".join(
    f"<p>Am {n}. Tag dieser Woche stand ich mit meiner Ausbilderin am Schalter der Filiale "
    "und habe zum ersten Mal selbst Überweisungen für Kunden erfasst.</p>"
    for n in range(1, 6)
)


def page(farewell: str) -> bytes:
    return page_with(
        f"<article><h1>Woche 3 in der Filiale</h1>{TEXT}<p>{farewell}</p></article>"
        "<aside><h3>Profil</h3><p>Marek Holtgrewe</p></aside>",
        "<title>Woche 3 in der Filiale - Azubi-Tagebuch</title>",
    )


@pytest.mark.parametrize(
    ("farewell", "expected"),
    [
        ("Bis nächste Woche, Marek", ["Marek Holtgrewe"]),
        ("Bis zum nächsten Mal, Marek", ["Marek Holtgrewe"]),
        # the farewell alone, no name after it, signs nothing
        ("Bis nächste Woche!", []),
    ],
)
def test_farewell_signs_the_post(farewell: str, expected: list[str]) -> None:
    assert extract(page(farewell), URL, fetched_at=FETCHED)["authors"] == expected
