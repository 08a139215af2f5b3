"""Titles: general rules for kinds of pages, each on a small page written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page, page_with

from newsarchive.extract import extract

URL = "https://www.bankblog.example/2026/volksbank-twittert/"


def title_of(page: bytes, url: str = URL) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize(
    ("head_title", "expected"),
    [
        # a spaced colon separates like a dash; the WordPress archive label is the site's
        ("Volksbank twittert jetzt : Blog-Archiv", "Volksbank twittert jetzt"),
        ("Bankblog » Blog-Archiv » Volksbank twittert jetzt", "Volksbank twittert jetzt"),
        # a doubled hyphen (a typewriter dash) separates like a single one
        ("Volksbank twittert jetzt -- Bankblog", "Volksbank twittert jetzt"),
        ("Bankblog -- Blog-Archiv -- Volksbank twittert jetzt", "Volksbank twittert jetzt"),
        # a doubled bar and an arrow separate too (old story and board software)
        ("Bankblog || Volksbank twittert jetzt", "Volksbank twittert jetzt"),
        ("Bankblog -&gt; Volksbank twittert jetzt", "Volksbank twittert jetzt"),
        ("Volksbank twittert jetzt => Bankblog", "Volksbank twittert jetzt"),
        # a board's page label before the subject (phpBB)
        ("Bankblog :: View topic - Volksbank twittert jetzt", "Volksbank twittert jetzt"),
        ("Bankblog • Thema anzeigen - Volksbank twittert jetzt", "Volksbank twittert jetzt"),
        # a colon right after a word belongs to the headline
        ("Social Media: Volksbank twittert jetzt", "Social Media: Volksbank twittert jetzt"),
    ],
)
def test_site_and_archive_segments_leave_the_title(head_title: str, expected: str) -> None:
    page = article_page(f"<title>{head_title}</title>")  # no <h1>: the metadata decides
    assert title_of(page) == expected


def test_a_generic_h1_yields_to_the_metadata_title() -> None:
    head = "<meta property='og:title' content='Girokonto mit Instagram-Support'>"
    assert title_of(article_page(head, "<h1>Unsere Produkte</h1>")) == (
        "Girokonto mit Instagram-Support"
    )


def test_a_heading_repeated_in_the_metadata_beats_an_unconfirmed_h1() -> None:
    head = "<title>Volksbank twittert jetzt | Bankblog</title>"
    body = (
        "<div class='intro'><h1>Geld und Netz</h1></div>"
        "<main><article><h2>Volksbank twittert jetzt</h2>"
        "<p>Die Volksbank Musterstadt erklärt im Absatz, warum sie jetzt auf Instagram und "
        "LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p></article></main>"
    )
    assert title_of(page_with(body, head)) == "Volksbank twittert jetzt"


def test_a_rubric_in_the_metadata_only_stays_out() -> None:
    head = "<meta property='og:title' content='Digitales: Volksbank twittert jetzt'>"
    assert title_of(article_page(head, "<h1>Volksbank twittert jetzt</h1>")) == (
        "Volksbank twittert jetzt"
    )


@pytest.mark.parametrize(
    "head_title",
    ["Mein kleiner Finanzblog » Volksbank twittert jetzt", "Volksbank twittert jetzt | Finanzblog"],
)
def test_a_title_segment_the_page_shows_as_its_heading(head_title: str) -> None:
    # nothing names the site; the article's heading is one of the <title>'s segments
    body = (
        "<main><article><h2 class='entry-title'>Volksbank twittert jetzt</h2>"
        "<p>Die Volksbank Musterstadt erklärt im Absatz, warum sie jetzt auf Instagram und "
        "LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p></article></main>"
    )
    assert title_of(page_with(body, f"<title>{head_title}</title>")) == "Volksbank twittert jetzt"


def test_a_teasers_heading_is_no_title_segment() -> None:
    # a segment repeated by a slider's teaser heading, inside a link, is not the headline
    body = (
        "<main><article><p>Die Volksbank Musterstadt erklärt im Absatz, warum sie jetzt auf "
        "Instagram und LinkedIn setzt und was Kundinnen und Kunden davon haben.</p></article>"
        "<div class='slider'><a href='/kolumne/'><h3>Kolumne: Geld</h3></a></div></main>"
    )
    head = "<title>Kolumne: Geld – Volksbank twittert jetzt auf Instagram</title>"
    assert (
        title_of(page_with(body, head)) == "Kolumne: Geld – Volksbank twittert jetzt auf Instagram"
    )


def test_the_blogs_name_before_a_colon_leaves_the_title() -> None:
    # Blogger: "Blogname: Post" in <title>, the blog's name in the masthead, the post an <h3>
    body = (
        "<div class='header'><h1 class='title'><a href='/'>Sommerzeit Geld</a></h1></div>"
        "<div class='post'><h3 class='post-title entry-title'>Mein Chat mit der Bank</h3>"
        "<p>Die Volksbank Musterstadt antwortet jetzt im Chat, schreibt unsere Autorin.</p></div>"
    )
    page = page_with(body, "<title>Sommerzeit Geld: Mein Chat mit der Bank</title>")
    assert title_of(page, "https://sommerzeit-geld.blogspot.com/2019/06/chat.html") == (
        "Mein Chat mit der Bank"
    )
    # a rubric before the colon stays (it names no site)
    assert title_of(article_page("<title>Banken: Mein Chat mit der Bank</title>")) == (
        "Banken: Mein Chat mit der Bank"
    )


def test_joined_page_kinds_are_a_generic_heading() -> None:
    head = "<title>Beratung über Social Media | Volksbank</title>"
    head += "<meta property='og:title' content='Beratung über Social Media'>"
    page = article_page(head, "<h1>Kontakt &amp; Beratung</h1>")
    assert title_of(page) == "Beratung über Social Media"
