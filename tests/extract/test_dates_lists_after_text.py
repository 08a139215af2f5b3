"""After the text, a list's heading ends the search for a date line: a writer's other posts
under "Weitere Beiträge von Gerda Hollmann-Seidel" (a heading naming its writer or section,
up to 70 characters) and a conference's programme under "Tagungsprogramm", "Programm",
"Ablauf" carry other days than the page's. Issue 11, session 57: 2 read judges' dates up
(de_full355, de_full380) and 4 snippets (dates_cf, dates_dl, de_full118), none down. Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import body_around, paragraphs, published_on

URL = "https://www.arbeitskreis-bankgeschichte.example/aktuelles/jahrestagung-2023"
HEAD = "<meta property='article:published_time' content='2023-10-09T14:12:33+02:00'>"


@pytest.mark.parametrize(
    "after",
    [
        "<h2>Tagungsprogramm</h2><p>Donnerstag, 21. September 2023</p><p>14:00 Uhr Begrüßung</p>",
        "<h3>Programm</h3><p>Freitag, 22. September 2023</p><p>09:30 Uhr Vortrag</p>",
        "<h3>Weitere Beiträge von Gerda Hollmann-Seidel</h3><ul><li><a>Seniorenkaffee mit "
        "Zaubertricks im Bürgerhaus</a> 29.09.2023</li></ul>",
    ],
)
def test_a_list_after_the_text_gives_no_date_line(after: str) -> None:
    body = (
        f"<main><article><h1>Die Jahrestagung 2023 in Siegburg</h1>"
        f"{paragraphs('sie ihr Archiv auf Instagram zeigt', 4)}{after}</article></main>"
    )
    assert (published_on(body, HEAD, URL) or "")[:10] == "2023-10-09"


def test_a_writers_other_posts_leave_the_text() -> None:
    block = (
        "<h3>Weitere Pressemitteilungen von Zahlwerk AG</h3>"
        "<ul><li><a href='/a'>Zahlwerk senkt Gebühren</a></li></ul>"
    )
    body = body_around(block)
    assert "Weitere Pressemitteilungen" not in body
