"""A board's user box laid out without tables (round ra48, kinds read in ch and de_full55):
a ``<div>`` whose class names a user or a poster ("mt-user", "poster_info") holding the
opening poster's name over a rank and a post count on ``<br>`` lines names the thread's
author like a table's user cell; SMF's "Activity: 84" is such a count, and a shared
account's "A und B" names both."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://board.example/thread/4711-schliessfach/"


def authors(box: str, cls: str = "mt-user", tag: str = "div") -> list[str]:
    html = (
        "<html><head><meta charset='utf-8'><title>Schließfach gekündigt</title></head><body>"
        f"<h1>Schließfach gekündigt</h1><div class='mt-post'><{tag} class='{cls}'>{box}</{tag}>"
        f"<div class='mt-text'>{paragraphs('sie die Schließfächer kündigt', 4)}</div></div>"
        "</body></html>"
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("box", "cls", "expected"),
    [
        ("<a href='#'>Holger Beispiel</a><br><span>Themenstarter</span><br>Beiträge: 459",
         "mt-user", ["Holger Beispiel"]),
        ("<b><a href='#'>Matthias Muster</a></b><div>Member<br>Activity: 84</div>",
         "poster_info", ["Matthias Muster"]),
        ("<a href='#'>Sven Probe und Holger Beispiel</a><br>Themenstarter<br>Beiträge: 471",
         "mt-user", ["Sven Probe", "Holger Beispiel"]),
        # a member's login is credited (session 53) ...
        ("<a href='#'>roadster_rudi</a><br>Themenstarter<br>Beiträge: 12", "mt-user",
         ["roadster_rudi"]),
        # ... left alone: no count line, or a block whose class names no user
        ("<a href='#'>Holger Beispiel</a><br>Ostermoor", "mt-user", []),
        ("<a href='#'>Holger Beispiel</a><br>Themenstarter<br>Beiträge: 459", "mt-side", []),
    ],
)  # fmt: skip
def test_user_box_names_the_opening_poster(box: str, cls: str, expected: list[str]) -> None:
    assert authors(box, cls) == expected
