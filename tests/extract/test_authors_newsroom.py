"""How newsrooms credit their writers in byline text (issue 11, rules from half L's misses,
judged on half M): each rule on a small invented page, the case it reads and the case it
leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.tagesblick.example/wirtschaft/filialen-id_100512873.html"
TEXT = "".join(
    f"<p>Die Sparkassen im Land schließen im {n}. Quartal weitere Filialen, weil immer "
    "weniger Kundinnen und Kunden an den Schalter kommen, sagte ein Sprecher.</p>"
    for n in range(1, 6)
)


def page(byline: str, end: str = "") -> bytes:
    return page_with(
        "<main><article><h1>Sparkassen schließen jede zehnte Filiale</h1>"
        f"<div class='article-meta'>{byline}</div><div class='article-body'>{TEXT}{end}</div>"
        "</article></main>",
        "<title>Sparkassen schließen jede zehnte Filiale | Tagesblick</title>",
    )


def authors(html: bytes) -> list[str]:
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the piece's genre before its writer ("Ein Kommentar von", "Eine Analyse von")
        ("Ein Kommentar von Marlene Osterkamp", ["Marlene Osterkamp"]),
        ("Eine Analyse von Jonas Ferber und Ute Kallweit", ["Jonas Ferber", "Ute Kallweit"]),
        ("Ein Wochenkommentar von Tilo Brandner", ["Tilo Brandner"]),
        ("Faktencheck von Wiebke Sanders", ["Wiebke Sanders"]),
        ("Ein Test von <a href='/p/tb'>Tilo Brandner</a>", ["Tilo Brandner"]),
        # a sentence after the genre word, or an organisation, credits nobody
        ("Ein Test von Stiftung Warentest zeigt, dass viele Konten teurer werden.", []),
        ("Eine Analyse von Deloitte", []),
    ],
)
def test_genre_leads(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # one-word parts after a full name: a role, a broadcaster, initials, a designation
        ("Ein Marktkommentar von Henrike Aalfeld, Chefvolkswirtin", ["Henrike Aalfeld"]),
        ("Von Lisbeth Andersen, HR", ["Lisbeth Andersen"]),
        ("Von Marlene Osterkamp und Jonas Ferber, tme", ["Marlene Osterkamp", "Jonas Ferber"]),
        ("Autoren: Ute Kallweit, CFA und Tilo Brandner", ["Ute Kallweit", "Tilo Brandner"]),
        # an agency after the names stays credited
        ("Von Marlene Osterkamp, dpa", ["Marlene Osterkamp", "dpa"]),
        # first names alone are no byline text; an agency alone is credited (session 33:
        # "Von Reuters" over a print version, de_full101)
        ("Von Anna, Jan und Eva", []),
        ("Von dpa", ["dpa"]),
    ],
)
def test_single_word_parts(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a newsroom role or desk after the name: a studio, a correspondent, an economist
        ("Von Lisbeth Andersen, Studio Auenberg", ["Lisbeth Andersen"]),
        ("Von Lisbeth Andersen, ARD-Hauptstadtstudio", ["Lisbeth Andersen"]),
        (
            "<div class='author-card'><a href='/autoren/mo'>Marlene Osterkamp</a>"
            "<span>Wirtschaftskorrespondentin in Frankfurt</span></div>",
            ["Marlene Osterkamp"],
        ),
        # the same words as the first part of a byline are left alone
        ("Von Jonas Ferber und Ute Kallweit", ["Jonas Ferber", "Ute Kallweit"]),
    ],
)
def test_newsroom_roles(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected
