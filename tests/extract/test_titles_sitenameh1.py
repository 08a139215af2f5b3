"""Titles under an ``<h1>`` of a class of its own whose text is the site's name that
``og:site_name`` declares (a community's space header over its wall entry's ``<h2>``),
issue 11, on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Vorstand, wie die Mitglieder über die Dividende "
    "abgestimmt haben und was die Bank für das kommende Jahr plant.</p>"
    for n in range(1, 4)
)
URL = "https://community.example/s/mitgliederraum/wall/42"
HEAD = "<title>Mitgliederraum - Genossenschaftsbank Community</title>"


def _page(site_name: str, h1_class: str = "space-name") -> str:
    body = (
        "<div class='topbar'><a class='navbar-brand'>Genossenschaftsbank Community</a></div>"
        f"<div class='space-header'><h1 class='{h1_class}'>Mitgliederraum</h1>"
        "<span>120 Mitglieder</span></div><div class='wall-entry'>"
        f"<h2>Dividende: So hat die Versammlung entschieden</h2>{TEXT}</div>"
    )
    meta = f"<meta property='og:site_name' content='{site_name}'>"
    return page_with(body, HEAD + meta)


def test_an_h1_the_site_name_meta_gives_is_the_banner_over_the_post() -> None:
    assert extract(_page("Mitgliederraum"), URL, fetched_at=FETCHED)["title"] == (
        "Dividende: So hat die Versammlung entschieden"
    )


def test_an_h1_of_a_class_of_its_own_stays_where_the_site_name_differs() -> None:
    assert extract(_page("Genossenschaftsbank"), URL, fetched_at=FETCHED)["title"] == (
        "Mitgliederraum"
    )
