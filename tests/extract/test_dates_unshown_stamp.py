"""A metadata day the page shows nowhere yields to the date line a few nodes under the
headline (a static site's template stamp, a CMS move's day; ``unshownday``; issue 11,
session 42); a metadata day the page shows, or a line far from the headline, keeps it.
Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, published_on

from newsarchive.extract.unshownday import shown_forms

URL = "https://www.michas-geldseite.example/tagesgeld.html"
HEAD = (
    "<title>Tagesgeld: lohnt sich der Wechsel?</title>"
    "<meta property='article:published_time' content='2019-03-01T00:00:00+01:00'>"
)
LEAD = "".join(f"<p>Kurzer Vorspann Nummer {n} zum Tagesgeld.</p>" for n in range(1, 4))


def page(before: str, after: str = "") -> str:
    return (
        f"<main><h1>Tagesgeld: lohnt sich der Wechsel?</h1>{before}<p>geschrieben am "
        f"22.01.2025 von Micha</p>{ARTICLE}{after}</main>"
    )


def test_an_unshown_stamp_yields_to_the_line_under_the_headline() -> None:
    assert (published_on(page(LEAD), HEAD, URL) or "")[:10] == "2025-01-22"


@pytest.mark.parametrize(
    "after", ["<p>Stand der Seite: 01.03.2019</p>", "<p>Erstellt am 1. März 2019</p>"]
)
def test_a_metadata_day_the_page_shows_stays(after: str) -> None:
    assert (published_on(page(LEAD, after), HEAD, URL) or "")[:10] == "2019-03-01"


def test_the_forms_of_a_day() -> None:
    forms = shown_forms("2023-02-14T09:00:00+01:00")
    assert {"14.02.2023", "14.2.2023", "14.02.23", "14. februar 2023", "2023-02-14"} <= set(forms)
    assert {"feb 14, 2023", "14 february 2023"} <= set(forms)
