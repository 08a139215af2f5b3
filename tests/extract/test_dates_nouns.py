"""Date lines labelled with a noun for the date ("Datum: 17.02.2021", "Erscheinungsdatum:
09.03.2023") come before nearer unlabelled lines (a hearing's day in a box under the
headline); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Kammer der Klage eines Sparers stattgegeben hat")
URL = "https://www.gericht.example/presse/pressemitteilungen/sparkasse-82.html"


@pytest.mark.parametrize("label", ["Datum:", "Erscheinungsdatum:", "Veröffentlichungsdatum"])
def test_a_line_labelled_with_a_date_noun_beats_a_nearer_hearing_day(label: str) -> None:
    body = (
        "<main><div class='pm'><p class='kicker'>Pressemitteilung Nr. 82/2021</p>"
        "<h1>Sparkasse muss Zinsen nachberechnen</h1><div class='box termin'>"
        "<h3>Verhandlungstermin</h3><p>Di., 30.03.2021, 09:30 Uhr</p></div>"
        f"<p>{label} 17.02.2021</p>{TEXT}</div></main>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2021-02-17"
