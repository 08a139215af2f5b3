"""An author's avatar image before the name (Odoo's blog: ``<img
class='o_wblog_author_avatar' alt=''>`` then the name and the day; kind read in half U,
issue 11): the name read on small invented pages; no name, a day or a comment's avatar left
alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.tischlerei-beispiel.example/blog/unser-blog-1/neue-kasse-7"
TEXT = "".join(
    f"<p>Im {n}. Monat mit der neuen Kasse zahlen immer mehr Kundinnen und Kunden mit der "
    "Karte oder dem Handy, und das Bargeld in der Werkstatt wird weniger.</p>"
    for n in range(1, 6)
)


def authors(head: str, comments: str = "") -> list[str]:
    html = page_with(
        f"<section class='o_wblog_post_top'><h1>Neue Kasse, neue Möglichkeiten</h1>{head}"
        f"</section><section id='o_wblog_post_main'>{TEXT}</section>"
        f"<section class='comments'>{comments}</section>",
        "<title>Neue Kasse, neue Möglichkeiten | Tischlerei Beispiel</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


def avatar(alt: str, after: str) -> str:
    return (
        "<div class='d-inline-flex'><img class='o_wblog_author_avatar me-2' "
        f"src='/web/image/res.partner/3/avatar_128' alt='{alt}'>{after}</div>"
    )


NAME_AND_DAY = (
    "<div class='small'><span>Tanja Brüggemann</span><span class='text-muted'>"
    "8. Februar 2026</span></div>"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (avatar("", NAME_AND_DAY), ["Tanja Brüggemann"]),
        (avatar("", " Tanja Brüggemann"), ["Tanja Brüggemann"]),
        (avatar("Tanja Brüggemann", "<span>8. Februar 2026</span>"), ["Tanja Brüggemann"]),
        # no name after the avatar, or an alt that is no name: nobody
        (avatar("", "<span>8. Februar 2026</span>"), []),
        (avatar("Profilbild", "<span>8. Februar 2026</span>"), []),
    ],
)
def test_avatar_before_the_name(head: str, expected: list[str]) -> None:
    assert authors(head) == expected


def test_comment_avatar_is_no_byline() -> None:
    comment = (
        "<div class='comment'><img class='author-avatar' alt=''><b>Frank Lerche</b>"
        "<p>Schöner Beitrag!</p></div>"
    )
    assert authors("<span>8. Februar 2026</span>", comment) == []
