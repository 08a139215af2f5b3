"""The metadata's one author shown with others joined to their name, each a link of its own
with no lead word ("<a>A</a> and <a>B</a>", "<a>A</a>, <a>B</a>"): every writer shown;
a paper's name, a role or an agency joined so is none (session 40); a joined name with its
academic title ("<span>A</span> und <span>Dr. B</span>") is one too (session 62, read on
dates_gw); where the metadata names a writer by a given name alone, a given name joined so is
another writer ("<a>Sandra</a> und <a>Marco</a>"; session 65, read on de_full650, de_full665
and de_full671)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://ledgerlines.example/how-we-answer-on-whatsapp"
HEAD = (
    '<script type=\'application/ld+json\'>{"@type": "BlogPosting", "headline": "How '
    'we answer on WhatsApp", "author": {"@type": "Person", "name": "Ines Sample"}}</script>'
)
TEXT = "".join(
    f"<p>Step {n}: the team answers every question on WhatsApp within an hour, and the bank "
    "never asks for a password or a card number in a chat.</p>"
    for n in range(1, 6)
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<a href='/@ines'>Ines Sample</a> and <a href='/@jabari'>Jabari Muster</a>",
         ["Ines Sample", "Jabari Muster"]),
        ("<a href='/@ines'>Ines Sample</a>, <a href='/@jules'>Jules Probe</a>",
         ["Ines Sample", "Jules Probe"]),
        # a paper's long name, a role: no writer
        ("<a href='/@ines'>Ines Sample</a>, <a href='/'>Duluth Personal Finance Examiner</a>",
         ["Ines Sample"]),
        ("<a href='/@ines'>Ines Sample</a>, <span>Senior Reporter</span>", ["Ines Sample"]),
        # a titled co-writer
        ("<a href='/@ines'>Ines Sample</a> and <a href='/@jabari'>Dr. Jabari Muster</a>",
         ["Ines Sample", "Dr. Jabari Muster"]),
    ],
)  # fmt: skip
def test_joined_names(byline: str, expected: list[str]) -> None:
    body = (
        f"<main><article><h1>How we answer on WhatsApp</h1><div class='authors'>{byline}</div>"
        f"{TEXT}</article></main>"
    )
    assert extract(page_with(body, HEAD), URL, fetched_at=FETCHED)["authors"] == expected


GIVEN_HEAD = (
    '<script type=\'application/ld+json\'>{"@type": "BlogPosting", "headline": "Neuer Saal",'
    ' "author": {"@type": "Person", "name": "Sandra"}}</script>'
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<a href='/author/sandra/'>Sandra</a> und <a href='/author/marco/'>Marco</a>",
         ["Sandra", "Marco"]),
        ("<a href='/author/sandra/'>Sandra</a> &amp; <a href='/author/julia/'>Julia</a>",
         ["Sandra", "Julia"]),
        # a word that is no given name joined to hers: no second writer
        ("<a href='/author/sandra/'>Sandra</a> und <a href='/team/'>Team</a>", ["Sandra"]),
    ],
)  # fmt: skip
def test_given_names_joined(byline: str, expected: list[str]) -> None:
    body = (
        f"<main><article><h1>Neuer Saal</h1><div class='entry-meta'>{byline} | "
        f"<span class='published'>Mrz 12, 2024</span></div>{TEXT}</article></main>"
    )
    assert extract(page_with(body, GIVEN_HEAD), URL, fetched_at=FETCHED)["authors"] == expected
