"""Titles on site builders' news pages titled "Aktuelles - Site" whose only ``<h1>`` names
the page's kind over the post's ``<h2>`` (in a news block whose class names a widget)
(issue 11), on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet das Steuerbüro, welche Belege die Betriebe ab Januar "
    "aufbewahren müssen und was die Kassen dafür können müssen.</p>"
    for n in range(1, 4)
)
URL = "https://www.steuerbuero-nordheide.example/aktuelles/kassenbelege"
HEAD = (
    "<title>Aktuelles - Steuerbüro Nordheide</title>"
    "<meta property='og:site_name' content='Steuerbüro Nordheide'>"
)


def title_of(main: str) -> str:
    body = (
        "<header><a href='/'>Steuerbüro Nordheide</a><nav><a>Start</a><a>Aktuelles</a></nav>"
        f"</header><main>{main}</main>"
    )
    return str(extract(page_with(body, HEAD), URL, fetched_at=FETCHED)["title"])


def test_the_post_heading_under_the_page_kinds_h1_is_the_headline() -> None:
    main = (
        "<h1>Aktuelles</h1><div class='cm-widget-news'><p>18.11.2024</p>"
        f"<h2>Neue Regeln für Kassenbelege ab Januar</h2>{TEXT}</div>"
    )
    assert title_of(main) == "Neue Regeln für Kassenbelege ab Januar"


def test_a_linked_teaser_under_the_page_kinds_h1_is_no_headline() -> None:
    main = (
        "<h1>Aktuelles</h1><div class='cm-widget-news'><p>18.11.2024</p>"
        f"<h2><a href='/a/1'>Neue Regeln für Kassenbelege ab Januar</a></h2>{TEXT}</div>"
    )
    assert title_of(main) != "Neue Regeln für Kassenbelege ab Januar"
