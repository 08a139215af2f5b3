"""A profile header: a person's full name alone in a heading right after the avatar image
names the member page's or personal blog's owner where nothing else names anyone
(:func:`~newsarchive.extract.avatarhead.avatar_heading`; kind read in ba, by, cb, issue 11).
Small invented pages; a byline, a login, a comment list's avatars and a heading after a
photo that is no name are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.bankmaus.example/posts/1234-schalter-und-kaffee"
TEXT = "".join(
    f"<p>Am {n}. Tag der Woche stehen vor dem Schalter immer dieselben Leute, und alle "
    "wollen wissen, warum die Zinsen für das Tagesgeld schon wieder gesunken sind.</p>"
    for n in range(1, 5)
)
HEADLINE = "Schalter, Kaffee und Kreditanträge"


def authors(head: str, byline: str = "", after: str = "") -> list[str]:
    """The authors of an invented personal page with ``head`` above its post."""
    html = page_with(
        f"<header class='project'>{head}</header><main><article><h2>{HEADLINE}</h2>"
        f"{byline}<p class='date'>3. März 2023</p>{TEXT}</article>{after}</main>",
        f"<title>{HEADLINE}</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "<img class='avatar' src='/a.png' alt=''><h1>Mareike Wolters</h1><p>@bankmaus</p>",
            ["Mareike Wolters"],
        ),
        (
            "<a href='/me'><img src='/buddy/11.jpg' alt=''></a><h2>Helmut Dürr</h2>"
            "<ul><li>Home</li><li>Fotos</li></ul>",
            ["Helmut Dürr"],
        ),
    ],
)
def test_avatar_heading_credited(head: str, expected: list[str]) -> None:
    assert authors(head) == expected


AVATAR = "<img class='avatar' src='/a.png' alt=''><h1>Mareike Wolters</h1>"
COMMENTS = (
    "<div class='comments'><div><img src='/1.png' alt=''><h4>Jonas Petersen</h4>"
    "<p>Kenne ich gut.</p></div></div>"
)


@pytest.mark.parametrize(
    ("head", "byline", "after", "expected"),
    [
        # a byline names the writer
        (AVATAR, "<p class='byline'>Von Hauke Jessen</p>", "", ["Hauke Jessen"]),
        # a login; a photo over a heading that is no name; a comment's avatar
        ("<img src='/a.png' alt=''><h1>bankmaus_21</h1>", "", "", []),
        ("<img src='/filiale.jpg' alt=''><h3>Unsere Filiale</h3>", "", "", []),
        ("", "", COMMENTS, []),
        # two avatar headings with two names
        (AVATAR + "<img src='/b.png' alt=''><h3>Jonas Petersen</h3>", "", "", []),
    ],
)
def test_avatar_heading_left_alone(head: str, byline: str, after: str, expected: list[str]) -> None:
    assert authors(head, byline, after) == expected
