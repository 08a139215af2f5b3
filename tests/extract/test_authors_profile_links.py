"""A post's meta line linking its writer's member profile by a display name, after the text
(issue 11, the kind read in half Y: Antville, b2evolution and Nucleus blogs), completed from
the page: the cases it reads and the cases it leaves alone, on small invented blog posts."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://rappelkiste.blog.example/stories/4711/"
TEXT = "".join(
    f"<p>Im {n}. Absatz erzähle ich, wie die Volksbank Kranichfeld ihre Filiale umbaut und "
    "warum ich seitdem lieber am Automaten im Supermarkt Geld abhebe.</p>"
    for n in range(1, 6)
)


def page(meta: str, sidebar: str) -> bytes:
    return page_with(
        "<table><tr><td><h2 class='storyTitle'>Die Filiale wird umgebaut</h2>"
        f"<div class='storyText'>{TEXT}</div><div class='storyInfo'>{meta}</div></td>"
        f"<td class='rechts'>{sidebar}</td></tr></table>",
        "<title>Rappelkiste</title>",
    )


def authors(html: bytes) -> list[str]:
    return extract(html, URL, fetched_at=FETCHED)["authors"]


ABOUT = "<b>Über mich</b><p>Ich bin Carola Wendling, Lehrerin in Jena, und schreibe hier.</p>"


@pytest.mark.parametrize(
    ("meta", "sidebar", "expected"),
    [
        # a login in lower case after "von", the owner's full name in the "Über mich" box
        (
            "von <a href='/members/carola'>carola</a> @ 21:40 in <a href='/topics/Geld/'>Geld</a>",
            ABOUT,
            ["Carola Wendling"],
        ),
        # a first name after the clock time, the full name in the blog's description
        (
            "08:15:02, von <a href='/users/carola'>Carola</a>, 412 Wörter",
            "<div class='blogdesc'>Carola Wendling schreibt hier über Geld.</div>",
            ["Carola Wendling"],
        ),
        # an item info line's "Autor:" and a member id, the description in a definition list
        (
            "12.03.2005 18:30 - Autor: <a href='?memberid=2'>Carola</a> - <a>Kommentare</a>",
            "<dl><dt>Über</dt><dd>Das Weblog von Carola Wendling über Geld.</dd></dl>",
            ["Carola Wendling"],
        ),
        # left alone: the page never gives the full name
        (
            "von <a href='/members/carola'>carola</a> @ 21:40",
            "<p>Hier geht es um Geld.</p>",
            [],
        ),
        # left alone: two full names fit the first name
        (
            "von <a href='/members/carola'>carola</a> @ 21:40",
            "<p>Carola Wendling und Carola Brandt schreiben hier.</p>",
            [],
        ),
        # left alone: a video channel's address shares the profile path ("/user/")
        (
            "Video: <a href='https://www.youtube.com/user/carola'>carola</a>",
            ABOUT,
            [],
        ),
        # left alone: links to two members' profiles name different writers
        (
            "von <a href='/members/carola'>carola</a> und <a href='/members/jens'>jens</a>",
            ABOUT,
            [],
        ),
    ],
)
def test_profile_link_byline(meta: str, sidebar: str, expected: list[str]) -> None:
    assert authors(page(meta, sidebar)) == expected
