"""A post's meta line read as a byline in turn by each reading: when the first reading's
name is no name ("Anna Beispiel | 12.03.2024 | Allgemein": the category after the date is
read first), the next is tried (the name before the date)."""

from __future__ import annotations

import pytest
from extract_pages import authors_under_headline

from newsarchive.extract.bylines import text_bylines

URL = "https://finanzblog-nord.example/2024/03/12/neue-wege/"


@pytest.mark.parametrize(
    "line",
    [
        "Anna Beispiel | 12.03.2024 | Allgemein",
        "Anna Beispiel · 12. März 2024 · Bankrecht",
        "Rechtsanwältin Anna Beispiel · 12.03.2024 · Bankrecht",
    ],
)
def test_name_before_the_date_when_the_part_after_it_is_no_name(line: str) -> None:
    assert authors_under_headline(f"<p class='meta'>{line}</p>", URL) == ["Anna Beispiel"]


@pytest.mark.parametrize(
    "line",
    ["Die Redaktion · 12.03.2024 · Allgemein", "Allgemein · 12.03.2024 · Bankrecht"],
)
def test_no_name_in_any_reading(line: str) -> None:
    assert text_bylines([(line, False)]) == []
