"""Dates: a "Stand:" line just under the headline names the page's day where its metadata
names no publication (:mod:`newsarchive.extract.standhead`). Pages invented for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://wiki.bank.example/books/beratung/page/videoberatung"
LD = (
    '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
    '"datePublished": "2020-10-24T21:30:00+02:00"}</script>'
)


def page(line: str, head: str = "", after: str = "") -> bytes:
    """A knowledge base's page: its book's last change in the left column (another day, which
    htmldate reads), the headline, ``line`` under it, the text, ``after`` it."""
    return page_with(
        "<div class='book-meta'><span title='2022-01-14 19:20:00'>Zuletzt aktualisiert am "
        f"14.01.2022</span></div><main><h1>Videoberatung: Ablauf für Beraterinnen</h1><p>{line}</p>"
        f"{paragraphs('die Videoberatung über das Portal läuft', 4)}{after}</main>",
        head,
    )


@pytest.mark.parametrize(
    "line",
    ["Stand: 30.11.2020", "Autor: Jonas Mahler, Stand: 30.11.2020", "(Stand: 30. November 2020)"],
)
def test_a_stand_line_under_the_headline_is_the_day(line: str) -> None:
    assert extract(page(line), URL, fetched_at=FETCHED)["published"] == "2020-11-30"


def test_the_metadata_publication_wins_over_a_stand_line() -> None:
    # guard: a news page's "Stand:" under the headline is its update; datePublished stands
    got = extract(page("Stand: 27.10.2020 02:30 Uhr", LD), URL, fetched_at=FETCHED)["published"]
    assert got == "2020-10-24T21:30:00+02:00"


def test_another_date_line_wins_over_a_stand_line() -> None:
    # guard: the state's day ranks below any other line ("Erstellt am" further down)
    after = "<p>Erstellt am 12.03.2019</p>"
    got = extract(page("Stand: 30.11.2020", after=after), URL, fetched_at=FETCHED)["published"]
    assert got == "2019-03-12"


def test_a_stand_line_under_a_documents_labelled_fields() -> None:
    # a document's fields first ("Dokumenttyp" / "Positionspapier" / "Themen" / two topics),
    # then "Positionspapier · Stand: 15. September 2026" (session 39, de_full145)
    fields = (
        "<div class='field'><div class='field__label'>Dokumenttyp</div><div>Positionspapier"
        "</div></div><div class='field'><div class='field__label'>Themen</div>"
        "<div>Digitalisierung</div><div>Zahlungsverkehr</div></div>"
        "<p><strong>Positionspapier</strong> · Stand: 15. September 2026"
    )
    head = "<meta property='article:modified_time' content='2026-11-10T16:41:07+01:00'>"
    got = extract(page(fields, head), URL, fetched_at=FETCHED)["published"]
    assert got == "2026-09-15"
