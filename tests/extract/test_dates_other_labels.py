"""A date under a colon label naming another day than the publication is no date line (issue
11: an event's, a deadline's or a photo's day taken for the published one)."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("der Kegelclub sein Sommerfest plant")
URL = "https://www.kegelclub-beispielstadt.example/aktuelles/sommerfest"


@pytest.mark.parametrize(
    "line",
    [
        "<p>Kursbeginn: 03.12.2024, 18:00 Uhr</p>",
        "<p>Anmeldeschluss: 01.12.2024</p>",
        "<p><b>Grillabend:</b> Freitag, 6. Dezember 2024, 19 Uhr</p>",
        "<p>Fotografiert: 30.11.2024</p>",
    ],
)
def test_a_labelled_other_day_is_no_date_line(line: str) -> None:
    body = (
        "<main><p>Eingetragen am 22.11.2024</p><p>Lesezeit 3 Minuten</p><p>Rubrik Verein</p>"
        f"<h1>Unser Sommerfest</h1>{TEXT}{line}</main>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2024-11-22"


@pytest.mark.parametrize(
    "line",
    [
        "<p>Datum: 22.11.2024</p>",
        "<p>Gesendet: 22.11.2024 10:00</p>",
        "<p>Veröffentlicht: 22.11.2024</p>",
        "<p>« am: 22.11.2024 um 10:00 »</p>",
    ],
)
def test_a_publications_label_stays_a_date_line(line: str) -> None:
    body = f"<main><h1>Unser Sommerfest</h1>{line}{TEXT}<p>Kursbeginn: 03.12.2024</p></main>"
    assert (published_on(body, "", URL) or "")[:10] == "2024-11-22"
