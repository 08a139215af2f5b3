"""A single word credited beside a person's full name in a part of its own (a role, a blog,
a login: "Tanja Wiebusch" "Mitglied" "Geldgeflüster") is no co-writer
(:func:`~newsarchive.extract.lonewords.without_lone_words`; kind read across 22 set pages,
session 33, issue 11). Small invented pages; agencies, the site and a word the byline text
joins to the name with a comma ("Von Seb Dumitru, Lille") stay."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED, page_with

from newsarchive.extract import extract

URL = "https://de.paperblog-nord.example/geld/girokonto-gebuehren-2010"


def authors(byline: str, head: str = "") -> list[str]:
    """The authors of an invented post with ``byline`` under its headline."""
    html = page_with(
        f"<div class='post'><h1>Girokonto: Die Gebühren steigen wieder</h1>{byline}"
        f"<div class='article'>{ARTICLE}</div></div>",
        f"<title>Girokonto: Die Gebühren steigen wieder</title>{head}",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    "byline",
    [
        "<div class='author-box'><span class='pubdate'>Veröffentlicht am 14. Juni 2010 von"
        "</span> <a class='member' href='/users/70/'>Tanja Wiebusch</a> <span class='role'>"
        "Mitglied</span> <span class='blog'>Geldgeflüster</span></div>",
        "<div class='author-box'><a class='member' href='/users/70/'>Tanja Wiebusch</a> "
        "<span class='role'>Kassenprüferin</span></div>",
        # the panel's parts one level down, in a wrapper of their own
        "<div class='byline'><p class='person'><b>Tanja Wiebusch</b> <span>Impact-Team</span>"
        "</p></div>",
    ],
)
def test_word_in_a_part_of_its_own_leaves(byline: str) -> None:
    assert authors(byline) == ["Tanja Wiebusch"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<p class='byline'>Von Tanja Wiebusch, Lille</p>", ["Tanja Wiebusch", "Lille"]),
        ("<p class='byline'>Von Tanja Wiebusch, dpa</p>", ["Tanja Wiebusch", "dpa"]),
        (
            "<p class='byline'>Von Tanja Wiebusch und Jonas Albers</p>",
            ["Tanja Wiebusch", "Jonas Albers"],
        ),
    ],
)
def test_agencies_and_comma_joined_words_stay(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected


def test_each_writer_once() -> None:
    # a microblog's card: the login beside the full name, spelled out to the same name
    html = page_with(
        "<div class='notice'><div class='author'><span class='vcard author'><a class='nickname"
        " url'>sveaharms</a> <span class='fn'>Svea Harms</span></span></div><h1 class='entry-"
        f"title'>Girokonto: Die Gebühren steigen wieder</h1><div class='entry-content'>{ARTICLE}"
        "</div></div><div class='profile'><h2>Svea Harms (sveaharms)</h2></div>",
        "<title>Girokonto: Die Gebühren steigen wieder</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == ["Svea Harms"]
