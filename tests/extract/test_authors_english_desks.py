"""An English desk's account in the metadata ("Digital Desk", "Newsdesk", "FQ Editorial",
"Newsroom"; ``data.DESK_WORD_ENDING``) yields to the byline the page shows, a person's or an
agency's (issue 11, session 42); a team's or an office's account ("Karriereblog-Team") to a
person's full name (session 43), on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, graph, page_with

from newsarchive.extract import extract

URL = "https://www.harbour-ledger.example/business/2026/03/03/bank-closes-branches"
TEXT = "".join(
    f"<p>In its {n}th paragraph the story explains why the lender closes branches and how "
    "customers are meant to bank in future.</p>"
    for n in range(1, 6)
)


def authors(desk: str, byline: str) -> list[str]:
    head = "<title>Bank closes 90 branches | Harbour Ledger</title>" + graph(
        {
            "@type": "NewsArticle",
            "headline": "Bank closes 90 branches",
            "author": {"@type": "Person", "name": desk},
        }
    )
    body = (
        f"<main><article><h1>Bank closes 90 branches</h1><p class='credits'>{byline}</p>"
        f"{TEXT}</article></main>"
    )
    return list(extract(page_with(body, head), URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize("desk", ["Digital Desk", "Newsdesk", "FQ Editorial", "Ledger Newsroom"])
def test_a_desk_in_the_metadata_yields_to_the_shown_byline(desk: str) -> None:
    byline = (
        "Words by <strong>Imogen Castellanos</strong> · Photography by <strong>Rafael "
        "Ndiaye</strong>"
    )
    assert authors(desk, byline) == ["Imogen Castellanos"]


def test_a_person_in_the_metadata_stays() -> None:
    # guard: a person's name ending in none of the desk words keeps the metadata's credit
    assert authors("Imogen Castellanos", "Words by Imogen Castellanos") == ["Imogen Castellanos"]


def test_a_block_byline_on_a_page_whose_html_class_names_its_navigation() -> None:
    # <html class="fixed-nav">: the page's layout, not a navigation part holding the byline
    # (a wire story under a desk's account: the agency the byline names)
    head = "<title>Bank closes 90 branches | Harbour Ledger</title>" + graph(
        {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Digital Desk"}}
    )
    page = page_with(
        "<main><article><header><h1><span>Bank closes 90 branches</span></h1><ul class="
        f"'asset-meta'><li><span class='tnt-byline'>Reuters</span></li></ul></header>{TEXT}"
        "</article></main>",
        head,
    ).replace(b"<html", b"<html class='fixed-nav'", 1)
    assert b"fixed-nav" in page
    assert extract(page, URL, fetched_at=FETCHED)["authors"] == ["Reuters"]


@pytest.mark.parametrize("team", ["Karriereblog-Team", "Marketing Team", "Pressestelle"])
def test_a_team_in_the_metadata_yields_to_a_full_name_shown(team: str) -> None:
    # a team's or an office's account (session 43, read on de_full157 and de_full103)
    byline = "von <span class='author vcard'>Miriam Kostka</span>"
    assert authors(team, byline) == ["Miriam Kostka"]


def test_a_team_keeps_its_credit_over_a_single_word() -> None:
    # guard: a link's word in the team's author box ("LinkedIn") is nobody's name
    byline = "<span class='author vcard'><a class='url fn'>LinkedIn</a></span>"
    assert authors("Marketing Team", byline) == ["Marketing Team"]
