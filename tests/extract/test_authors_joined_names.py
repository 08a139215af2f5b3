"""The metadata's one author shown with others joined to their name, each a link of its own
with no lead word ("<a>A</a> and <a>B</a>", "<a>A</a>, <a>B</a>"): every writer shown;
a paper's name, a role or an agency joined so is none (session 40); a joined name with its
academic title ("<span>A</span> und <span>Dr. B</span>") is one too (session 62, read on
dates_gw)."""

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
