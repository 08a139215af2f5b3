"""A post footer that blog software names by the post's noun (``itemFooter``,
``storyFooter``, ``news-footer``) and its line opening with the poster's name before the
post's clock time ("A | 22:10 | Kommentare [3]", "A - 21:14 - Rubrik: …"; kind read in
de_full29 and de_full21, issue 11): the name read, on small invented pages; a time without a
person's name before it, another footer class and a comment's footer left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.sparbuchblog.example/2009/03/12/dispozinsen.aspx"
TEXT = "".join(
    f"<p>Im {n}. Quartal haben mehrere Sparkassen der Region ihre Dispozinsen gesenkt, "
    "während die Direktbanken ihre Konditionen kaum verändert haben.</p>"
    for n in range(1, 5)
)


def authors(footer: str, cls: str = "itemFooter", comments: str = "") -> list[str]:
    html = page_with(
        "<div id='banner'><h1><a href='/'>Sparbuchblog</a></h1></div>"
        "<div class='item'><h2 class='itemTitle'>Dispozinsen sinken in der Region</h2>"
        f"<div class='itemBody'>{TEXT}</div><div class='{cls}'>{footer}</div></div>"
        f"<div id='comments'>{comments}</div>",
        "<title>Sparbuchblog - Dispozinsen sinken in der Region</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("footer", "cls", "expected"),
    [
        (
            "Jana Kortmann | 22:10 | <a>Kommentare [3]</a> | <a>Trackback</a>",
            "itemFooter",
            ["Jana Kortmann"],
        ),
        (
            "Karl-Heinz Ostendorp - 21:14 - Rubrik: <a>Zinsen</a> - 2 Kommentare",
            "storyFooter",
            ["Karl-Heinz Ostendorp"],
        ),
        (
            "Jana Kortmann, 22:41:17 <a>#</a> <a>Kommentar [1]</a>",
            "story-footer",
            ["Jana Kortmann"],
        ),
        (
            "Geschrieben von <a>Jana Kortmann</a> am 14.03.2006 21:05 · 2 Kommentare · Drucken",
            "news-footer",
            ["Jana Kortmann"],
        ),
        # no person's name before the time, or a footer of another kind: nobody
        ("Kommentare | 22:10 | <a>Trackback</a>", "itemFooter", []),
        ("12.03.2009 | 22:10 | <a>Kommentare [3]</a>", "itemFooter", []),
        ("Jana Kortmann | 22:10 | <a>Kommentare [3]</a>", "pageInfo", []),
    ],
)
def test_noun_footer_names_the_poster(footer: str, cls: str, expected: list[str]) -> None:
    assert authors(footer, cls) == expected


def test_comment_footer_is_no_byline() -> None:
    comments = (
        "<div class='comment'><p>Sehe ich genauso!</p>"
        "<div class='itemFooter'>Frank Lerche | 23:02 | <a>Antworten</a></div></div>"
    )
    assert authors("<a>Kommentare [1]</a>", comments=comments) == []
