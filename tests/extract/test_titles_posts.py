"""Titles on pages whose metadata titles name only the page's kind or the site while a
post's heading of its own shows the headline (issue 11), on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Der TSV Auental erklärt im {n}. Absatz, was die Mitglieder beim Sponsorenlauf "
    "erwartet und wie sie sich anmelden.</p>"
    for n in range(1, 4)
)


def title_of(page: bytes, url: str) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


def test_a_clubs_post_heading_where_the_titles_name_only_the_page_kind() -> None:
    body = (
        "<div class='content'><h1 class='page-title'>Aktuelles</h1><div class='post'>"
        f"<h2 class='post-title'>Sponsorenlauf bringt 4.200 Euro</h2>{TEXT}</div>"
        "<section class='widget'><h2 class='widget-title'>Weitere Neuigkeiten</h2></section>"
        "</div>"
    )
    head = "<title>Aktuelles - TSV Auental 1908 e.V.</title>"
    url = "https://www.tsv-auental.example/aktuelles/sponsorenlauf"
    assert title_of(page_with(body, head), url) == "Sponsorenlauf bringt 4.200 Euro"


def test_a_sidebars_titled_heading_is_no_post_heading() -> None:
    body = (
        f"<div class='content'><h1>Aktuelles</h1>{TEXT}</div><aside><h2 class='widget-title'>"
        "Weitere Neuigkeiten aus dem Verein</h2></aside>"
    )
    head = "<title>Aktuelles - TSV Auental 1908 e.V.</title>"
    url = "https://www.tsv-auental.example/aktuelles/"
    assert title_of(page_with(body, head), url) != "Weitere Neuigkeiten aus dem Verein"


def test_a_letters_heading_under_a_notice_pages_kind_in_a_layout_with_a_sidebar() -> None:
    # the <title> and og:title name the page's kind only ("Kundeninformationen"); the <h1>
    # and the letter's titled <h2> stand in a container whose class names its sidebar
    body = (
        "<div class='container container--with-sidebar'><div class='content-area'>"
        "<h1 class='page-title'>Kundeninformationen</h1><p>Das folgende Schreiben haben alle "
        "Kundinnen und Kunden per Post erhalten. Hier finden Sie es noch einmal.</p>"
        "<div class='pdf-page'><p>Auental, 20. Oktober 2026</p><h2 class='pdf-title'>Neue "
        f"Öffnungszeiten unserer Filialen ab Januar</h2>{TEXT}</div></div>"
        "<aside class='sidebar'><h2 class='sidebar-title'>Kontakt und Service</h2></aside></div>"
    )
    head = (
        "<title>Kundeninformationen | Sparkasse Auental</title>"
        "<meta property='og:title' content='Kundeninformationen'>"
    )
    url = "https://www.sparkasse-auental.example/kundeninformationen/oeffnungszeiten"
    assert title_of(page_with(body, head), url) == "Neue Öffnungszeiten unserer Filialen ab Januar"


def test_a_consent_banners_headline_is_no_post_heading() -> None:
    # the consent layer opens the <body> with a heading classed "…__headline"; the <h1>
    # names the page's kind and the news item's headline follows in its own <h2>
    body = (
        "<div class='vb-consent' id='consent'><div class='vb-consent__box'><h2 "
        "class='vb-consent__headline'>Cookies und Datenschutz</h2><p>Wir nutzen Cookies.</p></div>"
        "</div><main><h1 class='stage__headline'>Aktuelles</h1><article class='newsdetail'>"
        f"<h2 class='newsdetail__headline'>Volksbank Auental eröffnet Filiale neu</h2>{TEXT}"
        "</article></main>"
    )
    head = (
        "<title>Aktuelles - Volksbank Auental-Süd eG</title>"
        "<meta property='og:title' content='Aktuelles - Volksbank Auental-Süd eG'>"
    )
    url = "https://www.vb-auental-sued.example/aktuelles/news/filiale"
    assert title_of(page_with(body, head), url) == "Volksbank Auental eröffnet Filiale neu"


@pytest.mark.parametrize(
    "kind", ["Pressemitteilung", "Presseinformation", "Interviews", "Häufige Fragen"]
)
def test_a_notices_kind_over_its_own_headline(kind: str) -> None:
    # the <h1>, <title> and og:title name one notice's kind; its headline is a titled <h2>
    body = (
        f"<main><h1 class='page-hl'>{kind}</h1><section><div class='press-meta'>{kind} "
        "14.11.2025</div><h2 class='hl hl--article'>Sparkasse Auental schickt Beratungsbus "
        f"durch 14 Gemeinden</h2>{TEXT}</section></main>"
    )
    head = f"<title>{kind} | Sparkasse Auental</title><meta property='og:title' content='{kind}'>"
    url = "https://www.sparkasse-auental.example/presse/beratungsbus.html"
    expected = "Sparkasse Auental schickt Beratungsbus durch 14 Gemeinden"
    assert title_of(page_with(body, head), url) == expected


def test_a_headline_marked_by_microdata_over_a_news_list() -> None:
    # TYPO3's news detail: <h2 itemprop="headline"> without a class; the list of further
    # releases below shows its items' headlines in <h3 class="news-list-title">
    body = (
        "<main><h1>Presse</h1><div class='news news-single'><div class='article' itemscope "
        "itemtype='http://schema.org/Article'><div class='header'><span class='news-list-"
        "category'>Pressemitteilung</span><h2 itemprop='headline'>Sparkasse Auental eröffnet "
        f"Videoberatung</h2></div>{TEXT}</div></div><div class='frame'><h2 class='frame-"
        "header'>Weitere Pressemitteilungen</h2><div class='news-list-item'><h3 class='news-"
        "list-title'><a href='/presse/vereine.html'>Sparkasse Auental fördert 64 Vereine</a>"
        "</h3></div></div></main>"
    )
    head = "<title>Pressemitteilungen - Sparkasse Auental</title>"
    url = "https://www.sparkasse-auental.example/presse/pressemitteilungen/videoberatung.html"
    assert title_of(page_with(body, head), url) == "Sparkasse Auental eröffnet Videoberatung"
