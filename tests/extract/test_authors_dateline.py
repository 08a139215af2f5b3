"""A local paper's dateline before the byline's "Von" ("Stade. Von A"), AH's kind (issue 11):
the place is no part of the name. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kreisblatt-elbe.example/lokales/art4011,771302"
TEXT = "".join(
    f"<p>Im {n}. Quartal in Folge schließt die Sparkasse im Landkreis mehr Filialen, als sie "
    "eröffnet, und die Kundschaft auf dem Land zahlt dafür mit längeren Wegen.</p>"
    for n in range(1, 6)
)


def page(byline: str) -> bytes:
    return page_with(
        f"<div class='artikel'><h1>Sparkasse schließt Filialen</h1>"
        f"<div class='text'><p class='zeile'><b>{byline}</b></p>{TEXT}</div></div>",
        "<title>Sparkasse schließt Filialen</title>",
    )


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Stade. Von Hanna Riedel", ["Hanna Riedel"]),
        ("BAD SEGEBERG. Von Hanna Riedel und Ole Brink", ["Hanna Riedel", "Ole Brink"]),
        ("Von Hanna Riedel", ["Hanna Riedel"]),
        # a sentence before "von" is no dateline
        ("Die Filiale schließt. Von Montag an gilt der neue Plan", []),
    ],
)
def test_dateline_before_the_byline(byline: str, expected: list[str]) -> None:
    assert extract(page(byline), URL, fetched_at=FETCHED)["authors"] == expected
