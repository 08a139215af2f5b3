"""A blog's login introduced in the sidebar after an article and a word for it ("Hinter dem
finanzfuchs steckt A", "Hinter dem Kürzel bankbeobachter schreibt A", "… verbirgt sich A";
:data:`~newsarchive.extract.data.OWNER_INTRODUCTION`, kind read in halves AF and AI, issue
11): the login spelled out as the owner, on small invented blog posts; a login the sentence
does not name stays."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.sparfuchs-blog.example/2010/06/08/warum-meine-bank-jetzt-twittert/"
TEXT = "".join(
    f"<p>Im {n}. Absatz erzähle ich, warum meine Sparkasse jetzt twittert und was die "
    "Kundschaft am Schalter davon hält, wenn man nach den Gebühren fragt.</p>"
    for n in range(1, 6)
)


def authors(login: str, about: str) -> list[str]:
    html = page_with(
        "<div id='header'><p class='site-title'>Sparfuchs-Blog</p></div>"
        "<div class='post'><h2 class='entry-title'>Warum meine Bank jetzt twittert</h2>"
        "<p class='meta'>Geschrieben von <a href='/author/x/' rel='author'>"
        f"{login}</a> am 8. Juni 2010</p><div class='entry'>{TEXT}</div></div>"
        f"<div id='sidebar'><h3>Über mich</h3><div class='textwidget'>{about}</div></div>",
        "<title>Warum meine Bank jetzt twittert | Sparfuchs-Blog</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("login", "about", "expected"),
    [
        ("sparfuchs", "Hinter dem sparfuchs steckt Rolf Ebbing, Kaufmann aus Soest.", ["Rolf Ebbing"]),
        (
            "geldblick",
            "Hinter dem Kürzel geldblick schreibt Malte Quandt, Bankkaufmann aus Kassel.",
            ["Malte Quandt"],
        ),
        ("zinsnerd", "Hinter dem Pseudonym zinsnerd verbirgt sich Ina Raabe.", ["Ina Raabe"]),
        # left alone: the sentence names another login
        ("sparfuchs", "Hinter dem geldblick steckt Rolf Ebbing.", ["sparfuchs"]),
    ],
)
def test_login_spelled_out_by_the_introduction(login: str, about: str, expected: list[str]) -> None:
    assert authors(login, about) == expected
