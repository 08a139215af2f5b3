"""A live blog's entry heading followed by the box holding the entry's text
(``<h3>…</h3><div class="entry-body"><p>…``) is put back above that text when trafilatura
leaves it out (:func:`~newsarchive.extract.boxedheads.boxed_subheadings`; kind read in
de_full4's live blog). Small invented pages; a heading over a box of links stays out."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.moorfelder-bote.example/live/geldautomat-gesprengt.html"
HEADLINE = "Live: Geldautomat in Moorfeld gesprengt"
HEADINGS = ["Polizei sperrt die Hauptstraße", "Bank schließt die Filiale", "Zeugen gesucht"]


def entry(heading: str, n: int, box: str) -> str:
    """One entry of an invented live blog: its time, heading and text box."""
    return (
        f"<article class='lb-entry'><div class='lb-entry__time'><time>1{n}:05</time> Uhr</div>"
        f"<h3 class='lb-entry__title'>{heading}</h3>{box}"
        "<div class='lb-entry__foot'><span>Anna Beispiel</span><button>Teilen</button></div>"
        "</article>"
    )


def text_box(n: int) -> str:
    """An entry's text box holding one paragraph."""
    return (
        f"<div class='lb-entry__body'><p>Eintrag {n} erzählt, was die Polizei und die Bank am "
        "Morgen nach der Sprengung in Moorfeld mitgeteilt haben und wie es weitergeht.</p></div>"
    )


def body(boxes: list[str]) -> str:
    """The body of an invented live blog: an entry for each heading and box."""
    entries = "".join(
        entry(h, n, box) for n, (h, box) in enumerate(zip(HEADINGS, boxes, strict=True))
    )
    html = page_with(
        f"<main><div class='lb'><h1>{HEADLINE}</h1><div class='lb__entries'>{entries}</div>"
        "</div></main>",
        f"<title>{HEADLINE}</title>",
    )
    return str(extract(html, URL, fetched_at=FETCHED)["body"])


def test_entry_headings_read_above_their_text() -> None:
    text = body([text_box(n) for n in range(3)])
    for n, heading in enumerate(HEADINGS):
        assert heading in text
        assert text.index(heading) < text.index(f"Eintrag {n} ")


@pytest.mark.parametrize(
    "box",
    [
        "<div class='links'><ul><li><a href='/a.html'>Ein anderer Beitrag</a></li></ul></div>",
        (
            "<div class='teaser'>Mehr dazu <p>Ein Satz, der nach einem Wort im Kasten steht "
            "und darum nicht der Text des Eintrags ist.</p></div>"
        ),
    ],
)
def test_heading_over_other_box_left(box: str) -> None:
    text = body([text_box(0), text_box(1), box])
    assert HEADINGS[2] not in text
