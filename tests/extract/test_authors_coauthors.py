"""A second writer credited in a line of its own beside a person's byline ("Co-Autorin:" in
the author box, "Mitgeschrieben hat …" or "… habe ich gemeinsam mit … geschrieben." closing
the post; halves AE's, K's and AY's kind, issue 11): the cases it reads and the cases it
leaves alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kontoblick-weserland.example/beitraege/neue-app/"
TEXT = "".join(
    f"<p>Die Volksbank Weserland stellt im {n}. Quartal ihre neue App vor und erklärt in "
    "mehreren Veranstaltungen, wie Überweisungen und Daueraufträge dort funktionieren.</p>"
    for n in range(1, 5)
)


def authors(byline: str, end: str = "", comments: str = "") -> list[str]:
    html = page_with(
        f"<article><h1>Die neue App im Test</h1><div class='meta'>{byline} · 12.05.2025</div>"
        f"<div class='text'>{TEXT}{end}</div></article>{comments}",
        "<title>Die neue App im Test</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "end", "expected"),
    [
        # closing the post: a co-writer's sentence, the writer's own credit
        (
            "Von Tobias Wendt",
            "<p>Mitgeschrieben hat Marion Scheele.</p>",
            ["Tobias Wendt", "Marion Scheele"],
        ),
        (
            "Von Tobias Wendt",
            "<p>Mitverfasst von Jan von Berg</p>",
            ["Tobias Wendt", "Jan von Berg"],
        ),
        (
            "Von Derya Kalkan",
            "<p><i>Diesen Beitrag habe ich gemeinsam mit Ole Brammer geschrieben.</i></p>",
            ["Derya Kalkan", "Ole Brammer"],
        ),
        # a label, the name in the same node or in a link of its own
        (
            "Von Torsten Weyrich",
            "<p class='box'>Co-Autorin: Stefanie Lorenz</p>",
            ["Torsten Weyrich", "Stefanie Lorenz"],
        ),
        (
            "Von Torsten Weyrich",
            "<p class='box'>Co-Autor: <a href='/in/lars-ebel'>Lars Ebel</a></p>",
            ["Torsten Weyrich", "Lars Ebel"],
        ),
        # credited once only
        (
            "Von Tobias Wendt und Marion Scheele",
            "<p>Mitgeschrieben hat Marion Scheele.</p>",
            ["Tobias Wendt", "Marion Scheele"],
        ),
        # a report's third person, help ("Mitarbeit"), a sentence running on: no co-writer
        (
            "Von Derya Kalkan",
            "<p>Sie hat das Buch gemeinsam mit Ole Brammer geschrieben.</p>",
            ["Derya Kalkan"],
        ),
        ("Von Derya Kalkan", "<p>Mitarbeit: Ole Brammer</p>", ["Derya Kalkan"]),
        (
            "Von Derya Kalkan",
            "<p>Mitgeschrieben hat Ole Brammer, der bei der Bank arbeitet.</p>",
            ["Derya Kalkan"],
        ),
        # no person in the byline: nothing to add to
        ("", "<p>Mitgeschrieben hat Marion Scheele.</p>", []),
    ],
)
def test_co_author(byline: str, end: str, expected: list[str]) -> None:
    assert authors(byline, end) == expected


def test_co_author_in_comments_is_none() -> None:
    comments = (
        "<div id='comments'><h3>Kommentare</h3><div class='comment'>"
        "<p>Mitgeschrieben hat Marion Scheele.</p></div></div>"
    )
    assert authors("Von Tobias Wendt", comments=comments) == ["Tobias Wendt"]
