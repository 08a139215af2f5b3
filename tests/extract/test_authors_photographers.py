"""A photographer is no writer: a person the metadata lists among the authors beside the
writer, whom the page credits for pictures and nothing else ("Text: Jonas Reiser · Fotos:
Petra Lindqvist", "Illustration:" <a>Pia Mertens</a>, a caption's "Foto: Lisa Graf"), leaves
the authors. Credited for the text too ("Text und Fotos: A", "Von A und B") or alone, she
stays. Issue 11, session 67: 8 pages' authors up on 8 sets (de_full240, de_full264,
de_full339, de_full467, ...), none down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, graph, page_with

from newsarchive.extract import extract

URL = "https://www.heimatbote-musterau.example/lokales/bargeld-an-der-ladenkasse"
TEXT = "".join(
    f"<p>Im {n}. Absatz erzählen Händlerinnen und Händler aus Musterau, warum sie Bargeld an "
    "der Ladenkasse auszahlen, seit die Sparkasse ihre Filiale geschlossen hat.</p>"
    for n in range(1, 5)
)


def authors(credits: str, names: list[str], caption: str = "") -> list[str]:
    head = graph(
        {
            "@type": "NewsArticle",
            "headline": "Bargeld an der Ladenkasse",
            "author": [{"@type": "Person", "name": n} for n in names],
        }
    )
    figure = f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
    body = (
        f"<main><article><h1>Bargeld an der Ladenkasse</h1>{credits}"
        f"{figure if caption else ''}{TEXT}</article></main>"
    )
    return extract(page_with(body, head), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("credits", "names", "caption", "expected"),
    [
        (
            "<p class='credits'>Text: Jonas Reiser · Fotos: Petra Lindqvist</p>",
            ["Jonas Reiser", "Petra Lindqvist"],
            "",
            ["Jonas Reiser"],
        ),
        # the label in a node of its own, the name in a link after it
        (
            "<p class='credits'><a href='/autoren/a'>Jonas Reiser</a> · <span>Illustration:</span>"
            " <a href='/autoren/b'>Pia Mertens</a></p>",
            ["Jonas Reiser", "Pia Mertens"],
            "",
            ["Jonas Reiser"],
        ),
        # credited under a picture only
        (
            "<p class='byline'>Von Jakob Winter</p>",
            ["Jakob Winter", "Lisa Graf"],
            "Der Marktplatz am Samstag. Foto: Lisa Graf",
            ["Jakob Winter"],
        ),
        # credited for the text too: both stay
        (
            "<p class='byline'>Von Jakob Winter und Lisa Graf</p>",
            ["Jakob Winter", "Lisa Graf"],
            "Der Marktplatz am Samstag. Foto: Lisa Graf",
            ["Jakob Winter", "Lisa Graf"],
        ),
        (
            "<p class='credits'>Text und Fotos: Petra Lindqvist · Mitarbeit: Jonas Reiser</p>",
            ["Jonas Reiser", "Petra Lindqvist"],
            "",
            ["Jonas Reiser", "Petra Lindqvist"],
        ),
        # the photographer alone: nobody else to name
        (
            "<p class='credits'>Fotos: Petra Lindqvist</p>",
            ["Petra Lindqvist"],
            "",
            ["Petra Lindqvist"],
        ),
    ],
)
def test_photographer_leaves_the_authors(
    credits: str, names: list[str], caption: str, expected: list[str]
) -> None:
    assert authors(credits, names, caption) == expected
