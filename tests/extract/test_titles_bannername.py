"""Titles on pages whose banner shows a short name (a club's, a society's, a weblog's) over
the site's menu and the post's own heading, whatever the metadata titles add to the name
(issue 11, :mod:`~newsarchive.extract.bannername`), on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Club, was der Referent über Konten, Karten und "
    "Geheimzahlen erzählt hat und welche Fragen die Mitglieder danach noch hatten.</p>"
    for n in range(1, 4)
)
URL = "http://www.serviceclub-talheim.example/berichte/2001_38.html"
MENU = "<a href='/club.html'>Club</a><br><a href='/programm.html'>Programm</a><br>"


def title_of(body: str, title: str) -> str:
    return str(
        extract(page_with(body, f"<title>{title}</title>"), URL, fetched_at=FETCHED)["title"]
    )


@pytest.mark.parametrize(
    ("banner", "title", "post"),
    [
        # a big font's name over a small line, titled with the name and the page's section
        (
            "<font size='5'>Serviceclub Talheim-Lindenau</font><br><small>Distrikt 1810</small>",
            "Serviceclub Talheim-Lindenau - Wochenbericht",
            "<p class='kopf'>Bericht Nr. 12 vom 18.09.2001</p>"
            "<h2>Wie sicher ist das Online-Banking?</h2>",
        ),
        # an unclassed heading's name, titled with a short word of its own
        (
            "<h2>Sterbekasse Talheim von 1896</h2>",
            "Vortrag Online-Banking",
            "<h3>Wie sicher ist das Online-Banking?</h3>",
        ),
    ],
)
def test_the_post_under_a_short_banner_name_and_the_menu_is_the_headline(
    banner: str, title: str, post: str
) -> None:
    body = (
        f"<table><tr><td>{banner}</td></tr><tr><td>{MENU}</td><td>{post}{TEXT}"
        "<h4>Nächste Meetings</h4><ul><li>25.09.2001: Geldautomat im Dorfladen</li></ul>"
        "</td></tr></table>"
    )
    assert title_of(body, title) == "Wie sicher ist das Online-Banking?"


LINKS = (
    "<div><a href='/2019/'>13. November 2019</a> Von <a href='/author/henry/'>Henry</a> In "
    "<a href='/aktuell/'>Aktuell</a></div><p><strong>Ein Abo für alle Zeitungen: Wonach die "
    "Leser rufen</strong></p>"
)


@pytest.mark.parametrize(
    "headline",
    [
        # the story's headline element by its class
        f"<div><h1 class='entry-title'>Einmal zahlen, alles lesen</h1>{LINKS}{TEXT}</div>",
        # ... by its container
        f"<article><h1>Einmal zahlen, alles lesen</h1>{LINKS}{TEXT}</article>",
    ],
)
def test_a_short_headline_keeps_its_bold_lead_under_links(headline: str) -> None:
    title = "Einmal zahlen, alles lesen – Henrys Blog"
    assert title_of(headline, title) == "Einmal zahlen, alles lesen"


def test_a_short_name_without_a_menu_below_it_stays() -> None:
    body = (
        "<table><tr><td><font size='5'>Serviceclub Talheim-Lindenau</font><br><small>Distrikt "
        "1810</small></td></tr><tr><td><p class='kopf'>Bericht Nr. 12 vom 18.09.2001</p>"
        f"<h2>Wie sicher ist das Online-Banking?</h2>{TEXT}</td></tr></table>"
    )
    title = "Serviceclub Talheim-Lindenau - Wochenbericht"
    assert title_of(body, title) == "Serviceclub Talheim-Lindenau"
