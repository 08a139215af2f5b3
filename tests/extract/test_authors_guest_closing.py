"""A guest post's closing note names its writer, not the owner's account in the byline
("Dieser Artikel ist ein Gastbeitrag von A.", "Dieser Gastartikel stammt von A, …",
"Dieser Ratgeber wurde von A geschrieben") or an author box headed "Über den Gastautor"
(read on de_full73, de_full83); a guest named otherwise at the end leaves it."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://sparblog.example/2026/03/kreditkarte-im-ausland/"
TEXT = "".join(
    f"<p>Im {n}. Absatz geht es darum, was eine Kreditkarte im Ausland kostet und wann sich "
    "eine zweite Karte für Reisende wirklich lohnt.</p>"
    for n in range(1, 5)
)


def authors(end: str) -> list[str]:
    body = (
        "<article><h1>Kreditkarte im Ausland</h1><p class='byline'>von <a rel='author' "
        f"href='/author/lena/'>Lena Beispiel</a></p>{TEXT}{end}</article>"
    )
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("<p>Dieser Artikel ist ein Gastbeitrag von Arne Muster. Er bloggt.</p>", ["Arne Muster"]),
        ("<p>Dieser Gastartikel stammt von Petra Probst, Beraterin.</p>", ["Petra Probst"]),
        ("<p>Dies ist ein Gastbeitrag von Sven Exempel, der reist.</p>", ["Sven Exempel"]),
        # the guest's relation to the site before the name, a place after it (session 31)
        (
            "<p>Dieser Text stammt von unserer Leserin Jana Muster aus Bamberg. Danke!</p>",
            ["Jana Muster"],
        ),
        (
            "<p>Dieser Ratgeber wurde von Anna Sample geschrieben und geprüft.</p>",
            ["Anna Sample"],
        ),
        # a closing biography calling its person the guest (session 39, de_full146)
        (
            "<p>Marlene Muster ist Honorarberaterin in Münster und schreibt regelmäßig als "
            "Gastautorin für dieses Blog.</p>",
            ["Marlene Muster"],
        ),
        # left alone: no note, a guest named otherwise, a group
        (
            "<p>Dieser Beitrag ist Teil unserer Reihe mit Gastbeiträgen aus der Praxis.</p>",
            ["Lena Beispiel"],
        ),
        (
            "<p>Lena Beispiel ist Bloggerin und freut sich über jeden Gastbeitrag.</p>",
            ["Lena Beispiel"],
        ),
        ("", ["Lena Beispiel"]),
        ("<p>Heute schreibt hier Gastautorin Nina Keller, selbst Mutter.</p>", ["Lena Beispiel"]),
        ("<p>Dieser Beitrag ist ein Gastbeitrag von Team Vorsorge.</p>", ["Lena Beispiel"]),
    ],
)
def test_guest_closing_note(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        (
            "<div class='author-box'><h3>Über den Gastautor</h3><p>Arne Muster ist "
            "Softwareentwickler und lebt seit einem Jahr mit einer Smartphone-Bank.</p></div>",
            ["Arne Muster"],
        ),
        (
            "<div class='guest-author'><strong>Über die Gastautorin:</strong> Dr. Petra Probst "
            "berät Banken.</div>",
            ["Dr. Petra Probst"],  # titles kept as the box shows them (session 35)
        ),
        # the name as a heading over the bio that repeats it: the name ends before the title
        (
            "<div class='author-box'><h3>Über den Gastautor</h3><h4>Dr. Felix Arnold</h4>"
            "<p>Dr. Felix Arnold ist Volkswirt.</p></div>",
            ["Dr. Felix Arnold"],
        ),
        # an author box of the owner, or a guest box naming no person, leaves the byline
        (
            "<div class='author-box'><h3>Über die Autorin</h3><p>Eva Exempel bloggt.</p></div>",
            ["Lena Beispiel"],
        ),
        (
            "<div class='author-box'><h3>Über den Gastautor</h3><p>Unser Gast schreibt "
            "selten.</p></div>",
            ["Lena Beispiel"],
        ),
    ],
)
def test_guest_author_box(box: str, expected: list[str]) -> None:
    assert authors(box) == expected
