"""A broadcaster's manuscript page, AG's kind (issue 11): the line over the headline names the
programme after the air date, the credits under it the writer. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://radio-talbach.example/wissen/manuskript-bargeld-100.html"
TEXT = "".join(
    f"<p>Im {n}. Quartal haben die Sparkassen im Kreis weitere Geldautomaten abgebaut, und "
    "Kundinnen fahren für Bargeld nun oft bis in die nächste Stadt.</p>"
    for n in range(1, 6)
)


def page(over: str, under: str) -> bytes:
    return page_with(
        f"<article><p class='air'>{over}</p><h1>Wenn der Geldautomat verschwindet</h1>"
        f"<p class='credits'>{under}</p><section>{TEXT}</section></article>",
        "<title>Wenn der Geldautomat verschwindet - Talbach Wissen - Radio Talbach</title>",
    )


@pytest.mark.parametrize(
    ("over", "under", "expected"),
    [
        # the programme after the air date yields to the labelled writer under the headline
        (
            "Sendung vom 02.03.2026, 8:30 Uhr · Talbach Wissen",
            "Autorin: Ines Kortmann · Regie: Paul Wenning",
            ["Ines Kortmann"],
        ),
        (
            "Sendung vom 02.03.2026, 8:30 Uhr · Talbach Wissen",
            "Autoren: Ines Kortmann und Jonas Lüders · Regie: Paul Wenning",
            ["Ines Kortmann", "Jonas Lüders"],
        ),
        # a name after a date with no author label after it stays the byline
        ("02.03.2026 · Ines Kortmann", "Regie: Paul Wenning", ["Ines Kortmann"]),
        # "Von" after the date line is no author label: the date line's name stays
        ("02.03.2026 · Ines Kortmann", "Von Paul Wenning", ["Ines Kortmann"]),
    ],
)
def test_labelled_writer_over_a_name_after_a_date(
    over: str, under: str, expected: list[str]
) -> None:
    assert extract(page(over, under), URL, fetched_at=FETCHED)["authors"] == expected
