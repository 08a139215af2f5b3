"""Body rule for readers' comments closing the body as lines under their heading (issue 11,
``commentlines.py``): in the second half, "Comments", "3 writebacks", "Reaktionen" or
"Trackbacks" leave with what follows where the heading counts the comments, a comment
starts after it or a comment form's prompt follows; a section of the text named
"Kommentare" or "Reaktionen", a forum's "Antworten" and a heading in the first half stay."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines

MORE = [f"Im {n}. Absatz erklärt die Volksbank Musterstadt ihre neuen Kanäle." for n in (1, 2)]
TEXT = [*LINES, *MORE]


@pytest.mark.parametrize(
    "tail",
    [
        ["Comments", "Mine still sends passwords through the post", "Add A New Comment"],
        ["3 writebacks", "hmb wrote: You will get locked out doing that", "Add a writeback:"],
        ["Reaktionen", "Kassenwartin (22.09.2010)", "Danke, das wusste ich noch nicht."],
        ["Kommentare (2)", "Gute Sache, endlich auch bei uns."],
        ["Trackbacks", "The trackback URL for this entry is:", "http://blog.example/42.trak"],
    ],
)
def test_closing_comments_leave(tail: list[str]) -> None:
    assert kept_lines([*TEXT, *tail]) == TEXT


@pytest.mark.parametrize(
    "tail",
    [
        [
            "Reaktionen",
            "Der Bürgermeister begrüßte am 12.03.2026 die Entscheidung der Bank und sagte, die "
            "Stadt werde beim Umzug der Filiale helfen.",
        ],
        ["Kommentare", "Die Kommentare der Fachleute zum neuen Kanal fielen gemischt aus."],
        ["Antworten", "Bei mir hat es geholfen, die App einmal neu zu installieren."],
    ],
)
def test_a_section_of_the_text_stays(tail: list[str]) -> None:
    assert kept_lines([*TEXT, *tail])[-1] == tail[-1]


def test_a_heading_in_the_first_half_stays() -> None:
    lines = ["Kommentare (2)", *TEXT, *MORE]
    assert kept_lines(lines)[-len(MORE) :] == MORE


def test_the_closing_lines_above_the_comments_are_read_as_closing() -> None:
    comments = [f"Comment number {n} says this is very useful for me" for n in range(4)]
    lines = [*TEXT, "Views: 212", "Comments", *comments, "Add A New Comment"]
    assert kept_lines(lines) == TEXT
