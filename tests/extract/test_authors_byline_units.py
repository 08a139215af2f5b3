"""A byline part after the writer's name that names their department ("Autor: A,
Digitalvertrieb", "A, Digital Economy Program") or rank ("Nonresident Fellow") is no second
writer; a think tank's or paper's "commentary" block holds the article's own byline, not
comments (session 40)."""

from __future__ import annotations

import pytest
from extract_pages import authors_under_headline

URL = "https://sparkassenblog.example/2026/11/bezahlen-handy"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<span class='author'>Autor: Mira Beispiel, Digitalvertrieb</span>", ["Mira Beispiel"]),
        ("<span class='author'>Von Mira Beispiel, Firmenkunden</span>", ["Mira Beispiel"]),
        ("<span class='author'>Von Mira Beispiel, Marketing</span>", ["Mira Beispiel"]),
        # a team's field, a research desk (session 50)
        (
            "<p class='meta'>Ein Beitrag von Mira Beispiel und Ole Muster, Fraud Prevention</p>",
            ["Mira Beispiel", "Ole Muster"],
        ),
        ("<p class='meta'>Autor: Mira Beispiel, Research Donautal Bank</p>", ["Mira Beispiel"]),
        ("<p class='meta'>Von Mira Beispiel und Ole Muster</p>", ["Mira Beispiel", "Ole Muster"]),
        ("<p class='meta'>Von Mira Beispiel, dpa</p>", ["Mira Beispiel", "dpa"]),
        # a local office's or a group's name (session 66, read on de_full524)
        ("<p class='meta'>Text: Mira Beispiel, Innenstadtbüro Musterstadt</p>", ["Mira Beispiel"]),
        ("<p class='meta'>Text: Mira Beispiel, Stadtmarketing Musterstadt</p>", ["Mira Beispiel"]),
        ("<p class='meta'>Text: Ole Muster, Arbeitskreis Ortsgeschichte</p>", ["Ole Muster"]),
        ("<p class='meta'>Autor: Ole Muster, Hauptamt</p>", ["Ole Muster"]),
        (
            "<p class='meta'>Von Mira Beispiel, Ole Muster, Wirtschaftsteam Musterland</p>",
            ["Mira Beispiel", "Ole Muster"],
        ),
    ],
)
def test_department_after_name(byline: str, expected: list[str]) -> None:
    assert authors_under_headline(byline, URL) == expected


@pytest.mark.parametrize(
    "byline",
    [
        "<div class='commentary-byline'>By <a href='/experts/tom-sample'>Tom Sample</a>, "
        "<span class='role'>Nonresident Fellow, Digital Economy Program</span></div>",
        "<div class='commentary-byline'>By <a href='/experts/tom-sample'>Tom Sample</a>, "
        "<span class='role'>Senior Fellow</span></div>",
    ],
)
def test_commentary_byline(byline: str) -> None:
    assert authors_under_headline(byline, URL) == ["Tom Sample"]
