"""The line just above the headline (its kicker) ending with the day, with a longer head than
a date line may name elsewhere ("Gemeinsame Presseinfo Nr. 012 – 04.03.2026"), is the date
line, before a list of other items' days under the article; small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Sprechstunde jeden Dienstag stattfindet")
URL = "https://www.kreisbank.example/presse/sprechstunde-gruenderinnen"
OTHERS = (
    "<section><h2>Weitere Meldungen</h2><ul><li><span>25.02.2026</span> <a>Jubiläum</a></li>"
    "<li><span>11.02.2026</span> <a>Warnung vor Schockanrufen</a></li></ul></section>"
)


@pytest.mark.parametrize(
    "kicker",
    [
        "Gemeinsame Presseinfo Nr. 012 – 04.03.2026",
        "Kapitalmarktkommentar · 04.03.2026",
        "Aus der Sendung „Marktbericht“ vom 04.03.2026",
    ],
)
def test_the_kicker_s_day_is_the_date_line(kicker: str) -> None:
    body = (
        f"<main><article><p class='overline'>{kicker}</p><h1>Sprechstunde für Gründerinnen</h1>"
        f"{TEXT}</article>{OTHERS}</main>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2026-03-04"


def test_a_long_line_above_the_headline_stays_no_date_line() -> None:
    kicker = (
        "Diese Meldung erschien zuerst im Mitgliedermagazin der Kreisbank am 04.03.2026 und"
        " wurde für die Website gekürzt"
    )
    body = (
        f"<main><article><p>{kicker}</p><h1>Sprechstunde für Gründerinnen</h1>"
        f"{TEXT}<p>Stand: 25.02.2026</p></article></main>"
    )
    assert (published_on(body, "", URL) or "")[:10] != "2026-03-04"
