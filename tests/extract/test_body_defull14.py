"""Body rules from de_full14's misses, judged on de_full15 (issue 11): kinds of markup read
on de_full14, each on small invented pages, with the text it must leave alone."""

from __future__ import annotations

import lxml.html
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.layout import unwrap_layout_tables

URL = "https://kreisblatt.example/wirtschaft/art12,3456.html"


def _portal(cell: str) -> bytes:
    paragraphs = [
        f"<p><font size='2'>Die Volksbank Musterstadt erklärt im {n}. Absatz, warum sie ihre "
        "Filialen im Umland schließt und was Kunden davon haben.</font></p>"
        for n in range(1, 6)
    ]
    points = (
        "<ul><li><font size='2'>Drei Geschäftsstellen schließen im März.</font></li>"
        "<li><font size='2'>Die Geldautomaten bleiben stehen.</font></li></ul>"
    )
    text = "".join(paragraphs[:2]) + points + "".join(paragraphs[2:])
    return page_with(
        f"<table><tr><td><a href='/'>Start</a><br><a href='/w'>Wirtschaft</a></td>"
        f"<td{cell}>{text}</td><td>Anzeige</td></tr></table>"
    )


def test_the_list_in_a_layout_tables_cell_of_paragraphs_stays() -> None:
    body = str(extract(_portal(""), URL, fetched_at=FETCHED)["body"])
    assert "Drei Geschäftsstellen schließen im März." in body
    assert "Die Geldautomaten bleiben stehen." in body
    assert "im 5. Absatz" in body
    assert "Anzeige" not in body


def test_the_cells_own_class_stays() -> None:
    tree = lxml.html.fromstring(_portal(" class='inhalt'"))
    unwrap_layout_tables(tree)
    assert tree.xpath("//*[@class='inhalt article-body']")
