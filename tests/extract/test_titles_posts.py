"""Titles on pages whose metadata titles name only the page's kind or the site while a
post's heading of its own shows the headline (issue 11), on small invented pages."""

from __future__ import annotations

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
