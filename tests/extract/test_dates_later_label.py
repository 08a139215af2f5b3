"""A line's later date under the publication's label is the page's, its first day another's
(issue 11, rd39 :mod:`~newsarchive.extract.laterlabel`); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.laterlabel import later_published

TEXT = paragraphs("die Vertreter der Verschmelzung zugestimmt haben")
URL = "https://www.bank.example/aktuelles/fusion-beschlossen.html"


def _page(line: str) -> str:
    return f"<main><h1>Fusion beschlossen</h1><p class='subtitle'>{line}</p>{TEXT}</main>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Versammlung vom 26.05.2025 · veröffentlicht 27.05.2025", "2025-05-27"),
        ("Foto vom 3. Mai 2020, veröffentlicht am 5. Mai 2020", "2020-05-05"),
        ("Sitzung vom 22.09.2021 · erschienen: 23.09.2021", "2021-09-23"),
        # guards: the label first reads as before
        ("Veröffentlicht am 27.05.2025 · Versammlung vom 26.05.2025", "2025-05-27"),
        # ... a label with no date after it leaves the first day
        ("Versammlung vom 26.05.2025 · veröffentlicht im Mitgliederbrief", "2025-05-26"),
        # ... an update word in the line is read by the update rule
        ("Erstellt am 26.05.2025, aktualisiert am 28.05.2025", "2025-05-26"),
    ],
)
def test_later_label_line(line: str, expected: str) -> None:
    found = published_on(_page(line), "", URL)
    assert found is not None
    assert found[:10] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Versammlung vom 26.05.2025 · veröffentlicht 27.05.2025", "veröffentlicht 27.05.2025"),
        (
            "Pressemitteilung Nr. 36/2021, veröffentlicht am 23.09.2021",
            "veröffentlicht am 23.09.2021",
        ),
        ("Veröffentlicht am 27.05.2025", None),
        ("26.05.2025 · veröffentlicht in Heft 3", None),
    ],
)
def test_later_published(text: str, expected: str | None) -> None:
    assert later_published(text) == expected
