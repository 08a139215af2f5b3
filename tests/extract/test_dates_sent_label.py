"""A newsletter's sending day names its publication ("Mitgliederbrief 1/2024 · Versand am
05.03.2024", "Kundeninfo 03/2007 · versendet am 06.03.2007"): the line ranks as one labelled
"Veröffentlicht", before an unlabelled day nearer the headline (issue 11, session 52, from the
newsletters' misses). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

URL = "https://news.vrbank.example/mk/mr/sh/1t6AVsd2XFnIGKAdc2HSQ7mgp2WB/Kq7Xz1Bv0Pwe"


@pytest.mark.parametrize("label", ["Versand am", "versendet am", "verschickt am"])
def test_the_sending_day_dates_a_newsletter(label: str) -> None:
    body = (
        "<div><h1>Ihre Dividende und ein Abend mit Ihrer Bank</h1><p>18.04.2024</p>"
        f"{paragraphs('die Dividende steigt')}"
        f"<p class='small'>Mitgliederbrief 1/2024 · {label} 05.03.2024</p></div>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2024-03-05"
