"""A forum's user cell as byline markup (kind read in half AO, issue 11): the poster's name
over its rank, post count and join date on ``<br>`` lines is one author, not three; a
byline cell without such lines keeps every line (a name over an institution). A board
whose user cell has no class (UBB, Snitz: kind read in de_full13 and half AI): its first
such cell names the thread's author, when a full name."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://forum.example/topic.asp?TOPIC_ID=812"


def authors(cell: str) -> list[str]:
    html = (
        "<html><head><meta charset='utf-8'><title>Baufinanzierung ohne Eigenkapital</title>"
        "</head><body><h1>Baufinanzierung ohne Eigenkapital</h1><table><tr>"
        f"<td class='author'>{cell}</td>"
        f"<td>{paragraphs('sie Kredite ohne Eigenkapital prüft', 4)}</td>"
        "</tr></table></body></html>"
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("<b>Jonas Weidner</b><br><small>Mitglied<br>Beiträge: 812</small>", ["Jonas Weidner"]),
        (
            "<b>Jonas Weidner</b><br>Moderator<br>Registriert seit: 03.2004",
            ["Jonas Weidner"],
        ),
        # no rank or post count: a name over a second author stays two authors
        ("<b>Jonas Weidner</b><br>Anna Roth", ["Jonas Weidner", "Anna Roth"]),
    ],
)
def test_forum_user_cell(cell: str, expected: list[str]) -> None:
    assert authors(cell) == expected


def plain_cell(cell: str) -> list[str]:
    html = (
        "<html><head><meta charset='utf-8'><title>Gebührenschraube</title></head><body><table>"
        "<tr><td><b>Autor</b></td><td><b>Thema: Gebührenschraube</b></td></tr>"
        f"<tr><td width='18%'>{cell}</td>"
        f"<td>{paragraphs('sie die Kontogebühren erhöht', 4)}</td></tr></table></body></html>"
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("<b>Norbert Quasthoff</b><br>Mitglied<br><br>Beiträge: 412<br>Registriert: Okt 1999",
         ["Norbert Quasthoff"]),
        # a member's login is credited as the board shows it (session 53); a cell without
        # rank or post count names nobody
        ("<b>nquast</b><br>Mitglied<br>Beiträge: 412", ["nquast"]),
        ("<b>Norbert Quasthoff</b><br>Lindenau", []),
    ],
)  # fmt: skip
def test_forum_cell_without_class(cell: str, expected: list[str]) -> None:
    assert plain_cell(cell) == expected
