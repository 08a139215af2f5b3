"""An ``<h1>`` that names the site as its host does, an article before it ("Der Kontobrief"
on news.kontobrief-bodensee.example: a newsletter's masthead), is no headline: the subject
the metadata titles agree on, shown on the page, is (session 50, read on de_full193). Small
pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract
from newsarchive.extract.sitesegment import host_name

SUBJECT = "Banking per Reel: Wie Banken am See auf Instagram werben"
HEAD = f"<title>{SUBJECT}</title><meta property='og:title' content='{SUBJECT}'>"


def title(url: str, masthead: str) -> str:
    html = page_with(
        f"<table><tr><td><h1>{masthead}</h1></td></tr><tr><td><h2>{SUBJECT}</h2>"
        f"{paragraphs('die Banken am See auf Instagram werben')}</td></tr></table>",
        HEAD,
    )
    return str(extract(html, url, fetched_at=FETCHED)["title"])


def test_a_newsletters_masthead_is_no_headline() -> None:
    assert title("https://news.kontobrief-bodensee.example/ausgabe-37", "Der Kontobrief") == (
        SUBJECT
    )


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Der Kontobrief", True),
        ("Kontobrief", True),
        ("Das Konto", False),  # too short a part of the host's name
        ("Banken am See", False),
    ],
)
def test_host_name(heading: str, expected: bool) -> None:
    assert host_name(heading, {"kontobriefbodensee", "kontobriefbodenseeexample"}) is expected
