"""Writers' names with letters beyond German's alphabet ("Çelik", "Yıldız", "Sørensen",
"Dvořák"; issue 11, the kind read in halves L, W and AY): the name patterns read them like
German names (:data:`~newsarchive.extract.data.NAME_CAPITAL`, ``NAME_LOWER``). Small
invented pages."""

from __future__ import annotations

import re

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import data, extract

URL = "https://www.kassenblatt.example/geld/app-vergleich-2026"
TEXT = "".join(
    f"<p>Die Sparkasse Ostmarsch vergleicht im {n}. Absatz ihre App mit denen der Direktbanken "
    "und erklärt, was Kundinnen und Kunden davon haben sollen.</p>"
    for n in range(1, 6)
)


def page(head: str, lead: str = "") -> bytes:
    return page_with(
        f"<article><h1>Banking-Apps im Vergleich</h1>{head}"
        f"<div class='entry-content'>{lead}{TEXT}</div></article>",
        "<title>Banking-Apps im Vergleich</title>",
    )


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # two linked names after a form word, the second opening with "Ş"
        (
            "<div class='meta'>Ein Test von <a href='/autoren/brehm'>Jonas Brehm</a> und "
            "<a href='/autoren/oeztuerk'>Şule Öztürk</a></div>",
            ["Jonas Brehm", "Şule Öztürk"],
        ),
        # avatar links marked as authors, the second opening with "Ø"
        (
            "<div class='post-meta'><a class='author'>Wiebke Tammen</a> und "
            "<a class='author'>Øystein Dalby</a></div>",
            ["Wiebke Tammen", "Øystein Dalby"],
        ),
    ],
)
def test_names_beyond_german_letters(head: str, expected: list[str]) -> None:
    assert extract(page(head), URL, fetched_at=FETCHED)["authors"] == expected


@pytest.mark.parametrize(
    "name", ["Emre Yıldız", "Çağla Demirtaş", "Mette Sørensen", "Tomáš Dvořák", "Ștefan Ionescu"]
)
def test_text_name_reads_the_letters(name: str) -> None:
    assert re.fullmatch(data.SHOWN_FULL_NAME, name)
    assert re.fullmatch(data.BYLINE_NAME, name)


@pytest.mark.parametrize("words", ["Über Uns", "Ärger Vorab", "3 Tipps"])
def test_other_words_stay(words: str) -> None:
    assert bool(re.fullmatch(data.SHOWN_FULL_NAME, words)) == words[0].isalpha()
