"""Titles of pages whose ``<h1>`` names the page by its class or id ("pagetitle",
"imPgTitle": a wiki's page name, a site builder's page heading) over the story's own
headline, issue 11, the AX round; each on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import data, extract

URL = "http://boersenclub-wendland.example/wiki/pmwiki.php?n=News.Depot2009"
TEXT = "".join(
    f"<p>Im {n}. Absatz steht, wie sich das Depot des Clubs im Halbjahr entwickelt hat und "
    "welche Werte verkauft wurden.</p>"
    for n in range(1, 4)
)
HEADLINE = "Depotbericht: Unser zweites Halbjahr"


def wiki_page(attribute: str = "class='pagetitle'", title: str = "Club | News / Depot2009") -> bytes:
    body = (
        "<div id='wikilogo'><img src='logo.gif' alt='Börsenclub Wendland'></div>"
        f"<div id='wikibody'><h1 {attribute}>Depot2009</h1>"
        f"<div id='wikitext'><h1>{HEADLINE}</h1>{TEXT}</div></div>"
    )
    return page_with(body, f"<title>{title}</title>")


def title_of(page: bytes) -> str:
    return extract(page, URL, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize("attribute", ["class='pagetitle'", "id='imPgTitle'", "class='page-title'"])
def test_a_page_name_h1_yields_to_the_storys_headline(attribute: str) -> None:
    assert title_of(wiki_page(attribute)) == HEADLINE


def test_a_page_name_h1_a_metadata_title_repeats_stays() -> None:
    page = wiki_page(title="Depot2009 - Club")
    assert title_of(page) == "Depot2009"


def test_without_page_name_classes_the_page_name_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "PAGE_NAME_H1", ())
    assert title_of(wiki_page()) == "Depot2009"
