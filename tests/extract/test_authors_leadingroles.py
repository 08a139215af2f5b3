"""A role word before a name, dropped in a byline, a signature and a guest's opening alike
("Energieberaterin Frauke Ohm", "Eure Kassenwartin Gisela Marquardt"; halves AL's, K's,
Q's, R's, X's and Y's kind, issue 11): on a small invented page, the cases it reads and the
cases it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.roles import leading_role, without_leading_roles

URL = "https://sparverein-talbach.example/berichte/jahresversammlung/"
TEXT = "".join(
    f"<p>Der Sparverein Talbach hat auf seiner {n}. Versammlung über die Gebühren der "
    "Banken gesprochen und beschlossen, die Mitglieder künftig online zu informieren.</p>"
    for n in range(1, 5)
)


def authors(meta_line: str, end: str = "") -> list[str]:
    html = page_with(
        "<article><h1>Bericht von der Versammlung</h1>"
        f"<div class='meta'>{meta_line}</div><div class='text'>{TEXT}{end}</div></article>",
        "<title>Bericht von der Versammlung</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("meta_line", "end", "expected"),
    [
        # a compound role before the name in the byline
        ("Von Energieberaterin Frauke Ohm · 12.05.2025", "", ["Frauke Ohm"]),
        ("Von Verbandspräsidentin Ursula Brenninger · 12.05.2025", "", ["Ursula Brenninger"]),
        ("Von Obermeister Reinhard Tölle · 12.05.2025", "", ["Reinhard Tölle"]),
        # a local politician's seat (session 64, read on de_full641 and de_full647)
        ("Von Stadträtin Lea Brunnmeier · 12.05.2025", "", ["Lea Brunnmeier"]),
        ("Von Ortsvorsteher Bernd Achterberg · 12.05.2025", "", ["Bernd Achterberg"]),
        # a club's office before the name in a signature
        ("12.05.2025", "<p>Eure Kassenwartin Gisela Marquardt</p>", ["Gisela Marquardt"]),
        # a surname that is a role word alone stays; a name of two words keeps its first
        ("Von Meister Jan Roth · 12.05.2025", "", ["Meister Jan Roth"]),
        ("Von Gisela Marquardt · 12.05.2025", "", ["Gisela Marquardt"]),
    ],
)
def test_leading_role(meta_line: str, end: str, expected: list[str]) -> None:
    assert authors(meta_line, end) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Gemeindereferentin Martina Vosskuhl", "Martina Vosskuhl"),
        ("Finanzminister Jens Halbach", "Jens Halbach"),
        ("Redakteur Martin Scholz", "Martin Scholz"),
        ("Pressesprecherin Anna Roth", "Anna Roth"),
        # two words stay, whatever the first
        ("Kassenwart Roth", "Kassenwart Roth"),
        # a surname, a first name: no role
        ("Leiter Anna Roth", "Leiter Anna Roth"),
        ("Anna Maria Roth", "Anna Maria Roth"),
    ],
)
def test_without_leading_roles(name: str, expected: str) -> None:
    assert without_leading_roles(name) == expected


def test_leading_role_words() -> None:
    assert leading_role("Kassenwartin")
    assert leading_role("Bürgermeisterin")
    assert not leading_role("Meister")
    assert not leading_role("Stewart")
