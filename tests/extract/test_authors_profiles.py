"""A byline's display name completed from the writer's profile on the page (issue 11, the
kind read in halves R and T): each case on a small invented blog post, the cases it
completes and the cases it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://blog.example/2026/02/04/haushaltsbuch-app/"
TEXT = "".join(
    f"<p>Im {n}. Absatz erzähle ich, warum mein Haushaltsbuch jetzt in einer App steckt und "
    "was die Sparkasse Lindtal dazu sagt, wenn man nach dem Kontoauszug fragt.</p>"
    for n in range(1, 6)
)


def page(byline: str, after: str = "", sidebar: str = "") -> bytes:
    return page_with(
        "<div class='header'><p class='site-title'>Gerds Gartenjahr</p></div>"
        "<article><h1 class='entry-title'>Mein Haushaltsbuch zieht in eine App um</h1>"
        "<p class='entry-meta'>4. Februar 2026 von <span class='author vcard'>"
        f"<a class='url fn n' href='/author/x/' rel='author'>{byline}</a></span></p>"
        f"<div class='entry-content'>{TEXT}</div>{after}</article>"
        f"<aside class='sidebar'>{sidebar}</aside>",
        "<title>Mein Haushaltsbuch zieht in eine App um</title>",
    )


def authors(html: bytes) -> list[str]:
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "after", "sidebar", "expected"),
    [
        # a first name completed by the author box's heading
        (
            "Nele",
            "<div class='post-author-box'><h4>Nele Vossberg</h4></div>",
            "",
            ["Nele Vossberg"],
        ),
        # a short form with an initial, completed by the card's biography
        (
            "Tobi R.",
            "<div class='author-card'><p>Tobias Reinsch, Bankkaufmann aus Bremen.</p></div>",
            "",
            ["Tobias Reinsch"],
        ),
        # a login in lower case; the blog's name in the genitive is no full name
        ("gerd", "<div class='author-info'><h2>Über Gerd Lammers</h2></div>", "", ["Gerd Lammers"]),
        # the signature under the post, after a greeting word
        ("Tobi", "<p class='sig'>Euer Tobias Behrendt</p>", "", ["Tobias Behrendt"]),
        # a nickname the profile widget spells out
        (
            "Uli",
            "",
            "<div class='widget'><h3>Über mich</h3><p>Hinter Uli steckt Ulrike Marten.</p></div>",
            ["Ulrike Marten"],
        ),
        # a nickname after an article or a word for it, a name and its alias (session 48)
        (
            "finanzfuchs",
            "",
            "<div class='textwidget'><p>Hinter dem finanzfuchs steckt Rolf Ebbinghaus, "
            "Versicherungskaufmann aus Kassel.</p></div>",
            ["Rolf Ebbinghaus"],
        ),
        (
            "bankbeobachter",
            "",
            "<div class='textwidget'><p>Hinter dem Kürzel bankbeobachter schreibt Malte Quast."
            "</p></div>",
            ["Malte Quast"],
        ),
        (
            "kontoalarm",
            "",
            "<div class='profile'><p>Über mich: Ralf Oetjen aka kontoalarm, Admin.</p></div>",
            ["Ralf Oetjen"],
        ),
        # the owner the profile widget introduces beside the nickname
        (
            "Kleingeldfee",
            "",
            "<div class='widget Profile'><a class='profile-name-link'>Kleingeldfee</a>"
            "<div class='profile-textblock'>Hinter diesem Blog steckt Ramona Fiebig aus Kassel."
            "</div></div>",
            ["Ramona Fiebig"],
        ),
        # a login and the one owner the page introduces
        (
            "hygge-admin",
            "",
            "<div class='widget'><p>Hej, ich bin Nele Vossberg und schreibe hier.</p></div>",
            ["Nele Vossberg"],
        ),
        # left alone: two full names fit the first name
        (
            "Anke",
            "<p>Anke Westphal und Anke Meier haben mitgenäht.</p>",
            "",
            ["Anke"],
        ),
        # left alone: a nickname the introduction is not tied to (a guest on the blog)
        (
            "Kleingeldfee",
            "",
            "<div class='widget'><p>Ich bin Ramona Fiebig und schreibe hier.</p></div>",
            ["Kleingeldfee"],
        ),
        # left alone: a first name and the next element's words are no full name
        (
            "Anke",
            "",
            "<div class='widget'><p>Ich bin Anke</p><h3>Beliebte Anleitungen</h3></div>",
            ["Anke"],
        ),
        # left alone: a full name in the byline
        ("Nele Vossberg", "<p>Nele Voss schreibt hier.</p>", "", ["Nele Vossberg"]),
    ],
)
def test_display_name_completed(byline: str, after: str, sidebar: str, expected: list[str]) -> None:
    assert authors(page(byline, after, sidebar)) == expected
