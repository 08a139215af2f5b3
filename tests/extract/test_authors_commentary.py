"""An opinion piece's markup holding "comment" ("commentary", "commentary-author") is the
article, not a comment part (`COMMENTARY_CLASS`; kind read in half L, issue 11): its
``rel="author"`` link names the writer; a real comment section's author links stay out."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.kursblick.example/wissen/sparplan-oder-einmalanlage"
TEXT = "".join(
    f"<p>Im {n}. Absatz geht es darum, ob ein Sparplan oder eine Einmalanlage für Kundinnen "
    "und Kunden der Sparkassen in diesem Jahr die bessere Wahl ist.</p>"
    for n in range(1, 5)
)


def authors(article_class: str, byline_class: str) -> list[str]:
    html = page_with(
        "<header><a class='logo'>Kursblick</a></header><main><h1>Wissen</h1>"
        f"<article class='{article_class}'><h2>Sparplan oder Einmalanlage?</h2>"
        f"<p class='{byline_class}'>von <a rel='author' href='/team/moritz-quast'>Moritz Quast</a>"
        f"</p>{TEXT}</article></main>",
        "<title>Sparplan oder Einmalanlage? | Kursblick</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("article_class", "byline_class", "expected"),
    [
        ("commentary", "commentary-author", ["Moritz Quast"]),
    ],
)
def test_commentary_is_the_article(
    article_class: str, byline_class: str, expected: list[str]
) -> None:
    assert authors(article_class, byline_class) == expected


def test_a_comment_entry_stays_a_comment_part() -> None:
    from lxml import etree

    from newsarchive.extract.bylines import _comment_part

    assert _comment_part(etree.fromstring("<li class='comment-author'/>"))
    assert not _comment_part(etree.fromstring("<p class='commentary-author'/>"))
