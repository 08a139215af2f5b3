"""A login credited as the writer whose author box is headed by it ("Über pixelpaula") and
opens with a full name ("Paula Brandes spielt seit 2019 Strategiespiele …"): the login's
owner, that name. A box whose text opens otherwise ("Hinter Appzins stehen …") leaves the
login. Issue 11, session 58: 4 read judges' authors up (bh three times, l), none down, dev
unchanged. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.esport-taubergrund.example/2024/03/sparkasse-sponsert-turnier/"


def authors(login: str, box: str) -> list[str]:
    """The authors of a blog post credited to ``login`` with the author box ``box``."""
    article = (
        "<h1>Sparkasse sponsert unser Turnier</h1>"
        f"<p class='byline'>Von <a rel='author' href='/author/{login}/'>{login}</a></p>"
        f"{paragraphs('sie das Turnier unterstützt', 3)}"
        f"<div class='about-author'><h4>Über {login}</h4><p>{box}</p></div>"
    )
    return extracted(article, URL)["authors"]


@pytest.mark.parametrize(
    ("login", "box", "expected"),
    [
        (
            "pixelpaula",
            "Paula Brandes spielt seit 2019 Strategiespiele und leitet die Pressearbeit.",
            ["Paula Brandes"],
        ),
        ("j4nnik", "Jannik Oltmanns ist Kapitän unseres Teams.", ["Jannik Oltmanns"]),
    ],
)
def test_the_box_under_a_login_names_its_owner(login: str, box: str, expected: list[str]) -> None:
    assert authors(login, box) == expected


def test_a_box_opening_otherwise_leaves_the_login() -> None:
    box = "Hinter Appzins stehen zwei Studierende aus Tauberbischofsheim."
    assert authors("appzins_team", box) == ["appzins_team"]
