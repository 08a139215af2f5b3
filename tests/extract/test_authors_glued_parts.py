"""Two of a byline's nodes run together by the markup ("<span>Anna Beispiel</span><span>
Redakteurin Wirtschaft</span>" reads "Anna BeispielRedakteurin Wirtschaft") are split where
a word of three lower-case letters or more meets a capitalised word of four letters or more;
names with an inner capital ("McKenzie", "DiProbe", "MacLeod"), brands ("LinkedIn") and a
login in camel case, the byline's first word ("HansMuster"), stay."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract
from newsarchive.extract.names import split_authors

URL = "https://www.beispielzeitung.example/wirtschaft/banken-im-netz-12345.html"


def authors(byline: str) -> list[str]:
    top = f"<h1>Sparkasse startet eigenen Kanal</h1>{byline}"
    return extract(article_page(top=top), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "<div class='autor'><span class='name'>Anna Beispiel</span>"
            "<span class='rolle'>Redakteurin Wirtschaft</span></div>",
            ["Anna Beispiel"],
        ),
        (
            "<div class='autor'><b>Jan Muster</b><span>Partner, Hamburg</span></div>",
            ["Jan Muster"],
        ),
        # a header card's portrait beside the one block of name, role and day (Webflow;
        # session 66, read on de_full688): the blocks apart, not "MiraCommunity Management"
        (
            "<div class='post-header_author-wrapper'><div class='post-header_image-wrapper'>"
            "<img src='/mira.jpg' alt='Mira'></div><div class='post-header_author-text'>"
            "<div>Mira</div><div class='post-header_date-wrapper'><div>Community Management"
            "</div><div>22. Januar 2025</div><div>4 Min. Lesezeit</div></div></div></div>",
            ["Mira"],
        ),
    ],
)
def test_glued_byline(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna BeispielRedakteurin Wirtschaft", ["Anna Beispiel"]),
        ("Ian McKenzie", ["Ian McKenzie"]),
        ("Anna DiProbe", ["Anna DiProbe"]),
        ("Ian MacLeod", ["Ian MacLeod"]),
        ("Jan Muster auf LinkedIn", ["Jan Muster auf LinkedIn"]),
        ("HansMuster", ["HansMuster"]),
    ],
)
def test_split_glued_parts(text: str, expected: list[str]) -> None:
    assert split_authors([text])[0] == expected
