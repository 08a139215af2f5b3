"""Titles of pages whose ``<h1>`` stands in a block named the page's header by its class or
id (pre-HTML5 templates: a hosted journal's name over the entry's subject), issue 11, the
de_full22 round; each on a small invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://sparbuchnotizen.journal.example/14872.html"
TEXT = "".join(
    f"<p>Im {n}. Absatz schreibt sie, was die Sparkasse beim Sparbuch ändert und warum "
    "sich ein Vergleich der Angebote lohnt.</p>"
    for n in range(1, 4)
)


JOURNAL = "Sparbuchnotizen von Ines Auental"
#: An <h1> that reads as a headline, not as a journal's name ("X von Name" names a site:
#: test_titles_possessive), for the guards below that the block's class alone decides.
HEADLINE = "Warum ich mein Sparbuch behalte"


def journal_page(
    title: str, header: str = "class='header'", h1: str = "<h1>", heading: str = JOURNAL
) -> bytes:
    body = (
        f"<div {header}>{h1}{heading}</h1><p>Über Banken</p></div>"
        "<div class='entry'><div class='entryHeader'><b>ines_schreibt</b> wrote</div>"
        "<div class='subject'><b>Meine Sparkasse zahlt jetzt noch weniger</b></div>"
        f"<div class='entryText'>{TEXT}</div></div>"
    )
    return page_with(body, f"<title>{title}</title>")


def title_of(page: bytes) -> str:
    return extract(page, URL, fetched_at=FETCHED)["title"]


def test_a_header_blocks_h1_yields_to_the_entry_subject_the_title_gives() -> None:
    title = "ines_schreibt: Meine Sparkasse zahlt jetzt noch weniger"
    assert title_of(journal_page(title)) == "Meine Sparkasse zahlt jetzt noch weniger"
    assert title_of(journal_page(title, "id='header'")) == (
        "Meine Sparkasse zahlt jetzt noch weniger"
    )


def test_a_header_blocks_h1_the_titles_repeat_or_of_a_headline_class_stays() -> None:
    title = "Sparbuchnotizen von Ines Auental"
    page = journal_page(f"{title} - Journal").replace(
        b"<div class='subject'><b>Meine Sparkasse zahlt jetzt noch weniger</b></div>", b""
    )
    assert title_of(page) == title
    page = journal_page(
        "ines_schreibt: Etwas anderes", h1="<h1 class='entry-title'>", heading=HEADLINE
    )
    assert title_of(page) == HEADLINE


def test_a_block_whose_class_only_contains_the_word_is_no_header() -> None:
    page = journal_page("ines_schreibt: Etwas anderes", "class='page-header'", heading=HEADLINE)
    assert title_of(page) == HEADLINE
