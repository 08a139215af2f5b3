"""A signature box's lines (``class="signature"``: a forum post's or a blog's standing
signature) leave the body after the authors were read on them, so a signature naming the
writer still names them (:mod:`~newsarchive.extract.closingcut`; issue 11, session 48).
Small invented pages; a class only containing the word stays."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.sparfuechse-forum.example/thread/kontogebuehren-4711.html"
BOX = "Sparfuchs seit 2003 · Girokonto bei der Kreissparkasse Talheim · Bausparer aus Überzeugung"


@pytest.mark.parametrize(("classes", "kept"), [("signature", False), ("signature-line", True)])
def test_a_signature_box_leaves_the_body(classes: str, kept: bool) -> None:
    tail = f"<div class='{classes}'><p>{BOX}</p></div>"
    found = extract(article_page(tail=tail), URL, fetched_at=FETCHED)
    assert "im 4. Absatz" in found["body"]
    assert (BOX in found["body"]) is kept


def test_the_box_is_read_for_the_writer_first() -> None:
    # a team's account posted it, the box under the text signs it: the same writer either way
    top = "<h1>Kontogebühren steigen</h1><p class='byline'>Von Vereinsteam</p>"
    signed = "<p>Thorsten Albers</p>"
    boxed, plain = (
        extract(
            article_page(top=top, tail=f"<div class='{c}'>{signed}</div>"), URL, fetched_at=FETCHED
        )
        for c in ("signature", "closing")
    )
    assert boxed["authors"] == plain["authors"] == ["Thorsten Albers"]
