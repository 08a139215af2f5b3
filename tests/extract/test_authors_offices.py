"""An office before the name in a credit line or a guest's byline ("Ein Gastbeitrag von
Verbandspräsidentin Ursula Brenninger, erschienen in …", "Finanzminister A"; kind read in
halves Y and X, issue 11): the office cut, on small invented pages; a name of two words
alone, or words that only look like an office, kept."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.offices import without_office

URL = "https://www.genoverband-sued.example/presse/namensbeitraege/regionalbanken"
TEXT = "".join(
    f"<p>Zum {n}. Mal in diesem Jahr verschärft die Aufsicht ihre Meldepflichten, und "
    "kleine Institute tragen die Kosten dafür fast allein.</p>"
    for n in range(2, 7)
)


def authors(credit: str) -> list[str]:
    html = page_with(
        "<main><div class='news-detail'><span class='date'>29.01.2026</span>"
        "<h1>Warum Regionalbanken mehr Freiraum brauchen</h1>"
        f"{TEXT}<p class='source'><em>{credit}</em></p></div></main>",
        "<title>Namensbeitrag - Genossenschaftsverband Süd</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        (
            "Ein Gastbeitrag von Verbandspräsidentin Marlene Oberhuber, erschienen in der "
            "Wirtschaftszeitung.",
            ["Marlene Oberhuber"],
        ),
        (
            "Ein Gastbeitrag von Landesfinanzminister Jonas Wendel, erschienen in der "
            "Wirtschaftszeitung.",
            ["Jonas Wendel"],
        ),
        (
            "Ein Gastbeitrag von Marlene Oberhuber, erschienen in der Wirtschaftszeitung.",
            ["Marlene Oberhuber"],
        ),
    ],
)
def test_office_before_name_cut(credit: str, expected: list[str]) -> None:
    assert authors(credit) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Finanzminister Jens Halbach", "Jens Halbach"),
        ("Bürgermeisterin Anna von Roth", "Anna von Roth"),
        # two words left: the first may be a name ("Kanzler" as a surname), kept
        ("Ministerin Halbach", "Ministerin Halbach"),
        # lower case is no office before a name
        ("präsident Jens Halbach", "präsident Jens Halbach"),
    ],
)
def test_without_office(name: str, expected: str) -> None:
    assert without_office(name) == expected
