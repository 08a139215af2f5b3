"""Authors on blogs and small sites: general rules, each on a small page written for the test."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.names import is_login, split_authors
from newsarchive.extract.signatures import signature

URL = "https://blog.example/2026/11/03/volksbank-twittert/"
TEXT = "".join(
    f"<p>Die Volksbank Musterstadt erklärt im {n}. Absatz, warum sie jetzt auf Instagram und "
    "LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p>"
    for n in range(1, 6)
)
COMMENTS = (
    "<div id='comments' class='comments-area'><ol class='comment-list'><li class='comment'>"
    "<article class='comment-body'><footer class='comment-meta'><div class='comment-author "
    "vcard'><b class='fn'>Hans Meier</b> <span class='says'>sagt:</span></div></footer>"
    "<div class='comment-content'><p>Geschrieben von Hans Meier: toller Beitrag!</p></div>"
    "</article></li></ol></div>"
)


def authors(body: str, head: str = "") -> list[str]:
    return extract(page_with(body, head), URL, fetched_at=FETCHED)["authors"]


def post(inner: str, after: str = "") -> str:
    return f"<article><h1>Volksbank twittert</h1>{inner}</article>{after}"


def test_blogger_byline() -> None:
    body = (
        "<div class='post hentry'><h3 class='post-title entry-title'>Volksbank twittert</h3>"
        f"<div class='post-body entry-content'>{TEXT}</div><div class='post-footer'>"
        "<span class='post-author vcard'>Eingestellt von <span class='fn'>Anna Müller</span>"
        "</span> um <abbr class='published' title='2026-11-03T10:00:00+01:00'>10:00</abbr>"
        f"</div></div>{COMMENTS}"
    )
    assert authors(body) == ["Anna Müller"]


def test_byline_in_the_posts_footer_after_a_long_text() -> None:
    footer = (
        "<footer class='entry-footer'><span>Geschrieben von Anna Müller</span> in "
        "<a href='/kategorie/banken/'>Banken</a></footer>"
    )
    assert authors(post(TEXT * 8 + footer, COMMENTS)) == ["Anna Müller"]


def test_commenters_are_not_authors() -> None:
    assert authors(post(TEXT, COMMENTS)) == []


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("<p>Viele Grüße, Anna Müller</p>", ["Anna Müller"]),
        ("<p>Liebe Grüße<br>Anna</p>", ["Anna"]),
        ("<p>Eure Anna</p>", ["Anna"]),
        ("<p>Ihre Sparkasse Musterstadt</p>", []),  # a company signs formally
        ("<p>Euer Redaktionsteam</p>", []),
        ("<p>– Eigene Recherche</p>", []),  # German nouns are capitalised too
        ("<p>Weitere Informationen</p>", []),
    ],
)
def test_a_post_signed_at_its_end(closing: str, expected: list[str]) -> None:
    assert authors(post(TEXT + closing)) == expected


def test_a_login_yields_to_the_full_name_the_page_shows() -> None:
    person = {"@type": "Person", "@id": "#p", "name": "bankfan77"}
    head = (
        "<script type='application/ld+json'>"
        + json.dumps({"@graph": [{"@type": "BlogPosting", "author": {"@id": "#p"}}, person]})
        + "</script>"
    )
    assert authors(post("<div class='byline'>Anna Müller</div>" + TEXT), head) == ["Anna Müller"]
    assert authors(post(TEXT + "<p>Viele Grüße, Anna Müller</p>"), head) == ["Anna Müller"]
    assert authors(post(TEXT), head) == ["bankfan77"]  # nobody else named: the login stays


def test_the_blogs_name_in_its_logo_is_not_an_author() -> None:
    head = "<meta name='author' content='Finanzwelt'>"
    body = "<a class='logo' href='/'>Finanzwelt</a>" + post("<p>Von Anna Müller</p>" + TEXT)
    assert authors(body, head) == ["Anna Müller"]


@pytest.mark.parametrize(
    ("name", "login"),
    [("bankfan77", True), ("a.roth", True), ("annaroth", True), ("Anna", False),
     ("Anna Roth", False)],
)  # fmt: skip
def test_is_login(name: str, login: bool) -> None:
    assert is_login(name) is login


def test_signature_needs_a_greeting() -> None:
    assert signature(["Text.", "Anna Müller"]) is None
    assert signature(["Text.", "Herzliche Grüße", "Anna Müller"]) == "Anna Müller"


def test_commenters_of_a_german_comment_section_are_not_authors() -> None:
    section = (
        "<section id='kommentare'><div class='eintrag'><span class='author'>Hans Meier</span> "
        "schrieb am 4.11.2026:</div><p>Toller Beitrag!</p></section>"
    )
    assert authors(post(TEXT, section)) == []


def test_an_opinion_piece_named_kommentar_keeps_its_author() -> None:
    body = (
        "<article class='kommentar'><h1>Volksbank twittert</h1><p class='author'>Anna Müller"
        f"</p>{TEXT}</article>"
    )
    assert authors(body) == ["Anna Müller"]


def test_a_label_in_author_markup_is_no_name() -> None:
    # Twenty Ten: "Veröffentlicht am" sits in a span whose class names the author
    meta = (
        "<div class='entry-meta'><span class='meta-prep meta-prep-author'>Veröffentlicht am"
        "</span> <span class='entry-date'>3. August 2019</span> <span class='meta-sep'>von"
        "</span> <span class='author vcard'><a class='url fn n' href='/author/rj/'>Ralf Jünger"
        "</a></span></div>"
    )
    assert authors(post(meta + TEXT)) == ["Ralf Jünger"]


@pytest.mark.parametrize(
    "byline",
    [
        "<p class='byline'>Von Redakteur Martin Scholz</p>",  # a role before the name
        "<p class='byline'>Von Martin Scholz, Augsburg – 04.05.2022</p>",  # place and date
        "<p class='meta'>08.11.2023 · Martin Scholz</p>",  # date, then the name
    ],
)
def test_byline_forms_of_small_sites(byline: str) -> None:
    assert authors(post(byline + TEXT)) == ["Martin Scholz"]


def test_a_credit_line_closing_a_report() -> None:
    assert authors(post(TEXT + "<p><em>Text und Fotos: Anna Brink</em></p>")) == ["Anna Brink"]


def test_a_forum_byline_ends_at_its_arrow() -> None:
    line = "<p class='author'>von <strong><a href='#'>Gisela</a></strong> » Mi 10. Okt 2012</p>"
    assert authors(post(line + TEXT)) == ["Gisela"]
    assert split_authors(["Gisela Brand » Di"])[0] == ["Gisela Brand"]
