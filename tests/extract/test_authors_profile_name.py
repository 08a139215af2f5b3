"""A profile card's name field: a diary's or a journal's sidebar card naming its owner
("Name: Anja Kessler", "Name:" | "Kelsey Marlow" | "Location:") is the author where nothing
else names anyone (:func:`~newsarchive.extract.profilename.profile_name`; kind read in ae,
bo, cb and en_n, issue 11). Small invented pages; a byline, a comment form, a commenter's
card and two different names are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.tagebuchwelt.example/tagebuch/eintrag/1234"
TEXT = "".join(
    f"<p>Am {n}. Tag am Schalter habe ich gelernt, dass die Kunden morgens vor allem "
    "Kontoauszüge drucken wollen und mittags nach dem Tagesgeld fragen.</p>"
    for n in range(1, 5)
)
HEADLINE = "Mein erster Monat am Schalter"


def authors(sidebar: str, head: str = "") -> list[str]:
    """The authors of an invented diary page with ``sidebar`` beside its entry."""
    html = page_with(
        f"<table><tr><td class='left'>{sidebar}</td><td><h1>{HEADLINE}</h1>{head}"
        f"<p class='small'>Eintrag vom 02.09.1999</p>{TEXT}</td></tr></table>",
        f"<title>{HEADLINE} - Tagebuchwelt</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("sidebar", "expected"),
    [
        (
            "<b>sparfuchs_mia</b><br><span>19, Husum<br>Name: Mia Clausen</span>",
            ["Mia Clausen"],
        ),
        (
            "<table><tr><th>Name:</th><td>Kelsey Marlow</td></tr>"
            "<tr><th>Location:</th><td>Dayton, Ohio</td></tr></table>",
            ["Kelsey Marlow"],
        ),
        ("<h3>über mich</h3><p><b>Name:</b> Jonas Petersen<br>24, Kiel</p>", ["Jonas Petersen"]),
    ],
)
def test_profile_name_credited(sidebar: str, expected: list[str]) -> None:
    assert authors(sidebar) == expected


@pytest.mark.parametrize(
    ("sidebar", "head", "expected"),
    [
        # a byline names the writer
        ("<p>Name: Mia Clausen</p>", "<p class='byline'>Von Hauke Jessen</p>", ["Hauke Jessen"]),
        # a comment form's field; a commenter's card
        ("<form><label>Name:</label> <input name='n'> Jonas Petersen</form>", "", []),
        ("<div class='comment'><p>Name: Mia Clausen</p></div>", "", []),
        # two different names (a guestbook); a value that is no full name
        ("<p>Name: Mia Clausen</p><p>Name: Jonas Petersen</p>", "", []),
        ("<p>Name: sparfuchs_mia</p><p>Name: Girokonto 24</p>", "", []),
    ],
)
def test_profile_name_left_alone(sidebar: str, head: str, expected: list[str]) -> None:
    assert authors(sidebar, head) == expected
