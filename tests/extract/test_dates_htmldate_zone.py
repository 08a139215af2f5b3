"""A UTC time found by htmldate (issue 11: a day shifted by the zone) is the day a German
reader sees, as from our own sources; a time with another offset keeps its own day; on small
pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sie jetzt auch auf Mastodon schreibt")
URL = "https://www.zeitung.example/wirtschaft/sparkasse-auf-mastodon-1234"
BODY = f"<main><article><h1>Sparkasse auf Mastodon</h1>{TEXT}</article></main>"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-03T23:30:00Z", "2025-03-04T00:30:00+01:00"),
        ("2025-03-03T23:30:00+00:00", "2025-03-04T00:30:00+01:00"),
        ("2025-03-04T00:30:00+01:00", "2025-03-04T00:30:00+01:00"),
        ("2025-03-03T23:30:00-05:00", "2025-03-03T23:30:00-05:00"),
        ("2025-03-03", "2025-03-03"),
    ],
)
@pytest.mark.parametrize(
    "tag", ["<meta itemprop='dateCreated' content='{}'>", "<meta name='created' content='{}'>"]
)
def test_a_time_htmldate_finds_in_its_zone(tag: str, value: str, expected: str) -> None:
    assert published_on(BODY, tag.format(value), URL) == expected
