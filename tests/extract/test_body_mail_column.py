"""An e-mail's text in a column of cells (issue 11, from the newsletters' misses): Mailchimp,
CleverReach and Brevo templates set each block of a newsletter (greeting, items, sign-off)
in a cell of its own, one under the other; the text is the column of those cells, not the
cell with the most paragraphs, and the footer's cells stay out. Side-by-side cells of an
old page's layout keep the cell of the most paragraphs. Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://newsletter.zinsbrief.example/p/ausgabe-47"
ITEMS = [
    ("Tagesgeld", "die ersten Häuser ihre Zinsen für Tagesgeld senken"),
    ("Festgeld", "die Sparkasse Festgeld jetzt auf Instagram erklärt"),
    ("Kontowechsel", "ein kleiner Dienst aus Vegesack eine Warteliste führt"),
]


def _sentence(why: str, n: int = 1) -> str:
    return (
        f"In diesem Abschnitt ({n}) erklären wir ausführlich, warum {why}, und was das für "
        "Ihr Erspartes bedeutet."
    )


def _row(cell: str) -> str:
    return f"<tr><td class='mcnTextContent'>{cell}</td></tr>"


def _newsletter(footer: str) -> str:
    opening = f"<p>Liebe Leserinnen und Leser,</p><p>{_sentence('Sie diesen Brief bekommen')}</p>"
    rows = [_row(f"<h1>Zinsen bröckeln</h1>{opening}")]
    rows += [_row(f"<h2>{head}</h2><p>{_sentence(why)}</p>") for head, why in ITEMS]
    rows.append(_row(f"<p>{_sentence('wir uns auf Ihre Antworten freuen')}</p>"))
    small = "".join(
        f"<p>Sie erhalten diese E-Mail, weil Sie sich für den Zinsbrief angemeldet haben ({n}), "
        "und können sich jederzeit von dieser Liste abmelden.</p>"
        for n in range(1, 4)
    )
    return (
        "<table width='600' id='bodyTable'><tr><td id='templateBody'><table>"
        f"{''.join(rows)}</table></td></tr>{footer.format(small=small)}</table>"
    )


@pytest.mark.parametrize(
    "footer",
    [
        "<tr><td id='templateFooter'>{small}</td></tr>",
        "<tr><td><table class='footer'><tr><td>{small}</td></tr></table></td></tr>",
    ],
)
def test_an_emails_column_of_cells_is_its_text(footer: str) -> None:
    body = str(extract(page_with(_newsletter(footer)), URL, fetched_at=FETCHED)["body"])
    for _, why in ITEMS:
        assert why in body
    assert "wir uns auf Ihre Antworten freuen" in body
    assert "Sie erhalten diese E-Mail" not in body


def test_side_by_side_cells_keep_the_cell_of_the_most_paragraphs() -> None:
    text = "".join(f"<p>{_sentence('die Volksbank Preise erhöht', n)}</p>" for n in range(1, 5))
    side = "".join(
        f"<p>{_sentence(f'Termin {n} im Rathaus stattfindet', n)}</p>" for n in range(1, 4)
    )
    page = f"<table><tr><td class='text'>{text}</td><td class='side'>{side}</td></tr></table>"
    body = str(
        extract(page_with(page), "http://www.volksbank.example/news.htm", fetched_at=FETCHED)[
            "body"
        ]
    )
    assert "die Volksbank Preise erhöht" in body
    assert "im Rathaus stattfindet" not in body
