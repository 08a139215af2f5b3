"""A blog's display name ("Henni") with the writer's full name in the profile widget ("Ich
heiße Henrike Spelsberg"; kind read in half P, issue 11): the full name, on small invented
pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://kontoundkaffee.example/2026/01/erstes-jahr-ohne-dispo.html"


def authors(display: str, profile: str) -> list[str]:
    top = f"<h3>Mein erstes Jahr ohne Dispo</h3><span class='byline'>von {display}</span>"
    tail = f"<aside class='widget Profile'><h3>Über mich</h3><div>{profile}</div></aside>"
    return extract(article_page("", top, tail), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("display", "profile", "expected"),
    [
        ("Henni", "Ich heiße Henrike Spelsberg und wohne in Kassel.", ["Henrike Spelsberg"]),
        ("Steffi", "Mein Name ist Stefanie Brandt.", ["Stefanie Brandt"]),
        # another first name, or two people introduced: the display name stays
        ("Henni", "Ich heiße Johanna Spelsberg und wohne in Kassel.", ["Henni"]),
        (
            "Henni",
            "Ich bin Henrike Spelsberg, das ist Henning Brandt: Ich bin Henning Brandt.",
            ["Henni"],
        ),
    ],
)
def test_display_name_spelled_out(display: str, profile: str, expected: list[str]) -> None:
    assert authors(display, profile) == expected
