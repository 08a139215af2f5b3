"""Titles on pages whose metadata title names the <h1> and, in a later segment, a heading
after it: a product's name over a review's title, a project's name over its release
(issue 11), on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "http://www.meinungsmarkt.example/review/4711"


def title_of(body: str, title: str) -> str:
    page = (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
    )
    return str(extract(page.encode(), URL, fetched_at=FETCHED)["title"])


REVIEW = (
    "<div class='path'><a href='/finanzen/'>Finanzen</a> &gt; <a href='/banken/'>Banken</a> &gt; "
    "<a href='/konten/'>Girokonten</a> &gt; Nordbank Classic Girokonto</div>"
    "<div id='product'><h1>Nordbank Classic Girokonto</h1><p>Durchschnittliche Bewertung: 3,5 "
    "von 5 Sternen (27 Erfahrungsberichte)</p></div><div class='review'>"
    "<p class='label'>Erfahrungsbericht</p><h2>Kostenlos ist nicht gleich kostenlos</h2>"
    f"<p class='author'>Erfahrungsbericht von sparfuchs77</p>{paragraphs('das Konto kostet')}"
    "</div>"
)
RELEASE = (
    "<div class='path'><a href='/'>Start</a> / <a href='/projekte/'>Projekte</a> / "
    "<a href='/projekte/werkzeuge/'>Werkzeuge</a> / Hafenbank SEPA Kit</div>"
    "<div class='header'><h1>Hafenbank SEPA Kit</h1><p>Ein Werkzeug der Hafenbank</p></div>"
    "<div class='release'><h3>Neue Formate für Kontoauszüge und schnellerer Import</h3>"
    f"{paragraphs('der Import schneller läuft')}</div>"
)


@pytest.mark.parametrize(
    ("body", "title", "wanted"),
    [
        (
            REVIEW,
            "Nordbank Classic Girokonto - Kostenlos ist nicht gleich kostenlos - Meinungsmarkt",
            "Kostenlos ist nicht gleich kostenlos",
        ),
        (
            RELEASE,
            "Hafenbank SEPA Kit – Neue Formate für Kontoauszüge und schnellerer Import",
            "Neue Formate für Kontoauszüge und schnellerer Import",
        ),
    ],
)
def test_the_later_heading_the_title_names_is_the_headline(
    body: str, title: str, wanted: str
) -> None:
    assert title_of(body, title) == wanted


def test_a_short_later_heading_leaves_the_h1() -> None:
    body = REVIEW.replace("Kostenlos ist nicht gleich kostenlos", "Fazit")
    title = "Nordbank Classic Girokonto - Fazit - Meinungsmarkt"
    assert title_of(body, title) == "Nordbank Classic Girokonto"


def test_a_later_heading_in_a_teaser_link_leaves_the_h1() -> None:
    body = (
        f"<h1>Nordbank Classic Girokonto</h1>{paragraphs('das Konto kostet')}"
        "<div class='teaser'><h2><a href='/r/1'>Kostenlos ist nicht gleich kostenlos</a></h2></div>"
    )
    title = "Nordbank Classic Girokonto - Kostenlos ist nicht gleich kostenlos"
    assert title_of(body, title) == "Nordbank Classic Girokonto"
