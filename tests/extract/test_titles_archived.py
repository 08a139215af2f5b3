"""Titles on pages a web archive serves, whose links go through the archive's replay
address: the site's name linked to the host's root is the site's, not the story's (issue
11), on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.parsing import home_link

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet die Volksbank Auental, wie sich die Einlagen der Kunden "
    "im Jahr der Finanzkrise entwickelt haben und was der Vorstand nun plant.</p>"
    for n in range(1, 4)
)
STAMP = "/web/20090305082212/"
HOST = "http://www.wirtschaft-auental.example/"
URL = f"https://web.archive.org{STAMP}{HOST}2008/11/volksbank-bilanz"
HEADLINE = "Volksbank Auental: Trotz Finanzkrise mehr Einlagen"
HEAD = f"<title>{HEADLINE} | Nachrichten an der Aue</title>"


def title_of(site_link: str) -> str:
    body = (
        f"<div id='header'><h1><a href='{site_link}'>Nachrichten an der Aue</a></h1></div>"
        f"<div id='center'><h1 class='title'>{HEADLINE}</h1>{TEXT}</div>"
    )
    return extract(page_with(body, HEAD), URL, fetched_at=FETCHED)["title"]


def test_the_sites_name_linked_to_the_archived_home_page_is_no_headline() -> None:
    assert title_of(f"{STAMP}{HOST}") == HEADLINE
    assert title_of(f"https://web.archive.org{STAMP}{HOST}") == HEADLINE


def test_home_links_through_the_archive() -> None:
    assert home_link("/")
    assert home_link(f"{STAMP}{HOST}")
    assert home_link(f"{STAMP}http://www.wirtschaft-auental.example")
    assert not home_link(f"{STAMP}{HOST}wirtschaft/")
    assert not home_link("/wirtschaft/")
    assert not home_link(f"{STAMP}{HOST}index.php?p=news")
