"""Titles: a short banner ``<h1>`` that a metadata title gives inside it, before a
separator, is the site's or group's name over the post's own heading (titleopening.py,
siteheads.post_under_site_h1)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract
from newsarchive.extract.titleopening import h1_inside_title

URL = "http://www.talheimer-netz.example/gruppen/sparen/forum/thread-41"
POST = "Welches kostenlose Girokonto lohnt sich noch?"


def title_of(page: bytes) -> str:
    return str(extract(page, URL, fetched_at=FETCHED)["title"])


def group_page(title: str, h1: str) -> bytes:
    """An invented group page: the group's ``<h1>``, the thread's ``<h2>``, its text."""
    body = (
        f"<div id='kopf'><div class='groupHead'><h1>{h1}</h1></div></div>"
        f"<div class='thread'><h2>{POST}</h2>{paragraphs('das Girokonto Geld kostet', 4)}</div>"
        "<div class='box'><h3>Gruppeninfo</h3><p>412 Mitglieder</p></div>"
    )
    return page_with(body, f"<title>{title}</title>")


@pytest.mark.parametrize(
    "title",
    [
        "Talheimer Netz | Sparen ohne Dispo | Forum",
        "Willkommen bei Sparen ohne Dispo - Forum",
    ],
)
def test_the_group_h1_inside_the_title_yields_to_the_post(title: str) -> None:
    assert title_of(group_page(title, "Sparen ohne Dispo")) == POST


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        # the h1 opens the title: "Headline | Site"
        ("Girokonto wird teurer | Talheimer Netz", "Girokonto wird teurer"),
        # the h1 ends the title: "Site: Headline"
        ("Talheimer Netz: Girokonto wird teurer", "Girokonto wird teurer"),
    ],
)
def test_a_headline_h1_at_the_titles_start_or_end_stays(title: str, h1: str) -> None:
    assert title_of(group_page(title, h1)) == h1


def test_h1_inside_title() -> None:
    assert h1_inside_title("Netz | Sparen ohne Dispo | Forum", "Sparen ohne Dispo")
    assert not h1_inside_title("Sparen ohne Dispo | Netz", "Sparen ohne Dispo")
    assert not h1_inside_title("Netz: Sparen ohne Dispo", "Sparen ohne Dispo")
    assert not h1_inside_title("Netz zum Sparen ohne Dispo heute", "Sparen ohne Dispo")
