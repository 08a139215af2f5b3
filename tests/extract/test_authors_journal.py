"""A journal entry's poster login spelled out by the page as one full name (issue 11, the
LiveJournal kind read in half AE): the entry header links the login to its profile
("/profile/kontobuch", "/~kontobuch/"), the sidebar's profile box names the owner
("<b>Name:</b> …") or the journal's title is the name the login is made of ("jwilkens");
each case on a small invented journal page, the cases it names and those it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://tagebuch.example/~nutzer/2004/10/12/1.html"
TEXT = "".join(
    f"<p>Im {n}. Absatz erzähle ich, warum mein Dispo bei der Sparkasse Lindtal jetzt "
    "endlich ausgeglichen ist und was der Berater dazu gesagt hat.</p>"
    for n in range(1, 6)
)


def page(login: str, title: str, profile: str, comment: str = "") -> bytes:
    return page_with(
        "<table><tr><td>"
        f"<div id='journal_title'><h1>{title}</h1><p>Ein Student zählt sein Geld</p></div>"
        "<div class='entry'><div class='entryheader'><span class='ljuser'>"
        f"<a href='/profile/{login}'><img src='/i.gif' alt=''></a>"
        f"<a href='/~{login}/'><b>{login}</b></a></span> "
        "<span class='date'>12. Oktober 2004 | 23:48</span></div>"
        "<div class='subject'>Mein Dispo und ich: eine Trennung</div>"
        f"<div class='entrytext'>{TEXT}</div></div>"
        f"<div id='comments'>{comment}</div></td>"
        f"<td class='sidebar'><div class='profile'>{profile}</div></td></tr></table>",
        "<title>Mein Dispo und ich: eine Trennung</title>",
    )


def authors(html: bytes) -> list[str]:
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("login", "title", "profile", "expected"),
    [
        # the profile box's name field
        ("kontobuch", "Kontobuch", "<p><b>Name:</b> Torben Schröder</p>", ["Torben Schröder"]),
        # the login made of the initial and the surname of the journal's title
        ("jwilkens", "Jana Wilkens", "<p><b>Über mich:</b> Journalistin.</p>", ["Jana Wilkens"]),
        # first name, dot, surname
        ("jana.wilkens", "Notizen", "<p>Jana Wilkens aus Hannover</p>", ["Jana Wilkens"]),
        # left alone: a community's post, no name for the login anywhere
        ("sparfuchs_hh", "finanzen_de", "<p><b>Community:</b> finanzen_de</p>", []),
        # left alone: two name fields (a box listing the journal's friends)
        (
            "kontobuch",
            "Kontobuch",
            "<p><b>Name:</b> Torben Schröder</p><p><b>Name:</b> Jana Wilkens</p>",
            [],
        ),
    ],
)
def test_journal_login(login: str, title: str, profile: str, expected: list[str]) -> None:
    assert authors(page(login, title, profile)) == expected
