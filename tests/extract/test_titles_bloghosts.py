"""Titles of blog hosts' member posts ("Host Blogs - Headline - Name's Host-Blog"): the host's
name and the member's blog (a compound whose head is a site word) are cut, the headline
stays (issue 11), on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://blogs.kontaktkiste.example/post/8812"
TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt Mira, wie sie ihr erstes Konto eröffnet hat und was die "
    "Beraterin ihr zu Dispo und Karte erklärt hat.</p>"
    for n in range(1, 4)
)


def title_of(title: str) -> str:
    page = page_with(f"<div class='blogpost'>{TEXT}</div>", f"<title>{title}</title>")
    return str(extract(page, URL, fetched_at=FETCHED)["title"])


@pytest.mark.parametrize(
    "title",
    [
        "Plauderplatz Blogs - Mein erstes Konto mit 16 - Miras Plauderplatz-Blog",
        "Mein erstes Konto mit 16 - Miras Geldgeschichten-Blog",
        "Mein erstes Konto mit 16 | Finanz-Magazin",
    ],
)
def test_the_hosts_and_the_members_blog_names_are_cut(title: str) -> None:
    assert title_of(title) == "Mein erstes Konto mit 16"


@pytest.mark.parametrize(
    "title",
    [
        "Sicherheit: Online-Banking im Test",  # "Online-Banking": its head is no site word
        "Mein erstes Konto mit 16 - Ein Blog-Eintrag über Geld und Banken heute",
    ],
)
def test_a_headline_segment_stays(title: str) -> None:
    assert title_of(title) == title
