"""Parts of one byline element after its writers' full names that name a team or a paper
("Von A und B, Team Sicherheit", "By A<br>The Ledger") or are a profile card's follow
button ("A · Follow"; kinds read in bv, en_p, bt and ax, issue 11): left out, on small
invented pages; co-writers' names stay. A phrase in byline markup (an author box's
sentence, kind read in de_full44) is nobody."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.hafenbank.example/blog/2025/phishing-sms"
TEXT = "".join(
    f"<p>Im {n}. Teil unserer Reihe erklären wir, woran Sie gefälschte Nachrichten erkennen "
    "und warum wir Sie nie nach Ihrer PIN oder einer TAN fragen würden.</p>"
    for n in range(2, 7)
)


def authors(byline: str) -> list[str]:
    """The authors of an invented bank blog post with the byline markup ``byline``."""
    html = page_with(
        "<header><a href='/'>Hafenbank</a><nav><a>Blog</a></nav></header><main><article>"
        f"<h1>Gefälschte SMS: So erkennen Sie Betrüger</h1>{byline}"
        f"<div class='entry-content'>{TEXT}</div></article></main>",
        "<title>Gefälschte SMS: So erkennen Sie Betrüger | Hafenbank</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "<p class='author'>Von Kemal Aydın und Lisa Behrens, Team Sicherheit</p>",
            ["Kemal Aydın", "Lisa Behrens"],
        ),
        ("<p class='byline'>By Odile Ashcombe<br>The Ledger</p>", ["Odile Ashcombe"]),
        ("<div class='author'>Gerd Hollmann · <a>Follow</a></div>", ["Gerd Hollmann"]),
        ("<p class='author'>Von Jana Roth, Social-Media-Team</p>", ["Jana Roth"]),
        # co-writers stay, one whose name opens like an article too
        ("<p class='author'>Von Kemal Aydın und Lisa Behrens</p>", ["Kemal Aydın", "Lisa Behrens"]),
        (
            "<p class='author'>Von Lisa Behrens und Theo Derwall</p>",
            ["Lisa Behrens", "Theo Derwall"],
        ),
    ],
)
def test_team_or_button_after_names(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # an author box's sentence in a class "author" is nobody; the byline text names the writer
        (
            "<p>Veröffentlicht am 12. März 2019 von Jana Roth</p><div class='author-box'><span "
            "class='author-bio'>Wir sind ein ehrenamtlicher Kinoverein und zeigen Filme.</span>"
            "</div>",
            ["Jana Roth"],
        ),
        # name particles are no phrase
        ("<p class='author'>Von Anna von der Heide</p>", ["Anna von der Heide"]),
    ],
)
def test_phrase_in_byline_markup(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected
