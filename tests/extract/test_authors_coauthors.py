"""The metadata's one author with the co-authors the byline shows beside that name (a theme
that puts only the first writer in ``<meta name=author>`` and JSON-LD: "Von <a>A</a>,
<a>B</a>", author cards "Autor" / A, "Autor" / B; kind read in half U, issue 11), on small
invented pages; a place, a first name or a comment's author is no co-author."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://bytes-buchungen.example/posts/webhooks-statt-polling/"
TEXT = "".join(
    f"<p>Im {n}. Sprint haben wir den Abruf der Kontoumsätze umgebaut: Statt alle fünf Minuten "
    "nachzufragen, meldet die Bank neue Buchungen jetzt selbst per Webhook.</p>"
    for n in range(1, 6)
)
HEAD = (
    "<title>Webhooks statt Polling bei Kontoumsätzen</title>"
    "<meta name='author' content='Timo Achterberg'>"
)


def authors(byline: str, after: str = "") -> list[str]:
    html = page_with(
        f"<article><h1>Webhooks statt Polling bei Kontoumsätzen</h1>{byline}"
        f"<div class='post-content'>{TEXT}</div>{after}</article>",
        HEAD,
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


def card(name: str) -> str:
    return (
        f"<div class='flex author'><img alt='{name}' src='/img/a.jpg'><div><div>Autor</div>"
        f"<div>{name}</div><div>Schreibt über Zahlen und Banken.</div></div></div>"
    )


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "<span>Von <em><a href='/a'>Timo Achterberg</a></em>, "
            "<em><a href='/b'>Leonie Brack</a></em></span>",
            ["Timo Achterberg", "Leonie Brack"],
        ),
        (
            "<span>Von <a>Timo Achterberg</a> und <a>Leonie Brack</a></span>",
            ["Timo Achterberg", "Leonie Brack"],
        ),
        # a place or a first name beside the name, or nobody: the metadata's author alone
        ("<span>Von <a>Timo Achterberg</a>, <a>Kassel</a></span>", ["Timo Achterberg"]),
        ("<span>Von <a>Timo Achterberg</a> und <a>Leonie</a></span>", ["Timo Achterberg"]),
        ("<span>Von <a>Timo Achterberg</a></span>", ["Timo Achterberg"]),
    ],
)
def test_names_joined_in_the_byline(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected


def test_author_cards_under_the_same_label() -> None:
    cards = card("Timo Achterberg") + card("Leonie Brack")
    assert authors("", cards) == ["Timo Achterberg", "Leonie Brack"]


def test_comment_author_is_no_co_author() -> None:
    comments = (
        "<section class='comments'><div class='comment'><div>Autor</div><div>Frank Lerche</div>"
        "<p>Guter Beitrag!</p></div></section>"
    )
    assert authors(card("Timo Achterberg"), comments) == ["Timo Achterberg"]
