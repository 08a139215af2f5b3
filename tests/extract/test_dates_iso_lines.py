"""An ISO day with dashes in the text ("Veröffentlicht am 2007-02-27", "2007-02-27 18:30") is
a date line like the slashed one, before a side column's days (rd3's rule 0fec0fd, issue 11,
re-judged on half AJ); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.datetext import parse_date

TEXT = paragraphs("die Initiative weitere Beschwerden sammelt")
URL = "https://blog.example/posts/kontogebuehren/"
SIDE = (
    "<div class='box'><b>Termine</b><ul><li>04.03.2007: Stammtisch</li>"
    "<li>07.03.2007: Infoabend</li></ul></div>"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Veröffentlicht am 2007-02-27", "2007-02-27"),
        ("2007-02-27 18:30 · admin", "2007-02-27T18:30:00+01:00"),
        ("Posted 2007-02-27T23:30:00Z", "2007-02-28T00:30:00+01:00"),
    ],
)
def test_an_iso_day_in_the_text_is_a_date_line(line: str, expected: str) -> None:
    body = (
        "<main><h1>Kontogebühren: Initiative sammelt Beschwerden</h1>"
        f"<p class='post-meta'>{line}</p>{TEXT}{SIDE}</main>"
    )
    assert published_on(body, "", URL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("am 2007-02-27, 18:30", "2007-02-27T18:30:00+01:00"),
        ("Stand: 2007-2-7", "2007-02-07"),
        ("Artikel 2007-02-271", None),  # more digits: no day
        ("2007-13-27", None),
    ],
)
def test_iso_days_in_text(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected
