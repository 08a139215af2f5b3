"""Titles on club pages whose ``<h1>`` is the club's name and whose metadata title adds a
section the page shows as a bold label over the post's ``<h2>`` (issue 11), on small
invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Börsenclub, wie die Mitglieder über das Depot "
    "abgestimmt haben und was der Vorstand für das kommende Jahr plant.</p>"
    for n in range(1, 4)
)
URL = "http://www.uni-nordheide.example/~bcn/bericht12.htm"


def _title(label: str) -> str:
    body = (
        "<h1 align='center'>Börsenclub Nordheide</h1><p align='center'>Gegründet 1997</p>"
        f"<hr>{label}<h2>Besuch bei der Volksbank im Nachbarort</h2>{TEXT}"
    )
    page = page_with(body, "<title>Börsenclub Nordheide - Clubberichte</title>")
    return str(extract(page, URL, fetched_at=FETCHED)["title"])


def test_a_section_label_after_the_clubs_h1_makes_it_the_banner() -> None:
    assert _title("<b>Clubberichte</b>") == "Besuch bei der Volksbank im Nachbarort"


def test_the_h1_stays_where_the_page_shows_no_such_label() -> None:
    assert _title("") == "Börsenclub Nordheide"
