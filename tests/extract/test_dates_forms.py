"""Date forms in text (issue 11: no date where the page shows one in a German form, a time
given in UTC read as local time), on small strings and pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.datetext import parse_date

TEXT = paragraphs("sie jetzt auch auf Mastodon schreibt")
URL = "https://www.zeitung.example/wirtschaft/sparkasse-auf-mastodon-1234"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3. Febr. 2026", "2026-02-03"),
        ("Di., 3.Sept.2026", "2026-09-03"),
        ("3.Mrz.2026, 14:05 Uhr", "2026-03-03T14:05:00+01:00"),
        ("2026/03/03 23:55", "2026-03-03T23:55:00+01:00"),
        ("2026/3/3", "2026-03-03"),
        # a time with its zone: in that zone, a UTC one as a German reader sees it
        ("Tue, 03 Mar 2026 23:30:00 GMT", "2026-03-04T00:30:00+01:00"),
        ("Tue, 03 Mar 2026 23:30:00 +0000", "2026-03-04T00:30:00+01:00"),
        ("Tue, 03 Mar 2026 23:30:00 -0500", "2026-03-03T23:30:00-05:00"),
        ("March 3, 2026 23:30 UTC", "2026-03-04T00:30:00+01:00"),
        # no zone: German local time, as before; "Uhr" is no zone
        ("3. März 2026, 23:30 Uhr", "2026-03-03T23:30:00+01:00"),
        ("3. März 2026 23:30 Zürich", "2026-03-03T23:30:00+01:00"),
        # a version or a span is no date
        ("Version 2026/33/1", None),
    ],
)
def test_text_date_forms(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<time title='2025/05/06 23:55'>2025/05/06 23:55</time> · 12 Boosts", "2025-05-06"),
        ("Datum: 3. Febr. 2025", "2025-02-03"),
        ("Mo., 3.Sept.2025", "2025-09-03"),
        # Serendipity's English default: the month first, the day with a full stop
        ("<h3 class='serendipity_date'>Tuesday, September 16. 2025</h3>", "2025-09-16"),
        ("September 16. 2025", "2025-09-16"),
    ],
)
def test_a_date_line_in_these_forms(line: str, expected: str) -> None:
    body = f"<main><article><h1>Sparkasse auf Mastodon</h1><p>{line}</p>{TEXT}</article></main>"
    assert (published_on(body, "", URL) or "")[:10] == expected
