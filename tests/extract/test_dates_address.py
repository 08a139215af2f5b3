"""The address's month weighs the page's dates (issue 11: a date in the address ignored in
favour of another date in the page; dates_o's photo blog), on small pages written for the
test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.dateurl import in_month, url_month

TEXT = paragraphs("sie jetzt auch auf Mastodon schreibt")
META = "<meta property='article:published_time' content='{}'>"


def _page(line: str) -> str:
    head = "<main><article><h1>Sparkasse auf Mastodon</h1><p class='lead'>Ein Vorspann.</p>"
    return f"{head}{TEXT}<ul class='info'><li>{line}</li></ul></article></main>"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://blog.example/2025/10/sparkasse-auf-mastodon/", (2025, 10)),
        ("https://blog.example/2025/3/sparkasse-auf-mastodon/", (2025, 3)),
        ("https://blog.example/2025/sparkasse-auf-mastodon/", (2025, None)),
        ("https://blog.example/2025/13/sparkasse-auf-mastodon/", None),
        ("https://blog.example/2025/1003/sparkasse-auf-mastodon/", None),
        ("https://blog.example/artikel/2025-sparkasse", None),
    ],
)
def test_the_address_month(url: str, expected: tuple[int, int | None] | None) -> None:
    assert url_month(url) == expected


def test_a_date_in_the_month_or_not() -> None:
    assert in_month("2025-10-19T21:30:00+02:00", (2025, 10)) is True
    assert in_month("2025-09-26", (2025, 10)) is False
    assert in_month("2025-09-26", (2025, None)) is None
    assert in_month(None, (2025, 10)) is None


@pytest.mark.parametrize(
    ("url", "meta", "line", "expected"),
    [
        # a nearer date outside the address's month (a photo's day) does not replace the
        # metadata's day inside it
        (
            "https://fotos.example/2025/10/morgennebel/",
            "2025-10-19T21:30:00+02:00",
            "Aufgenommen: 26.09.2025 05:12",
            "2025-10-19",
        ),
        # ... and a line inside it replaces a metadata day outside it
        (
            "https://fotos.example/2025/10/morgennebel/",
            "2024-01-01T00:00:00+01:00",
            "19.10.2025",
            "2025-10-19",
        ),
        # an address without a month leaves the line as before
        (
            "https://fotos.example/fotos/morgennebel/",
            "2025-10-19T21:30:00+02:00",
            "Aufgenommen: 26.09.2025 05:12",
            "2025-09-26",
        ),
        # a line in the month as the metadata's: the line's day, as before
        (
            "https://fotos.example/2025/10/morgennebel/",
            "2025-10-19T21:30:00+02:00",
            "20.10.2025",
            "2025-10-20",
        ),
    ],
)
def test_the_address_month_weighs_the_date_line(
    url: str, meta: str, line: str, expected: str
) -> None:
    found = published_on(_page(line), META.format(meta), url)
    assert (found or "")[:10] == expected
