"""What is no part of the lead: a teaser box's scripts and JSON-LD blocks (two real dev pages
gave an ad's script and a picture's JSON-LD as their lead) and an author box under the
headline ("A is a senior reporter at …", "A covers … for …"; read on en_aj). Issue 11,
session 28. An intro under an ``<h1>`` that is not the title: a site's tagline under the
site's name, a section's intro under its "Presse" (session 48)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

TEASER = "Im Winter frisches Gemüse aus dem eigenen Garten ernten: drei Tipps für die Knollen."


def lead_of(intro: str, description: str = "") -> str:
    """The lead of an invented page with ``intro`` in a box right under its headline."""
    meta = f"<meta name='description' content='{description}'>" if description else ""
    html = page_with(
        f"<h1>Knollen ernten</h1><div class='intro'>{intro}</div>"
        + paragraphs("die Ernte im Winter gelingt"),
        f"<title>Knollen ernten</title>{meta}",
    )
    found = extract(html, "https://www.garten.example/news/knollen", fetched_at=FETCHED)
    return str(found["lead"])


@pytest.mark.parametrize(
    "inside",
    [
        "<script>window.adQueue = window.adQueue || [];</script>",
        '<script type=\'application/ld+json\'>{"@context": "http://schema.org", '
        '"@type": "ImageObject", "author": "garten.example"}</script>',
        "<style>.intro{color:red}</style>",
    ],
)
def test_lead_without_code(inside: str) -> None:
    assert lead_of(f"{inside}<p>{TEASER}</p>", TEASER) == TEASER


@pytest.mark.parametrize(
    "bio",
    [
        "Alyssa Moreno is a senior reporter at Paybridge Wire covering venture funding.",
        "Dev Ramaswamy covers payments infrastructure and fintech startups for Paybridge Wire.",
    ],
)
def test_author_box_is_no_lead(bio: str) -> None:
    assert bio not in lead_of(f"<p>{bio}</p>")


@pytest.mark.parametrize("cls", ["site-description", "tagline"])
def test_a_site_s_tagline_under_its_name_is_no_lead(cls: str) -> None:
    # WordPress's header: the site's name as the <h1>, its tagline marked as a description
    html = page_with(
        "<header><h1 class='site-title'><a href='/' rel='home'>Sparbuch-Sprechstunde</a></h1>"
        f"<p class='{cls}' itemprop='description'>Ehrliche Geldtipps aus dem Alltag</p>"
        "</header><main><article><h2 class='entry-title'>Mein Kontowechsel</h2>"
        + paragraphs("der Kontowechsel gelang")
        + "</article></main>",
        "<title>Mein Kontowechsel | Sparbuch-Sprechstunde</title>",
    )
    found = extract(html, "https://www.sparbuch.example/kontowechsel/", fetched_at=FETCHED)
    assert found["lead"] == ""


@pytest.mark.parametrize(
    ("h1", "lead"),
    [
        # a section's <h1> over its own intro: no teaser of the release under it
        ("Presse", ""),
        # the release's own headline over its teaser
        ("Zahlwerk erhält Vollbanklizenz", "Aktuelle Mitteilungen, Fotos und Logos für Sie."),
    ],
)
def test_an_intro_under_an_h1_that_is_not_the_title(h1: str, lead: str) -> None:
    html = page_with(
        f"<section class='hero'><h1>{h1}</h1><p class='hero-lead'>Aktuelle Mitteilungen, "
        "Fotos und Logos für Sie.</p></section><article><h2 class='release-title'>Zahlwerk "
        "erhält Vollbanklizenz</h2>" + paragraphs("die Lizenz kam") + "</article>",
        "<title>Zahlwerk erhält Vollbanklizenz | Zahlwerk</title>"
        "<meta property='og:title' content='Zahlwerk erhält Vollbanklizenz'>",
    )
    found = extract(html, "https://www.zahlwerk.example/presse/lizenz", fetched_at=FETCHED)
    assert found["title"] == "Zahlwerk erhält Vollbanklizenz"
    assert found["lead"] == lead
