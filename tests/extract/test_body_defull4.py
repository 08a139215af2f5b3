"""Body rules judged on de_full4 (issue 11): kinds of page part read on the read sets and
the dev pages, each on small invented lines or pages, with the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page
from extract_pages import LINES as TEXT
from extract_pages import LINES_URL as URL
from extract_pages import kept_lines as _kept

from newsarchive.extract import extract


def _body(page: bytes) -> str:
    return str(extract(page, URL, fetched_at=FETCHED)["body"])


def test_one_cell_table_rows_are_read_as_paragraphs() -> None:
    # a newsletter archived as a page: its layout table gives one cell a row
    assert _kept([f"| {line} |" for line in TEXT]) == TEXT


def test_a_one_cell_row_of_boilerplate_leaves() -> None:
    assert _kept([*TEXT[:1], "| Foto: Anna Müller |", *TEXT[1:]]) == TEXT
    assert _kept([*TEXT, "| Jetzt kostenlos abonnieren |"]) == TEXT


def test_rows_of_several_cells_stay_rows() -> None:
    rows = ["| Tarif | Grundgebühr |", "| Giro Basis | 4,90 Euro |"]
    assert _kept([*TEXT, *rows]) == [*TEXT, *rows]


@pytest.mark.parametrize(
    "name",
    [
        "native-ad",
        "sponsored-content",
        "article-sponsor",
        "affiliate-hinweis",
        "transparenz",
        "nl-inline",
        "autorbox",
    ],
)
def test_paid_slot_affiliate_note_newsletter_and_author_boxes_leave(name: str) -> None:
    box = "<p>Anzeige: Das Tagesgeldkonto unseres Partners bringt jetzt drei Prozent Zinsen.</p>"
    body = _body(article_page(tail=f'<div class="{name}">{box}</div>'))
    assert "Volksbank Musterstadt" in body
    assert "Tagesgeldkonto" not in body


@pytest.mark.parametrize("name", ["sponsored-by-the-bank", "autoren", "partner"])
def test_paid_and_author_names_otherwise_stay(name: str) -> None:
    text = "Die Volksbank nennt im fünften Absatz ihre Partner und die Autoren der Studie."
    assert "fünften Absatz" in _body(article_page(tail=f'<div class="{name}"><p>{text}</p></div>'))


@pytest.mark.parametrize(
    "rest",
    [
        "<details><summary>Mehr anzeigen</summary><ul><li>handelsblatt.com: Die Bank und "
        "ihre Kanäle</li></ul></details>",
        "<ul><li>handelsblatt.com: Die Bank und ihre Kanäle</li></ul>",
    ],
)
def test_a_source_lists_rest_leaves_with_it(rest: str) -> None:
    sources = f"<h3>Verwendete Quellen</h3><ul><li>Eigene Recherche</li></ul>{rest}"
    body = _body(article_page(tail=sources))
    assert "Eigene Recherche" not in body
    assert "Kanäle" not in body
    assert "4. Absatz" in body


def test_a_list_after_a_source_lists_text_stays() -> None:
    tail = (
        "<h3>Verwendete Quellen</h3><ul><li>Eigene Recherche</li></ul>"
        "<p>Die Bank bietet drei Konten an, die wir hier noch einmal kurz nennen:</p>"
        "<ul><li>Das Girokonto mit App und Karte im Alltag</li></ul>"
    )
    body = _body(article_page(tail=tail))
    assert "Girokonto mit App" in body
