"""Titles cut short of the headline the page shows ("Galerie" over "Galerie:
Sparkassenbücher aus drei Jahrhunderten", issue 11, :mod:`~newsarchive.extract.fullerheads`),
on small invented pages, and the rule alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.fullerheads import fuller_headline
from newsarchive.extract.parsing import parse

TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt der Verein, welche alten Sparbücher er gesammelt hat und "
    "wann Besucherinnen und Besucher die Sammlung im Heimathaus ansehen können.</p>"
    for n in range(1, 4)
)
URL = "http://www.papiergeld-freunde.example/galerie.html"


@pytest.mark.parametrize(
    ("head", "shown"),
    [
        # a homepage builder's page name over its title-named block
        (
            "<title>Galerie</title>",
            "<div id='title'>Galerie: Sparkassenbücher aus drei Jahrhunderten</div>",
        ),
        # an old template's German-classed heading paragraph (session 43)
        (
            "<title>Kassomat Software GmbH - Aktuelles - Kassenbuch 2.0</title>",
            "<p class='klein'><a href='/'>Startseite</a> &raquo; Kassenbuch 2.0</p><p "
            "class='ueberschrift'>Kassenbuch 2.0: Kassomat macht Vereine fit für SEPA</p>",
        ),
        # a page name over a bold line
        (
            "<title>Schlichtung</title>",
            "<span style='font-weight: bold'>Schlichtung: Was Betroffene jetzt tun sollten</span>",
        ),
        # a <title> cut before the <h1>'s last words
        (
            "<title>Neue Sparbücher im Heimathaus - Papiergeldfreunde</title>",
            "<h1>Neue Sparbücher im Heimathaus: Ein Gastbeitrag</h1>",
        ),
    ],
)
def test_the_cut_title_gives_way_to_the_fuller_headline(head: str, shown: str) -> None:
    page = page_with(f"{shown}{TEXT}", head)
    full = parse(f"<html><body>{shown}</body></html>").findall(".//body/*")[-1].text
    assert extract(page, URL, fetched_at=FETCHED)["title"] == full


@pytest.mark.parametrize(
    "body",
    [
        # the title shown whole as a heading: a section's heading after it is no cut
        "<h1>Baumgutachten</h1><h2>Baumgutachten: wann und wie?</h2>",
        # a bold sentence opening with the title is text
        "<p><b>Baumgutachten erstellen wir für Gemeinden und Vereine.</b></p>",
        # a teaser's link
        "<ul><li><a href='/b'>Baumgutachten: wann und wie im Herbst?</a></li></ul>",
        # a byline nested in the heading is another line
        "<h1 class='entry-title'>Baumgutachten <h4>Veröffentlicht von Anna am 3. Mai</h4></h1>",
        # one word more is no headline's rest
        "<h2>Baumgutachten 2019</h2>",
    ],
)
def test_a_title_without_a_fuller_headline_stays(body: str) -> None:
    tree = parse(f"<html><head><title>Baumgutachten</title></head><body>{body}</body></html>")
    assert fuller_headline(tree, "Baumgutachten") == ""


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        # words put between the short title's (session 43, read on de_full157)
        (
            "Volksbanken in Hessen und Thüringen starten gemeinsame Kampagne gegen Betrug",
            "Volksbanken in Hessen und Thüringen starten gemeinsame Kampagne gegen Betrug",
        ),
        # a kicker before the title's words is no such widening: the title stays
        (
            "Polizei warnt: Volksbanken starten Kampagne gegen Betrug",
            "Volksbanken starten Kampagne gegen Betrug",
        ),
    ],
)
def test_a_headline_widened_between_the_titles_words(h1: str, expected: str) -> None:
    head = (
        "<title>Volksbanken starten Kampagne gegen Betrug: Genossenschaftsverband Nord</title>"
        "<meta property='og:title' content='Volksbanken starten Kampagne gegen Betrug'>"
    )
    text = "".join(
        f"<p>Im {n}. Absatz erzählt der Verband, wie die Banken vor Betrug warnen und was "
        "Kundinnen und Kunden tun können.</p>"
        for n in range(1, 4)
    )
    page = page_with(
        "<div class='news news-single'><div class='article' itemscope='itemscope' itemtype="
        f"'http://schema.org/Article'><div class='header'><h1 itemprop='headline'>{h1}</h1>"
        f"</div>{text}</div></div>",
        head,
    )
    url = "https://www.genoverband-nord.example/presse/detail/volksbanken-starten-kampagne"
    assert extract(page, url, fetched_at=FETCHED)["title"] == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # no <h1>: an old template's headline paragraph widens a press list's short name
        # (session 45, read on dates_dg)
        (
            "<p class='ueberschrift'>Online-Banking bei den Sparkassen: Nutzer steigen auf "
            "180.000</p>",
            "Online-Banking bei den Sparkassen: Nutzer steigen auf 180.000",
        ),
        # two such elements: none is the headline, the title stays
        (
            "<p class='ueberschrift'>Online-Banking bei den Sparkassen: Nutzer steigen auf "
            "180.000</p><p class='ueberschrift'>Online-Banking im Verband: Nutzer steigen auf "
            "180.000</p>",
            "Online-Banking: Nutzer steigen auf 180.000",
        ),
    ],
)
def test_a_headline_classed_element_widens_the_title_without_an_h1(
    heading: str, expected: str
) -> None:
    head = (
        "<title>Online-Banking: Nutzer steigen auf 180.000</title>"
        "<meta property='og:title' content='Online-Banking: Nutzer steigen auf 180.000'>"
    )
    page = page_with(f"<table><tr><td>{heading}{TEXT}</td></tr></table>", head)
    url = "http://www.sgv-nordhessen.example/presse/pm_2003_17.htm"
    assert extract(page, url, fetched_at=FETCHED)["title"] == expected
