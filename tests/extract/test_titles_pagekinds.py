"""Titles under an ``<h1>`` that names the page's kind, section or owner ("Newsroom",
"Museumsblog", the firm's name) while another element shows a metadata title: small
invented pages (see :func:`newsarchive.extract.siteheads.kind_h1_title`)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.messe-beispiel.example/presse/ausstellerrekord/"
HEADLINE = "Wo die Bank schließt"


def title_of(head_title: str, top: str) -> str:
    body = f"<main>{top}<article>{paragraphs('die Messe wächst')}</article></main>"
    page = page_with(body, f"<title>{head_title}</title>")
    return extract(page, URL, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize(
    ("head_title", "top", "expected"),
    [
        # a newsroom's <h1> over the release's own heading, which the <title> gives
        (
            "Messe meldet neuen Ausstellerrekord | Messe Beispiel",
            "<h1>Newsroom</h1><h2>Messe meldet neuen Ausstellerrekord</h2>",
            "Messe meldet neuen Ausstellerrekord",
        ),
        # a blog's name as the <h1>, carried by the <title> as a section between its parts
        (
            "Vortragsabend: Ist Bitcoin Geld? | Museumsblog | Geldmuseum Beispiel",
            "<h1 class='page-title'>Museumsblog</h1><h2>Vortragsabend: Ist Bitcoin Geld?</h2>",
            "Vortragsabend: Ist Bitcoin Geld?",
        ),
        # the firm's name as the <h1>, the release's title in a <strong>
        (
            "Volksbank Beispiel zieht Bilanz: Mehr Follower auf Instagram",
            "<h1>Volksbank Beispiel eG</h1>"
            "<strong>Volksbank Beispiel zieht Bilanz: Mehr Follower auf Instagram</strong>",
            "Volksbank Beispiel zieht Bilanz: Mehr Follower auf Instagram",
        ),
        # left alone: a short <h1> that is the headline, the <title> worded for search
        # engines and shown nowhere
        (
            "Sparkasse erhöht die Zinsen für das Sparbuch | Messe Beispiel",
            "<h1>Zinsen steigen</h1><h2>Mehr zum Thema</h2>",
            "Zinsen steigen",
        ),
        # left alone: a longer <h1> is a headline, even where a teaser shows the <title>
        (
            "Die Messe wächst weiter | Messe Beispiel",
            "<h1>Messe meldet neuen Ausstellerrekord für 2026</h1><p>Die Messe wächst weiter</p>",
            "Messe meldet neuen Ausstellerrekord für 2026",
        ),
    ],
)
def test_a_short_h1_naming_the_pages_kind_yields_to_the_shown_title(
    head_title: str, top: str, expected: str
) -> None:
    assert title_of(head_title, top) == expected


@pytest.mark.parametrize(
    ("head_title", "h1", "extra", "expected"),
    [
        # an old customer magazine: the <title> the bank and the section the <h1> names,
        # the story's headline in a classed paragraph
        (
            "Kreissparkasse Beispiel - Kundenmagazin",
            "<h1 class='rubrik'>Kundenmagazin</h1>",
            "",
            "Mit dem Azubi-Team auf der Messe",
        ),
        # left alone: a dialog's title is no headline, the short <h1> is the page's own
        (
            "Touren! Sölden",
            "<h1>Sölden</h1>",
            "<div class='modal'><h5 class='modal-title'>aktuelle Angebote für Sie</h5></div>",
            "Sölden",
        ),
    ],
)
def test_a_short_h1_naming_the_section_of_a_site_only_title_yields_to_the_headline_element(
    head_title: str, h1: str, extra: str, expected: str
) -> None:
    headline = "<p class='titel'><b>Mit dem Azubi-Team auf der Messe</b></p>" if not extra else ""
    body = (
        f"{h1}<table><tr><td>{headline}{paragraphs('Azubis auf die Messe gehen')}"
        f"</td></tr></table>{extra}"
    )
    page = page_with(body, f"<title>{head_title}</title>")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == expected


@pytest.mark.parametrize(
    ("head_title", "expected"),
    [
        # "Site - Section - Kicker: Headline", the page showing kicker and headline apart
        ("Nachrichten Beispiel - Wirtschaft - Filialsterben: Wo die Bank schließt", HEADLINE),
        # "Magazine online: Headline", the headline shown without the magazine's name
        ("Geldwoche online: Wo die Bank schließt", HEADLINE),
        # left alone: a section and a topic, the topic shown as the kicker
        ("Nachrichten Beispiel - Wirtschaft: Filialsterben", HEADLINE),
    ],
)
def test_a_kicker_before_a_colon_in_the_title_is_cut_where_the_page_shows_it_apart(
    head_title: str, expected: str
) -> None:
    body = (
        "<table><tr><td><span class='dachzeile'>Filialsterben</span><br>"
        f"<span class='headline'>{HEADLINE}</span>{paragraphs('Filialen schließen')}"
        "</td></tr></table>"
    )
    page = page_with(body, f"<title>{head_title}</title>")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == expected
