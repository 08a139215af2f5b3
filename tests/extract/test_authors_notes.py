"""A note on the writer after the text ("Der Autor Rüdiger Pahl ist Vorstand der Volksbank
…"; kind read in half AB, issue 11) names the author where no byline names a person, on
small invented pages; running text about an author, a group, or a byline's person left
alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.bankpraxis.example/banksteuerung/genossenschaften-und-zinsen"
TEXT = "".join(
    f"<p>Im {n}. Jahr der Zinswende haben die Genossenschaftsbanken ihre Einlagen wieder "
    "gesteigert, während die Kosten für Personal und Technik weiter gewachsen sind.</p>"
    for n in range(1, 6)
)


def authors(note: str, byline: str = "") -> list[str]:
    html = page_with(
        f"<div id='content'><h1 class='title'>Genossenschaften und die Zinswende</h1>{byline}"
        f"<div class='field-name-body'>{TEXT}</div>{note}"
        "<div class='block'><h2>Ähnliche Artikel</h2><ul><li><a>Girocard: Was sich ändert</a>"
        "</li></ul></div></div>",
        "<title>Genossenschaften und die Zinswende | BankPraxis</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "<p class='gastnotiz'><em>Der Autor Rüdiger Pahl ist Vorstand der Volksbank "
            "Hollerbach eG.</em></p>",
            ["Rüdiger Pahl"],
        ),
        ("<p>Unsere Gastautorin Eva Roth leitet eine Kanzlei in Uelzen.</p>", ["Eva Roth"]),
        ("<p>Die Autorin Eva Roth, Jahrgang 1970, berät Sparkassen.</p>", ["Eva Roth"]),
        # running text about an author, a group, or no note: nobody
        ("<p>Die Autorin Eva Roth beschreibt in ihrem Buch die Zinswende.</p>", []),
        ("<p>Der Autor Vorstand Volksbank ist erreichbar.</p>", []),
        ("", []),
    ],
)
def test_note_on_the_writer(note: str, expected: list[str]) -> None:
    assert authors(note) == expected


def test_byline_person_wins() -> None:
    note = "<p>Der Autor Rüdiger Pahl ist Vorstand der Volksbank Hollerbach eG.</p>"
    assert authors(note, "<p>Von Kira Brandes</p>") == ["Kira Brandes"]
