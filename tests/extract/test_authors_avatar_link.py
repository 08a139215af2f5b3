"""A person's full name in a link right after the avatar image (a channel's head, a forum
post's member card) names the page's writer where nothing else names anyone
(:func:`~newsarchive.extract.avatarhead.avatar_heading`; kind read in half CF, issue 11).
Small invented pages; a byline, a login, a comment list's avatars and a link in a comment
are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.geldfunk.example/kanal/blog/warum-ich-gewechselt-habe-1290"
TEXT = "".join(
    f"<p>Im {n}. Monat nach dem Wechsel kamen die Kontoauszüge endlich pünktlich, und die "
    "Gebühren für die Karte waren nur noch halb so hoch wie bei der alten Bank.</p>"
    for n in range(1, 5)
)
HEADLINE = "Warum ich meine Bank gewechselt habe"


def authors(head: str, byline: str = "", after: str = "") -> list[str]:
    """The authors of an invented community post with ``head`` over its headline."""
    html = page_with(
        f"<main><div class='channel'>{head}</div><h1>{HEADLINE}</h1>{byline}"
        f"<p class='date'>3. März 2023</p><div class='body'>{TEXT}</div>{after}</main>",
        f"<title>{HEADLINE}</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "<img class='avatar' src='/icon/83.png' alt=''>"
            "<a class='channel__name' href='/jreiners'>Jonas Reiners</a> <span>@jreiners</span>",
            ["Jonas Reiners"],
        ),
        (
            "<img src='/avatar/14.jpg' alt=''><a href='/mitglied/JuliaBergmann/'>Julia Bergmann</a>"
            "<br><small>Mitglied seit 2007</small>",
            ["Julia Bergmann"],
        ),
    ],
)
def test_avatar_link(head: str, expected: list[str]) -> None:
    assert authors(head) == expected


AVATAR = "<img class='avatar' src='/icon/83.png' alt=''>"


@pytest.mark.parametrize(
    ("head", "byline", "after", "expected"),
    [
        # a login after the avatar names nobody
        (f"{AVATAR}<a href='/jr77'>jr77</a>", "", "", []),
        # a byline names the writer
        (
            f"{AVATAR}<a href='/jreiners'>Jonas Reiners</a>",
            "<p>Von Eva Lindner</p>",
            "",
            ["Eva Lindner"],
        ),
        # a comment list's avatars: two names, nobody
        (
            "",
            "",
            f"<div class='list'>{AVATAR}<a href='/a'>Pia Sander</a></div>"
            f"<div class='list'>{AVATAR}<a href='/b'>Ole Brandt</a></div>",
            [],
        ),
        # an avatar link in a comment is a commenter's
        (
            "",
            "",
            f"<div class='comments'><div class='comment'>{AVATAR}<a href='/p'>Pia Sander</a>"
            "</div></div>",
            [],
        ),
    ],
)
def test_avatar_link_left_alone(head: str, byline: str, after: str, expected: list[str]) -> None:
    assert authors(head, byline, after) == expected
