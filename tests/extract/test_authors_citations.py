"""A paper's writers from its scholarly citation tags (``citation_author``, one a writer,
surname first turned round; halves AD's and AJ's kind, issue 11), on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://journal-weserland.example/article/view/12"
TEXT = "".join(
    f"<p>Die Studie untersucht im {n}. Kapitel, wie Regionalbanken ihre Filialen mit "
    "digitalen Kanälen verbinden und welche Kunden davon profitieren.</p>"
    for n in range(1, 5)
)


def authors(tags: str) -> list[str]:
    html = page_with(
        f"<article><h1>Filialen und digitale Kanäle</h1><div class='text'>{TEXT}</div></article>",
        f"<title>Filialen und digitale Kanäle</title>{tags}",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (
            "<meta name='citation_author' content='Marit Oltmanns'>"
            "<meta name='citation_author' content='Jonas Feldkamp'>",
            ["Marit Oltmanns", "Jonas Feldkamp"],
        ),
        (
            "<meta name='citation_author' content='Szymańska, Paula'>"
            "<meta name='DC.creator' content='Szymańska, Paula'>"
            "<meta name='citation_author' content='Möllenbeck, Henrik'>"
            "<meta name='DC.creator' content='Möllenbeck, Henrik'>",
            ["Paula Szymańska", "Henrik Möllenbeck"],
        ),
    ],
)
def test_citation_authors(tags: str, expected: list[str]) -> None:
    assert authors(tags) == expected
