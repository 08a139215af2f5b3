"""Bylines of early blog systems (kind read in de_full19 and de_full45, issue 11, session 41):
b2evolution's "Abgelegt unter: Banken — von A @ 22:10" (an em dash before "von", the time
after "@") and a blosxom-like footer's "geschrieben um 21:10 von A | Pfad: /verein" (a time
without its day before "von"); "Geschrieben am 03.07.07 um 21:14 von" <a>A</a>, the name in
a link of its own (session 42)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://blog.kegelclub-ahrweide.example/2006/11/18/neue-kontogebuehren"
TEXT = "".join(
    f"<p>Im {n}. Punkt der Versammlung ging es um die neuen Gebühren der Kreissparkasse für "
    "das Vereinskonto und um die Frage, ob der Verein zur Volksbank wechseln sollte.</p>"
    for n in range(1, 6)
)


def authors(head_line: str = "", foot_line: str = "") -> list[str]:
    """The authors of an invented club blog post with ``head_line`` under its title and
    ``foot_line`` under its text."""
    html = page_with(
        "<div class='bPosts'><h2>Samstag, 18. November 2006</h2><div class='bPost'><h3 "
        f"class='bTitle'>Neue Kontogebühren für den Verein</h3><div class='bSmallHead'>"
        f"{head_line}</div><div class='bText'>{TEXT}<p><small>{foot_line}</small></p></div>"
        "</div></div>",
        "<title>Kegelclub Ahrweide: Neue Kontogebühren für den Verein</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("head_line", "foot_line"),
    [
        ("Abgelegt unter: <a href='#'>Verein</a> — von Almut Dreesen @ 22:10", ""),
        ("— von Almut Dreesen", ""),
        ("von Almut Dreesen @ 9:41", ""),
        ("", "geschrieben um 21:10 von Almut Dreesen | Pfad: /verein | <a href='#'>Link</a>"),
        ("", "geschrieben um 21:10 Uhr von Almut Dreesen"),
        # the name in a link of its own after the date and "von" (session 42, dates_cw)
        ("Geschrieben am 03.07.07 um 21:14 von <a href='#'>Almut Dreesen</a> | Kategorie: x", ""),
        ("", "geschrieben am 13.05.2008 um 21:05 von <a href='#'>Almut Dreesen</a>"),
    ],
)
def test_early_blog_bylines(head_line: str, foot_line: str) -> None:
    assert authors(head_line, foot_line) == ["Almut Dreesen"]


@pytest.mark.parametrize(
    "foot_line",
    [
        "Treffen ist um 19:30 von Montag bis Freitag",  # a time, then no name
        "Abgelegt unter: <a href='#'>Verein</a> — 3 Kommentare",
    ],
)
def test_no_byline_no_writer(foot_line: str) -> None:
    assert authors("", foot_line) == []
