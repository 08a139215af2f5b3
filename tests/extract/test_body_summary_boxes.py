"""A box of the article's points under its own label ("Auf einen Blick", "Das Wichtigste",
"Kompakt") between the lead and the text is read: its points are put back above the
paragraph after the box (:func:`~newsarchive.extract.summaryboxes.summary_box_lists`), or an
``<aside>`` holding only label and list is opened in place (:func:`~.pruning.fact_label`);
the label stays out. Kind read in de_full8, 9, 12, 16, 19, 22, 23, 24. Small invented pages;
a box of links, a box under another label and a box with text after its list are left
alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.vb-lindenau.example/aktuelles/2014/neue-filialzeiten.html"
HEADLINE = "Volksbank Lindenau ändert die Öffnungszeiten"
LEAD = (
    "Die Volksbank Lindenau öffnet ihre Geschäftsstellen ab Mai zu neuen Zeiten. "
    "Für Termine am Abend gibt es einen eigenen Service."
)
POINTS = [
    "Die Geschäftsstellen öffnen später am Morgen.",
    "Am Donnerstag gibt es Beratung bis zum Abend.",
    "Termine lassen sich auch im Internet buchen.",
]
TEXT = "".join(
    f"<p>Absatz {n} berichtet, wie die Bank ihre Kundinnen und Kunden über die neuen "
    "Zeiten informiert und was sich für Vereine und Betriebe ändert.</p>"
    for n in range(1, 5)
)


def body(box: str) -> str:
    """The body of an invented news page with ``box`` between its lead and its text."""
    html = page_with(
        f"<article><h1>{HEADLINE}</h1><p class='teaser'>{LEAD}</p>{box}{TEXT}</article>",
        f"<title>{HEADLINE}</title>",
    )
    return str(extract(html, URL, fetched_at=FETCHED)["body"])


def bullets(items: list[str], link: bool = False) -> str:
    """A bullet list of ``items`` (each a link with ``link``)."""
    cells = [f"<a href='/a{n}.html'>{item}</a>" if link else item for n, item in enumerate(items)]
    return "<ul>" + "".join(f"<li>{cell}</li>" for cell in cells) + "</ul>"


@pytest.mark.parametrize(
    "box",
    [
        f"<div class='kasten'><h4>Auf einen Blick</h4>{bullets(POINTS)}</div>",
        f"<div class='news_box'><h4>Kompakt</h4>{bullets(POINTS)}</div>",
        f"<div class='w-embed'><div class='info-card'><strong>Das Wichtigste</strong>"
        f"{bullets(POINTS)}</div></div>",
        f"<aside class='summary'><p class='summary-title'>Das Wichtigste in Kürze</p>"
        f"{bullets(POINTS)}</aside>",
    ],
)
def test_summary_box_read(box: str) -> None:
    text = body(box)
    assert all(point in text for point in POINTS)
    assert text.index(POINTS[0]) < text.index("Absatz 1")
    assert "Auf einen Blick" not in text


@pytest.mark.parametrize(
    "box",
    [
        # other articles' links under the label
        f"<aside class='summary'><p>Kompakt</p>{bullets(POINTS, link=True)}</aside>",
        f"<div class='w-embed'><div class='info-card'><strong>Kompakt</strong>"
        f"{bullets(POINTS, link=True)}</div></div>",
        # a box under another label
        f"<aside class='summary'><p>Weitere Meldungen</p>{bullets(POINTS)}</aside>",
        f"<div class='w-embed'><div class='info-card'><strong>Unsere Filialen</strong>"
        f"{bullets(POINTS)}</div></div>",
        # text after the list: not a box of points alone
        f"<aside class='summary'><p>Kompakt</p>{bullets(POINTS)}"
        "<p>Mehr dazu im Mitgliedermagazin der Bank.</p></aside>",
    ],
)
def test_other_box_left(box: str) -> None:
    text = body(box)
    assert POINTS[1] not in text
