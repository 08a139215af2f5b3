"""Titles where a navigation's ``<h1>`` (a breadcrumb's last item) stands beside the
article's headline (issue 11), each on a small invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Die Sparkasse Auental erklärt im {n}. Absatz, was sich für Kundinnen und Kunden "
    "ändert und warum sie den Kanal jetzt ausbaut.</p>"
    for n in range(1, 4)
)


def title_of(page: bytes, url: str) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


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
