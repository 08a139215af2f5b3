"""Titles of weblogs and club homepages whose metadata title is only the site's name, the
same name their bare banner ``<h1>`` shows over the post's own heading (issue 11), on small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt die Auszubildende, wie ihr erster Tag am Schalter der "
    "Sparkasse verlaufen ist und was sie von den Kunden gelernt hat.</p>"
    for n in range(1, 4)
)
URL = "http://jana.meinblog-auental.example/?eintrag=12"
HEAD = "<title>Janas Bankgeflüster</title>"
BANNER = "<div id='header'><h1>Janas Bankgeflüster</h1><p>Aus dem Alltag einer Azubine</p></div>"


def title_of(body: str, head: str = HEAD) -> str:
    return extract(page_with(body, head), URL, fetched_at=FETCHED)["title"]


def test_the_posts_classed_heading_under_the_blogs_banner_is_the_headline() -> None:
    body = (
        f"{BANNER}<div id='menu'><a href='/a'>Archiv</a> <a href='/k'>Kontakt</a></div>"
        "<h3 class='date'>Montag, 2. August 2004</h3><div class='entry'>"
        f"<h2 class='title'>Mein erster Tag am Schalter</h2>{TEXT}</div>"
    )
    assert title_of(body) == "Mein erster Tag am Schalter"


def test_a_plain_heading_right_under_a_clubs_centred_banner_is_the_headline() -> None:
    body = (
        "<table><tr><td><h1 align='center'>Janas Bankgeflüster</h1><p>Seit 1998</p>"
        f"<b>Nachrichten</b><h2>Besuch bei der Volksbank Auental</h2>{TEXT}</td></tr></table>"
    )
    assert title_of(body) == "Besuch bei der Volksbank Auental"


def test_a_classed_or_article_h1_keeps_the_headline_over_its_subheadings() -> None:
    story = f"<h2>Was die Kunden sagen</h2>{TEXT}"
    assert title_of(f"<h1 class='s-title'>Janas Bankgeflüster</h1>{story}") == (
        "Janas Bankgeflüster"
    )
    assert title_of(f"<article><h1>Janas Bankgeflüster</h1>{story}</article>") == (
        "Janas Bankgeflüster"
    )


def test_a_heading_after_the_storys_text_or_a_label_does_not_count() -> None:
    after_text = f"{BANNER}{TEXT}<h2>Mehr aus dem Blog heute</h2>{TEXT}"
    assert title_of(after_text) == "Janas Bankgeflüster"
    label = f"{BANNER}<h2>Teilen Sie dies mit:</h2>{TEXT}"
    assert title_of(label) == "Janas Bankgeflüster"


def test_a_title_adding_the_site_after_the_h1_keeps_the_h1() -> None:
    # a headline of three or more words (a two-word name the titles give beside the site's
    # names a section, the post under it is the headline: test_titles_orgnames.py)
    banner = BANNER.replace("Janas Bankgeflüster", "Janas kleines Bankgeflüster")
    body = (
        f"{banner}<div class='entry'><h2 class='title'>Mein erster Tag am Schalter</h2>{TEXT}</div>"
    )
    html = page_with(body, "<title>Janas kleines Bankgeflüster | Kontofragen</title>")
    got = extract(html, "https://kontofragen.blogspot.com/2020/02/bank.html", fetched_at=FETCHED)
    assert got["title"] == "Janas kleines Bankgeflüster"


def test_a_later_h1_of_the_entry_under_the_banner_h1_is_the_headline() -> None:
    # a site builder's blog page: the banner and the entry both in an <h1>
    body = (
        f"{BANNER}<ul id='nav'><li><a href='/'>Start</a></li><li><a href='/b'>Blog</a></li></ul>"
        "<div class='blog-entry'><h1 class='blog-entry-title'>Mein erster Tag am Schalter</h1>"
        f"<div class='blog-entry-date'>Montag, 2. August 2004</div>{TEXT}</div>"
    )
    assert title_of(body) == "Mein erster Tag am Schalter"


def test_a_later_h1_stays_unread_when_the_first_h1_is_no_banner() -> None:
    # the first <h1> is the story's (no site title): the page keeps its own headline
    body = (
        "<div id='header'><h1>Mein erster Tag am Schalter</h1></div>"
        f"<div class='entry'><h1 class='entry-title'>Janas Bankgeflüster</h1>{TEXT}</div>"
    )
    assert title_of(body, "<title>Mein erster Tag am Schalter</title>") == (
        "Mein erster Tag am Schalter"
    )


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        # a weblog server's entry title in a classed paragraph, under the blog's banner
        ("<p class='entryTitle'>Mein erster Tag am Schalter</p>", "Mein erster Tag am Schalter"),
        # a club portal's table cell
        ("<table><tr><td class='title'>Mein erster Tag am Schalter</td></tr></table>",
         "Mein erster Tag am Schalter"),
        # a classed paragraph that names no title: the banner stays
        ("<p class='entryText'>Mein erster Tag am Schalter</p>", "Janas Bankgeflüster"),
    ],
)  # fmt: skip
def test_an_element_classed_a_title_under_the_banner_h1_is_the_post(
    post: str, expected: str
) -> None:
    body = f"{BANNER}<div class='day'>Montag, 2. August 2004</div>{post}{TEXT}"
    assert title_of(body) == expected


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        # the title adds the menu's section to the banner's name: the paper's heading
        ("Arbeitspapiere", "Wie Genossenschaftsbanken ihre Filialnetze planen"),
        # a page kind added: the same
        ("Aktuelles", "Wie Genossenschaftsbanken ihre Filialnetze planen"),
        # a segment that is neither: the <h1> stays ("Name | Site" keeps the name)
        ("Universität Auental", "Institut für Kreditwirtschaft"),
    ],
)
def test_a_title_naming_the_banner_and_a_section_yields_to_the_post(
    section: str, expected: str
) -> None:
    body = (
        "<div id='top'><h1>Institut für Kreditwirtschaft</h1></div><ul id='menu'>"
        "<li><a href='/team'>Team</a></li><li><a href='/ap'>Arbeitspapiere</a></li></ul>"
        "<div id='content'><p class='series'>Arbeitspapier 7/2026</p>"
        f"<h2>Wie Genossenschaftsbanken ihre Filialnetze planen</h2>{TEXT}</div>"
    )
    head = f"<title>Institut für Kreditwirtschaft - {section}</title>"
    assert title_of(body, head) == expected
