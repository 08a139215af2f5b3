"""Whether a kicker (Dachzeile) in the ``<h1>`` belongs to the headline: the sharing title
(og:title) or the JSON-LD headline settles it; a ``<title>`` that alone puts "Kicker:
Headline" before the site's name is the template's wording (issue 11), each on a small
invented page."""

from __future__ import annotations

import json

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Die Volksbank Auental erklärt im {n}. Absatz, was sich für Kundinnen und Kunden "
    "ändert und warum sie das Angebot jetzt ausbaut.</p>"
    for n in range(1, 4)
)
URL = "https://www.auentaler-bote.example/wirtschaft/volksbank-startet-kanal-100.html"
KICKER = "Soziale Medien"
HEADLINE = "Volksbank startet eigenen Instagram-Kanal"


def title_of(head: str) -> str:
    body = (
        "<article><h1 class='article-title'>"
        f"<span class='article-topline'>{KICKER}</span><span class='visually-hidden'>: </span>"
        f"<span class='article-headline'>{HEADLINE}</span></h1>{TEXT}</article>"
    )
    page = page_with(body, f"<title>{KICKER}: {HEADLINE} | Auentaler Bote</title>{head}")
    return extract(page, URL, fetched_at=FETCHED)["title"]


def test_a_kicker_only_the_tab_title_gives_is_left_out() -> None:
    assert title_of("") == HEADLINE


def test_a_kicker_only_the_tab_title_gives_is_left_out_beside_another_wording() -> None:
    og = "<meta property='og:title' content='Volksbank wirbt jetzt auf Instagram um Kunden'>"
    assert title_of(og) == HEADLINE


def test_a_kicker_the_sharing_title_gives_is_kept() -> None:
    og = f"<meta property='og:title' content='{KICKER}: {HEADLINE}'>"
    assert title_of(og) == f"{KICKER}: {HEADLINE}"


def test_a_kicker_the_structured_headline_gives_is_kept() -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle"}
    data["headline"] = f"{KICKER}: {HEADLINE}"
    ld = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    assert title_of(ld) == f"{KICKER}: {HEADLINE}"
