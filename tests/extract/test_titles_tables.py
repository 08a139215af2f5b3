"""Titles of pages without an ``<h1>`` (old table layouts, portal scripts) whose metadata
title puts the site's and a section's name around the headline (issue 11), each on a small
invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.headings import shown_part, title_parts

TEXT = "".join(
    f"<p>Die Sparkasse Auental erklärt im {n}. Absatz, was sich für Kundinnen und Kunden "
    "ändert und warum sie den Kanal jetzt ausbaut.</p>"
    for n in range(1, 4)
)
NAV = "".join(f"<tr><td><a href='/{s.lower()}/'>{s}</a></td></tr>" for s in ("Lokales", "Geld"))


def title_of(page: bytes, url: str) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


def table_page(title: str, headline: str) -> bytes:
    body = (
        f"<table><tr><td><table>{NAV}</table></td><td><table><tr><td>"
        "<font class='dachzeile'><b>Geld &amp; Recht</b></font><br>"
        f"<font size='5'><b>{headline}</b></font><br><font size='1'>Artikel vom 12.03.2004"
        f"</font></td></tr><tr><td>{TEXT}</td></tr></table></td></tr></table>"
    )
    return page_with(body, f"<title>{title}</title>")


def test_the_headline_shown_after_the_site_and_section_in_the_title() -> None:
    page = table_page(
        "Auentaler Bote - Geld - Sparkasse Auental schließt zwei Filialen",
        "Sparkasse Auental schließt zwei Filialen",
    )
    url = "http://www.boten-verlag.example/geld/art117.html"
    assert title_of(page, url) == "Sparkasse Auental schließt zwei Filialen"


def test_the_headline_shown_before_the_section_and_site_in_the_title() -> None:
    page = table_page(
        "Neue Geldautomaten am Markt :: Geld :: Auentaler Bote", "Neue Geldautomaten am Markt"
    )
    url = "http://www.boten-verlag.example/geld/art118.html"
    assert title_of(page, url) == "Neue Geldautomaten am Markt"


def test_a_title_the_page_shows_whole_is_kept() -> None:
    # the whole title shown: no part of it wins
    page = table_page("Auental: Filialen schließen", "Auental: Filialen schließen")
    url = "http://www.boten-verlag.example/geld/art119.html"
    assert title_of(page, url) == "Auental: Filialen schließen"


def test_title_parts_are_runs_from_either_end() -> None:
    # "Bote" alone is one word: too short to be a headline
    parts = title_parts(["Bote - Geld - Zwei Filialen zu"])
    assert parts == {
        "geld - zwei filialen zu": "Geld - Zwei Filialen zu",
        "zwei filialen zu": "Zwei Filialen zu",
        "bote - geld": "Bote - Geld",
    }
    assert shown_part(parts, {"zwei filialen zu", "geld - zwei filialen zu"}) == (
        "Geld - Zwei Filialen zu"
    )
    assert shown_part(parts, set()) == ""
