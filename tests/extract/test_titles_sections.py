"""Titles of service and section pages (issue 11): a section's ``<h1>`` ("Karriere",
"Mediathek", "Newsroom") over the page's own title, each on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Die Sparkasse Auental erklärt im {n}. Absatz, was sich für Kundinnen und Kunden "
    "ändert und warum sie den Kanal jetzt ausbaut.</p>"
    for n in range(1, 4)
)


def title_of(page: bytes, url: str) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize("section", ["Karriere", "Wissen", "Newsroom", "Investor Relations"])
def test_a_section_h1_yields_to_the_title_the_metadata_agree_on(section: str) -> None:
    body = (
        f"<main><section class='stage'><h1 class='stage__headline'>{section}</h1></section>"
        f"<article>{TEXT}</article><section class='teasers'><h2>Das könnte Sie auch "
        "interessieren</h2></section></main>"
    )
    head = (
        "<title>Was ist ein Tagesgeldkonto? » Sparkasse Auental</title>"
        "<meta property='og:title' content='Was ist ein Tagesgeldkonto?'>"
    )
    url = "https://www.sparkasse-auental.example/ratgeber/tagesgeld"
    assert title_of(page_with(body, head), url) == "Was ist ein Tagesgeldkonto?"


def test_an_article_h1_that_names_no_section_stays() -> None:
    # "Wissen" inside a longer headline is no page kind: the <h1> stays the headline
    body = f"<main><article><h1>Wissen für Sparer: Tagesgeld erklärt</h1>{TEXT}</article></main>"
    head = "<title>Tagesgeld einfach erklärt » Sparkasse Auental</title>"
    url = "https://www.sparkasse-auental.example/ratgeber/tagesgeld"
    assert title_of(page_with(body, head), url) == "Wissen für Sparer: Tagesgeld erklärt"


@pytest.mark.parametrize(
    ("head_title", "heading"),
    [
        ("Sparkasse Auental baut Instagram aus | Finanztage Auental 2025 | Messe Auental",
         "Sparkasse Auental baut Instagram aus"),
        ("Messe Auental | Finanztage Auental 2025 | Sparkasse Auental baut Instagram aus",
         "Sparkasse Auental baut Instagram aus"),
    ],
)  # fmt: skip
def test_a_heading_showing_one_end_of_a_three_part_title_is_the_headline(
    head_title: str, heading: str
) -> None:
    body = (
        "<main><h1 class='newsroom-title'>Presse und Medien</h1><article class='press-item'>"
        f"<h2 class='press-item__title'>{heading}</h2>{TEXT}</article></main>"
    )
    url = "https://www.finanztage.example/newsroom/instagram"
    assert title_of(page_with(body, f"<title>{head_title}</title>"), url) == heading


def test_a_teasers_heading_showing_one_end_of_a_three_part_title_is_not_taken() -> None:
    # the end segment is only another page's teaser link: the metadata title stays
    head_title = "Finanztage Auental 2025 | Programm | Messe Auental"
    body = (
        "<main><h1>Presse und Medien</h1><article>"
        f"{TEXT}</article><div class='teaser'><a href='/p'><h3>Messe Auental</h3></a></div></main>"
    )
    url = "https://www.finanztage.example/programm"
    assert title_of(page_with(body, f"<title>{head_title}</title>"), url) != "Messe Auental"


def test_a_breadcrumb_title_with_angle_brackets_yields_the_videos_heading() -> None:
    body = (
        "<main><h1 class='page-heading'>Mediathek</h1><div class='video'><h2 class="
        f"'video-title'>Azubis der Sparkasse erklären das Girokonto</h2>{TEXT}</div></main>"
    )
    head = "<title>Auental TV > Mediathek > Azubis der Sparkasse erklären das Girokonto</title>"
    url = "https://www.auental-tv.example/mediathek/azubis-girokonto"
    expected = "Azubis der Sparkasse erklären das Girokonto"
    assert title_of(page_with(body, head), url) == expected


def test_a_headline_block_beats_a_shorter_seo_title_on_a_page_without_headings() -> None:
    shown = "Sparkasse Auental startet WhatsApp-Kanal für Kundinnen und Kunden"
    body = (
        "<div class='player'><h2>Jetzt läuft</h2></div><main><div class='news'>"
        f"<div class='headline'>{shown}</div>{TEXT}</div></main>"
        "<aside><div class='teaser'><div class='title'>Sparkasse Auental startet Podcast</div>"
        "</div></aside>"
    )
    head = "<title>Sparkasse startet WhatsApp-Kanal ~ Radio Auental</title>"
    url = "https://www.radio-auental.example/news/sparkasse-whatsapp"
    assert title_of(page_with(body, head), url) == shown


def test_a_headline_block_telling_another_story_leaves_the_title() -> None:
    body = (
        "<main><div class='news'><div class='headline'>Wetter am Wochenende</div>"
        f"{TEXT}</div></main>"
    )
    head = "<title>Sparkasse startet WhatsApp-Kanal ~ Radio Auental</title>"
    url = "https://www.radio-auental.example/news/sparkasse-whatsapp"
    assert title_of(page_with(body, head), url) == "Sparkasse startet WhatsApp-Kanal"


def test_a_breadcrumbs_h1_yields_to_the_articles_headline() -> None:
    # the theme prints the <title> as the breadcrumb's last item; the headline is elsewhere
    body = (
        "<main><div class='breadcrumbs'><a href='/'>Start</a> » <span class='current-item'>"
        "<h1>Sparkasse Auental: Neuer Kanal</h1></span></div><article><h2 itemprop='headline'>"
        f"„Endlich da“: Sparkasse Auental startet WhatsApp-Kanal</h2>{TEXT}</article></main>"
    )
    head = (
        "<title>Sparkasse Auental: Neuer Kanal</title><meta property='og:title' "
        "content='„Endlich da“: Sparkasse Auental startet WhatsApp-Kanal'>"
    )
    url = "https://www.auental-news.example/sparkasse-whatsapp"
    expected = "„Endlich da“: Sparkasse Auental startet WhatsApp-Kanal"
    assert title_of(page_with(body, head), url) == expected


def test_a_breadcrumb_h1_the_metadata_repeat_is_the_headline() -> None:
    # a breadcrumb's title item as the only headline: confirmed by the metadata titles
    headline = "Girokonto: Sparkasse Auental senkt die Gebühren"
    body = (
        "<main><div class='c-breadcrumb'><a href='/'>Start</a><h1 class='c-breadcrumb__title'>"
        f"{headline}</h1></div><article>{TEXT}</article></main>"
    )
    head = (
        f"<title>{headline} | Auental News</title>"
        "<meta property='og:title' content='Sparkasse Auental senkt die Gebühren'>"
        f'<script type=\'application/ld+json\'>{{"headline": "{headline}"}}</script>'
    )
    url = "https://www.auental-news.example/girokonto"
    assert title_of(page_with(body, head), url) == headline
