"""A post whose class names its writer (Serendipity's ``serendipity_entry_author_Anna``):
trafilatura discards every class containing "author", so the post went and the trackbacks
under it stood in for the text; the word is renamed where the element holds a paragraph
(``widgets.open_author_entries``; issue 11, session 47, read on dates_de and dates_db).
Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.p2p-zinsbuch.example/archives/123-kreditnachbar-test.html"
TRACKBACKS = (
    "<div class='serendipity_comments serendipity_section_trackbacks'><div "
    "class='serendipity_commentsTitle'>Trackbacks</div><div class='serendipity_comment'>"
    "<div class='serendipity_commentBody'>Markus vom Geldsalon hat sich auch angemeldet und "
    "zwölf Projekte finanziert. Lesenswert, auch wenn ich skeptischer bin.</div></div></div>"
)


@pytest.mark.parametrize(
    "classes",
    ["serendipity_entry serendipity_entry_author_Anna-Brandt", "post post-author-anna"],
)
def test_a_post_classed_by_its_writer_keeps_its_text(classes: str) -> None:
    page = page_with(
        "<table id='mainpane'><tr><td id='content'><h4 class='serendipity_title'>Mein Test "
        f"bei Kreditnachbar</h4><div class='{classes}'><div class='serendipity_entry_body'>"
        f"{paragraphs('sie Kredite vermittelt', 4)}</div></div>{TRACKBACKS}</td></tr></table>",
        "<title>Mein Test bei Kreditnachbar - P2P-Zinsbuch</title>",
    )
    body = extract(page, URL, fetched_at=FETCHED)["body"]
    assert "erklärt im 4. Absatz, warum sie Kredite vermittelt" in body


def test_a_bio_box_classed_author_stays_out() -> None:
    page = page_with(
        f"<article><h1>Mein Test bei Kreditnachbar</h1>{paragraphs('sie Kredite vermittelt', 4)}"
        "<div class='post-author-box'><p>Anna Brandt bloggt seit 2006 über Zinsen, Tagesgeld "
        "und Kredite von Mensch zu Mensch, und sie antwortet jede Woche auf Leserfragen.</p>"
        "</div></article>",
        "<title>Mein Test bei Kreditnachbar - P2P-Zinsbuch</title>",
    )
    body = extract(page, URL, fetched_at=FETCHED)["body"]
    assert "erklärt im 4. Absatz" in body
    assert "bloggt seit 2006" not in body
