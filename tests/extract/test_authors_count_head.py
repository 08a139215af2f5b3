"""A post head's date, counts and names under the headline and the theme's description
("26. Januar 2025 · 7 Min. · Marta Wendt und Ole Fries": Hugo PaperMod) credit the names
where the metadata names only the site (:data:`~newsarchive.extract.data.HEAD_COUNT_PART`,
:func:`~newsarchive.extract.namedate.with_head_byline`; kind read on de_full96, session
33, issue 11). Small invented pages; a name card after the description is left to the
card reader."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED, page_with

from newsarchive.extract import extract

URL = "https://geldnotizen.example/posts/schufa-selbstauskunft/"
HEADLINE = "Meine Schufa-Selbstauskunft und was sie mir nicht verraten hat"
DESCRIPTION = (
    "Ein Score, drei Einträge und viele offene Fragen: ein Selbstversuch mit der kostenlosen "
    "Datenkopie nach Artikel 15."
)


def authors(meta: str) -> list[str]:
    """The authors of an invented static-site post with the post head ``meta``."""
    html = page_with(
        f"<header><a href='/'>Geldnotizen</a></header><main><article><header><h1>{HEADLINE}"
        f"</h1><div class='post-description'>{DESCRIPTION}</div>{meta}</header>"
        f"<div class='post-content'>{ARTICLE}</div></article></main>",
        f"<title>{HEADLINE} | Geldnotizen</title><meta name='author' content='Geldnotizen'>"
        f"<meta name='description' content='{DESCRIPTION}'>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (
            "<div class='post-meta'><span title='2025-01-26'>26. Januar 2025</span>&nbsp;·&nbsp;"
            "7 Min.&nbsp;·&nbsp;Marta Wendt</div>",
            ["Marta Wendt"],
        ),
        (
            "<div class='post-meta'><span>14. Februar 2025</span>&nbsp;·&nbsp;5 Min.&nbsp;·&nbsp;"
            "1034 Wörter&nbsp;·&nbsp;Marta Wendt und Ole Fries</div>",
            ["Marta Wendt", "Ole Fries"],
        ),
    ],
)
def test_names_after_the_counts(meta: str, expected: list[str]) -> None:
    assert authors(meta) == expected


def test_a_count_alone_names_nobody() -> None:
    meta = "<div class='post-meta'><span>9. März 2025</span>&nbsp;·&nbsp;8 Min.</div>"
    assert authors(meta) in ([], ["Geldnotizen"])
