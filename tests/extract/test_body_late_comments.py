"""Body rule for readers' comments under a heading that does not open its block (issue 11,
``latecomments.py``): after the post's text and a mood or rating line, a comments heading
that counts the comments or is followed by a comment's day leaves with what follows it;
a header's comment count above the text and a section "Kommentare" of the text stay."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, PRICES_URL, page_with, paragraphs

from newsarchive.extract import extract

POST = paragraphs("die Preise steigen")
MOOD = "<p class='mood'>Stimmung: super</p>"


def _body(block: str) -> str:
    return str(extract(page_with(block), PRICES_URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    ("heading", "comment"),
    [
        ("Kommentare (1)", "<div><b>Jenny B.</b><p>Glückwunsch, jetzt wird gefeiert!</p></div>"),
        ("Kommentare", "<ul><li><b>Anwohner</b> <small>13.09.2009</small> Glückwunsch!</li></ul>"),
        ("Comments", "<p>Glückwunsch, jetzt wird gefeiert! -- JuttaPfennig 2007-03-12 22:40</p>"),
        (
            "Kommentare",
            "<div><b>Werner K.</b> schrieb am 14. Februar 2026, 9:20:<br>Glückwunsch!</div>",
        ),
    ],
)
def test_comments_after_the_post_leave(heading: str, comment: str) -> None:
    body = _body(
        f"<main><h1>Neue Preise</h1><div>{POST}</div>{MOOD}<h3>{heading}</h3>{comment}</main>"
    )
    assert "erklärt im 3. Absatz, warum die Preise steigen" in body
    assert "Glückwunsch" not in body


def test_a_comment_count_above_the_text_keeps_the_text() -> None:
    block = f"<main><h1>Neue Preise</h1><p>Am 12.03.2026</p><h3>3 Kommentare</h3>{POST}</main>"
    assert "erklärt im 3. Absatz, warum die Preise steigen" in _body(block)


def test_a_section_named_kommentare_without_dates_stays() -> None:
    block = f"<main><h1>Neue Preise</h1>{POST}<h3>Kommentare</h3>{paragraphs('sie sinken')}</main>"
    assert "erklärt im 3. Absatz, warum sie sinken" in _body(block)
