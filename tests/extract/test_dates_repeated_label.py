"""A publication's or creation's label opening several date lines ("Erscheinungsdatum:" under
each book of a list) labels the list's items: it does not come before the page's own line
nearer the headline (rd35, :mod:`newsarchive.extract.repeatlabel`), on small pages written for
the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.repeatlabel import repeated_label

TEXT = paragraphs("sie eine Leseliste für Auszubildende führt")
URL = "https://www.lesekreis.example/listen/einstieg-bankausbildung.html"


def _items(*days: str) -> str:
    return "".join(
        f"<li><b>Buch {n}</b><br><span>Erscheinungsdatum: {day}</span></li>"
        for n, day in enumerate(days, 1)
    )


def _page(line: str, items: str) -> str:
    return (
        f"<div class='liste'><h1>Bücher für den Einstieg</h1><span>{line}</span>{TEXT}"
        f"<ul>{items}</ul></div>"
    )


@pytest.mark.parametrize(
    ("line", "items", "expected"),
    [
        # each book's release day under the same label: the list's, not the page's
        (
            "Erstellt am 8. November 2025",
            _items("24. September 2024", "12. Juni 2023"),
            "2025-11-08",
        ),
        # an unlabelled line under the headline comes first too
        ("08.11.2025", _items("24. September 2024", "12. Juni 2023"), "2025-11-08"),
    ],
)
def test_a_label_repeated_in_a_list_is_the_items(line: str, items: str, expected: str) -> None:
    assert published_on(_page(line, items), "", URL) == expected


def test_a_label_once_still_comes_first() -> None:
    # guard: one "Erscheinungsdatum:" line is the page's, before a nearer unlabelled day
    page = _page("Lesekreis am 28.10.2025", _items("24. September 2024"))
    assert published_on(page, "", URL) == "2024-09-24"


HEAD = ("Gebühren für Überweisungen", False)
REPLIES = [("Datum:", False), ("3. Mai 2025", False), ("Datum:", False), ("4. Mai 2025", False)]


@pytest.mark.parametrize(
    ("texts", "index", "expected"),
    [
        # once: the page's label
        ([HEAD, ("Veröffentlicht am 3. Mai 2025", False), ("Text", False)], 1, False),
        # a thread: the first post's label under the headline stays, a reply's is the list's
        ([HEAD, *REPLIES], 2, False),
        ([HEAD, *REPLIES], 4, True),
        # the first of the list's labels after the page's own dated line
        ([HEAD, ("Erstellt am 8. Mai 2025", False), *REPLIES], 3, True),
        ([HEAD, ("Datum: 3. Mai 2025", False), ("Datum: 4. Mai 2025", False)], 2, True),
    ],
)
def test_repeated_label(texts: list[tuple[str, bool]], index: int, expected: bool) -> None:
    text = texts[index][0]
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert repeated_label(texts, index, text, start, 0) is expected
