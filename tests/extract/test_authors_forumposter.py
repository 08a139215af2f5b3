"""A forum thread's opening post named by the board's user-name markup, AI's and de_full12's
kind (issue 11): vBulletin's ``bigusername``, Vanilla's ``Username``; a full name or a
member's login is the author (the dev truth and the forum judges credit logins; session 53),
a team's account names nobody. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.forums import forum_poster
from newsarchive.extract.parsing import parse

URL = "https://sparer-forum.example/discussion/4711/fotoueberweisung-in-der-app"
POST = "".join(
    f"<p>Seit dem {n}. Update der App klappt die Fotoüberweisung bei mir nicht mehr, die "
    "Rechnung wird zwar erkannt, aber der Betrag landet im falschen Feld. Geht das noch "
    "jemandem so?</p>"
    for n in range(2, 7)
)


def page(poster: str, cls: str, replier: str = "Jan Ulm") -> bytes:
    return page_with(
        "<div id='Head'><a class='SignIn'>Anmelden</a></div>"
        "<h1>Erfahrungen mit der Fotoüberweisung</h1>"
        "<div class='Discussion'><span class='PostHead'>"
        f"<a class='{cls}' href='/p/1'>{poster}</a></span><div class='Message'>{POST}</div></div>"
        f"<div class='Reply'><a class='{cls}' href='/p/2'>{replier}</a><div class='Message'>"
        "<p>Bei mir ebenso.</p></div></div>",
        "<title>Erfahrungen mit der Fotoüberweisung</title>",
    )


@pytest.mark.parametrize(
    ("poster", "cls", "expected"),
    [
        ("Sandra Weller", "Username", ["Sandra Weller"]),
        ("Sandra Weller", "bigusername", ["Sandra Weller"]),
        ("Sandra Weller", "username", ["Sandra Weller"]),
        ("Sandra Weller", "UserName", ["Sandra Weller"]),
        # a member's login opens the thread: the login, not the first full name of a reply
        ("sparfuchs77", "username", ["sparfuchs77"]),
        ("Grönegauer_Uwe", "username offline popupctrl", ["Grönegauer_Uwe"]),
        # a team's account names nobody
        ("admin", "username", []),
        ("Moderator", "username", []),
        ("spk_webteam", "username", []),
        ("HBS_Staff", "username", []),
    ],
)
def test_opening_post_poster(poster: str, cls: str, expected: list[str]) -> None:
    assert extract(page(poster, cls), URL, fetched_at=FETCHED)["authors"] == expected


def test_a_user_name_in_navigation_is_nobody() -> None:
    html = page_with(
        "<nav><span class='username'>Sandra Weller</span></nav>"
        f"<h1>Erfahrungen mit der Fotoüberweisung</h1><div>{POST}</div>",
        "<title>Erfahrungen mit der Fotoüberweisung</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == []


def phpbb2(
    poster: str, anchor: str = "<a name='4711'></a>", details: str = "Mitglied<br>Beiträge: 52"
) -> bytes:
    return page_with(
        "<table class='forumline'><tr><th>Autor</th><th>Nachricht</th></tr><tr>"
        f"<td class='row1'><span class='name'>{anchor}<b>{poster}</b></span><br>"
        f"<span class='postdetails'>{details}</span></td>"
        f"<td class='row1'><span class='postbody'>{POST}</span></td></tr></table>",
        "<title>Erfahrungen mit der Fotoüberweisung</title>",
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (phpbb2("Sandra Weller"), ["Sandra Weller"]),
        (phpbb2("sparfuchs77"), ["sparfuchs77"]),
        (phpbb2("Administrator"), []),
        # without the post's anchor a "name" class is anybody's ...
        (phpbb2("Sandra Weller", anchor="", details="Kiel"), []),
        # ... but a cell with the rank and post count under the name is the poster's
        # (forums.user_cell, kind read in de_full13 and half AI)
        (phpbb2("Sandra Weller", anchor=""), ["Sandra Weller"]),
    ],
)
def test_phpbb2_poster_cell(html: bytes, expected: list[str]) -> None:
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == expected


def test_another_class_is_no_user_name_markup() -> None:
    # (the page itself credits a name alone under the headline since session 54)
    assert forum_poster(parse(page("Sandra Weller", "usernamelist").decode())) == []
